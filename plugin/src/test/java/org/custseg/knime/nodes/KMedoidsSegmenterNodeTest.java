package org.custseg.knime.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.custseg.engine.model.SegmentationModel;
import org.custseg.knime.assigner.SegmentAssignerNodeModel;
import org.custseg.knime.common.SegmentColumns;
import org.custseg.knime.common.SegmenterSettings;
import org.custseg.knime.kmedoids.KMedoidsSegmenterNodeModel;
import org.custseg.knime.port.SegmentationModelPortObject;
import org.custseg.knime.testing.NodeModelHarness;
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
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/** The K-Medoids Segmenter node: sample data, medoids in the summary, mixed data with Gower, the assigner. */
class KMedoidsSegmenterNodeTest {

    private static final String[] PRODUCTS = {"Classic", "Gold", "Platinum"};
    private static final String[] REGIONS = {"East", "North", "South", "West"};

    /** 300 customers: balance, online share, visits, product, region; three planted groups. */
    static BufferedDataTable mixedTable() {
        final DataTableSpec spec = TestTables.spec(
            new String[]{"Balance", "Online_share", "Visits", "Product", "Region"},
            new DataType[]{DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE, StringCell.TYPE});
        final Random r = new Random(4);
        final List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            final int g = i % 3;
            final DataCell[] c = new DataCell[5];
            c[0] = new DoubleCell(Math.round(Math.exp(7 + g + r.nextGaussian() * 0.4)));
            c[1] = new DoubleCell(Math.min(1, Math.max(0, 0.2 + 0.3 * g + r.nextGaussian() * 0.08)));
            c[2] = new DoubleCell(Math.max(0, Math.round(6 - 2.5 * g + r.nextGaussian())));
            c[3] = i % 41 == 3 ? DataType.getMissingCell()
                : new StringCell(PRODUCTS[r.nextDouble() < 0.85 ? g : r.nextInt(3)]);
            c[4] = new StringCell(REGIONS[r.nextDouble() < 0.7 ? g : r.nextInt(4)]);
            rows.add(new DefaultRow(new RowKey("C" + (1000 + i)), c));
        }
        return TestTables.table(spec, rows);
    }

    private static KMedoidsSegmenterNodeModel node(final List<String> columns, final String distance,
        final String missing, final int k) throws Exception {
        final KMedoidsSegmenterNodeModel m = new KMedoidsSegmenterNodeModel();
        final NodeSettings s = NodeDriver.save(m);
        NodeDriver.includeColumns(s, columns, List.of());
        s.addString(SegmenterSettings.KEY_DISTANCE, distance);
        s.addString(SegmenterSettings.KEY_MISSING, missing);
        s.addInt(SegmenterSettings.KEY_K, k);
        NodeDriver.load(m, s);
        return m;
    }

    @Test
    void settingsKeys() {
        assertEquals(List.of("columns", "k_automatic", "k", "k_min", "k_max", "k_criterion", "missing_values",
            "scaling", "seed", "distance", "max_iterations", "restarts", "stability_resamples", "stability_method"),
            new SegmenterSettings(new org.custseg.knime.kmedoids.KMedoidsOptions()).keys());
    }

    @Test
    void sampleDataKEquals3WithMedoidsInTheSummary() throws Exception {
        final BufferedDataTable data = NodeDriver.sampleTable(NodeDriver.exec());
        final KMedoidsSegmenterNodeModel m = node(NodeDriver.BEHAVIOUR, "EUCLIDEAN", "FAIL", 3);
        final PortObjectSpec[] specs = NodeDriver.configure(m, data.getDataTableSpec());
        final PortObject[] out = NodeDriver.execute(m, NodeDriver.exec(), data);
        NodeModelHarness.assertSpecsMatch(specs, out);
        final Map<String, Integer> counts = SegmenterNodesTest.segmentCounts((BufferedDataTable)out[0]);
        assertEquals(Map.of("Segment 1", 388, "Segment 2", 222, "Segment 3", 50), counts);
        final BufferedDataTable summary = (BufferedDataTable)out[1];
        // Sl_No 474, 170, 616 are rows 473, 169, 615 (row keys Row0, Row1, ...)
        assertEquals(List.of("Row473", "Row169", "Row615"), NodeDriver.column(summary, SegmentColumns.SUMMARY_MEDOID));
        final SegmentationModel model = ((SegmentationModelPortObject)out[3]).getModel();
        assertEquals("KMEDOIDS", model.algorithm().name());
        // k set: silhouette plot and PCA scatter side by side
        org.custseg.knime.testing.ImagePorts.assertChart(specs[4], out[4], 2 * 700, 400, 10);
    }

    @Test
    void mixedDataWithGowerAndTheAssignerReproducesTheSegments() throws Exception {
        final BufferedDataTable data = mixedTable();
        final List<String> cols = List.of("Balance", "Online_share", "Visits", "Product", "Region");
        final KMedoidsSegmenterNodeModel m = node(cols, "GOWER", "IMPUTE_MEDIAN", 3);
        final PortObjectSpec[] specs = NodeDriver.configure(m, data.getDataTableSpec());
        final PortObject[] out = NodeDriver.execute(m, NodeDriver.exec(), data);
        NodeModelHarness.assertSpecsMatch(specs, out);
        final BufferedDataTable summary = (BufferedDataTable)out[1];
        assertEquals(StringCell.TYPE, summary.getDataTableSpec().getColumnSpec("Product").getType());
        final List<String> products = NodeDriver.column(summary, "Product");
        assertEquals(3, products.stream().distinct().count(), "each medoid has another product: " + products);
        final Map<String, Integer> counts = SegmenterNodesTest.segmentCounts((BufferedDataTable)out[0]);
        assertTrue(counts.values().stream().allMatch(v -> v >= 80), counts.toString());
        // the assigner reads the text columns as categories and reproduces every segment
        final SegmentAssignerNodeModel assigner = new SegmentAssignerNodeModel();
        NodeDriver.configure(assigner, out[3].getSpec(), data.getDataTableSpec());
        final BufferedDataTable assigned =
            (BufferedDataTable)NodeDriver.execute(assigner, NodeDriver.exec(), out[3], data)[0];
        assertEquals(NodeDriver.column((BufferedDataTable)out[0], SegmentColumns.SEGMENT),
            NodeDriver.column(assigned, SegmentColumns.SEGMENT));
        // the model survives the port's save and load
        assertNotNull(((SegmentationModelPortObject)out[3]).getModel().nominalLevels());
        // Gower on text columns: the silhouette plot with the Gower distance and a note instead of the scatter
        org.custseg.knime.testing.ImagePorts.assertChart(specs[4], out[4], 2 * 700, 400, 10);
    }

    @Test
    void textColumnsNeedTheGowerDistance() throws Exception {
        final BufferedDataTable data = mixedTable();
        final KMedoidsSegmenterNodeModel m =
            node(List.of("Balance", "Visits", "Region"), "EUCLIDEAN", "FAIL", 3);
        final String msg = assertThrows(InvalidSettingsException.class,
            () -> NodeDriver.configure(m, data.getDataTableSpec())).getMessage();
        assertTrue(msg.contains("\"Region\"") && msg.contains("GOWER"), msg);
    }
}
