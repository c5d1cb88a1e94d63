package org.custseg.knime.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.custseg.knime.assigner.SegmentAssignerNodeFactory;
import org.custseg.knime.assigner.SegmentAssignerNodeModel;
import org.custseg.knime.common.SegmenterSettings;
import org.custseg.knime.em.EMSegmenterNodeFactory;
import org.custseg.knime.exporter.SegmentModelExporterNodeFactory;
import org.custseg.knime.exporter.SegmentModelExporterNodeModel;
import org.custseg.knime.hierarchical.HierarchicalSegmenterNodeFactory;
import org.custseg.knime.kmeans.KMeansSegmenterNodeFactory;
import org.custseg.knime.kmedoids.KMedoidsSegmenterNodeFactory;
import org.custseg.knime.lift.CampaignLiftNodeFactory;
import org.custseg.knime.lift.CampaignLiftNodeModel;
import org.custseg.knime.migration.SegmentMigrationNodeFactory;
import org.custseg.knime.migration.SegmentMigrationNodeModel;
import org.custseg.knime.port.SegmentationModelPortObject;
import org.custseg.knime.port.SegmentationModelPortObjectSpec;
import org.custseg.knime.profiler.ProfilerSettings;
import org.custseg.knime.profiler.SegmentProfilerNodeFactory;
import org.custseg.knime.recommender.RecommenderSettings;
import org.custseg.knime.recommender.SegmentRecommenderNodeFactory;
import org.custseg.knime.report.ReportSettings;
import org.custseg.knime.report.SegmentReportNodeFactory;
import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One registration and documentation check for every node of the bundle: each node in plugin.xml is listed here
 * (and each listed node is in plugin.xml), sits in the category, after a registered node, its package is exported,
 * its description (namespace v4.1) parses, has the expected name and type, an intro that says what the node does,
 * documents every port of the node model and exactly the dialog's options, and its icon is a 16&times;16 PNG beside
 * the factory. A new node is added by one line in {@link #NODES}.
 */
class PluginRegistrationTest {

    private static final String NS = "http://knime.org/node/v4.1";

    private static final String CATEGORY = "/customersegmentation";

    /** What the description of one node must say. */
    private record Described(String name, String type, Set<String> options) {
        Described(final String name, final String type, final String... options) {
            this(name, type, new LinkedHashSet<>(List.of(options)));
        }
    }

    private static final List<String> SEGMENTER_OPTIONS = List.of(SegmenterSettings.LABEL_COLUMNS,
        SegmenterSettings.LABEL_K, SegmenterSettings.LABEL_K_AUTOMATIC, SegmenterSettings.LABEL_K_MIN,
        SegmenterSettings.LABEL_K_MAX, SegmenterSettings.LABEL_CRITERION, SegmenterSettings.LABEL_MISSING,
        SegmenterSettings.LABEL_SCALING, SegmenterSettings.LABEL_SEED, SegmenterSettings.LABEL_STABILITY_RESAMPLES,
        SegmenterSettings.LABEL_STABILITY_METHOD);

    /** Every node of the bundle, in plugin.xml order, with what its description must say. */
    private static final Map<Class<?>, Described> NODES = new LinkedHashMap<>();
    static {
        NODES.put(KMeansSegmenterNodeFactory.class, segmenter("K-Means Segmenter",
            SegmenterSettings.LABEL_INIT, SegmenterSettings.LABEL_DISTANCE, SegmenterSettings.LABEL_MAX_ITERATIONS,
            SegmenterSettings.LABEL_RESTARTS, SegmenterSettings.LABEL_ENGINE));
        NODES.put(HierarchicalSegmenterNodeFactory.class, segmenter("Hierarchical Segmenter",
            SegmenterSettings.LABEL_ENGINE, SegmenterSettings.LABEL_LINKAGE, SegmenterSettings.LABEL_DISTANCE,
            SegmenterSettings.LABEL_SAMPLE_SIZE));
        NODES.put(EMSegmenterNodeFactory.class, segmenter("EM Segmenter",
            SegmenterSettings.LABEL_MAX_ITERATIONS, SegmenterSettings.LABEL_MIN_STD_DEV,
            SegmenterSettings.LABEL_ENGINE, SegmenterSettings.LABEL_COVARIANCE));
        NODES.put(KMedoidsSegmenterNodeFactory.class, segmenter("K-Medoids Segmenter",
            SegmenterSettings.LABEL_DISTANCE, SegmenterSettings.LABEL_MAX_ITERATIONS,
            SegmenterSettings.LABEL_RESTARTS));
        NODES.put(SegmentAssignerNodeFactory.class,
            new Described("Segment Assigner", "Predictor", SegmentAssignerNodeModel.LABEL_UNASSIGNED));
        NODES.put(SegmentModelExporterNodeFactory.class,
            new Described("Segment Model Exporter", "Other", SegmentModelExporterNodeModel.LABEL_TABLE));
        NODES.put(SegmentProfilerNodeFactory.class, new Described("Segment Profiler", "Manipulator",
            ProfilerSettings.LABEL_SEGMENT_COLUMN, ProfilerSettings.LABEL_NUMERIC_COLUMNS,
            ProfilerSettings.LABEL_NOMINAL_COLUMNS, ProfilerSettings.LABEL_TEST, ProfilerSettings.LABEL_MODERATE,
            ProfilerSettings.LABEL_STRONG, ProfilerSettings.LABEL_TOP, ProfilerSettings.LABEL_ALPHA,
            ProfilerSettings.LABEL_NAMES_SEGMENT, ProfilerSettings.LABEL_NAMES_NAME));
        NODES.put(SegmentRecommenderNodeFactory.class, new Described("Segment Recommender", "Manipulator",
            RecommenderSettings.LABEL_PLAYBOOK_MODE, RecommenderSettings.LABEL_STRICT,
            RecommenderSettings.LABEL_CUSTOMER_SEGMENT, RecommenderSettings.LABEL_ACTIONS_PER_CUSTOMER,
            RecommenderSettings.LABEL_HOLDOUT_SHARE, RecommenderSettings.LABEL_HOLDOUT_SEED,
            RecommenderSettings.LABEL_CUSTOMER_ID));
        NODES.put(SegmentReportNodeFactory.class, new Described("Segment Report", "Visualizer",
            ReportSettings.LABEL_SEGMENT_COLUMN, ReportSettings.LABEL_NUMERIC_COLUMNS,
            ReportSettings.LABEL_OUTPUT_FILE, ReportSettings.LABEL_OVERWRITE, ReportSettings.LABEL_TITLE,
            ReportSettings.LABEL_NAMES_SEGMENT, ReportSettings.LABEL_NAMES_NAME));
        NODES.put(SegmentMigrationNodeFactory.class, new Described("Segment Migration", "Manipulator",
            SegmentMigrationNodeModel.LABEL_ID, SegmentMigrationNodeModel.LABEL_SEGMENT,
            SegmentMigrationNodeModel.LABEL_PERSONA));
        NODES.put(CampaignLiftNodeFactory.class, new Described("Campaign Lift", "Other",
            CampaignLiftNodeModel.LABEL_SEGMENT, CampaignLiftNodeModel.LABEL_RANK, CampaignLiftNodeModel.LABEL_ID,
            CampaignLiftNodeModel.LABEL_OUTCOME_ID, CampaignLiftNodeModel.LABEL_RESPONDED,
            CampaignLiftNodeModel.LABEL_VALUE, CampaignLiftNodeModel.LABEL_ABSENT_IS_NO,
            CampaignLiftNodeModel.LABEL_ALPHA, CampaignLiftNodeModel.LABEL_SEED));
    }

    private static Described segmenter(final String name, final String... specific) {
        final Set<String> options = new LinkedHashSet<>(SEGMENTER_OPTIONS);
        options.addAll(List.of(specific));
        return new Described(name, "Learner", options);
    }

    private static Path pluginRoot() {
        Path p = Paths.get("").toAbsolutePath();
        if (Files.exists(p.resolve("plugin.xml"))) {
            return p;
        }
        p = p.resolve("plugin");
        assertTrue(Files.exists(p.resolve("plugin.xml")), "plugin.xml not found from " + p);
        return p;
    }

    private static Document parse(final InputStream in) throws Exception {
        final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(in);
    }

    private static Document pluginXml() throws Exception {
        try (InputStream in = Files.newInputStream(pluginRoot().resolve("plugin.xml"))) {
            return parse(in);
        }
    }

    private static List<Element> elements(final Element parent, final String ns, final String local) {
        final List<Element> list = new ArrayList<>();
        final NodeList nl = ns == null ? parent.getElementsByTagName(local) : parent.getElementsByTagNameNS(ns, local);
        for (int i = 0; i < nl.getLength(); i++) {
            list.add((Element)nl.item(i));
        }
        return list;
    }

    /** The node entries of plugin.xml by factory class name, in file order. */
    private static Map<String, Element> registeredNodes() throws Exception {
        final Map<String, Element> nodes = new LinkedHashMap<>();
        for (final Element ext : elements(pluginXml().getDocumentElement(), null, "extension")) {
            if ("org.knime.workbench.repository.nodes".equals(ext.getAttribute("point"))) {
                for (final Element node : elements(ext, null, "node")) {
                    assertNull(nodes.put(node.getAttribute("factory-class"), node),
                        node.getAttribute("factory-class") + " is registered twice");
                }
            }
        }
        return nodes;
    }

    private static void assertNull(final Object o, final String message) {
        assertTrue(o == null, message);
    }

    @Test
    void pluginXmlRegistersExactlyTheListedNodesInTheCategory() throws Exception {
        final Map<String, Element> registered = registeredNodes();
        final Set<String> listed = new LinkedHashSet<>();
        NODES.keySet().forEach(c -> listed.add(c.getName()));
        assertEquals(listed, new LinkedHashSet<>(registered.keySet()),
            "plugin.xml and this test's node list differ: list a new node here with its name, type and options");
        for (final Map.Entry<String, Element> e : registered.entrySet()) {
            final Class<?> c = Class.forName(e.getKey());
            assertTrue(NodeFactory.class.isAssignableFrom(c), e.getKey() + " is not a NodeFactory");
            assertEquals(CATEGORY, e.getValue().getAttribute("category-path"), e.getKey());
            final String after = e.getValue().getAttribute("after");
            assertTrue(after.isEmpty() || registered.containsKey(after),
                e.getKey() + " is placed after an unregistered node " + after);
        }
    }

    @Test
    void pluginXmlRegistersTheModelPortType() throws Exception {
        Element portType = null;
        for (final Element ext : elements(pluginXml().getDocumentElement(), null, "extension")) {
            if ("org.knime.core.PortType".equals(ext.getAttribute("point"))) {
                for (final Element pt : elements(ext, null, "portType")) {
                    if (SegmentationModelPortObject.class.getName().equals(pt.getAttribute("objectClass"))) {
                        portType = pt;
                    }
                }
            }
        }
        assertNotNull(portType, "no portType for " + SegmentationModelPortObject.class.getName());
        assertFalse(portType.getAttribute("name").isBlank());
        assertTrue(portType.getAttribute("color").matches("#[0-9A-Fa-f]{6}"), portType.getAttribute("color"));
        final Class<?> obj = Class.forName(portType.getAttribute("objectClass"));
        final Class<?> objSer = Class.forName(portType.getAttribute("objectSerializer"));
        final Class<?> spec = Class.forName(portType.getAttribute("specClass"));
        final Class<?> specSer = Class.forName(portType.getAttribute("specSerializer"));
        assertTrue(PortObject.class.isAssignableFrom(obj) && AbstractSimplePortObject.class.isAssignableFrom(obj));
        assertTrue(PortObjectSpec.class.isAssignableFrom(spec)
            && AbstractSimplePortObjectSpec.class.isAssignableFrom(spec));
        assertEquals(SegmentationModelPortObjectSpec.class, spec);
        assertTrue(AbstractSimplePortObject.AbstractSimplePortObjectSerializer.class.isAssignableFrom(objSer));
        assertTrue(
            AbstractSimplePortObjectSpec.AbstractSimplePortObjectSpecSerializer.class.isAssignableFrom(specSer));
        // the framework instantiates them reflectively
        obj.getConstructor().newInstance();
        spec.getConstructor().newInstance();
        objSer.getConstructor().newInstance();
        specSer.getConstructor().newInstance();
    }

    @Test
    void everyNodeDescriptionNamesEveryPortAndExactlyTheDialogsOptions() throws Exception {
        for (final Map.Entry<Class<?>, Described> e : NODES.entrySet()) {
            final Class<?> factoryClass = e.getKey();
            final String xmlName = factoryClass.getSimpleName() + ".xml";
            final Element root;
            try (InputStream in = factoryClass.getResourceAsStream(xmlName)) {
                assertNotNull(in, xmlName + " is not next to " + factoryClass.getName());
                root = parse(in).getDocumentElement();
            }
            assertEquals(NS, root.getNamespaceURI(), xmlName);
            assertEquals("knimeNode", root.getLocalName(), xmlName);
            assertEquals(e.getValue().name(), elements(root, NS, "name").get(0).getTextContent().trim(), xmlName);
            assertEquals(e.getValue().type(), root.getAttribute("type"), xmlName);
            assertFalse(elements(root, NS, "shortDescription").get(0).getTextContent().isBlank(), xmlName);
            assertTrue(elements(root, NS, "intro").get(0).getTextContent().trim().length() > 200,
                xmlName + ": the intro should say what the node does and when to use it");
            assertTrue(elements(root, NS, "keywords").isEmpty(), xmlName + ": Node_v4.1.xsd has no keywords element");

            final NodeModel model = ((NodeFactory<?>)factoryClass.getConstructor().newInstance()).createNodeModel();
            assertPorts(xmlName, elements(root, NS, "inPort"), NodeDriver.inPorts(model));
            assertPorts(xmlName, elements(root, NS, "outPort"), NodeDriver.outPorts(model));

            final Set<String> documented = new HashSet<>();
            for (final Element o : elements(root, NS, "option")) {
                assertTrue(documented.add(o.getAttribute("name")), xmlName + " documents twice: " + o.getAttribute("name"));
                assertTrue(o.getTextContent().trim().length() > 20, xmlName + ": option " + o.getAttribute("name")
                    + " needs a description");
            }
            assertEquals(e.getValue().options(), documented, xmlName + ": documented options");
            assertIcon(xmlName, factoryClass, root.getAttribute("icon"));
        }
    }

    private static void assertPorts(final String xmlName, final List<Element> ports, final int expected) {
        assertEquals(expected, ports.size(), xmlName + ": number of documented ports");
        final Set<Integer> indices = new HashSet<>();
        for (final Element p : ports) {
            indices.add(Integer.parseInt(p.getAttribute("index")));
            assertFalse(p.getAttribute("name").isBlank(), xmlName + ": port without name");
            assertTrue(p.getTextContent().trim().length() > 20, xmlName + ": port " + p.getAttribute("name")
                + " needs a description of its columns");
        }
        for (int i = 0; i < expected; i++) {
            assertTrue(indices.contains(i), xmlName + ": port " + i + " is not documented");
        }
    }

    /**
     * Resolves the icon the way KNIME does: relative to the factory's package. Icons sit beside the factory
     * (a plain file name), because a bundle class loader resolves neither "../" nor "./" segments (seen in the
     * in-OSGi tests).
     */
    private static void assertIcon(final String xmlName, final Class<?> factoryClass, final String icon)
        throws IOException {
        assertFalse(icon.isBlank(), xmlName + ": no icon");
        assertFalse(icon.contains("/"), xmlName + ": the icon must be a file beside the factory: " + icon);
        final Path file = pluginRoot().resolve("src/main/java")
            .resolve(factoryClass.getPackageName().replace('.', '/')).resolve(icon);
        assertTrue(Files.exists(file), xmlName + ": icon file missing: " + file);
        final var image = ImageIO.read(file.toFile());
        assertNotNull(image, file + " is not a readable PNG");
        assertEquals(16, image.getWidth(), file.toString());
        assertEquals(16, image.getHeight(), file.toString());
    }

    @Test
    void manifestExportsEveryNodePackageAndThePortPackage() throws IOException {
        final String manifest = Files.readString(pluginRoot().resolve("META-INF/MANIFEST.MF"))
            .replace("\r\n", "\n").replace("\n ", "");
        final Matcher m = Pattern.compile("(?m)^Export-Package: (.*)$").matcher(manifest);
        assertTrue(m.find(), "no Export-Package header");
        final Set<String> exported = new HashSet<>(List.of(m.group(1).trim().split("\\s*,\\s*")));
        final List<Class<?>> classes = new ArrayList<>(NODES.keySet());
        classes.add(SegmentationModelPortObject.class);
        classes.add(SegmenterSettings.class);
        for (final Class<?> c : classes) {
            assertTrue(exported.contains(c.getPackageName()), c.getPackageName() + " is not exported");
        }
    }
}
