package org.custseg.knime.nodes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.custseg.knime.assigner.SegmentAssignerNodeModel;
import org.custseg.knime.common.SegmentColumns;
import org.custseg.knime.em.EMSegmenterNodeModel;
import org.custseg.knime.hierarchical.HierarchicalSegmenterNodeModel;
import org.custseg.knime.kmeans.KMeansSegmenterNodeModel;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.streamable.BufferedDataTableRowOutput;
import org.knime.core.node.streamable.DataTableRowInput;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortObjectInput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.StreamableOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The streamed Segment Assigner (KNIME's classic streaming API: {@code createStreamableOperator}, fed through KNIME's
 * own {@link DataTableRowInput} and {@link BufferedDataTableRowOutput}) gives the same rows, cell for cell, and the
 * same warning as {@code execute}: k-means, hierarchical and EM models, missing values imputed, rows kept with a
 * reason. Runs on the API double and on real KNIME 5.3 / 5.11.
 */
class SegmentAssignerStreamingTest {

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

    /** Streams the table through a fresh node's operator, as KNIME's streaming executor does. */
    static BufferedDataTable stream(final SegmentAssignerNodeModel model, final PortObject port,
        final BufferedDataTable table) throws Exception {
        final PortObjectSpec[] specs = NodeDriver.configure(model, port.getSpec(), table.getDataTableSpec());
        final StreamableOperator op = model.createStreamableOperator(new PartitionInfo(0, 1),
            new PortObjectSpec[]{port.getSpec(), table.getDataTableSpec()});
        final ExecutionContext exec = NodeDriver.exec();
        final BufferedDataTableRowOutput out =
            new BufferedDataTableRowOutput(exec.createDataContainer((DataTableSpec)specs[0]));
        op.runFinal(new PortInput[]{new PortObjectInput(port), new DataTableRowInput(table)},
            new PortOutput[]{out}, exec);
        final BufferedDataTable result = out.getDataTable();
        assertNotNull(result, "the operator closes its output");
        return result;
    }

    private static List<DataRow> rows(final BufferedDataTable t) {
        final List<DataRow> rows = new ArrayList<>();
        try (CloseableRowIterator it = t.iterator()) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    /** Same spec (names, types), same row keys, same cells in the same order. */
    static void assertSameRows(final BufferedDataTable executed, final BufferedDataTable streamed) {
        final DataTableSpec a = executed.getDataTableSpec();
        final DataTableSpec b = streamed.getDataTableSpec();
        assertTrue(a.equalStructure(b), "spec: executed " + a + ", streamed " + b);
        final List<DataRow> ra = rows(executed);
        final List<DataRow> rb = rows(streamed);
        assertEquals(ra.size(), rb.size(), "row count");
        for (int r = 0; r < ra.size(); r++) {
            assertEquals(ra.get(r).getKey(), rb.get(r).getKey(), "row key " + r);
            assertEquals(ra.get(r).getNumCells(), rb.get(r).getNumCells());
            for (int c = 0; c < ra.get(r).getNumCells(); c++) {
                assertEquals(ra.get(r).getCell(c), rb.get(r).getCell(c), "row " + r + ", column " + a.getColumnSpec(c)
                    .getName());
            }
        }
    }

    private static void compare(final String policy, final PortObject port, final BufferedDataTable table)
        throws Exception {
        final SegmentAssignerNodeModel batch = assigner(policy);
        NodeDriver.configure(batch, port.getSpec(), table.getDataTableSpec());
        final BufferedDataTable executed = (BufferedDataTable)NodeDriver.execute(batch, NodeDriver.exec(), port,
            table)[0];
        final SegmentAssignerNodeModel streaming = assigner(policy);
        final BufferedDataTable streamed = stream(streaming, port, table);
        assertSameRows(executed, streamed);
        assertEquals(NodeDriver.warning(batch), NodeDriver.warning(streaming), "same warning");
    }

    @Test
    void portRolesStreamTheCustomerTableAndReadTheModelWhole() throws Exception {
        final SegmentAssignerNodeModel m = assigner("FAIL");
        final InputPortRole[] in = m.getInputPortRoles();
        assertEquals(2, in.length);
        assertFalse(in[0].isStreamable(), "the model port is read whole");
        assertTrue(in[1].isStreamable() && in[1].isDistributable(), "customer rows stream, distributable");
        assertArrayEquals(new OutputPortRole[]{OutputPortRole.DISTRIBUTED}, m.getOutputPortRoles());
    }

    @Test
    void kMeansStreamedEqualsExecuted() throws Exception {
        compare("FAIL", kMeans[3], data);
        // and the streamed segments are the learner's
        assertEquals(NodeDriver.column((BufferedDataTable)kMeans[0], SegmentColumns.SEGMENT),
            NodeDriver.column(stream(assigner("FAIL"), kMeans[3], data), SegmentColumns.SEGMENT));
    }

    @Test
    void hierarchicalAndEmStreamedEqualsExecuted() throws Exception {
        final PortObject[] ward = SegmenterNodesTest.run(
            SegmenterNodesTest.configured(new HierarchicalSegmenterNodeModel(), s -> s.addInt("k", 4)), data);
        compare("FAIL", ward[3], data);
        final PortObject[] em = SegmenterNodesTest.run(
            SegmenterNodesTest.configured(new EMSegmenterNodeModel(), s -> s.addInt("k", 3)), data);
        compare("OUTPUT_WITH_REASON", em[3], NodeDriver.withMissing(data, NodeDriver.exec(), "Total_calls_made", 3,
            400));
    }

    @Test
    void missingValuesImputedOrKeptWithAReasonStreamTheSame() throws Exception {
        final PortObject[] imputing = SegmenterNodesTest.run(SegmenterNodesTest.configured(
            new KMeansSegmenterNodeModel(), s -> {
                s.addInt("k", 3);
                s.addString("missing_values", "IMPUTE_MEDIAN");
            }), data);
        final BufferedDataTable withMissing =
            NodeDriver.withMissing(data, NodeDriver.exec(), "Total_visits_bank", 10, 20, 30, 40, 50);
        compare("FAIL", imputing[3], withMissing);
        compare("OUTPUT_WITH_REASON", kMeans[3], withMissing);
    }

    @Test
    void failPolicyStopsAtTheFirstRowItCannotAssignNamingIt() throws Exception {
        final BufferedDataTable withMissing = NodeDriver.withMissing(data, NodeDriver.exec(), "Avg_Credit_Limit", 5);
        final Exception e = assertThrows(Exception.class, () -> stream(assigner("FAIL"), kMeans[3], withMissing));
        assertTrue(e.getMessage().contains("Row5") && e.getMessage().contains("Avg_Credit_Limit"), e.getMessage());
    }
}
