package org.custseg.knime.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custseg.engine.recommend.Playbook;
import org.custseg.engine.recommend.PlaybookException;
import org.custseg.knime.profiler.ProfilerSettings;
import org.custseg.knime.profiler.SampleCustomers;
import org.custseg.knime.profiler.SegmentProfilerNodeModel;
import org.custseg.knime.testing.NodeModelHarness;
import org.custseg.knime.testing.TestTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
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
 * The Segment Recommender node through the API double, fed by the Segment Profiler node on the sample data:
 * issue 6's validation (50 &rarr; premium-digital, 224 &rarr; service-experience, 386 &rarr; branch-cross-sell),
 * custom playbooks, malformed rules, unknown attributes (warning vs strict error), segments without a match,
 * per-customer output, settings and configure checks.
 */
class SegmentRecommenderNodeTest {

    private static SampleCustomers sample;
    private static BufferedDataTable profile;
    private static BufferedDataTable summary;
    private static String s50;
    private static String s224;
    private static String s386;

    @BeforeAll
    static void profileTheSample() throws Exception {
        sample = SampleCustomers.load();
        final NodeSettings s = NodeModelHarness.of(new SegmentProfilerNodeModel()).saveSettings();
        SampleCustomers.setFilter(s, ProfilerSettings.KEY_NUMERIC_COLUMNS, SampleCustomers.BEHAVIOUR,
            SampleCustomers.IDENTIFIERS);
        final NodeModelHarness<SegmentProfilerNodeModel> p = NodeModelHarness.of(new SegmentProfilerNodeModel());
        p.loadSettings(NodeModelHarness.throughXml(s));
        final PortObject[] out = p.run(sample.table, null);
        profile = (BufferedDataTable)out[0];
        summary = (BufferedDataTable)out[1];
        s50 = sample.segmentOfSize(50);
        s224 = sample.segmentOfSize(224);
        s386 = sample.segmentOfSize(386);
    }

    private static NodeModelHarness<SegmentRecommenderNodeModel> harness(final Map<String, Object> changes)
        throws InvalidSettingsException {
        final NodeModelHarness<SegmentRecommenderNodeModel> h =
            NodeModelHarness.of(new SegmentRecommenderNodeModel());
        final NodeSettings s = h.saveSettings();
        for (final Map.Entry<String, Object> e : changes.entrySet()) {
            if (e.getValue() instanceof Integer) {
                s.addInt(e.getKey(), (Integer)e.getValue());
            } else if (e.getValue() instanceof Boolean) {
                s.addBoolean(e.getKey(), (Boolean)e.getValue());
            } else {
                s.addString(e.getKey(), (String)e.getValue());
            }
        }
        h.loadSettings(NodeModelHarness.throughXml(s));
        return h;
    }

    private static List<Map<String, DataCell>> rows(final BufferedDataTable table) {
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

    private static String str(final DataCell c) {
        return c.isMissing() ? null : ((StringValue)c).getStringValue();
    }

    private static List<String> ruleIds(final BufferedDataTable recs, final String segment) {
        final List<String> ids = new ArrayList<>();
        for (final Map<String, DataCell> r : rows(recs)) {
            if (segment.equals(str(r.get("Segment")))) {
                ids.add(str(r.get("Rule ID")));
            }
        }
        return ids;
    }

    private static BufferedDataTable playbook(final String[]... rules) {
        final DataTableSpec spec = TestTables.spec(new String[]{"ID", "Condition", "Action", "Team", "Priority"},
            new DataType[]{StringCell.TYPE, StringCell.TYPE, StringCell.TYPE, StringCell.TYPE, IntCell.TYPE});
        final List<DataRow> rows = new ArrayList<>();
        for (final String[] r : rules) {
            rows.add(new DefaultRow(r[0], new StringCell(r[0]), new StringCell(r[1]), new StringCell(r[2]),
                new StringCell("Marketing"), new IntCell(Integer.parseInt(r[3]))));
        }
        return TestTables.table(spec, rows);
    }

    // ------------------------------------------------------------------ sample data (issue 6)

    @Test
    void defaultPlaybookGivesEachSampleSegmentItsAction() throws Exception {
        final NodeModelHarness<SegmentRecommenderNodeModel> h = harness(Map.of());
        final PortObject[] out = h.run(profile, null, null, null);
        final BufferedDataTable recs = (BufferedDataTable)out[0];
        assertEquals("premium-digital", ruleIds(recs, s50).get(0));
        assertEquals("service-experience", ruleIds(recs, s224).get(0));
        assertEquals("branch-cross-sell", ruleIds(recs, s386).get(0));
        assertFalse(ruleIds(recs, s50).contains("service-experience"));
        assertFalse(ruleIds(recs, s386).contains("premium-digital"));
        // 50 of 660 customers is 7.6%: not below the small-segment rule's 5%
        assertFalse(ruleIds(recs, s50).contains("small-segment"), ruleIds(recs, s50).toString());
        for (final Map<String, DataCell> r : rows(recs)) {
            if (s50.equals(str(r.get("Segment"))) && "premium-digital".equals(str(r.get("Rule ID")))) {
                final String rationale = str(r.get("Rationale"));
                assertTrue(rationale.contains("Avg_Credit_Limit") && rationale.contains("× average"), rationale);
                assertEquals("High-limit digital", str(r.get("Persona")));
                assertEquals("Marketing", str(r.get("Team")));
                assertEquals(1, ((IntValue)r.get("Priority")).getIntValue());
                assertTrue(str(r.get("Explanation")).contains("50 customers"), str(r.get("Explanation")));
            }
        }
        // rules for richer data are skipped with a warning that lists them
        final String w = h.warningMessage();
        assertTrue(w.contains("Skipped 9 of 17 playbook rules") && w.contains("risk-monitoring")
            && w.contains("activation"), w);
        // out 2 is the playbook in effect: the default one
        assertEquals(Playbook.defaultPlaybook().rules().size(), ((BufferedDataTable)out[2]).size());
        assertEquals(0, ((BufferedDataTable)out[1]).size());
    }

    @Test
    void segmentSummaryAtInputThreeGivesTheSameRecommendations() throws Exception {
        final PortObject[] withSummary = harness(Map.of()).run(profile, null, null, summary);
        final PortObject[] without = harness(Map.of()).run(profile, null, null, null);
        final List<Map<String, DataCell>> a = rows((BufferedDataTable)withSummary[0]);
        final List<Map<String, DataCell>> b = rows((BufferedDataTable)without[0]);
        assertEquals(b.size(), a.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(b.get(i), a.get(i));
        }
    }

    @Test
    void exportedPlaybookFedBackGivesTheSameResult() throws Exception {
        final PortObject[] first = harness(Map.of()).run(profile, null, null, null);
        final BufferedDataTable exported = (BufferedDataTable)first[2];
        final PortObject[] again = harness(Map.of()).run(profile, exported, null, null);
        assertEquals(rows((BufferedDataTable)first[0]), rows((BufferedDataTable)again[0]));
        assertEquals(rows(exported), rows((BufferedDataTable)again[2]));
    }

    // ------------------------------------------------------------------ custom playbooks

    @Test
    void customPlaybookReplacesOrExtendsTheDefault() throws Exception {
        final BufferedDataTable custom = playbook(
            new String[]{"callers", "Total_calls_made ratio >= 1.5", "Call them back", "1"},
            new String[]{"everyone", "size >= 1", "Say thank you", "2"});
        final PortObject[] replaced = harness(Map.of()).run(profile, custom, null, null);
        assertEquals(List.of("callers", "everyone"), ruleIds((BufferedDataTable)replaced[0], s224));
        assertEquals(List.of("everyone"), ruleIds((BufferedDataTable)replaced[0], s386));
        assertEquals(2, ((BufferedDataTable)replaced[2]).size());

        final PortObject[] extended = harness(Map.of("playbook_mode", "EXTEND")).run(profile, custom, null, null);
        final List<String> ids = ruleIds((BufferedDataTable)extended[0], s224);
        assertTrue(ids.contains("service-experience") && ids.contains("callers") && ids.contains("everyone"),
            ids.toString());
        assertEquals(Playbook.defaultPlaybook().rules().size() + 2, ((BufferedDataTable)extended[2]).size());
    }

    @Test
    void sizeAndShareComeFromTheProfileOrTheSummary() throws Exception {
        final BufferedDataTable custom = playbook(new String[]{"small", "share < 8% and size = 50", "Check", "1"},
            new String[]{"large", "share > 50%", "Scale", "1"});
        for (final BufferedDataTable withSummary : new BufferedDataTable[]{null, summary}) {
            final PortObject[] out = harness(Map.of()).run(profile, custom, null, withSummary);
            assertEquals(List.of("small"), ruleIds((BufferedDataTable)out[0], s50));
            assertEquals(List.of("(none)"), ruleIds((BufferedDataTable)out[0], s224));
            assertEquals(List.of("large"), ruleIds((BufferedDataTable)out[0], s386));
        }
    }

    @Test
    void aSegmentWithoutMatchingRuleGetsAnExplicitRow() throws Exception {
        final BufferedDataTable custom =
            playbook(new String[]{"premium-only", "Avg_Credit_Limit is very high", "Premium offer", "1"});
        final NodeModelHarness<SegmentRecommenderNodeModel> h = harness(Map.of());
        final PortObject[] out = h.run(profile, custom, null, null);
        final List<Map<String, DataCell>> rows = rows((BufferedDataTable)out[0]);
        assertEquals(3, rows.size());
        for (final Map<String, DataCell> r : rows) {
            if (s50.equals(str(r.get("Segment")))) {
                assertEquals("premium-only", str(r.get("Rule ID")));
            } else {
                assertEquals("(none)", str(r.get("Rule ID")));
                assertEquals("no rule matched — review manually", str(r.get("Action")));
                assertTrue(r.get("Priority").isMissing());
            }
        }
        assertTrue(h.warningMessage().contains("2 segment(s) matched no rule"), h.warningMessage());
    }

    @Test
    void malformedRuleFailsNamingRuleAndPosition() throws Exception {
        final BufferedDataTable bad = playbook(new String[]{"ok", "share < 50%", "Fine", "1"},
            new String[]{"broken-rule", "Avg_Credit_Limit is very hgih", "Oops", "1"});
        final NodeModelHarness<SegmentRecommenderNodeModel> h = harness(Map.of());
        h.configure(profile.getDataTableSpec(), bad.getDataTableSpec(), null, null);
        final PlaybookException e = assertThrows(PlaybookException.class,
            () -> h.execute(profile, bad, null, null));
        assertEquals("broken-rule", e.ruleId());
        assertEquals("Avg_Credit_Limit is very ".length() + 1, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains("broken-rule"), e.getMessage());
    }

    @Test
    void unknownAttributeIsAWarningOrInStrictModeAnError() throws Exception {
        final BufferedDataTable custom = playbook(
            new String[]{"tenure-rule", "Months_as_customer is high", "Thank loyal customers", "1"},
            new String[]{"callers", "Total_calls_made is at least high", "Call back", "1"});
        final NodeModelHarness<SegmentRecommenderNodeModel> lenient = harness(Map.of());
        final PortObject[] out = lenient.run(profile, custom, null, null);
        assertEquals(List.of("callers"), ruleIds((BufferedDataTable)out[0], s224));
        final String w = lenient.warningMessage();
        assertTrue(w.contains("Skipped 1 of 2") && w.contains("tenure-rule") && w.contains("strict mode"), w);

        final NodeModelHarness<SegmentRecommenderNodeModel> strict = harness(Map.of("strict", Boolean.TRUE));
        strict.configure(profile.getDataTableSpec(), custom.getDataTableSpec(), null, null);
        final PlaybookException e =
            assertThrows(PlaybookException.class, () -> strict.execute(profile, custom, null, null));
        assertEquals("tenure-rule", e.ruleId());
        assertEquals(1, e.position());
        assertTrue(e.getMessage().contains("Months_as_customer"), e.getMessage());
    }

    // ------------------------------------------------------------------ per-customer output

    @Test
    void everyCustomerGetsTheTopActionsOfTheirSegment() throws Exception {
        final NodeModelHarness<SegmentRecommenderNodeModel> h = harness(Map.of("actions_per_customer", 2));
        final PortObject[] out = h.run(profile, null, sample.table, null);
        final BufferedDataTable recs = (BufferedDataTable)out[0];
        final BufferedDataTable customers = (BufferedDataTable)out[1];
        assertEquals(660, customers.size());
        final List<String> cols = List.of(customers.getDataTableSpec().getColumnNames());
        assertEquals(List.of("Persona", "Rule ID 1", "Action 1", "Channel 1", "Rule ID 2", "Action 2", "Channel 2",
            "Holdout 1", "Holdout 2"), cols.subList(sample.header.length + 1, cols.size()));
        final List<DataRow> in = TestTables.rows(sample.table);
        final List<DataRow> outRows = TestTables.rows(customers);
        final List<Map<String, DataCell>> rows = rows(customers);
        final Map<String, List<String>> bySegment = new LinkedHashMap<>();
        for (final String seg : List.of(s50, s224, s386)) {
            bySegment.put(seg, ruleIds(recs, seg));
        }
        for (int i = 0; i < rows.size(); i++) {
            final Map<String, DataCell> r = rows.get(i);
            assertEquals(in.get(i).getKey(), outRows.get(i).getKey());
            assertEquals(in.get(i).getCell(0), outRows.get(i).getCell(0));
            final List<String> expected = bySegment.get(sample.labels[i]);
            assertEquals(expected.get(0), str(r.get("Rule ID 1")), "row " + i);
            assertEquals(expected.size() > 1 ? expected.get(1) : null, str(r.get("Rule ID 2")), "row " + i);
        }
        int premium = 0;
        for (final Map<String, DataCell> r : rows) {
            if ("premium-digital".equals(str(r.get("Rule ID 1")))) {
                premium++;
            }
        }
        assertEquals(50, premium);
        // holdout (default 10%, seed 1, Row ID as customer id): exactly the engine's seeded decision per segment x
        // action, and about a tenth of the customers
        final org.custseg.engine.lift.Holdout holdout = new org.custseg.engine.lift.Holdout(1, 0.1);
        int held = 0;
        for (int i = 0; i < rows.size(); i++) {
            final Map<String, DataCell> r = rows.get(i);
            final boolean expected = holdout.heldOut(outRows.get(i).getKey().getString(), sample.labels[i],
                str(r.get("Rule ID 1")));
            assertEquals(expected, ((org.knime.core.data.BooleanValue)r.get("Holdout 1")).getBooleanValue(),
                "row " + i);
            held += expected ? 1 : 0;
        }
        assertTrue(held >= 33 && held <= 99, "held out " + held + " of 660 (66 expected, 3 standard errors 23)");
    }

    @Test
    void holdoutUsesTheCustomerIdColumnAndCanBeSwitchedOff() throws Exception {
        final String idColumn = sample.header[0];
        final NodeModelHarness<SegmentRecommenderNodeModel> h =
            harness(Map.of("customer_id_column", idColumn, "holdout_seed", 7));
        final BufferedDataTable customers = (BufferedDataTable)h.run(profile, null, sample.table, null)[1];
        final org.custseg.engine.lift.Holdout holdout = new org.custseg.engine.lift.Holdout(7, 0.1);
        final List<Map<String, DataCell>> rows = rows(customers);
        for (int i = 0; i < rows.size(); i++) {
            final Map<String, DataCell> r = rows.get(i);
            assertEquals(holdout.heldOut(RecommenderTables.text(r.get(idColumn)), sample.labels[i],
                str(r.get("Rule ID 1"))),
                ((org.knime.core.data.BooleanValue)r.get("Holdout 1")).getBooleanValue(), "row " + i);
        }
        final NodeSettings s = harness(Map.of()).saveSettings();
        s.addDouble("holdout_share", 0);
        final NodeModelHarness<SegmentRecommenderNodeModel> off = NodeModelHarness.of(new SegmentRecommenderNodeModel());
        off.loadSettings(NodeModelHarness.throughXml(s));
        final BufferedDataTable none = (BufferedDataTable)off.run(profile, null, sample.table, null)[1];
        assertFalse(List.of(none.getDataTableSpec().getColumnNames()).contains("Holdout 1"));
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> harness(Map.of("customer_id_column", "No such column")).configure(profile.getDataTableSpec(), null,
                sample.table.getDataTableSpec(), null));
        assertTrue(e.getMessage().contains("No such column"), e.getMessage());
    }

    @Test
    void customersOfUnknownSegmentsGetMissingCellsAndAWarning() throws Exception {
        final String[] labels = sample.labels.clone();
        labels[0] = "Segment 42";
        labels[1] = "Segment 42";
        final BufferedDataTable customers = SampleCustomers.table(sample.header, sample.values, labels);
        final NodeModelHarness<SegmentRecommenderNodeModel> h = harness(Map.of());
        final PortObject[] out = h.run(profile, null, customers, null);
        final List<Map<String, DataCell>> rows = rows((BufferedDataTable)out[1]);
        assertNull(str(rows.get(0).get("Action 1")));
        assertNull(str(rows.get(1).get("Persona")));
        assertFalse(rows.get(2).get("Action 1").isMissing());
        assertTrue(h.warningMessage().contains("2 customer(s) have a segment that is not in the profile")
            && h.warningMessage().contains("Segment 42"), h.warningMessage());
    }

    @Test
    void integerSegmentsFlowFromProfilerToCustomers() throws Exception {
        final DataTableSpec spec = TestTables.spec(new String[]{"calls", "Cluster"},
            new DataType[]{IntCell.TYPE, IntCell.TYPE});
        final List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            final int cluster = i % 3;
            rows.add(new DefaultRow("c" + i, new IntCell(cluster == 2 ? 20 + i % 4 : 2 + i % 3),
                new IntCell(cluster)));
        }
        final BufferedDataTable data = TestTables.table(spec, rows);
        final PortObject[] prof = NodeModelHarness.of(new SegmentProfilerNodeModel()).run(data, null);
        final BufferedDataTable custom =
            playbook(new String[]{"callers", "calls is very high", "Call back", "1"});
        final PortObject[] out = harness(Map.of()).run(prof[0], custom, data, null);
        assertEquals(List.of("callers"), ruleIds((BufferedDataTable)out[0], "2"));
        assertEquals(List.of("(none)"), ruleIds((BufferedDataTable)out[0], "0"));
        for (final Map<String, DataCell> r : rows((BufferedDataTable)out[1])) {
            final int cluster = ((IntValue)r.get("Cluster")).getIntValue();
            assertEquals(cluster == 2 ? "callers" : "(none)", str(r.get("Rule ID 1")));
        }
    }

    @Test
    void aProfileWithoutSizesWarnsThatSizeConditionsAreFalse() throws Exception {
        final DataTableSpec spec = TestTables.spec(new String[]{"segment", "attribute", "mean", "population_mean",
            "ratio", "effect", "level"}, new DataType[]{StringCell.TYPE, StringCell.TYPE, DoubleCell.TYPE,
                DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});
        final BufferedDataTable own = TestTables.table(spec,
            new DefaultRow("r0", new StringCell("A"), new StringCell("Total_calls_made"),
                new DoubleCell(9), new DoubleCell(3),
                new DoubleCell(3), new DoubleCell(1.5),
                new StringCell("very high")));
        final BufferedDataTable custom = playbook(new String[]{"small", "size < 100", "Check", "1"},
            new String[]{"callers", "Total_calls_made ratio >= 2", "Call back", "2"});
        final NodeModelHarness<SegmentRecommenderNodeModel> h = harness(Map.of());
        final PortObject[] out = h.run(own, custom, null, null);
        assertEquals(List.of("callers"), ruleIds((BufferedDataTable)out[0], "A"));
        assertTrue(h.warningMessage().contains("sizes and shares are unknown"), h.warningMessage());
    }

    @Test
    void cancellationIsHonoured() throws Exception {
        final NodeModelHarness<SegmentRecommenderNodeModel> h = harness(Map.of());
        h.configure(profile.getDataTableSpec(), null, sample.table.getDataTableSpec(), null);
        assertThrows(CanceledExecutionException.class,
            () -> h.execute(NodeModelHarness.cancelingExecutionContext(1), profile, null, sample.table, null));
    }

    // ------------------------------------------------------------------ settings and configure

    /** Pinned: saved workflows depend on these keys. Change only with a migration. */
    @Test
    void settingsKeysAndDefaultsArePinned() throws Exception {
        final NodeSettings s = NodeModelHarness.of(new SegmentRecommenderNodeModel()).saveSettings();
        final List<String> keys = new ArrayList<>();
        for (final String k : s.keySet()) {
            if (!k.endsWith("_Internals")) {
                keys.add(k);
            }
        }
        assertEquals(List.of("playbook_mode", "strict", "customer_segment_column", "actions_per_customer",
            "holdout_share", "holdout_seed", "customer_id_column"), keys);
        assertEquals(0.1, s.getDouble("holdout_share"));
        assertEquals(1, s.getInt("holdout_seed"));
        assertEquals("", s.getString("customer_id_column"));
        assertEquals(new RecommenderSettings().keys(), keys);
        assertEquals("REPLACE", s.getString("playbook_mode"));
        assertFalse(s.getBoolean("strict"));
        assertEquals("", s.getString("customer_segment_column"));
        assertEquals(1, s.getInt("actions_per_customer"));
    }

    @Test
    void settingsRoundTripAndOlderSettingsLoad() throws Exception {
        final NodeModelHarness<SegmentRecommenderNodeModel> h = harness(Map.of("playbook_mode", "EXTEND",
            "strict", Boolean.TRUE, "customer_segment_column", "Segment", "actions_per_customer", 3));
        final NodeSettings saved = h.saveSettings();
        assertEquals("EXTEND", saved.getString("playbook_mode"));
        assertTrue(saved.getBoolean("strict"));
        assertEquals("Segment", saved.getString("customer_segment_column"));
        assertEquals(3, saved.getInt("actions_per_customer"));
        h.roundTripSettings();

        final NodeSettings old = new NodeSettings("model");
        old.addBoolean("strict", true);
        final NodeModelHarness<SegmentRecommenderNodeModel> o = NodeModelHarness.of(new SegmentRecommenderNodeModel());
        o.loadSettings(old);
        assertEquals("REPLACE", o.saveSettings().getString("playbook_mode"));
        assertEquals(1, o.saveSettings().getInt("actions_per_customer"));
        assertTrue(o.saveSettings().getBoolean("strict"));
        assertEquals(0.0, o.saveSettings().getDouble("holdout_share"), "older settings: no holdout columns");
    }

    @Test
    void invalidSettingsNameSettingValueAndAllowedValues() {
        String m = assertThrows(InvalidSettingsException.class,
            () -> harness(Map.of("actions_per_customer", 0))).getMessage();
        assertTrue(m.contains(RecommenderSettings.LABEL_ACTIONS_PER_CUSTOMER) && m.contains(" 0 ")
            && m.contains("between 1 and 20"), m);
        m = assertThrows(InvalidSettingsException.class,
            () -> harness(Map.of("actions_per_customer", 21))).getMessage();
        assertTrue(m.contains("21"), m);
        m = assertThrows(InvalidSettingsException.class, () -> harness(Map.of("playbook_mode", "MERGE")))
            .getMessage();
        assertTrue(m.contains("MERGE") && m.contains(RecommenderSettings.LABEL_PLAYBOOK_MODE)
            && m.contains("REPLACE") && m.contains("EXTEND"), m);
    }

    @Test
    void configureChecksTheInputTables() throws Exception {
        final NodeModelHarness<SegmentRecommenderNodeModel> h = harness(Map.of());
        final DataTableSpec wrongProfile = summary.getDataTableSpec();
        String m = assertThrows(InvalidSettingsException.class,
            () -> h.configure(wrongProfile, null, null, null)).getMessage();
        assertTrue(m.contains("profile table (input 0)") && m.contains("\"Attribute\"")
            && m.contains("\"Level\"") && m.contains("Segment Profiler"), m);

        final DataTableSpec badPlaybook = TestTables.spec(new String[]{"Rule", "Condition", "Action"},
            new DataType[]{StringCell.TYPE, StringCell.TYPE, StringCell.TYPE});
        m = assertThrows(InvalidSettingsException.class,
            () -> h.configure(profile.getDataTableSpec(), badPlaybook, null, null)).getMessage();
        assertTrue(m.contains("playbook table (input 1)") && m.contains("\"id\"") && m.contains("\"priority\""), m);

        final DataTableSpec noSegment = TestTables.spec(new String[]{"Name"}, new DataType[]{StringCell.TYPE});
        m = assertThrows(InvalidSettingsException.class,
            () -> h.configure(profile.getDataTableSpec(), null, noSegment, null)).getMessage();
        assertTrue(m.contains(RecommenderSettings.LABEL_CUSTOMER_SEGMENT), m);

        m = assertThrows(InvalidSettingsException.class,
            () -> h.configure(profile.getDataTableSpec(), null, null, profile.getDataTableSpec())).getMessage();
        assertTrue(m.contains("segment summary (input 3)") && m.contains("\"Size\""), m);

        final PortObjectSpec[] specs = h.configure(profile.getDataTableSpec(), null, null, null);
        assertEquals(RecommenderTables.RECOMMENDATION_COLUMNS,
            List.of(((DataTableSpec)specs[0]).getColumnNames()));
        assertEquals(0, ((DataTableSpec)specs[1]).getNumColumns());
        assertEquals(RecommenderTables.PLAYBOOK_COLUMNS, List.of(((DataTableSpec)specs[2]).getColumnNames()));
    }

    @Test
    void namedMovesOfTheMigrationAreRuleConditionsPerCustomer() throws Exception {
        // the customer table with the Segment Migration's "Named moves" column (joined in): every 10th is "at risk"
        final DataTableSpec in = sample.table.getDataTableSpec();
        final DataTableSpec spec = new DataTableSpec(in, TestTables.spec(new String[]{RecommenderTables.MOVES_COLUMN},
            new DataType[]{StringCell.TYPE}));
        final List<DataRow> rows = new ArrayList<>();
        int i = 0;
        for (final DataRow r : TestTables.rows(sample.table)) {
            final DataCell[] cells = new DataCell[spec.getNumColumns()];
            for (int c = 0; c < in.getNumColumns(); c++) {
                cells[c] = r.getCell(c);
            }
            cells[in.getNumColumns()] = i % 10 == 0 ? new StringCell("upgrade; At Risk")
                : i % 10 == 1 ? new StringCell("upgrade") : DataType.getMissingCell();
            rows.add(new DefaultRow(r.getKey(), cells));
            i++;
        }
        final BufferedDataTable customers = TestTables.table(spec, rows);
        final BufferedDataTable book = playbook(new String[]{"win-back", "moved \"at risk\"", "Call", "1"},
            new String[]{"base", "size >= 1", "Mail", "2"});
        final PortObject[] out = harness(Map.of()).run(profile, book, customers, null);
        for (final String seg : List.of(s50, s224, s386)) {
            assertEquals(List.of("base"), ruleIds((BufferedDataTable)out[0], seg), "segment level: no customer fact");
        }
        final List<Map<String, DataCell>> result = rows((BufferedDataTable)out[1]);
        for (int r = 0; r < result.size(); r++) {
            assertEquals(r % 10 == 0 ? "win-back" : "base", str(result.get(r).get("Rule ID 1")), "row " + r);
        }
    }
}
