package org.custseg.knime.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeModel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Registration and documentation of the Segment Model Exporter: the plugin.xml entry (after the assigner), the manifest
 * export, the node description (v4.1, Other, every port and dialog option) and the 16&times;16 icon.
 */
class SegmentModelExporterRegistrationTest {

    private static final String NS = "http://knime.org/node/v4.1";

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

    @Test
    void registeredAfterTheAssignerAndExported() throws Exception {
        final Document doc;
        try (InputStream in = Files.newInputStream(pluginRoot().resolve("plugin.xml"))) {
            doc = parse(in);
        }
        Element found = null;
        for (final Element node : elements(doc.getDocumentElement(), null, "node")) {
            if (SegmentModelExporterNodeFactory.class.getName().equals(node.getAttribute("factory-class"))) {
                found = node;
            }
        }
        assertNotNull(found, "not registered in plugin.xml");
        assertEquals("/customersegmentation", found.getAttribute("category-path"));
        assertEquals("org.custseg.knime.assigner.SegmentAssignerNodeFactory", found.getAttribute("after"));

        final String mf = Files.readString(pluginRoot().resolve("META-INF/MANIFEST.MF")).replace("\r\n", "\n")
            .replace("\n ", "");
        final Matcher m = Pattern.compile("(?m)^Export-Package: (.*)$").matcher(mf);
        assertTrue(m.find());
        final Set<String> exported = Set.of(m.group(1).trim().split("\\s*,\\s*"));
        assertTrue(exported.contains(SegmentModelExporterNodeFactory.class.getPackageName()));
    }

    @Test
    void descriptionDocumentsEveryPortAndOptionAndHasAnIcon() throws Exception {
        final Element root;
        try (InputStream in = SegmentModelExporterNodeFactory.class.getResourceAsStream("SegmentModelExporterNodeFactory.xml")) {
            assertNotNull(in);
            root = parse(in).getDocumentElement();
        }
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("Other", root.getAttribute("type"));
        assertEquals("Segment Model Exporter", elements(root, NS, "name").get(0).getTextContent().trim());
        assertTrue(elements(root, NS, "intro").get(0).getTextContent().trim().length() > 500);
        final NodeModel model = new SegmentModelExporterNodeFactory().createNodeModel();
        assertPorts(elements(root, NS, "inPort"), ports(model, "getNrInPorts"));
        assertPorts(elements(root, NS, "outPort"), ports(model, "getNrOutPorts"));
        final Set<String> documented = new HashSet<>();
        for (final Element o : elements(root, NS, "option")) {
            documented.add(o.getAttribute("name"));
            assertTrue(o.getTextContent().trim().length() > 40, o.getAttribute("name"));
        }
        assertEquals(Set.of(SegmentModelExporterNodeModel.LABEL_TABLE), documented);
        final String icon = root.getAttribute("icon");
        assertFalse(icon.contains("/"), icon);
        final Path file = pluginRoot().resolve("src/main/java")
            .resolve(SegmentModelExporterNodeFactory.class.getPackageName().replace('.', '/')).resolve(icon);
        final BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, file.toString());
        assertEquals(16, image.getWidth());
        assertEquals(16, image.getHeight());
    }

    private static int ports(final NodeModel model, final String method) throws Exception {
        final Method m = NodeModel.class.getDeclaredMethod(method);
        m.setAccessible(true);
        return (Integer)m.invoke(model);
    }

    private static void assertPorts(final List<Element> ports, final int expected) {
        assertEquals(expected, ports.size());
        final Set<Integer> indices = new HashSet<>();
        for (final Element p : ports) {
            indices.add(Integer.parseInt(p.getAttribute("index")));
            assertFalse(p.getAttribute("name").isBlank());
            assertTrue(p.getTextContent().trim().length() > 60, p.getAttribute("name"));
        }
        for (int i = 0; i < expected; i++) {
            assertTrue(indices.contains(i), "port " + i + " is not documented");
        }
    }
}
