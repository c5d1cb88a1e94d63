package org.custseg.knime.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.custseg.engine.report.ReportInput;
import org.custseg.knime.common.AbstractSegmenterNodeModel;
import org.custseg.knime.common.SegmentColumns;
import org.custseg.knime.common.SegmenterSettings;
import org.custseg.knime.kmeans.KMeansSegmenterNodeModel;
import org.custseg.knime.profiler.ProfileTables;
import org.custseg.knime.profiler.ProfilerSettings;
import org.custseg.knime.profiler.SampleCustomers;
import org.custseg.knime.profiler.SegmentProfilerNodeModel;
import org.custseg.knime.recommender.SegmentRecommenderNodeModel;
import org.custseg.knime.testing.NodeModelHarness;
import org.custseg.knime.testing.TestTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.workflow.FlowVariable;

/**
 * Issue 15 (trust) through the nodes, on a generated table resembling a credit-card usage table: skewed amounts,
 * frequencies in [0, 1], counts, blanks, a duplicated customer id and a text column. K-Means (k = 3, rows with blanks
 * dropped) &rarr; Segment Profiler &rarr; Segment Recommender &rarr; Segment Report: one set of means everywhere (the
 * observed means), rows without a segment unassigned everywhere, stability and the quality verdict carried through,
 * the report's statistics the Profiler's.
 */
class UsageTableNodesTest {

    static final List<String> FEATURES =
        List.of("BALANCE", "PURCHASES", "PURCHASES_FREQUENCY", "CASH_ADVANCE_TRX", "CREDIT_LIMIT");

    @TempDir
    static Path dir;

    static BufferedDataTable usage;
    static int blanks;
    static PortObject[] segmented;
    static String quality;
    static PortObject[] profiled;

    /** 400 customers in three behaviours; PURCHASES blank for every 17th; customer C00010 listed twice. */
    static BufferedDataTable usageTable(final int n) {
        final DataTableSpec spec = TestTables.spec(new String[]{"CUST_ID", "BALANCE", "PURCHASES",
            "PURCHASES_FREQUENCY", "CASH_ADVANCE_TRX", "CREDIT_LIMIT", "REGION"}, new DataType[]{StringCell.TYPE,
                DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, IntCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});
        final Random rnd = new Random(15);
        final List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final int g = i % 3; // 0 transactors, 1 revolvers with cash advances, 2 dormant
            final double balance = Math.exp((g == 1 ? 8.5 : g == 0 ? 6.5 : 4.5) + 0.8 * rnd.nextGaussian());
            final double purchases = Math.exp((g == 0 ? 8 : g == 1 ? 5 : 3) + rnd.nextGaussian());
            final double freq = Math.min(1, Math.max(0, (g == 0 ? 0.85 : g == 1 ? 0.3 : 0.05)
                + 0.1 * rnd.nextGaussian()));
            final int cash = g == 1 ? 5 + rnd.nextInt(15) : rnd.nextInt(2);
            final double limit = Math.exp((g == 0 ? 9 : 8) + 0.4 * rnd.nextGaussian());
            final String id = i == 11 ? "C00010" : String.format("C%05d", i);
            rows.add(new DefaultRow("Row" + i, new StringCell(id), new DoubleCell(balance),
                i % 17 == 5 ? DataType.getMissingCell() : new DoubleCell(purchases), new DoubleCell(freq),
                new IntCell(cash), new DoubleCell(limit), new StringCell(i % 4 == 0 ? "North" : "South")));
        }
        return TestTables.table(spec, rows);
    }

    @BeforeAll
    static void runThePipeline() throws Exception {
        usage = usageTable(400);
        for (final DataRow r : TestTables.rows(usage)) {
            blanks += r.getCell(2).isMissing() ? 1 : 0;
        }
        segmented = segment("DROP_ROWS");
        quality = lastQuality;
        profiled = profile((BufferedDataTable)segmented[0], (BufferedDataTable)segmented[1], null);
    }

    static String lastQuality;

    static PortObject[] segment(final String missing) throws Exception {
        final NodeModelHarness<KMeansSegmenterNodeModel> h = NodeModelHarness.of(new KMeansSegmenterNodeModel());
        final NodeSettings s = h.saveSettings();
        s.addInt(SegmenterSettings.KEY_K, 3);
        s.addString(SegmenterSettings.KEY_MISSING, missing);
        SampleCustomers.setFilter(s, SegmenterSettings.KEY_COLUMNS, FEATURES, List.of());
        h.loadSettings(NodeModelHarness.throughXml(s));
        final PortObject[] out = h.run(usage);
        lastQuality = h.model().peekFlowVariableString(AbstractSegmenterNodeModel.FLOW_VAR_QUALITY);
        return out;
    }

    static PortObject[] profile(final BufferedDataTable data, final BufferedDataTable segmenterSummary,
        final Integer top) throws Exception {
        final NodeModelHarness<SegmentProfilerNodeModel> h = NodeModelHarness.of(new SegmentProfilerNodeModel());
        final NodeSettings s = h.saveSettings();
        SampleCustomers.setFilter(s, ProfilerSettings.KEY_NUMERIC_COLUMNS, FEATURES, List.of());
        s.addString(ProfilerSettings.KEY_SEGMENT_COLUMN, SegmentColumns.SEGMENT);
        if (top != null) {
            s.addInt(ProfilerSettings.KEY_TOP, top);
        }
        h.loadSettings(NodeModelHarness.throughXml(s));
        final PortObject[] out = h.run(data, null, segmenterSummary);
        lastProfilerWarning = h.warningMessage();
        return out;
    }

    static String lastProfilerWarning;

    static List<Map<String, DataCell>> rows(final PortObject table) {
        final BufferedDataTable t = (BufferedDataTable)table;
        final String[] names = t.getDataTableSpec().getColumnNames();
        final List<Map<String, DataCell>> out = new ArrayList<>();
        for (final DataRow r : TestTables.rows(t)) {
            final Map<String, DataCell> m = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                m.put(names[i], r.getCell(i));
            }
            out.add(m);
        }
        return out;
    }

    static String str(final DataCell c) {
        return c.isMissing() ? null : ((StringValue)c).getStringValue();
    }

    static double num(final DataCell c) {
        return c.isMissing() ? Double.NaN : ((DoubleValue)c).getDoubleValue();
    }

    /** [segment name][feature] mean of the non-missing input values of the rows with that segment. */
    static Map<String, double[]> observedMeans(final PortObject segmentedTable) {
        final Map<String, double[]> sum = new HashMap<>();
        final Map<String, long[]> count = new HashMap<>();
        for (final Map<String, DataCell> r : rows(segmentedTable)) {
            final String seg = str(r.get(SegmentColumns.SEGMENT));
            if (seg == null) {
                continue;
            }
            for (int f = 0; f < FEATURES.size(); f++) {
                final double v = num(r.get(FEATURES.get(f)));
                if (!Double.isNaN(v)) {
                    sum.computeIfAbsent(seg, x -> new double[FEATURES.size()])[f] += v;
                    count.computeIfAbsent(seg, x -> new long[FEATURES.size()])[f]++;
                }
            }
        }
        sum.forEach((seg, v) -> {
            for (int f = 0; f < v.length; f++) {
                v[f] /= count.get(seg)[f];
            }
        });
        return sum;
    }

    private static void assertClose(final double expected, final double actual, final String what) {
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void segmenterSummaryShowsTheObservedMeansTheProfilerShows() throws Exception {
        final Map<String, double[]> expected = observedMeans(segmented[0]);
        final List<Map<String, DataCell>> summary = rows(segmented[1]);
        assertEquals(3, summary.size());
        final Map<String, Map<String, DataCell>> wide = new HashMap<>();
        for (final Map<String, DataCell> r : rows(profiled[2])) {
            wide.put(str(r.get("Segment")), r);
        }
        for (final Map<String, DataCell> r : summary) {
            final String seg = str(r.get(SegmentColumns.SUMMARY_SEGMENT));
            for (int f = 0; f < FEATURES.size(); f++) {
                final String c = FEATURES.get(f);
                assertClose(expected.get(seg)[f], num(r.get(c)), seg + " " + c + " (segmenter summary)");
                assertClose(num(r.get(c)), num(wide.get(seg).get(c)), seg + " " + c + " (profiler wide means)");
            }
        }
    }

    @Test
    void imputedValuesNeverEnterTheSummaryMeans() throws Exception {
        final PortObject[] imputed = segment("IMPUTE_MEDIAN");
        assertEquals(0, rows(imputed[0]).stream().filter(r -> r.get(SegmentColumns.SEGMENT).isMissing()).count(),
            "imputation: every row gets a segment");
        final Map<String, double[]> expected = observedMeans(imputed[0]);
        final int p = FEATURES.indexOf("PURCHASES");
        for (final Map<String, DataCell> r : rows(imputed[1])) {
            final String seg = str(r.get(SegmentColumns.SUMMARY_SEGMENT));
            assertClose(expected.get(seg)[p], num(r.get("PURCHASES")), seg + " PURCHASES: blanks not counted");
        }
    }

    @Test
    void droppedRowsAreUnassignedInTheProfilerNeverProfiled() {
        final long dropped = rows(segmented[0]).stream().filter(r -> r.get(SegmentColumns.SEGMENT).isMissing())
            .count();
        assertEquals(blanks, dropped, "the rows with a blank PURCHASES have no segment");
        final List<Map<String, DataCell>> summary = rows(profiled[1]);
        assertEquals(4, summary.size(), "three segments and the unassigned row");
        final Map<String, DataCell> last = summary.get(3);
        assertTrue(last.get(ProfileTables.SEGMENT).isMissing());
        assertEquals(blanks, ((IntValue)last.get(ProfileTables.SIZE)).getIntValue());
        for (final Map<String, DataCell> r : rows(profiled[0])) {
            assertTrue(str(r.get(ProfileTables.SEGMENT)).startsWith("Segment "), str(r.get(ProfileTables.SEGMENT)));
        }
        assertTrue(lastProfilerWarning.contains(blanks + " of 400 row(s) have a missing or empty segment"),
            lastProfilerWarning);
        double shares = 0;
        for (int i = 0; i < 3; i++) {
            shares += num(summary.get(i).get(ProfileTables.SHARE));
        }
        assertClose(1.0, shares, "shares are of the segmented rows");
    }

    @Test
    void profilerSummaryCarriesTheSegmentersStability() {
        final Map<String, Map<String, DataCell>> seg = new HashMap<>();
        for (final Map<String, DataCell> r : rows(segmented[1])) {
            seg.put(str(r.get(SegmentColumns.SUMMARY_SEGMENT)), r);
        }
        final List<Map<String, DataCell>> summary = rows(profiled[1]);
        for (final String c : ProfileTables.STABILITY_COLUMNS) {
            assertTrue(summary.get(0).containsKey(c), c);
        }
        for (final Map<String, DataCell> r : summary.subList(0, 3)) {
            final Map<String, DataCell> s = seg.get(str(r.get(ProfileTables.SEGMENT)));
            for (final String c : ProfileTables.STABILITY_COLUMNS) {
                assertEquals(s.get(c), r.get(c), c);
            }
            assertFalse(r.get(SegmentColumns.SUMMARY_STABILITY).isMissing());
        }
    }

    @Test
    void recommenderGetsNoSegmentForTheUnassignedRows() throws Exception {
        final PortObject[] rec = NodeModelHarness.of(new SegmentRecommenderNodeModel()).run(profiled[0], null, null,
            profiled[1]);
        final List<Map<String, DataCell>> recs = rows(rec[0]);
        assertFalse(recs.isEmpty());
        for (final Map<String, DataCell> r : recs) {
            final String s = str(r.get("Segment"));
            assertTrue(List.of("Segment 1", "Segment 2", "Segment 3").contains(s), s);
        }
    }

    private static NodeSettings reportSettings(final Path file) throws InvalidSettingsException {
        final NodeSettings s = NodeModelHarness.of(new SegmentReportNodeModel()).saveSettings();
        SampleCustomers.setFilter(s, ReportSettings.KEY_NUMERIC_COLUMNS, FEATURES, List.of());
        s.addString(ReportSettings.KEY_SEGMENT_COLUMN, SegmentColumns.SEGMENT);
        s.addString(ReportSettings.KEY_OUTPUT_FILE, file.toString());
        s.addString(ReportSettings.KEY_OVERWRITE, "OVERWRITE");
        return s;
    }

    @Test
    void reportShowsTheProfilersNumbersStabilityQualityAndUnassigned() throws Exception {
        // a non-default Profiler setting (one top attribute) changes the descriptions: the report must show them
        final PortObject[] one = profile((BufferedDataTable)segmented[0], (BufferedDataTable)segmented[1], 1);
        final Path file = dir.resolve("from-profiler.html");
        final NodeModelHarness<SegmentReportNodeModel> h = NodeModelHarness.of(new SegmentReportNodeModel());
        h.loadSettings(NodeModelHarness.throughXml(reportSettings(file)));
        h.withInputFlowVariables(new FlowVariable(AbstractSegmenterNodeModel.FLOW_VAR_QUALITY, quality));
        h.run(segmented[0], null, segmented[2], null, one[0], one[1]);
        final String html = Files.readString(file, StandardCharsets.UTF_8);
        for (final Map<String, DataCell> r : rows(one[1]).subList(0, 3)) {
            final String d = str(r.get(ProfileTables.DESCRIPTION));
            assertFalse(d.contains(", "), "one top attribute: " + d);
            assertTrue(html.contains(d.replace("&", "&amp;")), d);
        }
        assertTrue(quality.startsWith("Quality: silhouette "), quality);
        assertTrue(html.contains(quality.substring("Quality: ".length()).split(" \\(")[0]), "quality fact");
        assertTrue(html.contains("id=\"stability\""), "stability section");
        assertTrue(html.contains("Is each segment real?"), "its plain explanation");
        assertTrue(html.contains(blanks + " of 400 (no segment; not profiled)"), "unassigned fact");
        assertFalse(html.contains("(no segment)</"), "no (no segment) group");
        assertTrue(html.contains("statistics of the Segment Profiler"), "footer names the source");
        assertTrue(h.warningMessage().contains(blanks + " of 400 row(s)"), h.warningMessage());

        // the numbers the report input holds are exactly the Profiler's
        final ProfilerOutputs parts = ProfilerOutputs.read((BufferedDataTable)one[0], (BufferedDataTable)one[1]);
        final ReportInput in = parts.reportInput("t", "s", new String[0], new double[FEATURES.size()][0], null,
            List.of(), List.of(), List.of(), "");
        assertEquals(FEATURES, in.attributes());
        for (final Map<String, DataCell> r : rows(one[0])) {
            final int s = parts.segmentNames().indexOf(str(r.get(ProfileTables.SEGMENT)));
            final int a = FEATURES.indexOf(str(r.get(ProfileTables.ATTRIBUTE)));
            assertEquals(num(r.get(ProfileTables.MEAN)), in.segmentMeans()[s][a]);
            assertEquals(num(r.get(ProfileTables.EFFECT)), in.standardizedMeans()[s][a]);
            assertEquals(num(r.get(ProfileTables.POPULATION_MEAN)), in.populationMeans()[a]);
        }
    }

    @Test
    void reportWithoutTheProfilersOutputsStillNeverProfilesTheUnassignedRows() throws Exception {
        final Path file = dir.resolve("old-style.html");
        final NodeModelHarness<SegmentReportNodeModel> h = NodeModelHarness.of(new SegmentReportNodeModel());
        h.loadSettings(NodeModelHarness.throughXml(reportSettings(file)));
        h.run(segmented[0], null, null, null);
        final String html = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(html.contains("(no segment)"), "no (no segment) group");
        assertTrue(html.contains("default settings"), "says its statistics are its own, with defaults");
        assertTrue(h.warningMessage().contains(blanks + " of 400 row(s)"), h.warningMessage());
        assertFalse(html.contains("id=\"stability\""));
    }

    @Test
    void reportRefusesOnlyOneOfTheProfilersOutputs() throws Exception {
        final NodeModelHarness<SegmentReportNodeModel> h = NodeModelHarness.of(new SegmentReportNodeModel());
        h.loadSettings(NodeModelHarness.throughXml(reportSettings(dir.resolve("x.html"))));
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> h.configure(segmented[0].getSpec(), null, null, null, profiled[0].getSpec(), null));
        assertTrue(e.getMessage().contains("Only input 4") && e.getMessage().contains("or neither"), e.getMessage());
        final InvalidSettingsException swapped = assertThrows(InvalidSettingsException.class,
            () -> h.configure(segmented[0].getSpec(), null, null, null, profiled[1].getSpec(), profiled[0].getSpec()));
        assertTrue(swapped.getMessage().contains("profile (input 4) needs the column"), swapped.getMessage());
    }

    @Test
    void duplicateCustomerIdIsATextColumnBothRowsAreSegmentedAndKept() {
        final List<Map<String, DataCell>> out = rows(segmented[0]);
        final List<Map<String, DataCell>> dup = out.stream().filter(r -> "C00010".equals(str(r.get("CUST_ID"))))
            .toList();
        assertEquals(2, dup.size(), "both rows with the duplicated id are in the output");
        for (final Map<String, DataCell> r : dup) {
            assertNotEquals(null, str(r.get(SegmentColumns.SEGMENT)), "and both have a segment");
        }
    }

    @Test
    void constantColumnAndOneCustomerSegmentGiveUndefinedTestsWithANoteInProfilerAndReport() throws Exception {
        final DataTableSpec spec = TestTables.spec(new String[]{"ANNUAL_FEE", "BALANCE", SegmentColumns.SEGMENT},
            new DataType[]{DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});
        final List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            // "Segment 3" has a single customer; the fee is the same for everybody
            final String seg = i == 40 ? "Segment 3" : i % 2 == 0 ? "Segment 1" : "Segment 2";
            rows.add(new DefaultRow("Row" + i, new DoubleCell(95), new DoubleCell(Math.exp(i % 2 * 3 + i * 0.01)),
                new StringCell(seg)));
        }
        final BufferedDataTable data = TestTables.table(spec, rows);
        final NodeModelHarness<SegmentProfilerNodeModel> p = NodeModelHarness.of(new SegmentProfilerNodeModel());
        final NodeSettings ps = p.saveSettings();
        SampleCustomers.setFilter(ps, ProfilerSettings.KEY_NUMERIC_COLUMNS, List.of("ANNUAL_FEE", "BALANCE"),
            List.of());
        p.loadSettings(NodeModelHarness.throughXml(ps));
        final PortObject[] prof = p.run(data);
        for (final Map<String, DataCell> r : rows(prof[0])) {
            if ("ANNUAL_FEE".equals(str(r.get(ProfileTables.ATTRIBUTE)))) {
                // the engine's documented rule: effect 0, test undefined, a note saying why
                assertEquals(0.0, num(r.get(ProfileTables.EFFECT)), "no effect on a constant column");
                assertTrue(r.get("p-value").isMissing(), "test undefined");
                assertEquals(95.0, num(r.get(ProfileTables.MEAN)));
                assertTrue(str(r.get("Note")) != null && str(r.get("Note")).contains("constant"), str(r.get("Note")));
            }
            if ("Segment 3".equals(str(r.get(ProfileTables.SEGMENT)))) {
                assertTrue(r.get("Std. deviation").isMissing() || num(r.get("Std. deviation")) == 0.0
                    || str(r.get("Note")) != null, "one customer: no spread, or a note");
            }
        }
        final Path file = dir.resolve("constant.html");
        final NodeModelHarness<SegmentReportNodeModel> h = NodeModelHarness.of(new SegmentReportNodeModel());
        final NodeSettings rs = reportSettings(file);
        SampleCustomers.setFilter(rs, ReportSettings.KEY_NUMERIC_COLUMNS, List.of("ANNUAL_FEE", "BALANCE"), List.of());
        h.loadSettings(NodeModelHarness.throughXml(rs));
        final PortObject[] out = h.run(data, null, null, null, prof[0], prof[1]);
        assertEquals(3, ((IntValue)TestTables.rows((BufferedDataTable)out[0]).get(0).getCell(1)).getIntValue(),
            "three segments reported, the one-customer segment included");
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("ANNUAL_FEE"));
    }

    @Test
    void largestKTriedIsNotedOnlyWhenChosen() {
        final ReportInput.KSelection atMax = new ReportInput.KSelection("Silhouette", new int[]{2, 3, 4},
            new double[]{0.3, 0.4, 0.5}, 4, List.of("k"), List.of(List.of("2"), List.of("3"), List.of("4")));
        final String note = ReportTables.largestKNote(atMax);
        assertTrue(note != null && note.startsWith("k = 4 is the largest number of segments tried (2..4)"), note);
        final ReportInput.KSelection inside = new ReportInput.KSelection("Silhouette", new int[]{2, 3, 4},
            new double[]{0.3, 0.5, 0.4}, 3, List.of("k"), List.of(List.of("2"), List.of("3"), List.of("4")));
        assertEquals(null, ReportTables.largestKNote(inside));
        assertEquals(null, ReportTables.largestKNote(null), "k fixed: no scan, no note");
    }

    @Test
    void profilerRefusesATableAtInput2ThatIsNoSegmenterSummaryAndWarnsWithoutStability() throws Exception {
        final NodeModelHarness<SegmentProfilerNodeModel> h = NodeModelHarness.of(new SegmentProfilerNodeModel());
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> h.configure(segmented[0].getSpec(), null, segmented[2].getSpec()));
        assertTrue(e.getMessage().contains("segmenter summary (input 2)") && e.getMessage().contains("\"Segment\""),
            e.getMessage());
        // a segmenter run without stability: the summary gets no stability columns, and the warning says why
        final NodeModelHarness<KMeansSegmenterNodeModel> k = NodeModelHarness.of(new KMeansSegmenterNodeModel());
        final NodeSettings s = k.saveSettings();
        s.addInt(SegmenterSettings.KEY_K, 3);
        s.addString(SegmenterSettings.KEY_MISSING, "DROP_ROWS");
        s.addInt(SegmenterSettings.KEY_STABILITY_RESAMPLES, 0);
        SampleCustomers.setFilter(s, SegmenterSettings.KEY_COLUMNS, FEATURES, List.of());
        k.loadSettings(NodeModelHarness.throughXml(s));
        final PortObject[] noStability = k.run(usage);
        final PortObject[] prof = profile((BufferedDataTable)noStability[0], (BufferedDataTable)noStability[1], null);
        assertEquals(ProfileTables.SUMMARY_COLUMNS,
            List.of(((BufferedDataTable)prof[1]).getDataTableSpec().getColumnNames()));
        assertTrue(lastProfilerWarning.contains("no stability columns"), lastProfilerWarning);
    }
}
