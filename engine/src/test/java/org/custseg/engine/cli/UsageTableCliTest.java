package org.custseg.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.custseg.engine.testdata.UsageTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a generated usage table with blanks: dropped rows are unassigned and never profiled or
 * recommended on; one set of means per segment in every file; each fact printed once; the report's wording.
 */
class UsageTableCliTest {

    @TempDir
    static Path tmp;

    static SegmentCliTest.Run drop;
    static SegmentCliTest.Run median;
    static Path dropOut;
    static Path medianOut;

    @BeforeAll
    static void run() throws Exception {
        final Path usage = UsageTable.generate(1).write(tmp.resolve("usage.csv"), UsageTable.Style.PLAIN);
        dropOut = tmp.resolve("drop");
        medianOut = tmp.resolve("median");
        drop = new SegmentCliTest.Run("--input", usage.toString(), "--out", dropOut.toString(), "--missing", "drop",
            "--k", "3");
        median = new SegmentCliTest.Run("--input", usage.toString(), "--out", medianOut.toString(), "--missing",
            "median", "--k", "3");
        assertEquals(0, drop.status, drop.err);
        assertEquals(0, median.status, median.err);
    }

    static List<CSVRecord> csv(final Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    static int count(final String text, final String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void droppedRowsAreUnassignedNotASegment() throws Exception {
        final int blanks = (int) csv(tmp.resolve("usage.csv")).stream()
            .filter(r -> r.get("CREDIT_LIMIT").isEmpty() || r.get("MINIMUM_PAYMENTS").isEmpty()).count();
        assertTrue(blanks > 200, "the generated table has blanks: " + blanks);
        assertTrue(drop.out.contains("Unassigned: " + blanks + " of 8950 rows have missing values"), drop.out);
        assertFalse(drop.out.contains("(no segment)"), drop.out);
        for (final String f : List.of("profile.csv", "segment-summary.csv", "recommendations.csv", "segments.csv")) {
            assertFalse(Files.readString(dropOut.resolve(f)).contains("no segment"), f);
        }
        final List<CSVRecord> assignments = csv(dropOut.resolve("assignments.csv"));
        assertEquals(8950, assignments.size(), "every customer is listed");
        assertEquals(blanks, assignments.stream().filter(r -> r.get("segment").isEmpty()).count());
        // shares are of the segmented customers and add up to 1
        final double shares = csv(dropOut.resolve("segments.csv")).stream()
            .mapToDouble(r -> Double.parseDouble(r.get("share"))).sum();
        assertEquals(1.0, shares, 1e-5);
        final String html = Files.readString(dropOut.resolve("report.html"));
        assertTrue(html.contains(blanks + " of 8950 customers have missing values and were left out"), "report");
    }

    @Test
    void oneSetOfMeansPerSegmentEverywhere() throws Exception {
        for (final Path out : List.of(dropOut, medianOut)) {
            final Map<String, Double> profileMeans = new HashMap<>();
            for (final CSVRecord r : csv(out.resolve("profile.csv"))) {
                profileMeans.put(r.get("segment") + "/" + r.get("attribute"), Double.parseDouble(r.get("mean")));
            }
            for (final CSVRecord r : csv(out.resolve("segments.csv"))) {
                for (final String col : List.of("CREDIT_LIMIT", "MINIMUM_PAYMENTS", "BALANCE")) {
                    assertEquals(profileMeans.get(r.get("segment") + "/" + col), Double.parseDouble(r.get(col)),
                        1e-6, out + " " + r.get("segment") + " " + col);
                }
            }
        }
        assertTrue(Files.readString(medianOut.resolve("report.html"))
            .contains("Segment means (segments.csv, profile.csv, this report) are means of the observed values"));
    }

    @Test
    void eachFactIsPrintedOnceInPlainWords() throws Exception {
        assertEquals(1, count(median.out, "MINIMUM_PAYMENTS "), median.out.replaceAll("(?s)Segments:.*", ""));
        assertTrue(median.out.contains("Missing values imputed: MINIMUM_PAYMENTS "), median.out);
        final String html = Files.readString(medianOut.resolve("report.html"));
        final String notes = html.substring(html.indexOf("id=\"method\""), html.indexOf("</section>",
            html.indexOf("id=\"method\"")));
        assertFalse(notes.contains("IMPUTE_MEDIAN"), notes);
        assertFalse(notes.contains("{CREDIT_LIMIT="), notes);
        assertEquals(1, count(notes, "in MINIMUM_PAYMENTS were replaced by the column median"), notes);
        assertEquals(0, count(notes, "Imputed missing values"), notes);
        assertTrue(notes.contains("missing values in MINIMUM_PAYMENTS were replaced by the column median"), notes);
    }

    @Test
    void reportStatesDateDistanceUnitsQualityAndLogScale() throws Exception {
        final String html = Files.readString(medianOut.resolve("report.html"));
        assertTrue(html.matches("(?s).*<dt>Run</dt><dd>\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC</dd>.*"), "run date");
        assertTrue(html.contains("in scaled units: z-score (mean 0, standard deviation 1), i.e. in standard"
            + " deviations"), "distance units");
        assertTrue(html.contains("<dt>Quality</dt><dd>silhouette 0."), "quality verdict");
        // money columns are skewed: log scale; frequencies in [0, 1] are not
        assertTrue(html.contains("<figcaption>CASH_ADVANCE <span class=\"note\">(log scale)</span>"), "log scale");
        assertFalse(html.contains("<figcaption>PRC_FULL_PAYMENT <span class=\"note\">(log scale)"), "linear");
    }
}
