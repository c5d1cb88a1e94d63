package org.custseg.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The engine must run without KNIME or OSGi: no source file under src/main/java may refer to them. */
class NoKnimeImportTest {

    private static final Pattern FORBIDDEN = Pattern.compile("\\b(import\\s+(static\\s+)?)?org\\.(knime|osgi)\\.");

    @Test
    void noSourceFileReferencesKnimeOrOsgi() throws IOException {
        final Path root = Path.of("src", "main", "java");
        assertTrue(Files.isDirectory(root), "run from the engine module: " + root.toAbsolutePath());
        final List<String> offenders = new ArrayList<>();
        int files = 0;
        try (Stream<Path> s = Files.walk(root)) {
            for (final Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".java"))::iterator) {
                files++;
                final List<String> lines = Files.readAllLines(p);
                for (int i = 0; i < lines.size(); i++) {
                    if (FORBIDDEN.matcher(lines.get(i)).find()) {
                        offenders.add(p + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertTrue(files > 10, "expected the engine sources, found " + files + " files");
        assertTrue(offenders.isEmpty(), "KNIME/OSGi references in the engine:\n" + String.join("\n", offenders));
    }
}
