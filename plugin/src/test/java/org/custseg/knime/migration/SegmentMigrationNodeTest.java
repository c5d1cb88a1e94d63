package org.custseg.knime.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.custseg.knime.common.SegmentColumns;
import org.custseg.knime.testing.NodeModelHarness;
import org.custseg.knime.testing.TestTables;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;

/**
 * The Segment Migration node on a hand-made pair of scored tables: transition matrix counts and shares, movers with
 * personas and named moves, new and gone customers, fingerprint mismatch refused naming both, missing fingerprint
 * column warned, configure spec = execute spec (checked by the harness), settings keys pinned.
 */
class SegmentMigrationNodeTest {

    private static final DataTableSpec SCORED = TestTables.spec(
        new String[]{"Segment", "Persona", SegmentColumns.FINGERPRINT},
        new DataType[]{StringCell.TYPE, StringCell.TYPE, StringCell.TYPE});

    private static DataCell s(final String v) {
        return v == null ? DataType.getMissingCell() : new StringCell(v);
    }

    /** rows: id, segment, persona, fingerprint. */
    private static BufferedDataTable scored(final String[]... rows) {
        final List<DataRow> out = new ArrayList<>();
        for (final String[] r : rows) {
            out.add(new DefaultRow(new RowKey(r[0]), s(r[1]), s(r[2]), s(r[3])));
        }
        return TestTables.table(SCORED, out);
    }

    private static BufferedDataTable moves(final String[]... rows) {
        final DataTableSpec spec = TestTables.spec(new String[]{"name", "From", "TO"},
            new DataType[]{StringCell.TYPE, StringCell.TYPE, StringCell.TYPE});
        final List<DataRow> out = new ArrayList<>();
        int i = 0;
        for (final String[] r : rows) {
            out.add(new DefaultRow(RowKey.createRowKey((long)i++), s(r[0]), s(r[1]), s(r[2])));
        }
        return TestTables.table(spec, out);
    }

    private static final String FP = "m-0123456789abcdef";

    private static BufferedDataTable before() {
        return scored(new String[]{"c1", "Segment 1", "Premium", FP}, new String[]{"c2", "Segment 1", "Premium", FP},
            new String[]{"c3", "Segment 2", "Low activity", FP}, new String[]{"c4", "Segment 2", "Low activity", FP},
            new String[]{"c5", "Segment 1", "Premium", FP});
    }

    private static BufferedDataTable after() {
        // c1 stays, c2 1->2, c3 stays, c4 2->1, c5 gone, c6 new
        return scored(new String[]{"c2", "Segment 2", "Low activity", FP}, new String[]{"c1", "Segment 1", "Premium", FP},
            new String[]{"c3", "Segment 2", "Low activity", FP}, new String[]{"c4", "Segment 1", "Premium", FP},
            new String[]{"c6", "Segment 2", "Low activity", FP});
    }

    private static List<List<String>> rows(final BufferedDataTable t) {
        final List<List<String>> out = new ArrayList<>();
        for (final DataRow r : TestTables.rows(t)) {
            final List<String> l = new ArrayList<>();
            for (int c = 0; c < r.getNumCells(); c++) {
                final DataCell cell = r.getCell(c);
                l.add(cell.isMissing() ? "?" : cell instanceof IntValue ? Integer.toString(((IntValue)cell).getIntValue())
                    : cell instanceof DoubleValue ? String.format(java.util.Locale.ROOT, "%.4f",
                        ((DoubleValue)cell).getDoubleValue()) : cell.toString());
            }
            out.add(l);
        }
        return out;
    }

    @Test
    void matrixMoversNewGoneAndNamedMoves() throws Exception {
        final NodeModelHarness<SegmentMigrationNodeModel> h = NodeModelHarness.of(new SegmentMigrationNodeModel());
        final PortObject[] out = h.run(before(), after(), moves(new String[]{"at risk", "premium", "low activity"},
            new String[]{"any move", "*", "*"}));
        assertEquals(List.of(List.of("Segment 1", "Segment 1", "1", "0.5000"),
            List.of("Segment 1", "Segment 2", "1", "0.5000"), List.of("Segment 2", "Segment 1", "1", "0.5000"),
            List.of("Segment 2", "Segment 2", "1", "0.5000")), rows((BufferedDataTable)out[0]));
        assertEquals(List.of(List.of("c2", "moved", "Segment 1", "Premium", "Segment 2", "Low activity",
            "at risk; any move"), List.of("c4", "moved", "Segment 2", "Low activity", "Segment 1", "Premium", "any move"),
            List.of("c6", "new", "?", "?", "Segment 2", "Low activity", "?"),
            List.of("c5", "gone", "Segment 1", "Premium", "?", "?", "?")), rows((BufferedDataTable)out[1]));
        assertEquals(null, h.warningMessage());
    }

    @Test
    void differentModelsAreRefusedNamingBothFingerprints() throws Exception {
        final BufferedDataTable other = scored(new String[]{"c1", "Segment 1", "Premium", "m-ffffffffffffffff"});
        final NodeModelHarness<SegmentMigrationNodeModel> h = NodeModelHarness.of(new SegmentMigrationNodeModel());
        final Exception e = assertThrows(InvalidSettingsException.class, () -> h.run(before(), other, null));
        assertTrue(e.getMessage().contains(FP) && e.getMessage().contains("m-ffffffffffffffff"), e.getMessage());
    }

    @Test
    void aTableMixingModelsIsRefusedNamingTheRows() throws Exception {
        final BufferedDataTable mixed = scored(new String[]{"c1", "Segment 1", "Premium", FP},
            new String[]{"c2", "Segment 1", "Premium", "m-ffffffffffffffff"});
        final NodeModelHarness<SegmentMigrationNodeModel> h = NodeModelHarness.of(new SegmentMigrationNodeModel());
        final Exception e = assertThrows(InvalidSettingsException.class, () -> h.run(mixed, after(), null));
        assertTrue(e.getMessage().contains("\"c2\"") && e.getMessage().contains("\"c1\""), e.getMessage());
    }

    @Test
    void withoutFingerprintColumnItComparesAndWarns() throws Exception {
        final DataTableSpec spec = TestTables.spec(new String[]{"id", "Segment"},
            new DataType[]{StringCell.TYPE, StringCell.TYPE});
        final BufferedDataTable a = TestTables.table(spec, new DefaultRow(new RowKey("r1"), s("c1"), s("Segment 1")),
            new DefaultRow(new RowKey("r2"), s("c2"), s(null)));
        final BufferedDataTable b = TestTables.table(spec, new DefaultRow(new RowKey("x"), s("c2"), s("Segment 1")),
            new DefaultRow(new RowKey("y"), s("c1"), s("Segment 1")));
        final NodeModelHarness<SegmentMigrationNodeModel> h = NodeModelHarness.of(new SegmentMigrationNodeModel());
        final NodeSettings ns = h.saveSettings();
        ns.addString(SegmentMigrationNodeModel.KEY_ID, "id");
        h.loadSettings(ns);
        final PortObject[] out = h.run(a, b, null);
        assertEquals(List.of(List.of("Segment 1", "Segment 1", "1", "1.0000"), List.of("Segment 1", "(no segment)", "0",
            "0.0000"), List.of("(no segment)", "Segment 1", "1", "1.0000"), List.of("(no segment)", "(no segment)", "0",
                "0.0000")), rows((BufferedDataTable)out[0]));
        assertTrue(h.warningMessage().contains(SegmentColumns.FINGERPRINT), h.warningMessage());
    }

    @Test
    void badSettingsAndInputsNameTheColumn() throws Exception {
        final NodeModelHarness<SegmentMigrationNodeModel> h = NodeModelHarness.of(new SegmentMigrationNodeModel());
        final NodeSettings ns = h.saveSettings();
        ns.addString(SegmentMigrationNodeModel.KEY_SEGMENT, "Cluster");
        h.loadSettings(ns);
        final Exception e = assertThrows(InvalidSettingsException.class, () -> h.configure(SCORED, SCORED, null));
        assertTrue(e.getMessage().contains("\"Cluster\""), e.getMessage());
        final DataTableSpec badMoves = TestTables.spec(new String[]{"Name", "From"},
            new DataType[]{StringCell.TYPE, StringCell.TYPE});
        final NodeModelHarness<SegmentMigrationNodeModel> h2 = NodeModelHarness.of(new SegmentMigrationNodeModel());
        final Exception e2 = assertThrows(InvalidSettingsException.class, () -> h2.configure(SCORED, SCORED, badMoves));
        assertTrue(e2.getMessage().contains("\"To\""), e2.getMessage());
        final DataTableSpec idSpec = TestTables.spec(new String[]{"id", "Segment"},
            new DataType[]{StringCell.TYPE, StringCell.TYPE});
        final BufferedDataTable dup = TestTables.table(idSpec, new DefaultRow(new RowKey("r1"), s("c1"),
            s("Segment 1")), new DefaultRow(new RowKey("r2"), s(" c1 "), s("Segment 2")));
        final NodeModelHarness<SegmentMigrationNodeModel> h3 = NodeModelHarness.of(new SegmentMigrationNodeModel());
        final NodeSettings ns3 = h3.saveSettings();
        ns3.addString(SegmentMigrationNodeModel.KEY_ID, "id");
        h3.loadSettings(ns3);
        final Exception e3 = assertThrows(InvalidSettingsException.class, () -> h3.run(dup, dup, null));
        assertTrue(e3.getMessage().contains("rows 1 and 2"), e3.getMessage());
        assertTrue(e3.getMessage().contains("c1"), e3.getMessage());
    }

    @Test
    void settingsKeysArePinned() {
        assertEquals(List.of("customer_id_column", "segment_column", "persona_column"),
            SegmentMigrationNodeModel.keys());
    }
}
