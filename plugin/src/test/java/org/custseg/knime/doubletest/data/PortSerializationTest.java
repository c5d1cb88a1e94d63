package org.custseg.knime.doubletest.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.custseg.knime.testing.TestTables;
import org.custseg.knime.testing.KnimeUnderTest;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.knime.core.node.port.PortUtil;

/** Port types and the save/load of simple port objects through their serializers. */
class PortSerializationTest {

    /** A spec holding feature names. */
    public static final class CentroidSpec extends AbstractSimplePortObjectSpec {
        /** Serializer as registered in plugin.xml. */
        public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<CentroidSpec> {
        }

        private String[] m_features = new String[0];

        /** For the serializer. */
        public CentroidSpec() {
        }

        CentroidSpec(final String... features) {
            m_features = features.clone();
        }

        @Override
        protected void save(final ModelContentWO model) {
            model.addStringArray("features", m_features);
        }

        @Override
        protected void load(final ModelContentRO model) throws InvalidSettingsException {
            m_features = model.getStringArray("features");
        }
    }

    /** A model holding centroids. */
    public static final class CentroidModel extends AbstractSimplePortObject {
        /** Serializer as registered in plugin.xml. */
        public static final class Serializer extends AbstractSimplePortObjectSerializer<CentroidModel> {
        }

        private CentroidSpec m_spec;

        private double[][] m_centroids = new double[0][];

        /** For the serializer. */
        public CentroidModel() {
        }

        CentroidModel(final CentroidSpec spec, final double[][] centroids) {
            m_spec = spec;
            m_centroids = centroids;
        }

        @Override
        public String getSummary() {
            return m_centroids.length + " centroids";
        }

        @Override
        public CentroidSpec getSpec() {
            return m_spec;
        }

        @Override
        protected void save(final ModelContentWO model, final ExecutionMonitor exec) {
            model.addInt("k", m_centroids.length);
            for (int i = 0; i < m_centroids.length; i++) {
                model.addDoubleArray("centroid_" + i, m_centroids[i]);
            }
        }

        @Override
        protected void load(final ModelContentRO model, final PortObjectSpec spec, final ExecutionMonitor exec)
            throws InvalidSettingsException {
            m_spec = (CentroidSpec)spec;
            m_centroids = new double[model.getInt("k")][];
            for (int i = 0; i < m_centroids.length; i++) {
                m_centroids[i] = model.getDoubleArray("centroid_" + i);
            }
        }
    }

    private static PortObject roundTrip(final PortObject po) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortUtil.writeObjectToStream(po, out, new ExecutionMonitor());
        assertTrue(out.size() > 0);
        return PortUtil.readObjectFromStream(new ByteArrayInputStream(out.toByteArray()), new ExecutionMonitor());
    }

    @Test
    void simplePortObjectSurvivesSaveAndLoad() throws Exception {
        CentroidModel model =
            new CentroidModel(new CentroidSpec("a", "b"), new double[][]{{1, 2}, {-3.25, 1e-9}});
        PortObject loaded = roundTrip(model);
        assertNotSame(model, loaded);
        assertEquals(model, loaded, "equality compares the saved content");
        assertEquals(model.hashCode(), loaded.hashCode());
        assertEquals(model.getSpec(), loaded.getSpec());
        CentroidModel loadedModel = (CentroidModel)loaded;
        assertTrue(Arrays.deepEquals(model.m_centroids, loadedModel.m_centroids));
        assertNotEquals(model, new CentroidModel(new CentroidSpec("a", "b"), new double[][]{{1, 2}}));
    }

    @Test
    void specAloneCanBeReadBack() throws Exception {
        CentroidModel model = new CentroidModel(new CentroidSpec("x"), new double[][]{{4}});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortUtil.writeObjectToStream(model, out, new ExecutionMonitor());
        PortObjectSpec spec = PortUtil.readObjectSpecFromStream(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(new CentroidSpec("x"), spec);
        assertNotEquals(new CentroidSpec("y"), spec);
    }

    @Test
    void portTypesComeFromTheRegistry() {
        // as in KNIME: a port object class that no plugin.xml registers (CentroidModel is a test class) gets the
        // generic port type; our own model port is registered (SegmentationModelPortTest)
        PortType model = PortTypeRegistry.getInstance().getPortType(CentroidModel.class);
        assertEquals(PortObject.class, model.getPortObjectClass());
        assertEquals(PortObjectSpec.class, model.getPortObjectSpecClass());
        assertEquals("Generic Port", model.getName());
        assertFalse(model.isOptional());
        PortType optional = PortTypeRegistry.getInstance().getPortType(CentroidModel.class, true);
        assertTrue(optional.isOptional());
        assertEquals(model, optional, "equality is by object class, as in KNIME");
        assertEquals(DataTableSpec.class, BufferedDataTable.TYPE.getPortObjectSpecClass());
        // the name org.knime.core's plugin.xml gives the table port (5.3 and 5.11; the double said "Data" until issue 11)
        assertEquals("Table", BufferedDataTable.TYPE.getName());
        assertTrue(BufferedDataTable.TYPE_OPTIONAL.isOptional());
        BufferedDataTable table = TestTables.doubles(new String[]{"v"}, new double[]{1});
        assertTrue(BufferedDataTable.TYPE.acceptsPortObject(table));
        assertTrue(model.acceptsPortObject(table), "the generic port takes any port object");
        assertFalse(BufferedDataTable.TYPE.acceptsPortObject(new CentroidModel(new CentroidSpec("x"),
            new double[][]{{1}})));
        assertEquals(new DoubleCell(1), TestTables.rows(table).get(0).getCell(0));
    }
}
