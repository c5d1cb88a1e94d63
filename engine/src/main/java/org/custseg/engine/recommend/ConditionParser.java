package org.custseg.engine.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.custseg.engine.profile.Level;

/**
 * Recursive-descent parser for rule conditions; the grammar is documented on {@link Playbook}. Errors are
 * {@link PlaybookException}s naming the rule id and the 1-based character position.
 */
final class ConditionParser {

    private enum Kind {
        WORD, NUMBER, QUOTED, OP, LPAREN, RPAREN, PERCENT, END
    }

    private record Token(Kind kind, String text, int pos) {
        boolean isWord(final String w) {
            return kind == Kind.WORD && text.equalsIgnoreCase(w);
        }

        String describe() {
            return kind == Kind.END ? "the end of the condition" : "\"" + text + "\"";
        }
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final String WORD_EXTRA = "_.-/#$&+";

    private final String ruleId;
    private final String text;
    private final List<Token> tokens;
    private int at;

    private ConditionParser(final String ruleId, final String text) throws PlaybookException {
        this.ruleId = ruleId;
        this.text = text;
        this.tokens = tokenize();
    }

    /**
     * @param ruleId the rule id, for messages
     * @param text the condition
     * @return the parsed condition
     * @throws PlaybookException naming the rule and the position of the first error
     */
    static Condition parse(final String ruleId, final String text) throws PlaybookException {
        final ConditionParser p = new ConditionParser(ruleId, text == null ? "" : text);
        if (p.peek().kind == Kind.END) {
            throw p.error(1, "the condition is empty; write e.g. \"Avg_Credit_Limit is at least high\"");
        }
        final Condition c = p.parseOr();
        if (p.peek().kind != Kind.END) {
            throw p.error(p.peek().pos, "expected \"and\", \"or\" or the end of the condition but found "
                + p.peek().describe());
        }
        return c;
    }

    private PlaybookException error(final int pos, final String what) {
        return new PlaybookException("Rule \"" + ruleId + "\": condition error at character " + pos + ": " + what
            + ". Condition: \"" + text + "\"", ruleId, pos);
    }

    private List<Token> tokenize() throws PlaybookException {
        final List<Token> out = new ArrayList<>();
        int i = 0;
        final int n = text.length();
        while (i < n) {
            final char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (ch == '(') {
                out.add(new Token(Kind.LPAREN, "(", i + 1));
                i++;
            } else if (ch == ')') {
                out.add(new Token(Kind.RPAREN, ")", i + 1));
                i++;
            } else if (ch == '%') {
                out.add(new Token(Kind.PERCENT, "%", i + 1));
                i++;
            } else if (ch == '<' || ch == '>' || ch == '=') {
                final boolean two = i + 1 < n && text.charAt(i + 1) == '=';
                final String op = text.substring(i, two ? i + 2 : i + 1);
                out.add(new Token(Kind.OP, op, i + 1));
                i += op.length();
            } else if (ch == '"' || ch == '\'' || ch == '`') {
                final int end = text.indexOf(ch, i + 1);
                if (end < 0) {
                    throw error(i + 1, "the quote " + ch + " is not closed");
                }
                final String name = text.substring(i + 1, end).trim();
                if (name.isEmpty()) {
                    throw error(i + 1, "the quoted attribute name is empty");
                }
                out.add(new Token(Kind.QUOTED, name, i + 1));
                i = end + 1;
            } else if (Character.isLetterOrDigit(ch) || WORD_EXTRA.indexOf(ch) >= 0) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j))
                    || WORD_EXTRA.indexOf(text.charAt(j)) >= 0)) {
                    j++;
                }
                final String w = text.substring(i, j);
                out.add(new Token(NUMBER.matcher(w).matches() ? Kind.NUMBER : Kind.WORD, w, i + 1));
                i = j;
            } else {
                throw error(i + 1, "unexpected character '" + ch + "'");
            }
        }
        out.add(new Token(Kind.END, "", n + 1));
        return out;
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token peek(final int ahead) {
        return tokens.get(Math.min(at + ahead, tokens.size() - 1));
    }

    private Token next() {
        final Token t = tokens.get(at);
        if (t.kind != Kind.END) {
            at++;
        }
        return t;
    }

    private Condition parseOr() throws PlaybookException {
        final List<Condition> parts = new ArrayList<>();
        parts.add(parseAnd());
        while (peek().isWord("or")) {
            next();
            parts.add(parseAnd());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.Or(List.copyOf(parts));
    }

    private Condition parseAnd() throws PlaybookException {
        final List<Condition> parts = new ArrayList<>();
        parts.add(parseTerm());
        while (peek().isWord("and")) {
            next();
            parts.add(parseTerm());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.And(List.copyOf(parts));
    }

    private Condition parseTerm() throws PlaybookException {
        final Token t = peek();
        if (t.kind == Kind.LPAREN) {
            return parseParenthesised(t);
        }
        if (t.isWord("not")) {
            next();
            return new Condition.Not(parseTerm());
        }
        final Condition segmentTest = parseSegmentTest(t);
        if (segmentTest != null) {
            return segmentTest;
        }
        return parseAttributeTest();
    }

    /** {@code "(" condition ")"}, the current token being the opening parenthesis {@code open}. */
    private Condition parseParenthesised(final Token open) throws PlaybookException {
        next();
        final Condition c = parseOr();
        if (peek().kind != Kind.RPAREN) {
            throw error(peek().pos, "expected \")\" to close the \"(\" at character " + open.pos + " but found "
                + peek().describe());
        }
        next();
        return c;
    }

    /**
     * A test on the segment as a whole: {@code share}, {@code size} or {@code stability} and a comparison, or
     * {@code moved "..."}.
     *
     * @param t the current token
     * @return the test, or {@code null} (nothing consumed) when the term is not one
     */
    private Condition parseSegmentTest(final Token t) throws PlaybookException {
        if (t.isWord("share") && peek(1).kind == Kind.OP) {
            next();
            final Condition.Cmp cmp = parseCmp();
            final double v = parseNumber("a percentage, e.g. share < 5%");
            if (peek().kind != Kind.PERCENT) {
                throw error(peek().pos, "expected \"%\" after the share value (write e.g. share < 5%) but found "
                    + peek().describe());
            }
            next();
            return new Condition.ShareTest(cmp, v / 100.0);
        }
        if (t.isWord("size") && peek(1).kind == Kind.OP) {
            next();
            final Condition.Cmp cmp = parseCmp();
            return new Condition.SizeTest(cmp, parseNumber("a number of customers, e.g. size >= 100"));
        }
        if (t.isWord("stability") && peek(1).kind == Kind.OP) {
            next();
            final Condition.Cmp cmp = parseCmp();
            return new Condition.StabilityTest(cmp,
                parseNumber("a mean Jaccard similarity between 0 and 1, e.g. stability < 0.75"));
        }
        if (t.isWord("moved") && peek(1).kind == Kind.QUOTED) {
            next();
            return new Condition.MoveTest(next().text.trim());
        }
        return null;
    }

    /** An attribute followed by {@code is [not | at least | at most] level} or by a metric and a comparison. */
    private Condition parseAttributeTest() throws PlaybookException {
        final Condition.AttributeRef attr = parseAttribute();
        final Token kw = peek();
        if (kw.isWord("is")) {
            next();
            final Condition.LevelOp op = parseLevelOp();
            return new Condition.LevelTest(attr, op, parseLevel());
        }
        final Condition.Metric metric = metric(kw);
        if (metric != null && peek(1).kind == Kind.OP) {
            next();
            final Condition.Cmp cmp = parseCmp();
            return new Condition.MetricTest(attr, metric, cmp, parseNumber("a number"));
        }
        throw error(kw.pos, "expected \"is\", \"ratio\", \"effect\" or \"mean\" after the attribute \"" + attr.name()
            + "\" but found " + kw.describe());
    }

    /** What follows {@code is}: nothing, {@code not}, {@code at least} or {@code at most}. */
    private Condition.LevelOp parseLevelOp() throws PlaybookException {
        Condition.LevelOp op = Condition.LevelOp.IS;
        if (peek().isWord("not")) {
            next();
            op = Condition.LevelOp.IS_NOT;
        } else if (peek().isWord("at")) {
            next();
            if (peek().isWord("least")) {
                op = Condition.LevelOp.AT_LEAST;
            } else if (peek().isWord("most")) {
                op = Condition.LevelOp.AT_MOST;
            } else {
                throw error(peek().pos, "expected \"least\" or \"most\" after \"at\" but found "
                    + peek().describe());
            }
            next();
        }
        return op;
    }

    private static Condition.Metric metric(final Token t) {
        if (t.kind != Kind.WORD) {
            return null;
        }
        return switch (t.text.toLowerCase(Locale.ROOT)) {
            case "ratio" -> Condition.Metric.RATIO;
            case "effect" -> Condition.Metric.EFFECT;
            case "mean" -> Condition.Metric.MEAN;
            default -> null;
        };
    }

    private Condition.AttributeRef parseAttribute() throws PlaybookException {
        final Token first = peek();
        if (first.kind == Kind.QUOTED) {
            next();
            return new Condition.AttributeRef(first.text, first.pos);
        }
        if (first.kind != Kind.WORD || isReserved(first)) {
            throw error(first.pos, "expected an attribute name, \"share\", \"size\", \"not\" or \"(\" but found "
                + first.describe());
        }
        final StringBuilder name = new StringBuilder();
        while ((peek().kind == Kind.WORD || peek().kind == Kind.NUMBER) && !isReserved(peek())
            && !(metric(peek()) != null && peek(1).kind == Kind.OP)) {
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(next().text);
        }
        return new Condition.AttributeRef(name.toString(), first.pos);
    }

    private static boolean isReserved(final Token t) {
        return t.isWord("is") || t.isWord("and") || t.isWord("or") || t.isWord("not");
    }

    private Condition.Cmp parseCmp() throws PlaybookException {
        final Token t = peek();
        if (t.kind != Kind.OP) {
            throw error(t.pos, "expected a comparison (<, <=, >, >=, =) but found " + t.describe());
        }
        next();
        return switch (t.text) {
            case "<" -> Condition.Cmp.LT;
            case "<=" -> Condition.Cmp.LE;
            case ">" -> Condition.Cmp.GT;
            case ">=" -> Condition.Cmp.GE;
            case "=", "==" -> Condition.Cmp.EQ;
            default -> throw error(t.pos, "\"" + t.text + "\" is not a comparison; use <, <=, >, >= or =");
        };
    }

    private double parseNumber(final String what) throws PlaybookException {
        final Token t = peek();
        if (t.kind != Kind.NUMBER) {
            throw error(t.pos, "expected " + what + " but found " + t.describe());
        }
        next();
        return Double.parseDouble(t.text);
    }

    private Level parseLevel() throws PlaybookException {
        final Token t = peek();
        final String expected = "expected a level (very low, low, average, high, very high) but found ";
        if (t.isWord("very")) {
            next();
            if (peek().isWord("low")) {
                next();
                return Level.VERY_LOW;
            }
            if (peek().isWord("high")) {
                next();
                return Level.VERY_HIGH;
            }
            throw error(peek().pos, "expected \"low\" or \"high\" after \"very\" but found " + peek().describe());
        }
        if (t.isWord("low")) {
            next();
            return Level.LOW;
        }
        if (t.isWord("average")) {
            next();
            return Level.AVERAGE;
        }
        if (t.isWord("high")) {
            next();
            return Level.HIGH;
        }
        throw error(t.pos, expected + t.describe());
    }
}
