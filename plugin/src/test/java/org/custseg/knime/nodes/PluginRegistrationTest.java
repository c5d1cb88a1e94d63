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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.custseg.knime.assigner.SegmentAssignerNodeFactory;
import org.custseg.knime.assigner.SegmentAssignerNodeModel;
import org.custseg.knime.common.SegmenterSettings;
import org.custseg.knime.em.EMSegmenterNodeFactory;
import org.custseg.knime.hierarchical.HierarchicalSegmenterNodeFactory;
import org.custseg.knime.kmeans.KMeansSegmenterNodeFactory;
import org.custseg.knime.port.SegmentationModelPortObject;
import org.custseg.knime.port.SegmentationModelPortObjectSpec;
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
 * Checks the bundle's registrations: plugin.xml names existing factories and port classes, each factory's node
 * description parses, names every port of the node model and documents every dialog option, icons resolve to
 * 16x16 PNGs, and the manifest exports every node package.
 */
class PluginRegistrationTest {

    private static final String NS = "http://knime.org/node/v4.1";

    /** Node factory class to expected node name. */
    private static final Map<Class<?>, String> NODES = new LinkedHashMap<>();
    static {
        NODES.put(KMeansSegmenterNodeFactory.class, "K-Means Segmenter (Weka)");
        NODES.put(HierarchicalSegmenterNodeFactory.class, "Hierarchical Segmenter (Weka)");
        NODES.put(EMSegmenterNodeFactory.class, "EM Segmenter (Weka)");
        NODES.put(SegmentAssignerNodeFactory.class, "Segment Assigner");
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
        final DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(in);
    }

    private static List<Element> elements(final Element parent, final String ns, final String local) {
        final List<Element> list = new ArrayList<>();
        final NodeList nl = ns == null ? parent.getElementsByTagName(local) : parent.getElementsByTagNameNS(ns, local);
        for (int i = 0; i < nl.getLength(); i++) {
            list.add((Element)nl.item(i));
        }
        return list;
    }

    @Test
    void pluginXmlRegistersEveryFactoryInTheCategory() throws Exception {
        final Document doc;
        try (InputStream in = Files.newInputStream(pluginRoot().resolve("plugin.xml"))) {
            doc = parse(in);
        }
        final Set<String> registered = new HashSet<>();
        for (final Element ext : elements(doc.getDocumentElement(), null, "extension")) {
            if (!"org.knime.workbench.repository.nodes".equals(ext.getAttribute("point"))) {
                continue;
            }
            for (final Element node : elements(ext, null, "node")) {
                final String cls = node.getAttribute("factory-class");
                final Class<?> c = Class.forName(cls);
                assertTrue(NodeFactory.class.isAssignableFrom(c), cls + " is not a NodeFactory");
                if (NODES.containsKey(c)) {
                    assertEquals("/customersegmentation", node.getAttribute("category-path"), cls);
                }
                registered.add(cls);
            }
        }
        for (final Class<?> c : NODES.keySet()) {
            assertTrue(registered.contains(c.getName()), c.getName() + " is not registered in plugin.xml");
        }
    }

    @Test
    void pluginXmlRegistersTheModelPortType() throws Exception {
        final Document doc;
        try (InputStream in = Files.newInputStream(pluginRoot().resolve("plugin.xml"))) {
            doc = parse(in);
        }
        Element portType = null;
        for (final Element ext : elements(doc.getDocumentElement(), null, "extension")) {
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
    void everyNodeDescriptionParsesAndNamesEveryPort() throws Exception {
        for (final Map.Entry<Class<?>, String> e : NODES.entrySet()) {
            final Class<?> factoryClass = e.getKey();
            final String xmlName = factoryClass.getSimpleName() + ".xml";
            final Document doc;
            try (InputStream in = factoryClass.getResourceAsStream(xmlName)) {
                assertNotNull(in, xmlName + " is not next to " + factoryClass.getName());
                doc = parse(in);
            }
            final Element root = doc.getDocumentElement();
            assertEquals(NS, root.getNamespaceURI(), xmlName);
            assertEquals("knimeNode", root.getLocalName(), xmlName);
            assertEquals(e.getValue(), elements(root, NS, "name").get(0).getTextContent().trim(), xmlName);
            assertFalse(elements(root, NS, "shortDescription").get(0).getTextContent().isBlank(), xmlName);
            assertTrue(elements(root, NS, "intro").get(0).getTextContent().trim().length() > 200,
                xmlName + ": the intro should say what the node does and when to use it");
            assertTrue(Set.of("Learner", "Predictor").contains(root.getAttribute("type")), xmlName);

            final NodeModel model = ((NodeFactory<?>)factoryClass.getConstructor().newInstance()).createNodeModel();
            assertPorts(xmlName, elements(root, NS, "inPort"), NodeDriver.inPorts(model));
            assertPorts(xmlName, elements(root, NS, "outPort"), NodeDriver.outPorts(model));

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
        final String path = factoryClass.getPackageName().replace('.', '/') + "/" + icon.replaceFirst("^\\./", "");
        final Path file = pluginRoot().resolve("src/main/java").resolve(path);
        assertTrue(Files.exists(file), xmlName + ": icon file missing: " + file);
        final var image = ImageIO.read(file.toFile());
        assertNotNull(image, file + " is not a readable PNG");
        assertEquals(16, image.getWidth(), file.toString());
        assertEquals(16, image.getHeight(), file.toString());
    }

    @Test
    void everyDialogOptionIsDocumented() throws Exception {
        final List<String> common = List.of(SegmenterSettings.LABEL_COLUMNS, SegmenterSettings.LABEL_K,
            SegmenterSettings.LABEL_K_AUTOMATIC, SegmenterSettings.LABEL_K_MIN, SegmenterSettings.LABEL_K_MAX,
            SegmenterSettings.LABEL_CRITERION, SegmenterSettings.LABEL_MISSING, SegmenterSettings.LABEL_SCALING,
            SegmenterSettings.LABEL_SEED);
        final Map<Class<?>, List<String>> specific = Map.of(
            KMeansSegmenterNodeFactory.class, List.of(SegmenterSettings.LABEL_INIT, SegmenterSettings.LABEL_DISTANCE,
                SegmenterSettings.LABEL_MAX_ITERATIONS, SegmenterSettings.LABEL_RESTARTS),
            EMSegmenterNodeFactory.class, List.of(SegmenterSettings.LABEL_MAX_ITERATIONS,
                SegmenterSettings.LABEL_MIN_STD_DEV),
            HierarchicalSegmenterNodeFactory.class, List.of(SegmenterSettings.LABEL_ENGINE,
                SegmenterSettings.LABEL_LINKAGE, SegmenterSettings.LABEL_DISTANCE,
                SegmenterSettings.LABEL_SAMPLE_SIZE));
        for (final Map.Entry<Class<?>, List<String>> e : specific.entrySet()) {
            final Set<String> documented = optionNames(e.getKey());
            final List<String> expected = new ArrayList<>(common);
            expected.addAll(e.getValue());
            for (final String label : expected) {
                assertTrue(documented.contains(label), e.getKey().getSimpleName() + " does not document " + label);
            }
        }
        assertTrue(optionNames(SegmentAssignerNodeFactory.class).contains(SegmentAssignerNodeModel.LABEL_UNASSIGNED));
    }

    private static Set<String> optionNames(final Class<?> factoryClass) throws Exception {
        try (InputStream in = factoryClass.getResourceAsStream(factoryClass.getSimpleName() + ".xml")) {
            final Set<String> names = new HashSet<>();
            for (final Element o : elements(parse(in).getDocumentElement(), NS, "option")) {
                names.add(o.getAttribute("name"));
                assertTrue(o.getTextContent().trim().length() > 20, "option " + o.getAttribute("name"));
            }
            return names;
        }
    }

    @Test
    void manifestExportsEveryNodePackage() throws IOException {
        final String manifest = Files.readString(pluginRoot().resolve("META-INF/MANIFEST.MF"))
            .replace("\r\n", "\n").replace("\n ", "");
        final Matcher m = Pattern.compile("(?m)^Export-Package: (.*)$").matcher(manifest);
        assertTrue(m.find(), "no Export-Package header");
        final Set<String> exported = new HashSet<>(List.of(m.group(1).trim().split("\\s*,\\s*")));
        for (final Class<?> c : List.of(KMeansSegmenterNodeFactory.class, HierarchicalSegmenterNodeFactory.class,
            EMSegmenterNodeFactory.class, SegmentAssignerNodeFactory.class, SegmentationModelPortObject.class,
            SegmenterSettings.class)) {
            assertTrue(exported.contains(c.getPackageName()), c.getPackageName() + " is not exported");
        }
    }
}
