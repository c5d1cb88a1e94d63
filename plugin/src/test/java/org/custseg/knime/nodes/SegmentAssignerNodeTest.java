package org.custseg.knime.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.custseg.knime.assigner.SegmentAssignerNodeModel;
import org.custseg.knime.common.SegmentColumns;
import org.custseg.knime.em.EMSegmenterNodeModel;
import org.custseg.knime.kmeans.KMeansSegmenterNodeModel;
import org.custseg.knime.port.SegmentationModelPortObject;
import org.custseg.knime.port.SegmentationModelPortObjectSpec;
import org.custseg.knime.testing.NodeModelHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/**
 * The Segment Assigner: reproduces the learners' segments on the training data, checks its input at configure time
 * and never drops rows it cannot assign silently.
 */
class SegmentAssignerNodeTest {

    private static BufferedDataTable data;
    private static PortObject[] kMeans;

    @BeforeAll
    static void train() throws Exception {
        data = NodeDriver.sampleTable(NodeDriver.exec());
        kMeans = SegmenterNodesTest.run(
            SegmenterNodesTest.configured(new KMeansSegmenterNodeModel(), s -> s.addInt("k", 3)), data);
    }

    private static SegmentAssignerNodeModel assigner(final String unassigned) throws Exception {
        final SegmentAssignerNodeModel model = new SegmentAssignerNodeModel();
        final NodeSettings s = NodeDriver.save(model);
        s.addString("unassigned_rows", unassigned);
        NodeDriver.load(model, s);
        return model;
    }

    private static BufferedDataTable assign(final SegmentAssignerNodeModel model, final PortObject port,
        final BufferedDataTable table) throws Exception {
        final PortObjectSpec[] specs = NodeDriver.configure(model, port.getSpec(), table.getDataTableSpec());
        final BufferedDataTable out = (BufferedDataTable)NodeDriver.execute(model, NodeDriver.exec(), port, table)[0];
        assertNotNull(specs[0], "configure computes the output spec");
        NodeModelHarness.assertSpecsMatch(specs, new PortObject[]{out});
        assertTrue(((DataTableSpec)specs[0]).equalStructure(out.getDataTableSpec()),
            "configured " + specs[0] + " executed " + out.getDataTableSpec());
        return out;
    }

    @Test
    void reproducesTheKMeansSegmentsOnTheTrainingData() throws Exception {
        final BufferedDataTable learned = (BufferedDataTable)kMeans[0];
        final BufferedDataTable assigned = assign(assigner("FAIL"), kMeans[3], data);
        assertEquals(NodeDriver.column(learned, SegmentColumns.SEGMENT),
            NodeDriver.column(assigned, SegmentColumns.SEGMENT));
        // the same model: the same fingerprint in the segmenter's and the assigner's output, on every row
        assertEquals(NodeDriver.column(learned, SegmentColumns.FINGERPRINT),
            NodeDriver.column(assigned, SegmentColumns.FINGERPRINT));
        assertEquals(Set.of(((SegmentationModelPortObject)kMeans[3]).getModel().fingerprint()),
            new HashSet<>(NodeDriver.column(assigned, SegmentColumns.FINGERPRINT)));
        final List<String> d1 = NodeDriver.column(learned, SegmentColumns.DISTANCE);
        final List<String> d2 = NodeDriver.column(assigned, SegmentColumns.DISTANCE);
        for (int i = 0; i < d1.size(); i++) {
            assertEquals(Double.parseDouble(d1.get(i)), Double.parseDouble(d2.get(i)), 1e-9, "row " + i);
        }
        final DataColumnSpec seg = assigned.getDataTableSpec().getColumnSpec(SegmentColumns.SEGMENT);
        assertEquals(3, seg.getDomain().getValues().size(), "segment names known from the model spec");
    }

    @Test
    void reproducesTheEmSegmentsOnTheTrainingData() throws Exception {
        final PortObject[] em = SegmenterNodesTest.run(
            SegmenterNodesTest.configured(new EMSegmenterNodeModel(), s -> s.addInt("k", 3)), data);
        final BufferedDataTable assigned = assign(assigner("FAIL"), em[3], data);
        assertEquals(NodeDriver.column((BufferedDataTable)em[0], SegmentColumns.SEGMENT),
            NodeDriver.column(assigned, SegmentColumns.SEGMENT));
        assertTrue(assigned.getDataTableSpec().containsName("P(Segment 3)"));
    }

    @Test
    void modelsThatImputeAssignEveryRowAndSayHowManyValuesWereFilled() throws Exception {
        final PortObject[] imputing = SegmenterNodesTest.run(SegmenterNodesTest.configured(
            new KMeansSegmenterNodeModel(), s -> {
                s.addInt("k", 3);
                s.addString("missing_values", "IMPUTE_MEAN");
            }), data);
        final BufferedDataTable withMissing =
            NodeDriver.withMissing(data, NodeDriver.exec(), "Total_visits_bank", 10, 20, 30);
        final SegmentAssignerNodeModel assigner = assigner("FAIL");
        final BufferedDataTable out = assign(assigner, imputing[3], withMissing);
        assertTrue(NodeDriver.column(out, SegmentColumns.SEGMENT).stream().allMatch(s -> s != null));
        final String warning = NodeDriver.warning(assigner);
        assertTrue(warning != null && warning.contains("3 missing values"), warning);
    }

    @Test
    void configureNamesMissingModelColumns() throws Exception {
        final DataTableSpec full = data.getDataTableSpec();
        final List<DataColumnSpec> cols = new ArrayList<>();
        for (int i = 0; i < full.getNumColumns(); i++) {
            if (!full.getColumnSpec(i).getName().equals("Total_calls_made")) {
                cols.add(full.getColumnSpec(i));
            }
        }
        final DataTableSpec without = new DataTableSpec(cols.toArray(new DataColumnSpec[0]));
        final String msg = assertThrows(InvalidSettingsException.class,
            () -> NodeDriver.configure(assigner("FAIL"), kMeans[3].getSpec(), without)).getMessage();
        assertTrue(msg.contains("\"Total_calls_made\""), msg);

        cols.add(new DataColumnSpecCreator("Total_calls_made", StringCell.TYPE).createSpec());
        final DataTableSpec asText = new DataTableSpec(cols.toArray(new DataColumnSpec[0]));
        final String msg2 = assertThrows(InvalidSettingsException.class,
            () -> NodeDriver.configure(assigner("FAIL"), kMeans[3].getSpec(), asText)).getMessage();
        assertTrue(msg2.contains("Total_calls_made") && msg2.contains("not numeric"), msg2);
    }

    @Test
    void configureWithoutUpstreamSpecsIsOpen() throws Exception {
        assertNull(NodeDriver.configure(assigner("FAIL"), null, data.getDataTableSpec())[0]);
        final SegmentationModelPortObjectSpec spec = (SegmentationModelPortObjectSpec)kMeans[3].getSpec();
        assertNotNull(NodeDriver.configure(assigner("FAIL"), spec, data.getDataTableSpec())[0]);
    }

    @Test
    void rowsThatCannotBeAssignedFailOrAreKeptWithAReason() throws Exception {
        final BufferedDataTable withMissing =
            NodeDriver.withMissing(data, NodeDriver.exec(), "Avg_Credit_Limit", 5, 6);
        final PortObject model = kMeans[3];
        assertEquals("FAIL", ((SegmentationModelPortObject)model).getModel().missingPolicy().name());

        final SegmentAssignerNodeModel failing = assigner("FAIL");
        final Exception e =
            assertThrows(Exception.class, () -> NodeDriver.execute(failing, NodeDriver.exec(), model, withMissing));
        assertTrue(e.getMessage().contains("2 rows") && e.getMessage().contains("Row5"), e.getMessage());

        final SegmentAssignerNodeModel keeping = assigner("OUTPUT_WITH_REASON");
        final BufferedDataTable out = assign(keeping, model, withMissing);
        assertEquals(660, out.size(), "no row is dropped");
        final List<String> segments = NodeDriver.column(out, SegmentColumns.SEGMENT);
        final List<String> reasons = NodeDriver.column(out, SegmentColumns.REASON);
        final List<String> learned = NodeDriver.column((BufferedDataTable)kMeans[0], SegmentColumns.SEGMENT);
        for (int r = 0; r < 660; r++) {
            if (r == 5 || r == 6) {
                assertNull(segments.get(r));
                assertNotNull(reasons.get(r));
                assertTrue(reasons.get(r).contains("Avg_Credit_Limit"), reasons.get(r));
            } else {
                assertEquals(learned.get(r), segments.get(r));
                assertNull(reasons.get(r));
            }
        }
        assertTrue(NodeDriver.warning(keeping).startsWith("2 rows"), NodeDriver.warning(keeping));
    }
}
