package org.custseg.engine.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.custseg.engine.model.SegmentationModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job end to end on the bundled sample data (660 customers): auto-k picks 3 segments of 386/224/50, every
 * file is written, the report is self-contained, and a second run gives byte-identical CSV files.
 */
class SegmentCliTest {

    @TempDir
    static Path tmp;

    static Path sample;
    static Path first;
    static Path second;
    static String stdout;
    static int exit;

    /** The sample file, whether the tests run from the repository root or from engine/. */
    static Path sample() {
        return org.custseg.engine.SampleFixture.file();
    }

    static final class Run {
        final int status;
        final String out;
        final String err;

        Run(final String... args) {
            final ByteArrayOutputStream o = new ByteArrayOutputStream();
            final ByteArrayOutputStream e = new ByteArrayOutputStream();
            status = SegmentCli.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void systemClockAgain() {
        ReportAssembly.clock = Clock.systemUTC();
    }

    @BeforeAll
    static void runTwice() {
        // the report states the run's minute: without a fixed clock two runs a minute apart differ in that line
        ReportAssembly.clock = Clock.fixed(Instant.parse("2026-12-06T05:00:00Z"), ZoneOffset.UTC);
        sample = sample();
        first = tmp.resolve("first");
        second = tmp.resolve("second");
        final Run a = new Run("--input", sample.toString(), "--out", first.toString());
        assertEquals("", a.err);
        exit = a.status;
        stdout = a.out;
        final Run b = new Run("--input", sample.toString(), "--out", second.toString(), "--quiet");
        assertEquals(0, b.status, b.err);
        assertEquals("", b.out, "--quiet prints nothing");
    }

    static List<CSVRecord> csv(final Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    @Test
    void mainJobFindsThreeSegmentsOf386And224And50WithAutomaticK() throws IOException {
        assertEquals(SegmentCli.EXIT_OK, exit);
        final List<CSVRecord> segs = csv(first.resolve("segments.csv"));
        assertEquals(3, segs.size());
        final int[] sizes = segs.stream().mapToInt(r -> Integer.parseInt(r.get("size"))).toArray();
        assertArrayEquals(new int[] {386, 224, 50}, sizes);
        assertEquals("Segment 1", segs.get(0).get("segment"));

        final List<CSVRecord> ks = csv(first.resolve("k-selection.csv"));
        assertEquals(7, ks.size(), "k = 2..8 by default");
        final List<String> chosen = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        String bestK = null;
        for (final CSVRecord r : ks) {
            if (Boolean.parseBoolean(r.get("chosen"))) {
                chosen.add(r.get("k"));
            }
            final double s = Double.parseDouble(r.get("silhouette"));
            if (s > best) {
                best = s;
                bestK = r.get("k");
            }
        }
        assertEquals(List.of("3"), chosen);
        assertEquals("3", bestK, "the chosen k has the best silhouette in the file");

        assertTrue(stdout.contains("Chosen k = 3 by silhouette over 2..8"), stdout);
        assertTrue(stdout.contains("Quality: silhouette 0.516 (reasonable structure: distinct segments)."), stdout);
        assertTrue(Pattern.compile("Segment 1 +386 ").matcher(stdout).find(), stdout);
        assertTrue(Pattern.compile("Segment 2 +224 ").matcher(stdout).find(), stdout);
        assertTrue(Pattern.compile("Segment 3 +50 ").matcher(stdout).find(), stdout);
        assertTrue(stdout.contains("Column skipped: Sl_No ("), stdout);
        assertTrue(stdout.contains("Identifier: Sl_No"), stdout);
        assertTrue(stdout.contains("Column skipped: Customer Key (identifier-like"), stdout);
        assertTrue(stdout.contains("top action: "), stdout);
        assertTrue(stdout.contains("Files written to"), stdout);
    }

    @Test
    void everyFileIsWrittenAndConsistent() throws Exception {
        for (final String f : OutputWriter.FILES) {
            assertTrue(Files.size(first.resolve(f)) > 0, f);
        }
        final List<CSVRecord> assignments = csv(first.resolve("assignments.csv"));
        assertEquals(660, assignments.size());
        assertEquals(List.of("Sl_No", "segment", "persona", "distance", "model_fingerprint"),
            CSVFormat.RFC4180.parse(Files.newBufferedReader(first.resolve("assignments.csv"))).iterator().next()
                .toList());
        final Map<String, Integer> counts = new HashMap<>();
        for (final CSVRecord r : assignments) {
            counts.merge(r.get("segment"), 1, Integer::sum);
            assertTrue(Double.parseDouble(r.get("distance")) >= 0);
        }
        assertEquals(Map.of("Segment 1", 386, "Segment 2", 224, "Segment 3", 50), counts);

        // the saved model reassigns the customers to the same segments
        final SegmentationModel model = SegmentationModel.fromJson(Files.readString(first.resolve("model.json")));
        assertEquals(3, model.k());
        assertEquals(5, model.featureNames().size());
        final InputData data = InputData.read(sample, List.of(), null);
        final int[] labels = model.assign(data.features(), org.custseg.engine.ProgressListener.NONE).labels();
        for (int r = 0; r < labels.length; r++) {
            assertEquals(assignments.get(r).get("segment"), model.segmentNames().get(labels[r]), "row " + (r + 1));
        }

        final List<CSVRecord> summary = csv(first.resolve("segment-summary.csv"));
        assertEquals(3, summary.size());
        final List<CSVRecord> profile = csv(first.resolve("profile.csv"));
        assertEquals(3 * 5, profile.size(), "segment x attribute");
        final List<CSVRecord> recs = csv(first.resolve("recommendations.csv"));
        for (final String seg : List.of("Segment 1", "Segment 2", "Segment 3")) {
            assertTrue(recs.stream().anyMatch(r -> r.get("segment").equals(seg)), seg + " has a recommendation row");
        }
        final String smallest = recs.stream().filter(r -> r.get("segment").equals("Segment 3")).findFirst()
            .orElseThrow().get("rule_id");
        assertEquals("premium-digital", smallest, "the 50 high-limit digital customers get the premium action");
    }

    @Test
    void reportHasSectionsEmbeddedChartsAndNoExternalReference() throws IOException {
        final String html = Files.readString(first.resolve("report.html"), StandardCharsets.UTF_8);
        for (final String id : List.of("overview", "sizes", "k-selection", "summary", "stability", "heatmap",
            "distributions", "segments", "method")) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
        }
        final Matcher img = Pattern.compile("<img [^>]*src=\"data:image/png;base64,[A-Za-z0-9+/=]{200,}\">")
            .matcher(html);
        int images = 0;
        while (img.find()) {
            images++;
        }
        assertEquals(6 + 5, images, "sizes, k-selection, stability, silhouette, PCA scatter, heatmap and 5 box plots");
        final String lower = html.toLowerCase();
        assertFalse(lower.contains("http://") || lower.contains("https://"), "no external reference");
        assertFalse(lower.contains("<script") || lower.contains("<link"), "no scripts, no linked resources");
        for (final String persona : csv(first.resolve("segment-summary.csv")).stream().map(r -> r.get("persona"))
            .toList()) {
            assertTrue(html.contains(org.custseg.engine.report.HtmlReport.escape(persona)), persona);
        }
    }

    @Test
    void stabilityIsAssessedByDefaultAndTheSampleSegmentsAreStable() throws IOException {
        final List<CSVRecord> st = csv(first.resolve("stability.csv"));
        assertEquals(3, st.size());
        for (final CSVRecord r : st) {
            assertTrue(Double.parseDouble(r.get("mean_jaccard")) >= 0.85, r.toString());
            assertEquals("highly stable", r.get("verdict"));
            assertEquals("20", r.get("resamples"));
            assertEquals("0", r.get("resamples_dissolved"));
        }
        assertEquals(st.get(0).get("mean_jaccard"), csv(first.resolve("segments.csv")).get(0)
            .get("stability_mean_jaccard"));
        assertEquals(st.get(2).get("mean_jaccard"), csv(first.resolve("segment-summary.csv")).get(2)
            .get("stability_mean_jaccard"));
        assertArrayEquals(Files.readAllBytes(first.resolve("stability.csv")),
            Files.readAllBytes(second.resolve("stability.csv")));
        assertTrue(stdout.contains("Stability (20 bootstrap resamples, mean Jaccard): Segment 1 "), stdout);
        // no segment of the sample is unstable, so the built-in rule does not fire
        assertFalse(Files.readString(first.resolve("recommendations.csv")).contains("unstable-segment"));
    }

    @Test
    void stabilityZeroSkipsTheAssessment() throws IOException {
        final Path out = tmp.resolve("no-stability");
        final Run r = new Run("--input", sample.toString(), "--out", out.toString(), "--k", "3", "--stability", "0",
            "--quiet");
        assertEquals(0, r.status, r.err);
        assertFalse(Files.exists(out.resolve("stability.csv")));
        assertFalse(Files.readString(out.resolve("segments.csv")).contains("stability"));
        assertFalse(Files.readString(out.resolve("report.html")).contains("<section id=\"stability\">"));
        final Run bad = new Run("--input", sample.toString(), "--out", out.toString(), "--stability", "0",
            "--stability-method", "subsample");
        assertEquals(SegmentCli.EXIT_USAGE, bad.status);
        assertTrue(bad.err.contains("--stability-method"), bad.err);
    }

    @Test
    void twoRunsGiveByteIdenticalFiles() throws IOException {
        for (final String f : OutputWriter.FILES) {
            // every file, the report with its PNG charts included
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f);
        }
        final byte[] bytes = Files.readAllBytes(first.resolve("segments.csv"));
        assertFalse(bytes.length >= 3 && bytes[0] == (byte) 0xEF, "no BOM");
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\r\n"), "RFC 4180 line ends");
    }

    @Test
    void usageErrorsExitWithTwoAndNameTheOption() {
        final Run unknown =
            new Run("--input", sample.toString(), "--out", tmp.resolve("x").toString(), "--colums", "a");
        assertEquals(SegmentCli.EXIT_USAGE, unknown.status);
        assertTrue(unknown.err.contains("Unknown option \"--colums\". Did you mean --columns?"), unknown.err);
        assertFalse(Files.exists(tmp.resolve("x")), "nothing written on a usage error");

        final Run range = new Run("--input", sample.toString(), "--out", tmp.resolve("x").toString(), "--k-range",
            "8..2");
        assertEquals(SegmentCli.EXIT_USAGE, range.status);
        assertTrue(range.err.contains("--k-range \"8..2\" runs backwards"), range.err);

        final Run noInput = new Run("--out", tmp.resolve("x").toString());
        assertEquals(SegmentCli.EXIT_USAGE, noInput.status);
        assertTrue(noInput.err.contains("Missing required option --input"), noInput.err);

        final Run missingFile = new Run("--input", tmp.resolve("none.csv").toString(), "--out",
            tmp.resolve("x").toString());
        assertEquals(SegmentCli.EXIT_USAGE, missingFile.status);
        assertTrue(missingFile.err.contains("none.csv\" does not exist"), missingFile.err);
    }

    @Test
    void dataErrorsExitWithOneAndCarryTheEngineMessage() throws IOException {
        final Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "id,spend,visits\n1,10,2\n2,abc,3\n3,30,4\n4,5,1\n");
        final Run r = new Run("--input", bad.toString(), "--out", tmp.resolve("y").toString(), "--columns",
            "spend,visits", "--k", "2");
        assertEquals(SegmentCli.EXIT_ERROR, r.status);
        assertTrue(r.err.startsWith("segment: ") && r.err.contains("\"spend\"") && r.err.contains("\"abc\""), r.err);

        final Path tooFew = tmp.resolve("few.csv");
        Files.writeString(tooFew, "id,spend,visits\n1,10,2\n2,20,3\n");
        final Run few = new Run("--input", tooFew.toString(), "--out", tmp.resolve("z").toString(), "--k", "3");
        assertEquals(SegmentCli.EXIT_ERROR, few.status, few.err);
        assertTrue(few.err.startsWith("segment: "), few.err);
    }

    @Test
    void helpDocumentsEveryOptionAndVersionPrints() {
        final Run help = new Run("--help");
        assertEquals(SegmentCli.EXIT_OK, help.status);
        for (final String o : List.of("--input", "--out", "--columns", "--id-column", "--algorithm", "--k ",
            "--k-range", "--criterion", "--missing", "--scaling", "--seed", "--restarts", "--linkage", "--engine",
            "--sample-size", "--playbook ", "--playbook-mode", "--names", "--quiet", "--help", "--version")) {
            assertTrue(help.out.contains(o), o);
        }
        for (final String f : OutputWriter.FILES) {
            assertTrue(help.out.contains(f), f);
        }
        final Run version = new Run("--version");
        assertEquals(SegmentCli.EXIT_OK, version.status);
        assertTrue(version.out.contains(SegmentationModel.ENGINE_VERSION));
    }

    @Test
    void namesFileAndReplacingPlaybookShapeTheOutput() throws IOException {
        final Path names = tmp.resolve("names.csv");
        Files.writeString(names, "segment,name\nSegment 3,Premium <digital>\n1,Branch loyalists\nSegment 9,Ghost\n");
        final Path playbook = tmp.resolve("playbook.csv");
        Files.writeString(playbook, "id,condition,action,team,channel,priority,kpi,explanation\n"
            + "small-vip,share < 10%,Call every customer personally,Sales,Phone,1,Retention,\n"
            + "bad-attr,Favourite_Colour is high,Never matches,Marketing,Mail,2,None,\n");
        final Path out = tmp.resolve("custom");
        final Run r = new Run("--input", sample.toString(), "--out", out.toString(), "--k", "3", "--names",
            names.toString(), "--playbook", playbook.toString(), "--playbook-mode", "replace");
        assertEquals(SegmentCli.EXIT_OK, r.status, r.err);
        assertTrue(r.out.contains("\"Segment 9\""), "unknown segment in the names file is a warning: " + r.out);
        assertTrue(r.out.contains("Favourite_Colour"), "rule on a missing attribute is reported: " + r.out);

        final Map<String, String> persona = new HashMap<>();
        for (final CSVRecord rec : csv(out.resolve("segment-summary.csv"))) {
            persona.put(rec.get("segment"), rec.get("persona"));
            assertEquals(!rec.get("segment").equals("Segment 1") && !rec.get("segment").equals("Segment 3"),
                Boolean.parseBoolean(rec.get("persona_generated")), rec.get("segment"));
        }
        assertEquals("Premium <digital>", persona.get("Segment 3"));
        assertEquals("Branch loyalists", persona.get("Segment 1"));

        final List<CSVRecord> recs = csv(out.resolve("recommendations.csv"));
        assertEquals(3, recs.size(), "one row per segment: the VIP rule or the explicit no-match row");
        for (final CSVRecord rec : recs) {
            final boolean small = rec.get("segment").equals("Segment 3");
            assertEquals(small ? "small-vip" : "(none)", rec.get("rule_id"), rec.get("segment"));
            assertEquals(small, Boolean.parseBoolean(rec.get("matched")));
        }
        final String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Premium &lt;digital&gt;"));
        assertFalse(html.contains("Premium <digital>"));
        assertFalse(html.contains("id=\"k-selection\""), "fixed k: no k-selection section");
        assertEquals(1, Files.readAllLines(out.resolve("k-selection.csv")).size(), "header only for a fixed k");
    }

    @Test
    void settingsTheEngineRejectsAreUsageErrors() {
        final Run r = new Run("--input", sample.toString(), "--out", tmp.resolve("w").toString(), "--k", "500");
        assertEquals(SegmentCli.EXIT_USAGE, r.status, r.err);
        assertTrue(r.err.contains("500"), r.err);
    }

    @Test
    void missingValuesFailByDefaultAndDroppedRowsHaveNoSegment() throws IOException {
        final StringBuilder b = new StringBuilder("id,a,b\n");
        for (int i = 0; i < 60; i++) {
            final int g = i % 3;
            b.append(i + 1).append(',').append(i % 10 == 4 ? "" : Integer.toString(g * 10 + i % 4)).append(',')
                .append(g * 5 + i % 3).append('\n');
        }
        final Path in = tmp.resolve("missing.csv");
        Files.writeString(in, b.toString());
        final Run fail = new Run("--input", in.toString(), "--out", tmp.resolve("m1").toString(), "--k", "3");
        assertEquals(SegmentCli.EXIT_ERROR, fail.status);
        assertTrue(fail.err.contains("\"a\""), fail.err);
        assertTrue(fail.err.contains("--missing drop | mean | median"), fail.err);

        final Path out = tmp.resolve("m2");
        final Run drop = new Run("--input", in.toString(), "--out", out.toString(), "--k", "3", "--missing", "drop");
        assertEquals(SegmentCli.EXIT_OK, drop.status, drop.err);
        final List<CSVRecord> rows = csv(out.resolve("assignments.csv"));
        assertEquals(60, rows.size(), "every input row is listed");
        for (final CSVRecord r : rows) {
            final boolean missing = (Integer.parseInt(r.get("id")) - 1) % 10 == 4;
            assertEquals(missing, r.get("segment").isEmpty(), "row " + r.get("id"));
            assertEquals(missing, r.get("distance").isEmpty(), "row " + r.get("id"));
        }
        final int sized = csv(out.resolve("segments.csv")).stream().mapToInt(r -> Integer.parseInt(r.get("size")))
            .sum();
        assertEquals(54, sized, "6 rows left out");
    }

    @Test
    void exportedPlaybookFedBackAsReplacementGivesTheSameRecommendations() throws IOException {
        final Path playbook = tmp.resolve("exported.csv");
        final Run export = new Run("--export-playbook", playbook.toString());
        assertEquals(SegmentCli.EXIT_OK, export.status, export.err);
        assertTrue(Files.readString(playbook).startsWith("id,condition,action,team,channel,priority,kpi,explanation"));
        final Path out = tmp.resolve("replayed");
        final Run r = new Run("--input", sample.toString(), "--out", out.toString(), "--playbook", playbook.toString(),
            "--playbook-mode", "replace", "--quiet");
        assertEquals(SegmentCli.EXIT_OK, r.status, r.err);
        assertArrayEquals(Files.readAllBytes(first.resolve("recommendations.csv")),
            Files.readAllBytes(out.resolve("recommendations.csv")));

        final Run mixed = new Run("--export-playbook", playbook.toString(), "--k", "3");
        assertEquals(SegmentCli.EXIT_USAGE, mixed.status);
        assertTrue(mixed.err.contains("stands alone"), mixed.err);
    }

    @Test
    void textColumnsAreProfiledAsCategories() throws Exception {
        final StringBuilder b = new StringBuilder("id,region,spend,visits\n");
        for (int i = 0; i < 90; i++) {
            final int g = i % 3;
            // region follows the groups for 2 of 3 rows, so it distinguishes the segments
            b.append(i + 1).append(',').append(i % 3 == 0 ? "North" : g == 1 ? "South" : "East").append(',')
                .append(100 * g + i % 7).append(',').append(5 * g + i % 4).append('\n');
        }
        final Path in = tmp.resolve("regions.csv");
        Files.writeString(in, b.toString());
        final Path out = tmp.resolve("regions");
        final Run r = new Run("--input", in.toString(), "--out", out.toString(), "--k", "3");
        assertEquals(SegmentCli.EXIT_OK, r.status, r.err);
        assertTrue(r.out.contains("region (") && r.out.contains("profiled as categories"), r.out);
        final List<CSVRecord> cats = csv(out.resolve("profile-categories.csv"));
        assertEquals(3 * 3, cats.size(), "3 segments x 3 regions");
        for (final CSVRecord c : cats) {
            assertEquals("region", c.get("attribute"));
            final double v = Double.parseDouble(c.get("cramers_v"));
            assertTrue(v > 0.9, "region is fully determined by the segment here: V = " + v);
        }
        assertEquals(List.of("spend", "visits"),
            SegmentationModel.fromJson(Files.readString(out.resolve("model.json"))).featureNames(),
            "categories never enter the segmentation");
    }
}
