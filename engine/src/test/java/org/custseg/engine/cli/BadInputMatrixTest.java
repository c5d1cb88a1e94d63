package org.custseg.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.testdata.UsageTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input matrix of the command line: every case either stops with a specific message (naming the file,
 * column, line, value or option and what to do) or is handled as documented; nothing is silently lost. Most cases use
 * a small generated usage table (200 customers) so each run is quick.
 */
class BadInputMatrixTest {

    @TempDir
    static Path tmp;

    static UsageTable table;
    static Path plain;

    @BeforeAll
    static void data() throws Exception {
        table = UsageTable.generate(200, 11);
        plain = table.write(tmp.resolve("usage.csv"), UsageTable.Style.PLAIN);
    }

    static Path file(final String name, final String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    static SegmentCliTest.Run run(final Path input, final Path out, final String... more) {
        final List<String> args = new ArrayList<>(List.of("--input", input.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return new SegmentCliTest.Run(args.toArray(new String[0]));
    }

    static SegmentCliTest.Run fails(final int status, final Path input, final String... more) {
        final Path out = tmp.resolve("out-" + System.nanoTime());
        final SegmentCliTest.Run r = run(input, out, more);
        assertEquals(status, r.status, r.out + r.err);
        assertFalse(Files.exists(out), "a failed run writes nothing");
        assertEquals("", r.out);
        return r;
    }

    static void says(final SegmentCliTest.Run r, final String... parts) {
        for (final String p : parts) {
            assertTrue(r.err.contains(p), "expected \"" + p + "\" in: " + r.err);
        }
    }

    // ---- the file ----

    @Test
    void missingFile() {
        says(fails(2, tmp.resolve("nope.csv")), "nope.csv");
    }

    @Test
    void emptyFileAndHeaderOnly() throws Exception {
        says(fails(1, file("empty.csv", "")), "is empty");
        says(fails(1, file("header.csv", "a,b\n")), "has a header but no data rows");
    }

    @Test
    void notUtf8() throws Exception {
        final Path f = tmp.resolve("latin1.csv");
        Files.write(f, "name,a\nJos\u00e9,1\nAna,2\n".getBytes(StandardCharsets.ISO_8859_1));
        says(fails(1, f), "not valid UTF-8", "CSV UTF-8");
    }

    @Test
    void headerProblemsAndRaggedRows() throws Exception {
        says(fails(1, file("duphead.csv", "a,b,a\n1,2,3\n")), "names the column \"a\" twice (columns 1 and 3)");
        says(fails(1, file("nohead.csv", "a,,c\n1,2,3\n")), "Column 2 of the header", "has no name");
        says(fails(1, file("ragged.csv", "a,b\n1,2\n3\n")), "Line 3", "has 1 fields but the header has 2");
        says(fails(1, file("quote.csv", "a,b\n1,\"2\n3,4\n")), "not valid CSV", "unbalanced double quote");
    }

    // ---- numbers ----

    @Test
    void quotedThousandsSeparatorsAreRead() throws Exception {
        final Path f = table.write(tmp.resolve("thousands.csv"), UsageTable.Style.QUOTED_THOUSANDS);
        final SegmentCliTest.Run r = run(f, tmp.resolve("out-thousands"), "--missing", "median", "--k", "3");
        assertEquals(0, r.status, r.err);
        assertTrue(r.out.contains("Columns used (17)"), r.out);
        assertFalse(r.out.contains("Column skipped: BALANCE"), r.out);
    }

    @Test
    void semicolonFileWithDecimalCommasIsRead() throws Exception {
        final Path f = table.write(tmp.resolve("semicolon.csv"), UsageTable.Style.SEMICOLON_DECIMAL_COMMA);
        final SegmentCliTest.Run semi = run(f, tmp.resolve("out-semi"), "--missing", "median", "--k", "3");
        final SegmentCliTest.Run dot = run(plain, tmp.resolve("out-dot"), "--missing", "median", "--k", "3");
        assertEquals(0, semi.status, semi.err);
        assertTrue(semi.out.contains("Columns used (17)"), semi.out);
        // the same numbers, so the same segments
        assertEquals(Files.readString(tmp.resolve("out-dot/assignments.csv")),
            Files.readString(tmp.resolve("out-semi/assignments.csv")));
        assertEquals(0, dot.status);
    }

    @Test
    void mixedNumberStylesStopNamingColumnAndValue() throws Exception {
        says(fails(1, file("mixed.csv", "id,a,b\nc1,\"1,000.5\",1\nc2,\"1,5\",2\nc3,7,3\nc4,8,4\n")),
            "column \"a\"", "\"1,5\"", "more than one way");
    }

    @Test
    void textInAChosenNumericColumn() throws Exception {
        says(fails(1, file("text.csv", "id,a,b\nc1,1,2\nc2,3,x4\nc3,5,6\nc4,7,8\n"), "--columns", "a,b"),
            "column \"b\", line 3", "row id \"c2\"", "\"x4\"");
    }

    @Test
    void textColumnIsSkippedAndSaidSo() throws Exception {
        final SegmentCliTest.Run r = run(file("withtext.csv", "id,region,a,b\nc1,North,1,5\nc2,South,2,3\nc3,North,8,1"
            + "\nc4,South,9,2\nc5,East,4,4\nc6,North,5,5\n"), tmp.resolve("out-text"), "--k", "2");
        assertEquals(0, r.status, r.err);
        assertTrue(r.out.contains("Column skipped: region (text, not numbers (e.g. \"North\"); profiled as categories)"),
            r.out);
    }

    @Test
    void noNumericColumn() throws Exception {
        says(fails(1, file("alltext.csv", "name,city\nA,X\nB,Y\n")), "No numeric feature column");
    }

    @Test
    void infinity() throws Exception {
        says(fails(1, file("inf.csv", "id,a,b\nc1,1,2\nc2,Infinity,4\nc3,5,6\n"), "--k", "2"),
            "Infinite value: column \"a\", line 3");
    }

    // ---- ids ----

    @Test
    void duplicateIdNamedWithItsLines() throws Exception {
        final Path f = UsageTable.generate(200, 11).duplicateId(3, 150).write(tmp.resolve("dup.csv"),
            UsageTable.Style.PLAIN);
        says(fails(1, f, "--missing", "median"), "\"CUST_ID\"", "\"C10004\" occurs twice (lines 5 and 152");
        says(fails(1, f, "--missing", "median", "--id-column", "CUST_ID"), "Duplicate row id \"C10004\"",
            "lines 5 and 152");
    }

    @Test
    void unknownIdColumn() {
        says(fails(1, plain, "--id-column", "CUSTOMER"), "The id column \"CUSTOMER\" is not in");
    }

    // ---- missing values, constants, k ----

    @Test
    void missingValuesStopByDefaultNamingColumnsAndTheOption() {
        says(fails(1, plain), "MINIMUM_PAYMENTS", "--missing drop | mean | median");
    }

    @Test
    void constantColumnIsDroppedAndReported() throws Exception {
        final SegmentCliTest.Run r = run(file("const.csv", "id,a,b,c\nc1,1,5,7\nc2,2,3,7\nc3,8,1,7\nc4,9,2,7\nc5,4,4,7"
            + "\n"), tmp.resolve("out-const"), "--k", "2");
        assertEquals(0, r.status, r.err);
        assertTrue(r.out.contains("Column dropped: c (constant)"), r.out);
    }

    @Test
    void kLargerThanRows() throws Exception {
        says(fails(1, file("tiny.csv", "id,a\nc1,1\nc2,2\nc3,5\n"), "--k", "5"), "k = 5 but only 3 rows");
    }

    @Test
    void badOptions() {
        says(fails(2, plain, "--k", "1"), "--k");
        says(fails(2, plain, "--algorithm", "dbscan"), "dbscan");
        says(fails(2, plain, "--frobnicate"), "--frobnicate");
    }

    // ---- --out ----

    @Test
    void outIsAFile() throws Exception {
        final Path f = file("a-file.txt", "x");
        final SegmentCliTest.Run r = run(plain, f, "--missing", "median");
        assertEquals(2, r.status);
        says(r, "is a file, not a directory");
        assertEquals("x", Files.readString(f));
    }

    @Test
    void outCannotBeCreated() throws Exception {
        final Path f = file("blocker.txt", "x");
        final SegmentCliTest.Run r = run(plain, f.resolve("sub"), "--missing", "median");
        assertEquals(2, r.status);
        says(r, "cannot be created", "blocker.txt is not a folder");
    }

    @Test
    void outWithForeignFilesIsRefusedBeforeComputing() throws Exception {
        final Path out = Files.createDirectories(tmp.resolve("out-foreign"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        final SegmentCliTest.Run r = run(plain, out, "--missing", "median");
        assertEquals(2, r.status);
        says(r, "holds files this program did not write (notes.txt)");
        assertEquals(List.of("notes.txt"), SideEffectsTest.contents(out));
    }

    @Test
    void reusedOutIsReplacedAsAWholeAndAFailedRunLeavesItUntouched() throws Exception {
        final Path out = tmp.resolve("out-reuse");
        final Path withText = file("cats.csv", "id,region,a,b\nc1,North,1,5\nc2,South,2,3\nc3,North,8,1\nc4,South,9,2"
            + "\nc5,East,4,4\nc6,North,5,5\n");
        assertEquals(0, run(withText, out, "--k", "2").status);
        assertTrue(Files.exists(out.resolve("profile-categories.csv")));
        final String before = Files.readString(out.resolve("assignments.csv"));
        // a failing run (bad data) changes nothing
        final SegmentCliTest.Run bad = run(plain, out);
        assertEquals(1, bad.status);
        assertEquals(before, Files.readString(out.resolve("assignments.csv")));
        assertTrue(Files.exists(out.resolve("profile-categories.csv")));
        // a good run on other data replaces the folder: no stale profile-categories.csv of the earlier input
        final SegmentCliTest.Run good = run(plain, out, "--missing", "median", "--k", "2");
        assertEquals(0, good.status, good.err);
        assertFalse(Files.exists(out.resolve("profile-categories.csv")), "stale file removed");
        assertTrue(Files.readString(out.resolve("assignments.csv")).startsWith("CUST_ID,"));
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".segment-")), "no staging left");
        }
    }
}
