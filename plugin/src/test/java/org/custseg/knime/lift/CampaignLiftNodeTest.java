package org.custseg.knime.lift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.custseg.knime.testing.NodeModelHarness;
import org.custseg.knime.testing.TestTables;
import org.junit.jupiter.api.Test;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;

/**
 * The Campaign Lift node on hand-made recommendations and outcomes; rates, Newcombe interval, z-test p-values and the
 * Holm adjustment checked against values computed by hand (independent Python formulas, see comments).
 */
class CampaignLiftNodeTest {

    private static final DataTableSpec RECS = TestTables.spec(new String[]{"Segment", "Rule ID 1", "Holdout 1"},
        new DataType[]{StringCell.TYPE, StringCell.TYPE, BooleanCell.TYPE});

    private static final DataTableSpec OUTCOMES = TestTables.spec(new String[]{"Responded", "Revenue"},
        new DataType[]{StringCell.TYPE, DoubleCell.TYPE});

    /** Group A: treated 100 (30 respond), holdout 50 (10); group B: treated 40 (20), holdout 10 (1). */
    private static BufferedDataTable[] inputs(final boolean withAbsent) {
        final List<DataRow> recs = new ArrayList<>();
        final List<DataRow> outs = new ArrayList<>();
        int id = 0;
        final Object[][] groups = {{"Segment 1", "premium", false, 100, 30}, {"Segment 1", "premium", true, 50, 10},
            {"Segment 2", "service", false, 40, 20}, {"Segment 2", "service", true, 10, 1}};
        for (final Object[] g : groups) {
            for (int i = 0; i < (Integer)g[3]; i++) {
                final String key = "c" + id++;
                recs.add(new DefaultRow(new RowKey(key), new StringCell((String)g[0]), new StringCell((String)g[1]),
                    BooleanCell.get((Boolean)g[2])));
                final boolean yes = i < (Integer)g[4];
                if (yes || !withAbsent) {
                    outs.add(new DefaultRow(new RowKey(key), new StringCell(yes ? "yes" : "no"),
                        new DoubleCell(yes ? 10 : 0)));
                }
            }
        }
        // a customer without an action decision is not counted
        recs.add(new DefaultRow(new RowKey("none"), new StringCell("Segment 3"), DataType.getMissingCell(),
            DataType.getMissingCell()));
        return new BufferedDataTable[]{TestTables.table(RECS, recs), TestTables.table(OUTCOMES, outs)};
    }

    private static double d(final DataRow r, final int c) {
        return ((DoubleValue)r.getCell(c)).getDoubleValue();
    }

    private static void checkHandComputed(final List<DataRow> rows) {
        assertEquals(2, rows.size());
        final DataRow a = rows.get(0);
        assertEquals("Segment 1", ((StringValue)a.getCell(0)).getStringValue());
        assertEquals("premium", ((StringValue)a.getCell(1)).getStringValue());
        assertEquals(List.of(100, 30, 50, 10), List.of(((IntValue)a.getCell(2)).getIntValue(),
            ((IntValue)a.getCell(3)).getIntValue(), ((IntValue)a.getCell(4)).getIntValue(),
            ((IntValue)a.getCell(5)).getIntValue()));
        assertEquals(0.3, d(a, 6), 1e-12);
        assertEquals(0.2, d(a, 7), 1e-12);
        assertEquals(0.1, d(a, 8), 1e-12);
        assertEquals(0.5, d(a, 9), 1e-12);
        // Newcombe hybrid score, Wilson z = 1.959964: python gives -0.05351189382922891, 0.22982347712513626
        assertEquals(-0.05351189382922891, d(a, 10), 1e-9);
        assertEquals(0.22982347712513626, d(a, 11), 1e-9);
        // pooled z-test: A 0.19169460205188818, B 0.0218898936606661; Holm: B 2 * 0.02189 = 0.04378, A max(., 0.1917)
        assertEquals(0.19169460205188818, d(a, 12), 1e-9);
        assertEquals(0.19169460205188818, d(a, 13), 1e-9);
        assertEquals(false, ((BooleanValue)a.getCell(14)).getBooleanValue());
        final DataRow b = rows.get(1);
        assertEquals(0.0218898936606661, d(b, 12), 1e-9);
        assertEquals(0.0437797873213322, d(b, 13), 1e-9);
        assertEquals(true, ((BooleanValue)b.getCell(14)).getBooleanValue());
    }

    @Test
    void readOutMatchesHandComputedValues() throws Exception {
        final NodeModelHarness<CampaignLiftNodeModel> h = NodeModelHarness.of(new CampaignLiftNodeModel());
        final BufferedDataTable[] in = inputs(false);
        final PortObject[] out = h.run(in[0], in[1]);
        final List<DataRow> rows = TestTables.rows((BufferedDataTable)out[0]);
        checkHandComputed(rows);
        // no value column set: value columns missing
        assertTrue(rows.get(0).getCell(15).isMissing() && rows.get(0).getCell(22).isMissing());
        assertTrue(h.warningMessage().contains("1 customer(s) have no action"), h.warningMessage());
    }

    @Test
    void respondersOnlyOutcomesWithAbsentMeaningNo() throws Exception {
        final NodeModelHarness<CampaignLiftNodeModel> h = NodeModelHarness.of(new CampaignLiftNodeModel());
        final NodeSettings s = h.saveSettings();
        s.addBoolean(CampaignLiftNodeModel.KEY_ABSENT_IS_NO, true);
        h.loadSettings(s);
        final BufferedDataTable[] in = inputs(true);
        checkHandComputed(TestTables.rows((BufferedDataTable)h.run(in[0], in[1])[0]));
        // without the setting, only the responders are counted and the warning says how many were left out
        final NodeModelHarness<CampaignLiftNodeModel> h2 = NodeModelHarness.of(new CampaignLiftNodeModel());
        final List<DataRow> rows = TestTables.rows((BufferedDataTable)h2.run(in[0], in[1])[0]);
        assertEquals(30, ((IntValue)rows.get(0).getCell(2)).getIntValue());
        assertTrue(h2.warningMessage().contains("139 customer(s) have no outcome row"), h2.warningMessage());
    }

    @Test
    void valuesGetABootstrapInterval() throws Exception {
        final NodeModelHarness<CampaignLiftNodeModel> h = NodeModelHarness.of(new CampaignLiftNodeModel());
        final NodeSettings s = h.saveSettings();
        s.addString(CampaignLiftNodeModel.KEY_VALUE, "Revenue");
        h.loadSettings(s);
        final BufferedDataTable[] in = inputs(false);
        final DataRow a = TestTables.rows((BufferedDataTable)h.run(in[0], in[1])[0]).get(0);
        assertEquals(3.0, d(a, 15), 1e-12);
        assertEquals(2.0, d(a, 16), 1e-12);
        assertEquals(1.0, d(a, 17), 1e-12);
        assertTrue(d(a, 18) < 1.0 && d(a, 19) > 1.0 && d(a, 18) < d(a, 19), d(a, 18) + " " + d(a, 19));
    }

    @Test
    void badInputsNameTheColumnOrRow() throws Exception {
        final NodeModelHarness<CampaignLiftNodeModel> h = NodeModelHarness.of(new CampaignLiftNodeModel());
        final NodeSettings s = h.saveSettings();
        s.addInt(CampaignLiftNodeModel.KEY_RANK, 2);
        h.loadSettings(s);
        final Exception e = assertThrows(InvalidSettingsException.class, () -> h.configure(RECS, OUTCOMES));
        assertTrue(e.getMessage().contains("\"Rule ID 2\""), e.getMessage());
        final NodeModelHarness<CampaignLiftNodeModel> h2 = NodeModelHarness.of(new CampaignLiftNodeModel());
        final NodeSettings s2 = h2.saveSettings();
        s2.addString(CampaignLiftNodeModel.KEY_RESPONDED, "");
        final Exception e2 = assertThrows(InvalidSettingsException.class, () -> h2.loadSettings(s2));
        assertTrue(e2.getMessage().contains("Responded column"), e2.getMessage());
        final BufferedDataTable badOutcome = TestTables.table(OUTCOMES, new DefaultRow(new RowKey("c0"),
            new StringCell("maybe"), new DoubleCell(1)));
        final NodeModelHarness<CampaignLiftNodeModel> h3 = NodeModelHarness.of(new CampaignLiftNodeModel());
        final Exception e3 = assertThrows(InvalidSettingsException.class, () -> h3.run(inputs(false)[0], badOutcome));
        assertTrue(e3.getMessage().contains("\"c0\"") && e3.getMessage().contains("maybe"), e3.getMessage());
    }

    @Test
    void settingsKeysArePinned() {
        assertEquals(List.of("segment_column", "action_rank", "customer_id_column", "outcome_id_column",
            "responded_column", "value_column", "absent_means_no_response", "alpha", "seed"),
            CampaignLiftNodeModel.keys());
    }
}
