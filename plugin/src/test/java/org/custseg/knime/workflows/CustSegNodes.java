package org.custseg.knime.workflows;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.Attributes;

import javax.xml.parsers.DocumentBuilderFactory;

import org.custseg.knime.testing.NodeModelHarness;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Our own nodes in generated workflows: every {@code model} subtree is written by the node model's own
 * {@code saveSettingsTo}. The generator starts from the model's defaults, applies the edits a workflow needs to the
 * saved tree (only to keys that exist), lets the model validate and load the result, and saves the model again; the
 * second save is what goes into {@code settings.xml}.
 */
public final class CustSegNodes {

    /** K-Means Segmenter. */
    public static final String KMEANS = "org.custseg.knime.kmeans.KMeansSegmenterNodeFactory";
    /** Hierarchical Segmenter. */
    public static final String HIERARCHICAL = "org.custseg.knime.hierarchical.HierarchicalSegmenterNodeFactory";
    /** EM Segmenter. */
    public static final String EM = "org.custseg.knime.em.EMSegmenterNodeFactory";
    /** K-Medoids Segmenter. */
    public static final String KMEDOIDS = "org.custseg.knime.kmedoids.KMedoidsSegmenterNodeFactory";
    /** Segment Assigner. */
    public static final String ASSIGNER = "org.custseg.knime.assigner.SegmentAssignerNodeFactory";
    /** Segment Profiler. */
    public static final String PROFILER = "org.custseg.knime.profiler.SegmentProfilerNodeFactory";
    /** Segment Recommender. */
    public static final String RECOMMENDER = "org.custseg.knime.recommender.SegmentRecommenderNodeFactory";
    /** Segment Report. */
    public static final String REPORT = "org.custseg.knime.report.SegmentReportNodeFactory";
    /** Factory class of the Segment Migration. */
    public static final String MIGRATION = "org.custseg.knime.migration.SegmentMigrationNodeFactory";
    /** Factory class of the Campaign Lift. */
    public static final String LIFT = "org.custseg.knime.lift.CampaignLiftNodeFactory";

    /** Segmenters' output ports (1-based, as in connections). */
    public static final int OUT_SEGMENTED = 1;
    /** Segment summary output. */
    public static final int OUT_SUMMARY = 2;
    /** k selection output. */
    public static final int OUT_K_SELECTION = 3;
    /** Segmentation model output. */
    public static final int OUT_MODEL = 4;
    /** Segment Profiler: long profile output. */
    public static final int PROFILER_OUT_PROFILE = 1;
    /** Segment Profiler: segment summary output. */
    public static final int PROFILER_OUT_SUMMARY = 2;
    /** Segment Recommender: profile input. */
    public static final int RECOMMENDER_IN_PROFILE = 1;
    /** Segment Recommender: optional segment summary input. */
    public static final int RECOMMENDER_IN_SUMMARY = 4;
    /** Segment Report: customers with their segment. */
    public static final int REPORT_IN_CUSTOMERS = 1;
    /** Segment Report: optional recommendations (the Segment Recommender's first output). */
    public static final int REPORT_IN_RECOMMENDATIONS = 2;
    /** Segment Report: optional k selection (a segmenter's third output). */
    public static final int REPORT_IN_K_SELECTION = 3;
    /** Segment Profiler: optional segmenter summary input (stability). */
    public static final int PROFILER_IN_SEGMENTER_SUMMARY = 3;
    /** Segment Report: optional profile (the Segment Profiler's first output). */
    public static final int REPORT_IN_PROFILE = 5;
    /** Segment Report: optional segment summary (the Segment Profiler's second output). */
    public static final int REPORT_IN_PROFILE_SUMMARY = 6;
    /** Segment Report's setting that holds the HTML file it writes. */
    public static final String REPORT_OUTPUT_FILE = "output_file";

    private CustSegNodes() {
    }

    /**
     * @param factoryClass factory class name
     * @return whether the class is on the class path
     */
    public static boolean exists(final String factoryClass) {
        try {
            Class.forName(factoryClass, false, CustSegNodes.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * @param factoryClass factory class name
     * @return a new instance of the factory
     */
    public static NodeFactory<? extends NodeModel> factory(final String factoryClass) {
        try {
            @SuppressWarnings("unchecked")
            final NodeFactory<? extends NodeModel> f = (NodeFactory<? extends NodeModel>)Class
                .forName(factoryClass, true, CustSegNodes.class.getClassLoader()).getDeclaredConstructor()
                .newInstance();
            return f;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create node factory " + factoryClass + ": " + e, e);
        }
    }

    /**
     * @param factoryClass factory class name
     * @return a harness around a fresh node model
     */
    public static NodeModelHarness<? extends NodeModel> harness(final String factoryClass) {
        return NodeModelHarness.of(factory(factoryClass).createNodeModel());
    }

    /**
     * The {@code model} subtree for a node: defaults, edited, loaded by the model and saved again.
     *
     * @param factoryClass factory class name
     * @param edits changes to the default settings tree (use {@link ConfigTrees}' setters)
     * @return the settings the model saved after loading the edited tree
     * @throws InvalidSettingsException if the model rejects the edited settings
     */
    public static NodeSettings modelSettings(final String factoryClass, final Consumer<NodeSettings> edits)
        throws InvalidSettingsException {
        final NodeModelHarness<? extends NodeModel> h = harness(factoryClass);
        final NodeSettings edited = h.saveSettings();
        edits.accept(edited);
        h.loadSettings(NodeModelHarness.throughXml(edited));
        final NodeSettings saved = h.saveSettings();
        final List<String> lost = ConfigTrees.differences(edited, saved);
        if (!lost.isEmpty()) {
            throw new IllegalStateException(factoryClass + " did not keep the settings it loaded: " + lost);
        }
        return saved;
    }

    /**
     * Runs a node on inputs, after loading the given settings.
     *
     * @param factoryClass factory class name
     * @param model the {@code model} settings
     * @param inputs the inputs
     * @return the outputs
     * @throws Exception if the node fails
     */
    public static PortObject[] run(final String factoryClass, final NodeSettings model, final PortObject... inputs)
        throws Exception {
        final NodeModelHarness<? extends NodeModel> h = harness(factoryClass);
        h.loadSettings(NodeModelHarness.throughXml(model));
        return h.run(inputs);
    }

    /**
     * A node spec for one of our nodes.
     *
     * @param id node id
     * @param factoryClass factory class name
     * @param model its {@code model} settings (from {@link #modelSettings})
     * @param x horizontal position
     * @param y vertical position
     * @return the node spec (name from the node description, bundle from the manifest)
     * @throws IOException if the manifest, feature or node description cannot be read
     */
    public static NodeSpec node(final int id, final String factoryClass, final NodeSettings model, final int x,
        final int y) throws IOException {
        return new NodeSpec(id, nodeName(factoryClass), factoryClass, bundle(), model, Map.of(), "", x, y,
            portTypes(factory(factoryClass).createNodeModel(), false).length);
    }

    /**
     * @return our bundle, as recorded in the settings of our nodes (from MANIFEST.MF and feature.xml)
     * @throws IOException if they cannot be read
     */
    public static NodeBundle bundle() throws IOException {
        final Attributes a = Repository.pluginManifest().getMainAttributes();
        final String[] feature = Repository.feature();
        return new NodeBundle(a.getValue("Bundle-Name"), a.getValue("Bundle-SymbolicName").split(";")[0].trim(),
            a.getValue("Bundle-Vendor"), a.getValue("Bundle-Version"), feature[1], feature[0] + ".feature.group");
    }

    /**
     * @param factoryClass factory class name
     * @return the node name from the factory's node description ({@code <Factory>.xml} next to it)
     * @throws IOException if the description is missing or has no name
     */
    public static String nodeName(final String factoryClass) throws IOException {
        final Class<?> c = factory(factoryClass).getClass();
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".xml")) {
            if (in == null) {
                throw new IOException("No node description " + c.getSimpleName() + ".xml next to " + factoryClass);
            }
            final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            final Document d = f.newDocumentBuilder().parse(in);
            final NodeList names = d.getElementsByTagNameNS("*", "name");
            if (names.getLength() == 0) {
                throw new IOException(c.getSimpleName() + ".xml has no <name>");
            }
            return names.item(0).getTextContent().trim();
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("Cannot read the node description of " + factoryClass + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param model a node model
     * @param in {@code true} for input ports, {@code false} for output ports
     * @return the model's port types (data ports, index 0 = connection port 1)
     */
    public static PortType[] portTypes(final NodeModel model, final boolean in) {
        try {
            final Method count = NodeModel.class.getDeclaredMethod(in ? "getNrInPorts" : "getNrOutPorts");
            final Method type = NodeModel.class.getDeclaredMethod(in ? "getInPortType" : "getOutPortType", int.class);
            count.setAccessible(true);
            type.setAccessible(true);
            final int n = (Integer)count.invoke(model);
            final PortType[] types = new PortType[n];
            for (int i = 0; i < n; i++) {
                types[i] = (PortType)type.invoke(model, i);
            }
            return types;
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read the ports of " + model.getClass().getName() + ": " + e, e);
        }
    }

    /**
     * Edits of the segmenters' column filter: the five behavioural columns in, the identifiers out, new columns
     * excluded.
     *
     * @param s the segmenter's settings tree
     */
    public static void behaviourColumns(final NodeSettings s) {
        ConfigTrees.setString(s, "columns/filter-type", "STANDARD");
        ConfigTrees.setStringArray(s, "columns/included_names", SampleData.BEHAVIOUR.toArray(new String[0]));
        ConfigTrees.setStringArray(s, "columns/excluded_names", SampleData.IDENTIFIERS.toArray(new String[0]));
        ConfigTrees.setString(s, "columns/enforce_option", "EnforceInclusion");
    }
}
