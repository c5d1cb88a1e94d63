package org.custseg.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.custseg.engine.SegmentationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    private static CsvTable parse(final String text) throws Exception {
        return CsvTable.parse(new StringReader(text), "test.csv");
    }

    private static String error(final String text, final List<String> cols, final String id) {
        return assertThrows(SegmentationException.class, () -> parse(text).selectFeatures(cols, id)).getMessage();
    }

    @Test
    void sampleDataDefaultSelectionSkipsTheTwoIdentifiers() throws Exception {
        final CsvTable t = CsvTable.read(org.custseg.engine.SampleFixture.file());
        assertEquals("Sl_No", t.header().get(0)); // BOM removed
        assertEquals(660, t.rows());
        final ColumnSelection s = t.selectFeatures(List.of(), null);
        assertEquals(List.of("Avg_Credit_Limit", "Total_Credit_Cards", "Total_visits_bank", "Total_visits_online",
            "Total_calls_made"), s.usedColumns());
        assertEquals("Sl_No", s.idColumn());
        assertEquals("row id column", s.skippedColumns().get("Sl_No"));
        assertEquals("identifier-like name", s.skippedColumns().get("Customer Key"));
        assertEquals("1", s.features().rowId(0));
        assertEquals(100000, s.features().value(0, 0));
        // Customer Key has duplicates (5 values appear twice): as an explicit id column that is an error
        final String e = assertThrows(SegmentationException.class, () -> t.selectFeatures(List.of(), "Customer Key"))
            .getMessage();
        assertTrue(e.startsWith("Duplicate row id \"") && e.contains("lines "), e);
    }

    @Test
    void quotedFieldsBlankCellsAndMissingTokens() throws Exception {
        final CsvTable t = parse("id,name,a,b\n1,\"Smith, J\",1.5,\n2,\"multi\nline\",NA,2e3\n3,x,-4,?\n");
        assertEquals(3, t.rows());
        assertEquals("Smith, J", t.cell(0, "name"));
        assertNull(t.cell(0, "b"));
        assertEquals(5, t.lineNumber(2)); // rows start on lines 2, 3 and 5 (row 2 holds a quoted line break)
        final ColumnSelection s = t.selectFeatures(List.of("a", "b"), "id");
        assertTrue(Double.isNaN(s.features().value(0, 1)));
        assertTrue(Double.isNaN(s.features().value(1, 0)));
        assertEquals(2000, s.features().value(1, 1));
        assertTrue(Double.isNaN(s.features().value(2, 1)));
        assertEquals(ColumnKind.TEXT, t.kind("name"));
        assertEquals("text, not numbers (e.g. \"Smith, J\")", t.selectFeatures(List.of(), "id").skippedColumns()
            .get("name"));
    }

    @Test
    void textInANumericColumnNamesColumnLineIdAndValue() {
        final String e = error("id,a,b\nc1,1,2\nc2,3,4\nc3,5,abc\nc4,6,7\n", List.of(), "id");
        assertTrue(e.contains("column \"b\", line 4") && e.contains("row id \"c3\"") && e.contains("\"abc\""), e);
        // a column mixing number styles stops, naming the column and a value that does not fit
        final String mixed = error("id,a\nc1,\"1,000.5\"\nc2,\"1,5\"\nc3,5\n", List.of("a"), "id");
        assertTrue(mixed.contains("\"a\"") && mixed.contains("\"1,5\"") && mixed.contains("more than one way"),
            mixed);
    }

    @Test
    void infinityIsAnErrorAndNaNIsMissing() throws Exception {
        final String e = error("id,a\nc1,1\nc2,Infinity\n", List.of("a"), "id");
        assertTrue(e.startsWith("Infinite value: column \"a\", line 3") && e.contains("c2"), e);
        assertTrue(error("id,a\nc1,1\nc2,1e999\n", List.of("a"), "id").startsWith("Infinite value"));
        assertTrue(Double.isNaN(parse("id,a\nc1,NaN\nc2,2\n").selectFeatures(List.of("a"), "id").features().value(0, 0)));
    }

    @Test
    void emptyFileHeaderOnlyAndRaggedLines() {
        assertTrue(assertThrows(SegmentationException.class, () -> parse("")).getMessage().contains("is empty"));
        assertTrue(assertThrows(SegmentationException.class, () -> parse("\n \n")).getMessage().contains("is empty"));
        assertTrue(assertThrows(SegmentationException.class, () -> parse("a,b\n")).getMessage()
            .contains("has a header but no data rows"));
        final String ragged = assertThrows(SegmentationException.class, () -> parse("a,b\n1,2\n3\n")).getMessage();
        assertTrue(ragged.contains("Line 3") && ragged.contains("1 fields but the header has 2"), ragged);
    }

    @Test
    void duplicateAndEmptyHeaderNames() {
        final String dup = assertThrows(SegmentationException.class, () -> parse("a,b,a\n1,2,3\n")).getMessage();
        assertTrue(dup.contains("\"a\" twice (columns 1 and 3)"), dup);
        final String empty = assertThrows(SegmentationException.class, () -> parse("a,,c\n1,2,3\n")).getMessage();
        assertTrue(empty.contains("Column 2 of the header"), empty);
    }

    @Test
    void duplicateAndBlankIds() {
        final String dup = error("id,a\nx,1\ny,2\nx,3\n", List.of("a"), "id");
        assertTrue(dup.contains("Duplicate row id \"x\"") && dup.contains("lines 2 and 4"), dup);
        final String blank = error("id,a\nx,1\n,2\n", List.of("a"), "id");
        assertTrue(blank.contains("blank on line 3"), blank);
    }

    @Test
    void requestedColumnsAreChecked() {
        assertTrue(error("id,a\nx,1\n", List.of("nope"), "id").contains("\"nope\" is not in test.csv"));
        assertTrue(error("id,a,e\nx,1,\ny,2,\n", List.of("a", "e"), "id").contains("\"e\" has no values"));
        assertTrue(error("id,a\nx,1\n", List.of("a", "a"), "id").contains("listed twice"));
        assertTrue(error("id,a\nx,1\n", List.of("id"), "id").contains("is the id column"));
        assertTrue(error("id,a\nx,1\n", List.of("a"), "ident").contains("id column \"ident\" is not in"));
    }

    @Test
    void allMissingColumnIsSkippedByDefaultWithItsReason() throws Exception {
        final ColumnSelection s = parse("a,e\n1,\n2,NA\n").selectFeatures(List.of(), null);
        assertEquals(List.of("a"), s.usedColumns());
        assertTrue(s.skippedColumns().get("e").startsWith("no values"));
        assertNull(s.idColumn());
        assertEquals(List.of("1", "2"), s.features().rowIds());
    }

    @Test
    void identifierRules() throws Exception {
        for (final String n : List.of("Sl_No", "Customer Key", "customer_id", "CustomerID", "ID", "Account No",
            "row index", "uuid")) {
            assertTrue(CsvTable.isIdentifierName(n), n);
        }
        for (final String n : List.of("Avg_Credit_Limit", "Total_visits_bank", "Income", "No", "Identity_score",
            "Number_of_children", "Kidney")) {
            assertFalse(CsvTable.isIdentifierName(n), n);
        }
        // value rule: a serial column with an innocent name is skipped; a normal count column is not
        final StringBuilder sb = new StringBuilder("serial,visits,shuffled\n");
        final int[] shuffled = {7, 3, 9, 1, 5, 2, 8, 4, 10, 6, 11, 12};
        for (int i = 0; i < 12; i++) {
            sb.append(100 + i).append(',').append(i % 4).append(',').append(shuffled[i]).append('\n');
        }
        final ColumnSelection s = parse(sb.toString()).selectFeatures(List.of(), null);
        assertEquals(List.of("visits"), s.usedColumns());
        assertEquals("serial", s.idColumn());
        assertTrue(s.skippedColumns().get("shuffled").startsWith("identifier-like values"));
    }

    @Test
    void byteOrderMarkSemicolonsAndNonUtf8(@TempDir final Path dir) throws Exception {
        final Path f = dir.resolve("semi.csv");
        Files.write(f, "\uFEFFid;a;b\nx;1;2\ny;3;4\n".getBytes(StandardCharsets.UTF_8));
        final CsvTable t = CsvTable.read(f);
        assertEquals(List.of("id", "a", "b"), t.header());
        assertEquals("3", t.cell(1, "a"));
        final Path bad = dir.resolve("latin1.csv");
        Files.write(bad, new byte[] {'a', '\n', (byte) 0xE9, '\n'});
        assertTrue(assertThrows(SegmentationException.class, () -> CsvTable.read(bad)).getMessage()
            .contains("not valid UTF-8"));
        assertTrue(assertThrows(SegmentationException.class, () -> CsvTable.read(dir.resolve("none.csv")))
            .getMessage().contains("does not exist"));
    }

    @Test
    void unbalancedQuoteAndDoubledQuotes() throws Exception {
        final String e = assertThrows(SegmentationException.class, () -> parse("a,b\n1,\"oops\n2,3\n")).getMessage();
        assertTrue(e.contains("not valid CSV") && e.contains("unbalanced double quote"), e);
        assertEquals("say \"hi\"", parse("a,b\n1,\"say \"\"hi\"\"\"\n").cell(0, "b"));
    }

    @Test
    void numericColumnsGiveBackEveryCellExactlyAsWritten() throws Exception {
        final String[] texts = {"0.05", "-0.0", "-0", "007", "1e3", "12.50", "1234567890123456", "123456789012345",
            "5.", ".5", "-.5", "NA", "Inf", "-12.345", "0", "100", "0.000000000000000001", "99999999999999.9",
            "1.7976931348623157e309", "3", "-7.25", "0.1", "2.000"};
        final StringBuilder csv = new StringBuilder("a,b\n");
        for (final String t : texts) {
            csv.append(t).append(",x\n");
        }
        csv.append(",x\n");
        final CsvTable t = parse(csv.toString());
        for (int r = 0; r < texts.length; r++) {
            assertEquals(texts[r], t.cell(r, "a"));
            final Double plain = CsvTable.parseNumber(texts[r]);
            final double v = t.numericColumn("a", null, true)[r];
            if (plain == null) {
                assertTrue(Double.isNaN(v), texts[r]);
            } else {
                assertEquals(Double.doubleToRawLongBits(plain), Double.doubleToRawLongBits(v), texts[r]);
            }
        }
        assertNull(t.cell(texts.length, "a"));
        assertEquals(ColumnKind.NUMERIC, t.kind("a"));
        // a column turning to text after many numbers keeps the earlier cells as written
        final CsvTable u = parse("a\n1.50\n-0\n2\nabc\n3\n");
        assertEquals(List.of("1.50", "-0", "2", "abc", "3"), u.column("a"));
        assertEquals(ColumnKind.NUMERIC, u.kind("a"));
    }

    @Test
    void longNumbersReadFromAFileGiveBackTheirTextExactly(@TempDir final Path dir) throws Exception {
        final StringBuilder csv = new StringBuilder("Card Number,amount,note\n");
        final java.util.Random rnd = new java.util.Random(7);
        final List<String> cards = new java.util.ArrayList<>();
        final List<String> amounts = new java.util.ArrayList<>();
        final List<String> notes = new java.util.ArrayList<>();
        for (int r = 0; r < 30; r++) {
            final String card = Long.toString(4_000_000_000_000_000L + rnd.nextInt(1_000_000_000) * 7L);
            final String amount = Double.toString(rnd.nextGaussian() * 1000);
            final String note = r < 10 ? Double.toString(rnd.nextDouble()) : "text " + r;
            cards.add(card);
            amounts.add(amount);
            notes.add(note);
            csv.append(card).append(',').append(amount).append(',').append(note).append('\n');
        }
        final Path f = dir.resolve("long.csv");
        Files.writeString(f, csv.toString(), StandardCharsets.UTF_8);
        final CsvTable t = CsvTable.read(f);
        assertEquals(ColumnKind.NUMERIC, t.kind("amount"));
        assertEquals(ColumnKind.TEXT, t.kind("note"));
        final ColumnSelection s = t.selectFeatures(List.of(), null);
        assertEquals("Card Number", s.idColumn());
        assertEquals(cards, s.features().rowIds());
        assertEquals(List.of("amount"), s.usedColumns());
        for (int r = 0; r < 30; r++) {
            assertEquals(Double.parseDouble(amounts.get(r)), s.features().value(r, 0));
        }
        assertEquals(amounts, t.column("amount"));
        assertEquals(notes, t.column("note"));
        assertEquals("text, not numbers (e.g. \"" + notes.get(10) + "\")", s.skippedColumns().get("note"));
    }

    @Test
    void textsAreNotReadAgainFromAFileThatChangedMeanwhile(@TempDir final Path dir) throws Exception {
        final Path f = dir.resolve("changing.csv");
        Files.writeString(f, "id,amount\n1,0.10954375655138711\n2,0.20954375655138711\n", StandardCharsets.UTF_8);
        final CsvTable t = CsvTable.read(f);
        Files.writeString(f, "id,amount\n1,0.99999999999999999\n2,0.20954375655138711\n3,1\n",
            StandardCharsets.UTF_8);
        final java.io.UncheckedIOException e =
            org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class, () -> t.column("amount"));
        assertTrue(e.getMessage().contains("changed after it was first read"), e.getMessage());
    }
    @Test
    void largeFileFillsTheMatrixChunkByChunkAndReadsReleasedColumnsAgain(@TempDir final Path dir) throws Exception {
        final int n = 2 * CsvColumn.CHUNK + 123; // three chunks, the last one partial
        final StringBuilder csv = new StringBuilder("amount,count,rate,note\n");
        final java.util.Random rnd = new java.util.Random(9);
        final String[][] cells = new String[n][];
        for (int r = 0; r < n; r++) {
            final String amount = r % 97 == 0 ? "" : String.format(java.util.Locale.ROOT, "%.2f",
                Math.exp(rnd.nextGaussian() * 2) * 100);
            final String count = Integer.toString(rnd.nextInt(40));
            final String rate = r % 1001 == 0 ? "NA" : Double.toString(rnd.nextDouble());
            cells[r] = new String[] {amount, count, rate};
            csv.append(amount).append(',').append(count).append(',').append(rate).append(",\"t, ").append(r % 5)
                .append("\"\n");
        }
        final Path f = dir.resolve("big.csv");
        Files.writeString(f, csv.toString(), StandardCharsets.UTF_8);
        final CsvTable t = CsvTable.read(f);
        assertEquals(n, t.rows());
        final ColumnSelection s = t.selectFeatures(List.of(), null);
        assertEquals(List.of("amount", "count", "rate"), s.usedColumns());
        assertNull(s.idColumn());
        final FeatureMatrix m = s.features();
        assertEquals(n, m.rows());
        assertEquals("1", m.rowId(0));
        assertEquals(Integer.toString(n), m.rowId(n - 1));
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < 3; j++) {
                final String c = cells[r][j];
                final double want = c.isEmpty() || c.equals("NA") ? Double.NaN : Double.parseDouble(c);
                assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(m.value(r, j)), c);
            }
            assertEquals(r + 2, t.lineNumber(r));
        }
        // the feature columns were released into the matrix: asked for again, they are read again from the file
        final List<String> rates = t.column("rate");
        final double[] amounts = t.numericColumn("amount", null, false);
        for (int r = 0; r < n; r++) {
            assertEquals(cells[r][2], rates.get(r));
            assertEquals(Double.doubleToRawLongBits(m.value(r, 0)), Double.doubleToRawLongBits(amounts[r]));
            assertEquals(cells[r][0].isEmpty() ? null : cells[r][0], t.cell(r, "amount"));
        }
        assertEquals("t, 3", t.cell(3, "note"));
        assertEquals(ColumnKind.NUMERIC, t.kind("count"));
    }

    @Test
    void rowLinesWithBlankLinesAndQuotedLineBreaksInALargeFile(@TempDir final Path dir) throws Exception {
        final StringBuilder csv = new StringBuilder("\n\na,b\r\n");
        long line = 4;
        final List<Long> want = new java.util.ArrayList<>();
        for (int r = 0; r < 100_000; r++) {
            want.add(line);
            if (r % 1000 == 7) {
                csv.append(r).append(",\"x\r\ny\"\r\n");
                line += 2;
            } else {
                csv.append(r).append(",").append(r % 3).append("\r\n");
                line++;
            }
            if (r % 5000 == 9) {
                csv.append("\r\n");
                line++;
            }
        }
        final Path f = dir.resolve("lines.csv");
        Files.writeString(f, csv.toString(), StandardCharsets.UTF_8);
        final CsvTable t = CsvTable.read(f);
        for (int r = 0; r < want.size(); r++) {
            assertEquals(want.get(r), t.lineNumber(r));
        }
        assertEquals("x\r\ny", t.cell(7, "b"));
    }
    @Test
    void numberAndMissingTokenRulesMatchTheirPatternsOnRandomTexts() {
        final java.util.regex.Pattern number = java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
        final java.util.regex.Pattern infinity =
            java.util.regex.Pattern.compile("[+-]?(inf|infinity)", java.util.regex.Pattern.CASE_INSENSITIVE);
        final java.util.Set<String> tokens = java.util.Set.of("na", "n/a", "nan", "null", "?");
        final String alphabet = "0123456789+-.eEiInNfFtTyYaAlLuU/? \u0130\u0131x,";
        final java.util.Random rnd = new java.util.Random(21);
        for (int i = 0; i < 200_000; i++) {
            final StringBuilder b = new StringBuilder();
            final int n = rnd.nextInt(9);
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            final String t = i % 7 == 0 ? "inFinItY".substring(0, rnd.nextInt(9)) : b.toString();
            final Double want = number.matcher(t).matches() ? Double.valueOf(Double.parseDouble(t))
                : infinity.matcher(t).matches() ? (t.startsWith("-") ? Double.NEGATIVE_INFINITY
                    : Double.POSITIVE_INFINITY) : null;
            assertEquals(want, CsvTable.parseNumber(t), t);
            assertEquals(t.isEmpty() || tokens.contains(t.toLowerCase(java.util.Locale.ROOT)),
                CsvTable.isMissingToken(t), t);
        }
    }
    @Test
    void plainDecimalCellsReadAsDoubleParseDoubleReadsThem() throws Exception {
        final java.util.Random rnd = new java.util.Random(33);
        final StringBuilder csv = new StringBuilder("a\n");
        final List<String> texts = new java.util.ArrayList<>(List.of("-0." + "0".repeat(320) + "5",
            "0." + "0".repeat(330) + "123", "-0." + "0".repeat(310) + "2470328229206232720", "-00012.50", "-.0", "-0",
            "0000", "-5.", "17976931348623157" + "0".repeat(292), "-9" + "9".repeat(18) + "." + "9".repeat(30)));
        for (final String x : texts) {
            csv.append(x).append('\n');
        }
        for (int r = 0; r < 200_000; r++) {
            final StringBuilder b = new StringBuilder();
            if (rnd.nextInt(3) == 0) {
                b.append('-');
            }
            final int n = 1 + rnd.nextInt(24);
            final int pointAt = rnd.nextInt(n + 2) - 1; // -1: no point
            for (int k = 0; k < n; k++) {
                if (k == pointAt) {
                    b.append('.');
                }
                b.append((char) ('0' + (rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(10))));
            }
            if (pointAt == n) {
                b.append('.');
            }
            final String t = r % 3 == 0 ? Double.toString(rnd.nextGaussian() * Math.pow(10, rnd.nextInt(12) - 6))
                : b.toString();
            texts.add(t);
            csv.append(t).append('\n');
        }
        final CsvTable t = parse(csv.toString());
        final double[] v = t.numericColumn("a", null, true);
        for (int r = 0; r < texts.size(); r++) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(texts.get(r))), Double.doubleToRawLongBits(v[r]),
                texts.get(r));
            assertEquals(texts.get(r), t.cell(r, 0));
        }
    }
    /** A CSV with one column "k" holding the given cells. */
    private static CsvTable column(final String... cells) throws Exception {
        return parse("k\n" + String.join("\n", cells) + "\n");
    }

    @Test
    void theKeyRuleWantsEveryWholeNumberOfARangeOnce() throws Exception {
        final java.util.Random rnd = new java.util.Random(4);
        final int n = 200;
        final String[] shuffled = new String[n];
        for (int i = 0; i < n; i++) {
            shuffled[i] = Integer.toString(1000 + i);
        }
        for (int i = n - 1; i > 0; i--) {
            final int j = rnd.nextInt(i + 1);
            final String t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        assertTrue(column(shuffled).looksLikeKey("k"), "a shuffled range 1000..1199");
        final String[] repeated = shuffled.clone();
        repeated[7] = repeated[8]; // one value twice, one missing: the range is still 1000..1199
        repeated[8] = Integer.toString(n % 2 == 0 ? 1000 + n - 1 : 1000);
        final java.util.Set<String> distinct = new java.util.HashSet<>(java.util.Arrays.asList(repeated));
        assertTrue(distinct.size() < n);
        assertFalse(column(repeated).looksLikeKey("k"), "a repeated value");
        final String[] gap = shuffled.clone();
        gap[3] = "5000";
        assertFalse(column(gap).looksLikeKey("k"), "a gap in the range");
        assertFalse(column("3", "1", "2", "5", "4", "6", "8", "7", "9", "0", "-0").looksLikeKey("k"),
            "0 and -0 are the same number");
        assertTrue(column("3", "1", "2", "5", "4", "6", "8", "7", "9", "0", "-1").looksLikeKey("k"));
        assertTrue(column("1", "2", "3", "4", "5", "6", "7", "8", "9", "10").looksLikeKey("k"), "increasing");
        assertFalse(column("1", "2", "3", "4", "5", "6", "7", "8", "9", "10.5").looksLikeKey("k"), "not whole");
    }
}
