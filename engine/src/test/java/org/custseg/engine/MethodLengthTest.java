package org.custseg.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No method, constructor or initializer in {@code engine/src/main} is longer than {@value #MAX_BODY_LINES} lines
 * (the lines between its opening and closing brace, blank and comment lines included). A long method is split along
 * the steps its Javadoc lists. The scan is a simple brace matcher over the source with comments, strings and
 * character literals blanked out; a block directly inside a class, interface, enum, record or anonymous class body
 * counts as a member body (lambdas and nested blocks count towards their method).
 *
 * <p>{@link #NOT_YET_SPLIT} is empty: every method is within the limit. It stays as the one place to list a long method
 * that cannot be split at once (key "path below org/custseg/engine#method" to its body length): a listed method may
 * shrink but not grow, and no other method may pass the limit.
 */
class MethodLengthTest {

    /** Longest member body allowed, in lines. */
    static final int MAX_BODY_LINES = 60;

    /** Long methods not split yet ("path below org/custseg/engine#method" to its current body length): none. */
    static final Map<String, Integer> NOT_YET_SPLIT = Map.of();

    private static final Pattern ANNOTATION = Pattern.compile("@\\w+(\\([^)]*\\))?");

    private static final Pattern NAME = Pattern.compile("(\\w+)\\s*\\(");

    private static final Pattern TYPE_HEADER =
        Pattern.compile("(^|[^\\w.])(class|interface|enum|record)\\s+\\w+|\\bnew\\s+[\\w.<>, ?]+\\([^;]*\\)\\s*$");

    /** One member body too long. */
    record LongMethod(String file, int line, String header, int bodyLines) {
        @Override
        public String toString() {
            return file + ":" + line + " " + bodyLines + " lines: " + header;
        }

        /** @return "path below org/custseg/engine#method name" */
        String key() {
            final Matcher m = NAME.matcher(ANNOTATION.matcher(header).replaceAll(""));
            return file.replace('\\', '/').replaceFirst("^org/custseg/engine/", "") + "#"
                + (m.find() ? m.group(1) : header);
        }
    }

    private static Path mainSources() {
        for (final String p : List.of("src/main/java", "engine/src/main/java")) {
            if (Files.isDirectory(Path.of(p, "org/custseg/engine"))) {
                return Path.of(p);
            }
        }
        throw new IllegalStateException("engine/src/main/java not found");
    }

    @Test
    void noMethodIsLongerThanTheLimit() throws IOException {
        final List<LongMethod> tooLong = new ArrayList<>();
        final Path root = mainSources();
        try (Stream<Path> files = Files.walk(root)) {
            for (final Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                for (final LongMethod lm : scan(root.relativize(f).toString(),
                    Files.readString(f, StandardCharsets.UTF_8))) {
                    final Integer known = NOT_YET_SPLIT.get(lm.key());
                    if (known == null || lm.bodyLines() > known) {
                        tooLong.add(lm);
                    }
                }
            }
        }
        assertTrue(tooLong.isEmpty(), tooLong.size() + " member bodies are longer than " + MAX_BODY_LINES
            + " lines (or longer than listed in NOT_YET_SPLIT); split them along their steps:\n" + String.join("\n", tooLong.stream().map(String::valueOf)
                .toList()));
    }

    @Test
    void theScanFindsALongMethodAndIgnoresBracesInTextAndTypeBodies() {
        final StringBuilder src = new StringBuilder("class A {\n  static final int[] X = {1, 2};\n"
            + "  void shortOne() { String s = \"{{{\"; char c = '{'; // {\n  }\n  class B {\n    void longOne() {\n");
        for (int i = 0; i < MAX_BODY_LINES + 1; i++) {
            src.append("      if (true) { x(); }\n");
        }
        src.append("    }\n  }\n  /* { */ void ok() {\n    Runnable r = () -> {\n    };\n  }\n}\n");
        final List<LongMethod> found = scan("A.java", src.toString());
        assertEquals(1, found.size(), found.toString());
        assertEquals(6, found.get(0).line());
        assertEquals(MAX_BODY_LINES + 1, found.get(0).bodyLines());
        assertEquals("A.java#longOne", found.get(0).key());
    }

    /**
     * @param file the file name for messages
     * @param source the Java source
     * @return the member bodies longer than the limit
     */
    static List<LongMethod> scan(final String file, final String source) {
        final char[] c = blankCommentsAndLiterals(source).toCharArray();
        final List<LongMethod> out = new ArrayList<>();
        // per open brace: its kind (T = type body, M = member body, O = other) and line
        final Deque<Object[]> open = new ArrayDeque<>();
        int line = 1;
        int statementStart = 0;
        for (int i = 0; i < c.length; i++) {
            final char ch = c[i];
            if (ch == '\n') {
                line++;
            } else if (ch == ';') {
                statementStart = i + 1;
            } else if (ch == '{') {
                final String header = new String(c, statementStart, i - statementStart).strip();
                final boolean inType = !open.isEmpty() && open.peek()[0].equals('T');
                final char kind;
                if (open.isEmpty() || TYPE_HEADER.matcher(header).find()) {
                    kind = 'T';
                } else if (inType && !header.contains("=")) {
                    kind = 'M';
                } else {
                    kind = 'O';
                }
                open.push(new Object[] {kind, line, header.replaceAll("\\s+", " ")});
                statementStart = i + 1;
            } else if (ch == '}') {
                final Object[] o = open.pop();
                final int body = line - (int)o[1] - 1;
                if (o[0].equals('M') && body > MAX_BODY_LINES) {
                    out.add(new LongMethod(file, (int)o[1], (String)o[2], body));
                }
                statementStart = i + 1;
            }
        }
        return out;
    }

    /** @return the source with comments, string, text-block and char literals replaced by spaces (newlines kept) */
    private static String blankCommentsAndLiterals(final String s) {
        final StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            final char ch = s.charAt(i);
            final String end;
            if (s.startsWith("//", i)) {
                end = "\n";
            } else if (s.startsWith("/*", i)) {
                end = "*/";
            } else if (s.startsWith("\"\"\"", i)) {
                end = "\"\"\"";
            } else if (ch == '"' || ch == '\'') {
                end = String.valueOf(ch);
            } else {
                b.append(ch);
                i++;
                continue;
            }
            int j = i + (end.equals("\"\"\"") ? 3 : end.equals("*/") ? 2 : 1);
            while (j < s.length() && !s.startsWith(end, j)) {
                j += s.charAt(j) == '\\' && !end.equals("\n") && !end.equals("*/") ? 2 : 1;
            }
            j = Math.min(s.length(), j + (end.equals("\n") ? 0 : end.length()));
            for (int q = i; q < j; q++) {
                b.append(s.charAt(q) == '\n' ? '\n' : ' ');
            }
            i = j;
        }
        return b.toString();
    }
}
