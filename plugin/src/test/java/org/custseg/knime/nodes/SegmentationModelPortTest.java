package org.custseg.knime.nodes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.custseg.engine.config.Algorithm;
import org.custseg.knime.hierarchical.HierarchicalSegmenterNodeModel;
import org.custseg.knime.kmeans.KMeansSegmenterNodeModel;
import org.custseg.knime.port.SegmentationModelPortObject;
import org.custseg.knime.port.SegmentationModelPortObjectSpec;
import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.knime.core.node.port.PortUtil;

/**
 * The segmentation model port survives a save and load through its registered serializers unchanged, and its spec
 * and summary say what input the model needs.
 */
class SegmentationModelPortTest {

    private static PortObject roundTrip(final PortObject po) throws Exception {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortUtil.writeObjectToStream(po, out, new ExecutionMonitor());
        return PortUtil.readObjectFromStream(new ByteArrayInputStream(out.toByteArray()), new ExecutionMonitor());
    }

    /**
     * KNIME gives a port object class that no plugin.xml registers its generic port type ({@code PortObject}); so do
     * the double and the real-KNIME run. Without the portType entry in plugin.xml this test fails (checked for
     * issue 11 by removing the entry: "expected SegmentationModelPortObject but was PortObject").
     */
    @Test
    void modelPortTypeIsRegisteredInPluginXml() {
        final PortType type = SegmentationModelPortObject.TYPE;
        assertEquals(SegmentationModelPortObject.class, type.getPortObjectClass(),
            "plugin.xml must register the model port (org.knime.core.PortType)");
        assertEquals(SegmentationModelPortObjectSpec.class, type.getPortObjectSpecClass());
        assertEquals("Segmentation Model", type.getName());
        assertEquals(type, PortTypeRegistry.getInstance().getPortType(SegmentationModelPortObject.class));
    }

    @Test
    void modelSurvivesSaveAndLoadThroughTheSerializer() throws Exception {
        final BufferedDataTable data = NodeDriver.sampleTable(NodeDriver.exec());
        for (final PortObject[] out : List.of(
            SegmenterNodesTest.run(
                SegmenterNodesTest.configured(new KMeansSegmenterNodeModel(), s -> s.addInt("k", 3)), data),
            SegmenterNodesTest.run(
                SegmenterNodesTest.configured(new HierarchicalSegmenterNodeModel(), s -> s.addInt("k", 4)), data))) {
            final SegmentationModelPortObject original = (SegmentationModelPortObject)out[3];
            final PortObject loaded = roundTrip(original);
            assertNotSame(original, loaded);
            assertEquals(SegmentationModelPortObject.class, loaded.getClass());
            final SegmentationModelPortObject copy = (SegmentationModelPortObject)loaded;
            assertEquals(original.getModel(), copy.getModel(), "engine model equal by value");
            assertEquals(original.getSpec(), copy.getSpec());
            assertEquals(original, copy);
            assertEquals(original.getSummary(), copy.getSummary());
            assertEquals(original.getModel().toJson(), copy.getModel().toJson());
            final double[][] a = original.getModel().centroidsOriginal();
            final double[][] b = copy.getModel().centroidsOriginal();
            for (int i = 0; i < a.length; i++) {
                assertArrayEquals(a[i], b[i], 0.0);
            }
        }
    }

    @Test
    void specSurvivesSaveAndLoadAndDescribesTheNeededInput() throws Exception {
        final SegmentationModelPortObjectSpec spec =
            new SegmentationModelPortObjectSpec(List.of("Spend", "Visits"), Algorithm.EM, 4);
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final var zip = PortUtil.getPortObjectSpecZipOutputStream(out);
        new SegmentationModelPortObjectSpec.Serializer().savePortObjectSpec(spec, zip);
        zip.close();
        final PortObjectSpec loaded = new SegmentationModelPortObjectSpec.Serializer()
            .loadPortObjectSpec(PortUtil.getPortObjectSpecZipInputStream(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(spec, loaded);
        final SegmentationModelPortObjectSpec s = (SegmentationModelPortObjectSpec)loaded;
        assertEquals(List.of("Spend", "Visits"), s.getFeatureNames());
        assertEquals(Algorithm.EM, s.getAlgorithm());
        assertEquals(List.of("Segment 1", "Segment 2", "Segment 3", "Segment 4"), s.getSegmentNames());
        assertTrue(s.describe().contains("Spend, Visits") && s.describe().contains("4 segments"), s.describe());
    }
}
