package org.custseg.knime.profiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.custseg.engine.recommend.Playbook;
import org.custseg.engine.recommend.Rule;
import org.custseg.knime.recommender.RecommenderSettings;
import org.custseg.knime.recommender.SegmentRecommenderNodeFactory;
import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Registration and documentation of the Segment Profiler and Segment Recommender: plugin.xml entries, manifest
 * exports, node descriptions (namespace v4.1, every port and dialog option documented, the default playbook and the
 * condition grammar in the recommender's description) and 16&times;16 icons.
 */
class ProfilerRecommenderRegistrationTest {

    private static final String NS = "http://knime.org/node/v4.1";

    private static final Map<Class<?>, String> NODES = Map.of(SegmentProfilerNodeFactory.class, "Segment Profiler",
        SegmentRecommenderNodeFactory.class, "Segment Recommender");

    private static Path pluginRoot() {
        final Path p = Paths.get("").toAbsolutePath();
        return Files.exists(p.resolve("plugin.xml")) ? p : p.resolve("plugin");
    }

    private static Document parse(final InputStream in) throws Exception {
        final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(in);
    }

    private static List<Element> elements(final Element parent, final String ns, final String local) {
        final NodeList nl = ns == null ? parent.getElementsByTagName(local) : parent.getElementsByTagNameNS(ns, local);
        final List<Element> list = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            list.add((Element)nl.item(i));
        }
        return list;
    }

    private static Document description(final Class<?> factory) throws Exception {
        try (InputStream in = factory.getResourceAsStream(factory.getSimpleName() + ".xml")) {
            assertNotNull(in, factory.getSimpleName() + ".xml is not next to the factory");
            return parse(in);
        }
    }

    @Test
    void pluginXmlRegistersBothNodesInTheCategory() throws Exception {
        final Document doc;
        try (InputStream in = Files.newInputStream(pluginRoot().resolve("plugin.xml"))) {
            doc = parse(in);
        }
        final Set<String> registered = new HashSet<>();
        for (final Element ext : elements(doc.getDocumentElement(), null, "extension")) {
            if ("org.knime.workbench.repository.nodes".equals(ext.getAttribute("point"))) {
                for (final Element node : elements(ext, null, "node")) {
                    if (NODES.keySet().stream().anyMatch(c -> c.getName().equals(node.getAttribute("factory-class")))) {
                        assertEquals("/customersegmentation", node.getAttribute("category-path"));
                        registered.add(node.getAttribute("factory-class"));
                    }
                }
            }
        }
        for (final Class<?> c : NODES.keySet()) {
            assertTrue(registered.contains(c.getName()), c.getName() + " is not registered");
        }
    }

    @Test
    void manifestExportsBothPackages() throws Exception {
        final String mf = Files.readString(pluginRoot().resolve("META-INF/MANIFEST.MF")).replace("\r\n", "\n")
            .replace("\n ", "");
        final Matcher m = Pattern.compile("(?m)^Export-Package: (.*)$").matcher(mf);
        assertTrue(m.find());
        final Set<String> exported = Set.of(m.group(1).trim().split("\\s*,\\s*"));
        for (final Class<?> c : NODES.keySet()) {
            assertTrue(exported.contains(c.getPackageName()), c.getPackageName());
        }
    }

    @Test
    void descriptionsNameEveryPortAndOptionAndHaveAnIcon() throws Exception {
        final Map<Class<?>, List<String>> options = Map.of(SegmentProfilerNodeFactory.class,
            List.of(ProfilerSettings.LABEL_SEGMENT_COLUMN, ProfilerSettings.LABEL_NUMERIC_COLUMNS,
                ProfilerSettings.LABEL_NOMINAL_COLUMNS, ProfilerSettings.LABEL_TEST, ProfilerSettings.LABEL_MODERATE,
                ProfilerSettings.LABEL_STRONG, ProfilerSettings.LABEL_TOP, ProfilerSettings.LABEL_ALPHA,
                ProfilerSettings.LABEL_NAMES_SEGMENT, ProfilerSettings.LABEL_NAMES_NAME),
            SegmentRecommenderNodeFactory.class,
            List.of(RecommenderSettings.LABEL_PLAYBOOK_MODE, RecommenderSettings.LABEL_STRICT,
                RecommenderSettings.LABEL_CUSTOMER_SEGMENT, RecommenderSettings.LABEL_ACTIONS_PER_CUSTOMER,
                RecommenderSettings.LABEL_HOLDOUT_SHARE, RecommenderSettings.LABEL_HOLDOUT_SEED,
                RecommenderSettings.LABEL_CUSTOMER_ID));
        for (final Map.Entry<Class<?>, String> e : NODES.entrySet()) {
            final Element root = description(e.getKey()).getDocumentElement();
            final String what = e.getKey().getSimpleName();
            assertEquals(NS, root.getNamespaceURI(), what);
            assertEquals(e.getValue(), elements(root, NS, "name").get(0).getTextContent().trim());
            assertTrue(elements(root, NS, "intro").get(0).getTextContent().trim().length() > 500, what);
            assertTrue(elements(root, NS, "keywords").isEmpty(), "Node_v4.1.xsd has no keywords element");
            final NodeModel model = ((NodeFactory<?>)e.getKey().getConstructor().newInstance()).createNodeModel();
            assertPorts(what, elements(root, NS, "inPort"), ports(model, "getNrInPorts"));
            assertPorts(what, elements(root, NS, "outPort"), ports(model, "getNrOutPorts"));
            final Set<String> documented = new HashSet<>();
            for (final Element o : elements(root, NS, "option")) {
                documented.add(o.getAttribute("name"));
                assertTrue(o.getTextContent().trim().length() > 40, what + " option " + o.getAttribute("name"));
            }
            assertEquals(new HashSet<>(options.get(e.getKey())), documented, what);
            final String icon = root.getAttribute("icon");
            final Path file = pluginRoot().resolve("src/main/java")
                .resolve(e.getKey().getPackageName().replace('.', '/')).resolve(icon.replaceFirst("^\\./", ""));
            assertTrue(!icon.contains("/") && Files.exists(file), what + ": " + icon);
            final var image = ImageIO.read(file.toFile());
            assertEquals(16, image.getWidth(), icon);
            assertEquals(16, image.getHeight(), icon);
        }
    }

    /** The port counts are protected framework methods of NodeModel. */
    private static int ports(final NodeModel model, final String method) throws Exception {
        final java.lang.reflect.Method m = NodeModel.class.getDeclaredMethod(method);
        m.setAccessible(true);
        return (Integer)m.invoke(model);
    }

    private static void assertPorts(final String what, final List<Element> ports, final int expected) {
        assertEquals(expected, ports.size(), what + ": documented ports");
        final Set<Integer> indices = new HashSet<>();
        for (final Element p : ports) {
            indices.add(Integer.parseInt(p.getAttribute("index")));
            assertFalse(p.getAttribute("name").isBlank());
            assertTrue(p.getTextContent().trim().length() > 60, what + " port " + p.getAttribute("name"));
        }
        for (int i = 0; i < expected; i++) {
            assertTrue(indices.contains(i), what + ": port " + i + " is not documented");
        }
    }

    @Test
    void recommenderDescriptionDocumentsTheDefaultPlaybookAndTheGrammar() throws Exception {
        final Element root = description(SegmentRecommenderNodeFactory.class).getDocumentElement();
        final String text = root.getTextContent().replaceAll("\\s+", " ");
        for (final Rule r : Playbook.defaultPlaybook().rules()) {
            assertTrue(text.contains(r.id()), "rule " + r.id() + " is not documented");
            assertTrue(text.contains(r.condition().replaceAll("\\s+", " ")), "condition of " + r.id());
            assertTrue(text.contains(r.action().replaceAll("\\s+", " ")), "action of " + r.id());
        }
        final String grammar = elements(root, NS, "pre").get(0).getTextContent();
        for (final String keyword : List.of("\"or\"", "\"and\"", "\"not\"", "\"share\"", "\"size\"", "\"is\"",
            "\"at least\"", "\"at most\"", "\"ratio\"", "\"effect\"", "\"mean\"", "\"very low\"", "\"very high\"")) {
            assertTrue(grammar.contains(keyword), "grammar lacks " + keyword);
        }
    }
}
