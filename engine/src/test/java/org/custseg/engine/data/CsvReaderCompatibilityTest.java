package org.custseg.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.custseg.engine.SegmentationException;
import org.junit.jupiter.api.Test;

/**
 * The reader's tokenizer against the rules as implemented before on Apache Commons CSV ({@link LegacyCsvReference}):
 * the same header, cells, row lines and messages, on pinned tricky inputs and on many random ones.
 */
class CsvReaderCompatibilityTest {

    /** Reads with the reader under test, in the shape of the reference's result. */
    static LegacyCsvReference.Result current(final String text) {
        try {
            final CsvTable t = CsvTable.parse(new StringReader(text), "t.csv");
            final List<List<String>> rows = new ArrayList<>();
            final List<Long> lines = new ArrayList<>();
            for (int r = 0; r < t.rows(); r++) {
                final List<String> cells = new ArrayList<>();
                for (int c = 0; c < t.columns(); c++) {
                    cells.add(t.cell(r, c));
                }
                rows.add(cells);
                lines.add(t.lineNumber(r));
            }
            return new LegacyCsvReference.Result(t.header(), rows, lines, null);
        } catch (final SegmentationException e) {
            return new LegacyCsvReference.Result(null, null, null, e.getMessage());
        } catch (final IOException e) {
            return new LegacyCsvReference.Result(null, null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void same(final String text) {
        assertEquals(LegacyCsvReference.read(text, "t.csv"), current(text), () -> "input: " + escape(text));
    }

    static String escape(final String s) {
        final StringBuilder b = new StringBuilder("\"");
        for (final char ch : s.toCharArray()) {
            if (ch == '\n') {
                b.append("\\n");
            } else if (ch == '\r') {
                b.append("\\r");
            } else if (ch == '\t') {
                b.append("\\t");
            } else if (ch < ' ' || ch > '~') {
                b.append(String.format("\\u%04x", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.append('"').toString();
    }

    /** Inputs whose outcome is pinned literally (cells as [..], lines, or the message). */
    private static final String[][] PINNED = {
        {"a,b\n1,2\n", "[a, b] [[1, 2]] [2]"},
        {"a,b\r\n1,2\r\n3,4", "[a, b] [[1, 2], [3, 4]] [2, 3]"},
        {"a,b\r1,2\r3,4\r", "[a, b] [[1, 2], [3, 4]] [2, 3]"},
        {"\uFEFFa,b\n1,2\n", "[a, b] [[1, 2]] [2]"},
        {"\n\n  \na,b\n\n1,2\n \t \n3,4\n\n", "[a, b] [[1, 2], [3, 4]] [6, 8]"},
        {"a,b\n1,\"x,y\"\n\"q\"\"r\",\"multi\nline\r\nz\"\n5,6\n",
            "[a, b] [[1, x,y], [q\"r, multi\nline\r\nz], [5, 6]] [2, 3, 6]"},
        {"a,b,\n1,2,\n", "[a, b, ] error"},
        {"a,b,c\n1,2,\n3,4,", "[a, b, c] [[1, 2, null], [3, 4, null]] [2, 3]"},
        {"a,b\n 1 , \" x\" \n", "[a, b] [[1, \" x\"]] [2]"},
        {"a,b\n\"1\"  ,\"2\"\t\n", "[a, b] [[1, 2]] [2]"},
        {"a,b\n1,2\n3\n", "Line 3 of t.csv has 1 fields but the header has 2: check for a missing or extra separator"
            + " or an unbalanced quote."},
        {"a,b\n1,2,3\n", "Line 2 of t.csv has 3 fields but the header has 2: check for a missing or extra separator"
            + " or an unbalanced quote."},
        {"a,b\n1,\"oops\n2,3\n", "The file t.csv is not valid CSV: IOException reading next record:"
            + " java.io.IOException: (startline 2) EOF reached before encapsulated token finished (check for an"
            + " unbalanced double quote)."},
        {"a,b\n1,\"x\"y\n", "The file t.csv is not valid CSV: IOException reading next record: java.io.IOException:"
            + " (line 2) invalid char between encapsulated token and delimiter (check for an unbalanced double"
            + " quote)."},
        {"a,b\n1,x\"y\"\n", "[a, b] [[1, x\"y\"]] [2]"},
        {"", "The file t.csv is empty: it needs a header line with column names and at least one data row."},
        {"\n \n", "The file t.csv is empty: it needs a header line with column names and at least one data row."},
        {"a,b\n", "The file t.csv has a header but no data rows: add at least one row of values."},
        {"a,,c\n1,2,3\n", "Column 2 of the header (line 1 of t.csv) has no name: give every column a name."},
        {"\n\na,b,a\n1,2,3\n", "The header of t.csv names the column \"a\" twice (columns 1 and 3): rename one so"
            + " every column name is unique."},
        {"a;b\n1,5;2\n", "[a, b] [[1,5, 2]] [2]"},
        {"a\tb\n1;2\t3\n", "[a, b] [[1;2, 3]] [2]"},
        {"a\n\"\"\n1\n", "[a] [[1]] [3]"},
        {"a\n1\n\n", "[a] [[1]] [2]"},
        {"a\n\u2003\n1\n", "[a] [[1]] [3]"},
        {"a,b\n\u2003,\n", "[a, b] [[\u2003, null]] [2]"},
    };

    private static String shape(final LegacyCsvReference.Result r) {
        if (r.error() != null) {
            return r.error();
        }
        return r.header() + " " + r.rows() + " " + r.lines();
    }

    @Test
    void pinnedInputsGiveWhatTheyAlwaysGave() {
        for (final String[] p : PINNED) {
            final LegacyCsvReference.Result want = LegacyCsvReference.read(p[0], "t.csv");
            if (!p[1].endsWith(" error")) {
                assertEquals(p[1], shape(want), "reference, input " + escape(p[0]));
            }
            assertEquals(shape(want), shape(current(p[0])), "input " + escape(p[0]));
        }
    }

    @Test
    void randomInputsGiveWhatTheReferenceGives() {
        final String[] pieces = {"a", "b", "1", "2.5", "-3", "007", "1e3", "NA", "x y", ",", ",", ",", ";", "\t", "\"",
            "\"", "\"\"", "\n", "\n", "\r\n", "\r", " ", "  ", "\uFEFF", "\uFFFE", "\u2003", "é", "\\", "\uFFFEn",
            "\uFFFE,", "\uFFFE\"", "Inf", ".5", "1,234.5"};
        final Random rnd = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            final StringBuilder b = new StringBuilder();
            if (rnd.nextInt(4) == 0) {
                b.append(rnd.nextBoolean() ? "a,b\n" : "a,b,c\n");
            }
            final int n = rnd.nextInt(i < 10_000 ? 12 : 40);
            for (int k = 0; k < n; k++) {
                b.append(pieces[rnd.nextInt(pieces.length)]);
            }
            same(b.toString());
        }
    }

    @Test
    void regularRandomTablesGiveWhatTheReferenceGives() {
        final Random rnd = new Random(5);
        final String[] cells = {"", " ", "1", "-2.50", "3e-2", "NA", "\"q,\"", "\"a\"\"b\"", "x", "0.10954375655138711",
            "\"\n\"", "?", "+4", "1,5"};
        for (int i = 0; i < 1500; i++) {
            final int cols = 1 + rnd.nextInt(4);
            final char sep = ",;\t".charAt(rnd.nextInt(3));
            final StringBuilder b = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                b.append(c == 0 ? "" : sep).append("c").append(c);
            }
            final String eol = rnd.nextBoolean() ? "\n" : "\r\n";
            b.append(eol);
            final int rows = rnd.nextInt(30);
            for (int r = 0; r < rows; r++) {
                if (rnd.nextInt(20) == 0) {
                    b.append(eol);
                }
                final int fields = rnd.nextInt(50) == 0 ? cols + 1 : cols;
                for (int c = 0; c < fields; c++) {
                    b.append(c == 0 ? "" : sep).append(cells[rnd.nextInt(cells.length)]);
                }
                if (r < rows - 1 || rnd.nextBoolean()) {
                    b.append(eol);
                }
            }
            same(b.toString());
        }
    }
}
