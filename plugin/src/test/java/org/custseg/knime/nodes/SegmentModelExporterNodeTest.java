package org.custseg.knime.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.custseg.engine.export.PmmlExport;
import org.custseg.engine.export.SqlExport;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.knime.em.EMSegmenterNodeModel;
import org.custseg.knime.exporter.SegmentModelExporterNodeModel;
import org.custseg.knime.hierarchical.HierarchicalSegmenterNodeModel;
import org.custseg.knime.kmeans.KMeansSegmenterNodeModel;
import org.custseg.knime.port.SegmentationModelPortObject;
import org.knime.core.data.DataRow;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Segment Model Exporter: one row holding the engine's PMML and SQL for the connected model, the table name
 * from its setting; EM refused at configure; settings keys pinned.
 */
class SegmentModelExporterNodeTest {

    private static BufferedDataTable data;
    private static PortObject[] kMeans;

    @BeforeAll
    static void train() throws Exception {
        data = NodeDriver.sampleTable(NodeDriver.exec());
        kMeans = SegmenterNodesTest.run(
            SegmenterNodesTest.configured(new KMeansSegmenterNodeModel(), s -> s.addInt("k", 3)), data);
    }

    private static SegmentModelExporterNodeModel exporter(final String table) throws Exception {
        final SegmentModelExporterNodeModel m = new SegmentModelExporterNodeModel();
        if (table != null) {
            final NodeSettings s = NodeDriver.save(m);
            s.addString(SegmentModelExporterNodeModel.KEY_TABLE, table);
            NodeDriver.load(m, s);
        }
        return m;
    }

    private static String[] onlyRow(final BufferedDataTable t) {
        assertEquals(1, t.size());
        try (CloseableRowIterator it = t.iterator()) {
            final DataRow r = it.next();
            return new String[]{((StringValue)r.getCell(0)).getStringValue(),
                ((StringValue)r.getCell(1)).getStringValue()};
        }
    }

    @Test
    void exportsTheEnginesPmmlAndSqlOfTheModel() throws Exception {
        final PortObject[] out = NodeDriver.run(exporter("\"dwh\".\"customers\""), kMeans[3]);
        final BufferedDataTable t = (BufferedDataTable)out[0];
        assertEquals(List.of(SegmentModelExporterNodeModel.PMML_COLUMN, SegmentModelExporterNodeModel.SQL_COLUMN),
            List.of(t.getDataTableSpec().getColumnNames()));
        final String[] row = onlyRow(t);
        final SegmentationModel model = ((SegmentationModelPortObject)kMeans[3]).getModel();
        assertEquals(PmmlExport.toPmml(model, "Customer segmentation model (" + model.parametersDescription() + ")"),
            row[0]);
        assertTrue(row[0].contains("<ClusteringModel") && row[0].contains("numberOfClusters=\"3\""), row[0]);
        assertEquals(SqlExport.select(model, "\"dwh\".\"customers\"", null), row[1]);
        assertTrue(row[1].contains("FROM \"dwh\".\"customers\" t"), row[1]);
    }

    @Test
    void hierarchicalModelsExportTooWithTheDefaultTable() throws Exception {
        final PortObject[] ward = SegmenterNodesTest.run(
            SegmenterNodesTest.configured(new HierarchicalSegmenterNodeModel(), s -> s.addInt("k", 3)), data);
        final String[] row = onlyRow((BufferedDataTable)NodeDriver.run(exporter(null), ward[3])[0]);
        assertTrue(row[0].contains("algorithmName=\"hierarchical"), row[0]);
        assertTrue(row[1].contains("FROM customers t"), row[1]);
    }

    @Test
    void emModelsAreRefusedAtConfigureWithTheReason() throws Exception {
        final PortObject[] em = SegmenterNodesTest.run(
            SegmenterNodesTest.configured(new EMSegmenterNodeModel(), s -> s.addInt("k", 3)), data);
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NodeDriver.configure(exporter(null), em[3].getSpec()));
        assertTrue(e.getMessage().contains("EM models cannot be exported"), e.getMessage());
    }

    @Test
    void emptyTableNameIsRejectedAndKeysArePinned() throws Exception {
        final SegmentModelExporterNodeModel m = new SegmentModelExporterNodeModel();
        final NodeSettings s = NodeDriver.save(m);
        s.addString(SegmentModelExporterNodeModel.KEY_TABLE, "  ");
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> NodeDriver.validate(m, s));
        assertTrue(e.getMessage().contains(SegmentModelExporterNodeModel.LABEL_TABLE), e.getMessage());
        assertEquals(List.of("sql_table"), SegmentModelExporterNodeModel.keys());
    }
}
