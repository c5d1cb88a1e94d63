package org.custseg.knime.profiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custseg.knime.testing.NodeModelHarness;
import org.custseg.knime.testing.TestTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/**
 * The Segment Profiler node through the API double: settings (pinned keys, defaults, round trip, older settings,
 * invalid values), configure errors, configured specs equal executed specs, and issue 5's validation on the sample
 * data with values recomputed independently here.
 */
class SegmentProfilerNodeTest {

    private static SampleCustomers sample;
    private static PortObject[] sampleOut;
    private static String sampleWarning;

    @BeforeAll
    static void runOnSample() throws Exception {
        sample = SampleCustomers.load();
        final NodeModelHarness<SegmentProfilerNodeModel> h = harness(behaviourOnly());
        sampleOut = h.run(sample.table, null);
        sampleWarning = h.warningMessage();
    }

    static NodeSettings behaviourOnly() throws InvalidSettingsException {
        final NodeSettings s = NodeModelHarness.of(new SegmentProfilerNodeModel()).saveSettings();
        SampleCustomers.setFilter(s, ProfilerSettings.KEY_NUMERIC_COLUMNS, SampleCustomers.BEHAVIOUR,
            SampleCustomers.IDENTIFIERS);
        return s;
    }

    static NodeModelHarness<SegmentProfilerNodeModel> harness(final NodeSettings settings)
        throws InvalidSettingsException {
        final NodeModelHarness<SegmentProfilerNodeModel> h = NodeModelHarness.of(new SegmentProfilerNodeModel());
        h.loadSettings(NodeModelHarness.throughXml(settings));
        return h;
    }

    /** @return rows of a table as column name to cell maps */
    static List<Map<String, DataCell>> rows(final BufferedDataTable table) {
        final String[] names = table.getDataTableSpec().getColumnNames();
        final List<Map<String, DataCell>> out = new ArrayList<>();
        for (final DataRow r : TestTables.rows(table)) {
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

    private static Map<String, DataCell> longRow(final String segment, final String attribute) {
        for (final Map<String, DataCell> r : rows((BufferedDataTable)sampleOut[0])) {
            if (segment.equals(str(r.get("Segment"))) && attribute.equals(str(r.get("Attribute")))) {
                return r;
            }
        }
        throw new AssertionError("no profile row for " + segment + " / " + attribute);
    }

    private static Map<String, DataCell> summaryRow(final String segment) {
        for (final Map<String, DataCell> r : rows((BufferedDataTable)sampleOut[1])) {
            if (segment.equals(str(r.get("Segment")))) {
                return r;
            }
        }
        throw new AssertionError("no summary row for " + segment);
    }

    private static final List<String> LEVELS = List.of("very low", "low", "average", "high", "very high");

    private static int level(final String segment, final String attribute) {
        final String l = str(longRow(segment, attribute).get("Level"));
        assertTrue(LEVELS.contains(l), l);
        return LEVELS.indexOf(l);
    }

    // ------------------------------------------------------------------ settings

    /** Pinned: saved workflows depend on these keys. Change only with a migration. */
    @Test
    void settingsKeysAndDefaultsArePinned() throws Exception {
        final NodeSettings s = NodeModelHarness.of(new SegmentProfilerNodeModel()).saveSettings();
        final List<String> keys = new ArrayList<>();
        for (final String k : s.keySet()) {
            if (!k.endsWith("_Internals")) {
                keys.add(k);
            }
        }
        assertEquals(List.of("segment_column", "numeric_columns", "nominal_columns", "test_method",
            "moderate_threshold", "strong_threshold", "top_attributes", "alpha", "names_segment_column",
            "names_name_column"), keys);
        assertEquals(new ProfilerSettings().keys(), keys);
        assertEquals("", s.getString("segment_column"));
        assertEquals("WELCH_T", s.getString("test_method"));
        assertEquals(0.3, s.getDouble("moderate_threshold"));
        assertEquals(0.8, s.getDouble("strong_threshold"));
        assertEquals(3, s.getInt("top_attributes"));
        assertEquals(0.05, s.getDouble("alpha"));
        assertEquals("EnforceExclusion", s.getNodeSettings("numeric_columns").getString("enforce_option"));
        assertEquals("EnforceInclusion", s.getNodeSettings("nominal_columns").getString("enforce_option"));
    }

    @Test
    void settingsRoundTripKeepsEveryValue() throws Exception {
        final NodeSettings s = behaviourOnly();
        s.addString("segment_column", "Segment");
        s.addString("test_method", "MANN_WHITNEY_U");
        s.addDouble("moderate_threshold", 0.25);
        s.addDouble("strong_threshold", 1.1);
        s.addInt("top_attributes", 5);
        s.addDouble("alpha", 0.01);
        s.addString("names_segment_column", "Seg");
        s.addString("names_name_column", "Name");
        final NodeModelHarness<SegmentProfilerNodeModel> h = harness(s);
        final NodeSettings saved = h.saveSettings();
        for (final String key : List.of("segment_column", "test_method", "moderate_threshold", "strong_threshold",
            "top_attributes", "alpha", "names_segment_column", "names_name_column")) {
            assertEquals(s.getEntry(key).toStringValue(), saved.getEntry(key).toStringValue(), key);
        }
        assertEquals(List.of(s.getNodeSettings("numeric_columns").getStringArray("included_names")),
            List.of(saved.getNodeSettings("numeric_columns").getStringArray("included_names")));
        h.roundTripSettings();
    }

    @Test
    void settingsWithoutLaterKeysLoadWithDefaults() throws Exception {
        final NodeSettings old = new NodeSettings("model");
        old.addString("segment_column", "Segment");
        final NodeModelHarness<SegmentProfilerNodeModel> h = NodeModelHarness.of(new SegmentProfilerNodeModel());
        h.loadSettings(old);
        final NodeSettings s = h.saveSettings();
        assertEquals("Segment", s.getString("segment_column"));
        assertEquals(3, s.getInt("top_attributes"));
        assertEquals("WELCH_T", s.getString("test_method"));
        assertEquals("EnforceInclusion", s.getNodeSettings("nominal_columns").getString("enforce_option"));
    }

    private static String invalid(final String key, final Object value) throws Exception {
        final NodeSettings s = NodeModelHarness.of(new SegmentProfilerNodeModel()).saveSettings();
        if (value instanceof Integer) {
            s.addInt(key, (Integer)value);
        } else if (value instanceof Double) {
            s.addDouble(key, (Double)value);
        } else {
            s.addString(key, (String)value);
        }
        final NodeModelHarness<SegmentProfilerNodeModel> h = NodeModelHarness.of(new SegmentProfilerNodeModel());
        return assertThrows(InvalidSettingsException.class, () -> h.loadSettings(s)).getMessage();
    }

    @Test
    void invalidSettingsNameSettingValueAndAllowedValues() throws Exception {
        String m = invalid("test_method", "T_TEST");
        assertTrue(m.contains("'Test'") && m.contains("T_TEST") && m.contains("WELCH_T")
            && m.contains("MANN_WHITNEY_U"), m);
        m = invalid("moderate_threshold", 0.0);
        assertTrue(m.contains(ProfilerSettings.LABEL_MODERATE) && m.contains("0.0") && m.contains("positive"), m);
        m = invalid("strong_threshold", 0.2);
        assertTrue(m.contains(ProfilerSettings.LABEL_STRONG) && m.contains("0.2") && m.contains("above"), m);
        m = invalid("top_attributes", 0);
        assertTrue(m.contains(ProfilerSettings.LABEL_TOP) && m.contains(" 0 ") && m.contains("between 1 and 50"), m);
        m = invalid("top_attributes", 51);
        assertTrue(m.contains("51") && m.contains("between 1 and 50"), m);
        m = invalid("alpha", 1.0);
        assertTrue(m.contains(ProfilerSettings.LABEL_ALPHA) && m.contains("1.0") && m.contains("between 0 and 1"), m);
    }

    // ------------------------------------------------------------------ configure

    private static DataTableSpec spec(final String[] names, final DataType[] types) {
        return TestTables.spec(names, types);
    }

    @Test
    void configureRejectsBadColumnsWithMessagesThatSayWhatToDo() throws Exception {
        final DataTableSpec noSegment = spec(new String[]{"a", "b"}, new DataType[]{DoubleCell.TYPE, DoubleCell.TYPE});
        String m = assertThrows(InvalidSettingsException.class,
            () -> NodeModelHarness.of(new SegmentProfilerNodeModel()).configure(noSegment, null)).getMessage();
        assertTrue(m.contains("Segment column") && m.contains("Select"), m);

        final NodeSettings s = NodeModelHarness.of(new SegmentProfilerNodeModel()).saveSettings();
        s.addString("segment_column", "Region");
        m = assertThrows(InvalidSettingsException.class, () -> harness(s).configure(noSegment, null)).getMessage();
        assertTrue(m.contains("\"Region\"") && m.contains("not in the input table"), m);

        s.addString("segment_column", "a");
        m = assertThrows(InvalidSettingsException.class, () -> harness(s).configure(noSegment, null)).getMessage();
        assertTrue(m.contains("\"a\"") && m.contains("string or integer"), m);

        final DataTableSpec onlySegment = spec(new String[]{"Segment", "Name"},
            new DataType[]{StringCell.TYPE, StringCell.TYPE});
        m = assertThrows(InvalidSettingsException.class,
            () -> NodeModelHarness.of(new SegmentProfilerNodeModel()).configure(onlySegment, null)).getMessage();
        assertTrue(m.contains("No attribute column") && m.contains("Numeric attributes"), m);

        final DataTableSpec data = spec(new String[]{"x", "Segment"}, new DataType[]{DoubleCell.TYPE, StringCell.TYPE});
        final DataTableSpec names = spec(new String[]{"Seg"}, new DataType[]{StringCell.TYPE});
        m = assertThrows(InvalidSettingsException.class,
            () -> NodeModelHarness.of(new SegmentProfilerNodeModel()).configure(data, names)).getMessage();
        assertTrue(m.contains("naming table") && m.contains("two string columns"), m);
    }

    @Test
    void configureComputesTheOutputSpecsWithoutData() throws Exception {
        final PortObjectSpec[] specs = harness(behaviourOnly()).configure(sample.table.getDataTableSpec(), null);
        final DataTableSpec wide = (DataTableSpec)specs[2];
        final List<String> cols = new ArrayList<>(List.of("Segment"));
        cols.addAll(SampleCustomers.BEHAVIOUR);
        assertEquals(cols, List.of(wide.getColumnNames()));
        assertEquals(ProfileTables.LONG_COLUMNS, List.of(((DataTableSpec)specs[0]).getColumnNames()));
        assertEquals(ProfileTables.SUMMARY_COLUMNS, List.of(((DataTableSpec)specs[1]).getColumnNames()));
    }

    @Test
    void imageOutputIsTheEffectSizeHeatMap() throws Exception {
        final PortObjectSpec[] specs = harness(behaviourOnly()).configure(sample.table.getDataTableSpec(), null);
        assertEquals(4, specs.length);
        assertEquals(4, sampleOut.length);
        // five attributes by the sample's segments, coloured by effect size with the values printed
        org.custseg.knime.testing.ImagePorts.assertChart(specs[3], sampleOut[3], 700, 280, 10);
    }

    @Test
    void defaultsProfileEveryNumericColumnButTheSegmentAndNoStringColumn() throws Exception {
        // integer segment column, a string column (not profiled by default) and two numeric attributes
        final DataTableSpec spec = spec(new String[]{"Name", "x", "Cluster", "y"},
            new DataType[]{StringCell.TYPE, DoubleCell.TYPE, IntCell.TYPE, IntCell.TYPE});
        final List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(new DefaultRow("r" + i, new StringCell("n" + i), new DoubleCell(i % 3 == 0 ? 10 + i : i),
                new IntCell(i % 3), new IntCell(i * i)));
        }
        final NodeModelHarness<SegmentProfilerNodeModel> h = NodeModelHarness.of(new SegmentProfilerNodeModel());
        final PortObject[] out = h.run(TestTables.table(spec, rows), null);
        assertEquals(List.of("Segment", "x", "y"),
            List.of(((BufferedDataTable)out[2]).getDataTableSpec().getColumnNames()));
        final List<String> segments = new ArrayList<>();
        for (final Map<String, DataCell> r : rows((BufferedDataTable)out[1])) {
            segments.add(str(r.get("Segment")));
            assertEquals(4, ((IntValue)r.get("Size")).getIntValue());
        }
        assertEquals(List.of("0", "1", "2"), segments);
        for (final Map<String, DataCell> r : rows((BufferedDataTable)out[0])) {
            assertEquals("numeric", str(r.get("Kind")));
            assertFalse("Name".equals(str(r.get("Attribute"))));
        }
    }

    // ------------------------------------------------------------------ sample data (issue 5)

    @Test
    void sampleSegmentsHaveTheSizesOfIssue4() {
        assertEquals(660, sample.labels.length);
        assertEquals(50, ((IntValue)summaryRow(sample.segmentOfSize(50)).get("Size")).getIntValue());
        assertEquals(224, ((IntValue)summaryRow(sample.segmentOfSize(224)).get("Size")).getIntValue());
        assertEquals(386, ((IntValue)summaryRow(sample.segmentOfSize(386)).get("Size")).getIntValue());
        assertEquals(50 / 660.0, num(summaryRow(sample.segmentOfSize(50)).get("Share")), 1e-12);
        assertEquals(3, ((BufferedDataTable)sampleOut[1]).size());
        assertEquals(3 * 5, ((BufferedDataTable)sampleOut[0]).size(), "identifiers must not be profiled");
        assertTrue(sampleWarning == null || sampleWarning.isEmpty(), sampleWarning);
    }

    @Test
    void fiftyCustomerSegmentIsHighLimitManyCardsOnlineFewVisitsFewCalls() {
        final String s = sample.segmentOfSize(50);
        assertEquals(4, level(s, "Avg_Credit_Limit"), "very high");
        assertTrue(level(s, "Total_Credit_Cards") >= 3);
        assertTrue(level(s, "Total_visits_online") >= 3);
        assertTrue(level(s, "Total_visits_bank") <= 1);
        assertTrue(level(s, "Total_calls_made") <= 1);
        final String d = str(summaryRow(s).get("Description"));
        assertTrue(d.contains("Avg_Credit_Limit very high ("), d);
        assertTrue(d.contains("Total_visits_online very high"), d);
        assertEquals("High-limit digital", str(summaryRow(s).get("Persona")));
        assertEquals("High-limit digital", str(longRow(s, "Total_calls_made").get("Persona")));
    }

    @Test
    void twoTwentyFourSegmentIsLowLimitFewCardsManyCalls() {
        final String s = sample.segmentOfSize(224);
        assertTrue(level(s, "Avg_Credit_Limit") <= 1);
        assertTrue(level(s, "Total_Credit_Cards") <= 1);
        assertTrue(level(s, "Total_calls_made") >= 3);
        final String d = str(summaryRow(s).get("Description"));
        assertTrue(d.contains("Total_calls_made very high"), d);
    }

    @Test
    void threeEightySixSegmentIsMediumLimitManyBankVisitsFewOnline() {
        final String s = sample.segmentOfSize(386);
        assertEquals(2, level(s, "Avg_Credit_Limit"), "average = medium credit limit");
        assertTrue(level(s, "Total_visits_bank") >= 3);
        assertTrue(level(s, "Total_visits_online") <= 1);
        final String d = str(summaryRow(s).get("Description"));
        assertTrue(d.startsWith("Total_visits_bank very high"), d);
        assertEquals(List.of(d.split(", ")).size(),
            List.of(str(summaryRow(s).get("Top attributes")).split("; ")).size());
    }

    @Test
    void statisticsMatchAnIndependentComputation() {
        for (final String attribute : SampleCustomers.BEHAVIOUR) {
            final double[] v = sample.column(attribute);
            double popSum = 0;
            for (final double x : v) {
                popSum += x;
            }
            final double popMean = popSum / v.length;
            for (final int size : new int[]{50, 224, 386}) {
                final String s = sample.segmentOfSize(size);
                double sum = 0;
                double restSum = 0;
                for (int r = 0; r < v.length; r++) {
                    if (s.equals(sample.labels[r])) {
                        sum += v[r];
                    } else {
                        restSum += v[r];
                    }
                }
                final int n = size;
                final int m = v.length - size;
                final double mean = sum / n;
                final double restMean = restSum / m;
                double ss = 0;
                double rs = 0;
                for (int r = 0; r < v.length; r++) {
                    if (s.equals(sample.labels[r])) {
                        ss += (v[r] - mean) * (v[r] - mean);
                    } else {
                        rs += (v[r] - restMean) * (v[r] - restMean);
                    }
                }
                final double pooled = Math.sqrt((ss + rs) / (n + m - 2));
                final Map<String, DataCell> row = longRow(s, attribute);
                assertEquals(n, ((IntValue)row.get("N")).getIntValue());
                assertEquals(mean, num(row.get("Mean")), 1e-9 * Math.abs(mean) + 1e-12, s + " " + attribute);
                assertEquals(popMean, num(row.get("Population mean")), 1e-9 * popMean);
                assertEquals(mean / popMean, num(row.get("Ratio")), 1e-9);
                assertEquals((mean - restMean) / pooled, num(row.get("Effect")), 1e-9, s + " " + attribute);
                assertTrue(num(row.get("Adjusted p-value")) >= num(row.get("p-value")) - 1e-15);
                // the wide table holds the same means
                for (final Map<String, DataCell> w : rows((BufferedDataTable)sampleOut[2])) {
                    if (s.equals(str(w.get("Segment")))) {
                        assertEquals(mean, num(w.get(attribute)), 1e-9 * Math.abs(mean) + 1e-12);
                    }
                }
            }
        }
    }

    @Test
    void levelsAdjustedPValuesAndRankingFollowTheDocumentedRules() {
        final List<Map<String, DataCell>> all = rows((BufferedDataTable)sampleOut[0]);
        // Benjamini-Hochberg over all 15 p-values, recomputed here: adj(i) = min over j >= i of p(j) * m / j
        final int m = all.size();
        final double[] p = new double[m];
        for (int i = 0; i < m; i++) {
            p[i] = num(all.get(i).get("p-value"));
        }
        final Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        final double[] adj = new double[m];
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            final int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            adj[i] = running;
        }
        for (int i = 0; i < m; i++) {
            assertEquals(adj[i], num(all.get(i).get("Adjusted p-value")), 1e-12 + 1e-9 * adj[i], "row " + i);
            // level words from d with the default thresholds 0.3 and 0.8
            final double d = num(all.get(i).get("Effect"));
            final String expected = d >= 0.8 ? "very high" : d <= -0.8 ? "very low" : d >= 0.3 ? "high"
                : d <= -0.3 ? "low" : "average";
            assertEquals(expected, str(all.get(i).get("Level")), "row " + i);
        }
        // top attributes: non-average, significant, strongest |d| first, at most 3
        for (final int size : new int[]{50, 224, 386}) {
            final String s = sample.segmentOfSize(size);
            final List<String[]> candidates = new ArrayList<>();
            for (final Map<String, DataCell> r : all) {
                if (s.equals(str(r.get("Segment"))) && !"average".equals(str(r.get("Level")))
                    && num(r.get("Adjusted p-value")) < 0.05) {
                    candidates.add(new String[]{str(r.get("Attribute")),
                        Double.toString(Math.abs(num(r.get("Effect"))))});
                }
            }
            candidates.sort((a, b) -> Double.compare(Double.parseDouble(b[1]), Double.parseDouble(a[1])));
            final List<String> expected = new ArrayList<>();
            for (int i = 0; i < Math.min(3, candidates.size()); i++) {
                expected.add(candidates.get(i)[0]);
            }
            assertEquals(String.join("; ", expected), str(summaryRow(s).get("Top attributes")), s);
        }
    }

    // ------------------------------------------------------------------ robustness and optional input

    @Test
    void namingTableOverridesPersonasAndWarnsAboutUnknownSegments() throws Exception {
        final String s50 = sample.segmentOfSize(50);
        final DataTableSpec spec = spec(new String[]{"Seg", "Name"}, new DataType[]{StringCell.TYPE, StringCell.TYPE});
        final BufferedDataTable names = TestTables.table(spec, new DefaultRow("a", "" + s50, "Premium digital"),
            new DefaultRow("b", "Segment 99", "Ghosts"));
        final NodeModelHarness<SegmentProfilerNodeModel> h = harness(behaviourOnly());
        final PortObject[] out = h.run(sample.table, names);
        for (final Map<String, DataCell> r : rows((BufferedDataTable)out[1])) {
            if (s50.equals(str(r.get("Segment")))) {
                assertEquals("Premium digital", str(r.get("Persona")));
            } else {
                assertFalse(str(r.get("Persona")).isEmpty());
                assertFalse("Ghosts".equals(str(r.get("Persona"))));
            }
        }
        assertTrue(h.warningMessage().contains("1 name(s)") && h.warningMessage().contains("Segment 99"),
            h.warningMessage());
    }

    @Test
    void missingLabelsAreUnassignedNotProfiledAndMissingValuesAreCounted() throws Exception {
        final DataTableSpec spec = spec(new String[]{"x", "Region", "Segment"},
            new DataType[]{DoubleCell.TYPE, StringCell.TYPE, StringCell.TYPE});
        final List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            final DataCell seg = i < 3 ? DataType.getMissingCell() : new StringCell(i % 2 == 0 ? "A" : "B");
            final DataCell x = i == 5 || i == 6 ? DataType.getMissingCell() : new DoubleCell(i % 2 == 0 ? i : 3 * i);
            rows.add(new DefaultRow("r" + i, x, new StringCell(i % 4 == 0 ? "north" : "south"), seg));
        }
        final NodeSettings s = NodeModelHarness.of(new SegmentProfilerNodeModel()).saveSettings();
        SampleCustomers.setFilter(s, ProfilerSettings.KEY_NOMINAL_COLUMNS, List.of("Region"), List.of());
        final NodeModelHarness<SegmentProfilerNodeModel> h = harness(s);
        final PortObject[] out = h.run(TestTables.table(spec, rows), null);
        final List<String> segments = new ArrayList<>();
        final List<Map<String, DataCell>> summary = rows((BufferedDataTable)out[1]);
        for (final Map<String, DataCell> r : summary) {
            segments.add(r.get("Segment").isMissing() ? null : str(r.get("Segment")));
        }
        // the unassigned rows are a last row without a segment: counted, not a profiled group
        assertEquals(java.util.Arrays.asList("A", "B", null), segments);
        final Map<String, DataCell> last = summary.get(2);
        assertEquals(3, ((IntValue)last.get("Size")).getIntValue());
        assertEquals(ProfileTables.UNASSIGNED_PERSONA, str(last.get("Persona")));
        assertTrue(last.get("Share").isMissing());
        // shares are of the 17 segmented rows
        final int sizeA = ((IntValue)summary.get(0).get("Size")).getIntValue();
        final int sizeB = ((IntValue)summary.get(1).get("Size")).getIntValue();
        assertEquals(17, sizeA + sizeB);
        assertEquals(sizeA / 17.0, ((DoubleValue)summary.get(0).get("Share")).getDoubleValue(), 1e-12);
        for (final Map<String, DataCell> r : rows((BufferedDataTable)out[0])) {
            assertTrue(List.of("A", "B").contains(str(r.get("Segment"))), "profiled segments only");
        }
        assertEquals(List.of("A", "B"), rows((BufferedDataTable)out[2]).stream().map(r -> str(r.get("Segment")))
            .toList(), "wide means: segments only");
        final String w = h.warningMessage();
        assertTrue(w.contains("3 of 20 row(s) have a missing or empty segment") && w.contains("unassigned")
            && w.contains("not profiled"), w);
        // rows 5 and 6 (segmented) miss x; the 3 unassigned rows are not counted
        assertTrue(w.contains("2 missing attribute value(s)") && w.contains("x: 2"), w);
        int nominalRows = 0;
        for (final Map<String, DataCell> r : rows((BufferedDataTable)out[0])) {
            if ("nominal".equals(str(r.get("Kind")))) {
                nominalRows++;
                assertEquals("Region", str(r.get("Attribute")));
                assertNotNull(str(r.get("Category")));
                assertTrue(r.get("Level").isMissing());
                assertEquals("cramers_v", str(r.get("Effect type")));
            } else {
                assertTrue(r.get("Category").isMissing());
                assertEquals("cohens_d", str(r.get("Effect type")));
            }
        }
        assertTrue(nominalRows >= 3, "one row per segment and category present");
    }

    @Test
    void testMethodSettingChangesPValuesButNotEffectsOrLevels() throws Exception {
        final NodeSettings s = behaviourOnly();
        s.addString(ProfilerSettings.KEY_TEST, "MANN_WHITNEY_U");
        final PortObject[] mw = harness(s).run(sample.table, null);
        final List<Map<String, DataCell>> a = rows((BufferedDataTable)sampleOut[0]);
        final List<Map<String, DataCell>> b = rows((BufferedDataTable)mw[0]);
        int differentP = 0;
        for (int i = 0; i < a.size(); i++) {
            assertEquals(str(a.get(i).get("Level")), str(b.get(i).get("Level")));
            assertEquals(num(a.get(i).get("Effect")), num(b.get(i).get("Effect")));
            if (num(a.get(i).get("p-value")) != num(b.get(i).get("p-value"))) {
                differentP++;
            }
        }
        assertEquals(a.size(), differentP, "every p-value comes from the other test");
    }

    @Test
    void hundredsOfAttributesAreProfiled() throws Exception {
        final int attrs = 300;
        final String[] names = new String[attrs + 1];
        final DataType[] types = new DataType[attrs + 1];
        for (int a = 0; a < attrs; a++) {
            names[a] = "a" + a;
            types[a] = DoubleCell.TYPE;
        }
        names[attrs] = "Segment";
        types[attrs] = StringCell.TYPE;
        final List<DataRow> rows = new ArrayList<>();
        for (int r = 0; r < 60; r++) {
            final DataCell[] cells = new DataCell[attrs + 1];
            for (int a = 0; a < attrs; a++) {
                cells[a] = new DoubleCell((r * 31 + a * 17) % 23 + (r % 3 == 0 ? a % 5 : 0));
            }
            cells[attrs] = new StringCell("S" + (r % 3));
            rows.add(new DefaultRow("r" + r, cells));
        }
        final PortObject[] out = NodeModelHarness.of(new SegmentProfilerNodeModel())
            .run(TestTables.table(spec(names, types), rows), null);
        assertEquals(3L * attrs, ((BufferedDataTable)out[0]).size());
        assertEquals(attrs + 1, ((BufferedDataTable)out[2]).getDataTableSpec().getNumColumns());
    }

    @Test
    void cancellationIsHonoured() throws Exception {
        final NodeModelHarness<SegmentProfilerNodeModel> h = harness(behaviourOnly());
        h.configure(sample.table.getDataTableSpec(), null);
        assertThrows(CanceledExecutionException.class,
            () -> h.execute(NodeModelHarness.cancelingExecutionContext(2), sample.table, null));
    }
}
