package org.custseg.knime.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.custseg.knime.common.AbstractSegmenterNodeModel;
import org.custseg.knime.common.SegmentColumns;
import org.custseg.knime.kmeans.KMeansSegmenterNodeModel;
import org.custseg.knime.port.SegmentationModelPortObject;
import org.custseg.knime.testing.TestTables;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;

/**
 * The bad-input cases of issue 15 that apply to the nodes, beyond those in {@link SegmenterNodesTest} (missing
 * values, constant columns, k larger than rows): a text column in the table, and the quality verdict as flow
 * variable and warning on well and badly separated data.
 */
class BadInputNodesTest {

    /** Two numeric columns (two well separated groups when {@code separated}) and a text column. */
    static BufferedDataTable table(final int n, final boolean separated) {
        final DataTableSpec spec = TestTables.spec(new String[] {"Spend", "Region", "Visits"},
            new DataType[] {DoubleCell.TYPE, StringCell.TYPE, DoubleCell.TYPE});
        final Random rnd = new Random(3);
        final List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final double shift = separated && i % 2 == 0 ? 20 : 0;
            rows.add(new DefaultRow(new RowKey("Row" + i), new DataCell[] {
                new DoubleCell(shift + (separated ? rnd.nextGaussian() : rnd.nextDouble())),
                new StringCell(i % 3 == 0 ? "North" : "South"),
                new DoubleCell(shift + (separated ? rnd.nextGaussian() : rnd.nextDouble()))}));
        }
        return TestTables.table(spec, rows);
    }

    @Test
    void textColumnIsNeverSegmentedOn() throws Exception {
        final KMeansSegmenterNodeModel model = new KMeansSegmenterNodeModel();
        final NodeSettings s = NodeDriver.save(model);
        s.addInt("k", 2);
        NodeDriver.load(model, s);
        final PortObject[] out = NodeDriver.run(model, table(100, true));
        final SegmentationModelPortObject port = (SegmentationModelPortObject)out[3];
        assertEquals(List.of("Spend", "Visits"), port.getModel().featureNames(), "the text column is left out");
        assertEquals(100, NodeDriver.column((BufferedDataTable)out[0], SegmentColumns.SEGMENT).stream()
            .filter(x -> x != null).count());
    }

    @Test
    void wellSeparatedDataGetsAPlainVerdictAndNoWarning() throws Exception {
        final KMeansSegmenterNodeModel model = new KMeansSegmenterNodeModel();
        final NodeSettings s = NodeDriver.save(model);
        s.addInt("k", 2);
        NodeDriver.load(model, s);
        NodeDriver.run(model, table(100, true));
        final String q = model.peekFlowVariableString(AbstractSegmenterNodeModel.FLOW_VAR_QUALITY);
        assertTrue(q.startsWith("Quality: silhouette 0.9") && q.contains("strong structure"), q);
        assertNull(NodeDriver.warning(model));
    }

    @Test
    void overlappingDataIsFlaggedInTheWarningAndTheFlowVariable() throws Exception {
        final KMeansSegmenterNodeModel model = new KMeansSegmenterNodeModel();
        final NodeSettings s = NodeDriver.save(model);
        s.addBoolean("k_automatic", true);
        NodeDriver.load(model, s);
        NodeDriver.run(model, table(300, false));
        final String q = model.peekFlowVariableString(AbstractSegmenterNodeModel.FLOW_VAR_QUALITY);
        // uniform noise has no clusters: the silhouette stays below 0.5
        assertTrue(q.contains("moderate structure") || q.contains("weak structure"), q);
        final String warning = NodeDriver.warning(model);
        assertTrue(warning != null && warning.contains(q), warning);
    }
}
