package org.custseg.knime.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.custseg.knime.kmeans.KMeansSegmenterNodeModel;
import org.custseg.knime.port.SegmentationModelPortObjectSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;

/**
 * A segmenter dropped onto the sample table with its defaults must not segment on the serial number and the
 * customer key: they are numbers, not behaviour. It leaves them out, says so, and then finds the same segments as
 * the command line; a column choice made by the user is taken as it is.
 */
class DefaultColumnsTest {

    private static BufferedDataTable data;

    @BeforeAll
    static void load() throws Exception {
        data = NodeDriver.sampleTable(NodeDriver.exec());
        assertEquals(7, data.getDataTableSpec().getNumColumns(), "the sample table has its two id columns");
    }

    @Test
    void freshNodeLeavesOutIdentifierColumnsAndWarns() throws Exception {
        final KMeansSegmenterNodeModel model = new KMeansSegmenterNodeModel(); // default: k = 3, columns unset
        final DataTableSpec summary = (DataTableSpec)NodeDriver.configure(model, data.getDataTableSpec())[1];
        final List<String> featureColumns = new ArrayList<>(List.of(summary.getColumnNames()));
        featureColumns.removeAll(List.of("Segment", "Size", "Share"));
        featureColumns.removeAll(SegmenterNodesTest.STABILITY_COLUMNS);
        assertEquals(NodeDriver.BEHAVIOUR, featureColumns);
        final String configureWarning = NodeDriver.warning(model);
        assertNotNull(configureWarning);
        assertTrue(configureWarning.contains("\"Sl_No\"") && configureWarning.contains("\"Customer Key\""),
            configureWarning);

        final PortObject[] out = NodeDriver.run(model, data);
        assertEquals(NodeDriver.BEHAVIOUR, ((SegmentationModelPortObjectSpec)out[3].getSpec()).getFeatureNames());
        final List<Integer> sizes = new ArrayList<>(SegmenterNodesTest.segmentCounts((BufferedDataTable)out[0])
            .values());
        sizes.sort(null);
        assertEquals(List.of(50, 224, 386), sizes);
        final String executeWarning = NodeDriver.warning(model);
        assertTrue(executeWarning != null && executeWarning.contains("\"Sl_No\""), executeWarning);
    }

    @Test
    void aColumnChoiceMadeByTheUserIsKeptAsItIs() throws Exception {
        final KMeansSegmenterNodeModel model = new KMeansSegmenterNodeModel();
        final NodeSettings s = NodeDriver.save(model);
        final List<String> all = new ArrayList<>(List.of("Sl_No", "Customer Key"));
        all.addAll(NodeDriver.BEHAVIOUR);
        NodeDriver.includeColumns(s, all, List.of());
        NodeDriver.load(model, s);
        final DataTableSpec summary = (DataTableSpec)NodeDriver.configure(model, data.getDataTableSpec())[1];
        assertEquals(3 + 7 + SegmenterNodesTest.STABILITY_COLUMNS.size(), summary.getNumColumns(), "the user included the id columns on purpose");
        final String warning = NodeDriver.warning(model);
        assertFalse(warning != null && warning.contains("identifier"), warning);
    }
}
