package org.custseg.knime.osgitest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import weka.clusterers.EM;
import weka.clusterers.HierarchicalClusterer;
import weka.clusterers.SimpleKMeans;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * Runs inside Equinox (Tycho surefire starts an OSGi framework with our plugin, this fragment and the KNIME API
 * double as {@code org.knime.core}). Every class here comes through our bundle's class loader, so a jar missing from
 * {@code Bundle-ClassPath}, a resource not packaged by {@code build.properties}, or a wrong extension point id fails
 * here the way it would fail in KNIME.
 */
class InFrameworkTest {

    private static final String PLUGIN_ID = "org.custseg.knime";

    private static final Set<String> EXTENSION_POINTS = Set.of("org.knime.workbench.repository.nodes",
        "org.knime.workbench.repository.categories", "org.knime.core.PortType");

    static Bundle bundle() {
        final Bundle b = FrameworkUtil.getBundle(InFrameworkTest.class);
        assertNotNull(b, "not loaded by an OSGi bundle class loader: these tests must run inside the framework");
        return b;
    }

    static Document pluginXml() throws Exception {
        final URL url = bundle().getEntry("plugin.xml");
        assertNotNull(url, "plugin.xml is not packaged in the bundle (build.properties bin.includes)");
        final DocumentBuilder db = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        try (InputStream in = url.openStream()) {
            return db.parse(in);
        }
    }

    static List<Element> elements(final Document doc, final String point, final String name) {
        final List<Element> result = new ArrayList<>();
        final NodeList ext = doc.getElementsByTagName("extension");
        for (int i = 0; i < ext.getLength(); i++) {
            final Element e = (Element)ext.item(i);
            if (point.equals(e.getAttribute("point"))) {
                final NodeList children = e.getElementsByTagName(name);
                for (int j = 0; j < children.getLength(); j++) {
                    result.add((Element)children.item(j));
                }
            }
        }
        return result;
    }

    @Test
    void runsInsideOsgiAsOurResolvedBundle() {
        final Bundle b = bundle();
        assertEquals(PLUGIN_ID, b.getSymbolicName(), "the fragment's classes belong to the host bundle");
        assertTrue((b.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0,
            "bundle state " + b.getState());
        final BundleWiring wiring = b.adapt(BundleWiring.class);
        assertNotNull(wiring, "our bundle has no wiring: it did not resolve");
        boolean knimeCore = false;
        for (final BundleWire w : wiring.getRequiredWires("osgi.wiring.bundle")) {
            if ("org.knime.core".equals(w.getProvider().getBundle().getSymbolicName())) {
                knimeCore = true;
                assertTrue(w.getProvider().getBundle().getVersion().getMajor() == 5,
                    "org.knime.core wired at " + w.getProvider().getBundle().getVersion());
            }
        }
        assertTrue(knimeCore, "Require-Bundle org.knime.core is not wired");
    }

    @Test
    void pluginXmlUsesRealExtensionPointsWithRequiredAttributes() throws Exception {
        final Document doc = pluginXml();
        final NodeList ext = doc.getElementsByTagName("extension");
        assertTrue(ext.getLength() >= 2, "plugin.xml has no extensions");
        for (int i = 0; i < ext.getLength(); i++) {
            final String point = ((Element)ext.item(i)).getAttribute("point");
            assertTrue(EXTENSION_POINTS.contains(point), "unknown extension point " + point);
        }
        final List<Element> categories =
            elements(doc, "org.knime.workbench.repository.categories", "category");
        assertFalse(categories.isEmpty(), "no node category");
        for (final Element c : categories) {
            for (final String attr : List.of("name", "path", "level-id")) {
                assertFalse(c.getAttribute(attr).isEmpty(), "category lacks required attribute " + attr);
            }
            if (!c.getAttribute("icon").isEmpty()) {
                assertNotNull(bundle().getEntry(c.getAttribute("icon")), "category icon not packaged");
            }
        }
        for (final Element n : elements(doc, "org.knime.workbench.repository.nodes", "node")) {
            assertFalse(n.getAttribute("factory-class").isEmpty(), "node without factory-class");
        }
        for (final Element p : elements(doc, "org.knime.core.PortType", "portType")) {
            for (final String attr : List.of("objectClass", "objectSerializer", "specClass", "specSerializer")) {
                assertFalse(p.getAttribute(attr).isEmpty(), "portType lacks required attribute " + attr);
            }
        }
    }

    @Test
    void everyRegisteredFactoryLoadsCreatesItsModelAndFindsItsDescription() throws Exception {
        final List<Element> nodes = elements(pluginXml(), "org.knime.workbench.repository.nodes", "node");
        for (final Element n : nodes) {
            final String name = n.getAttribute("factory-class");
            final Class<?> cls = bundle().loadClass(name);
            assertTrue(NodeFactory.class.isAssignableFrom(cls), name + " is not a NodeFactory");
            final NodeFactory<?> factory = (NodeFactory<?>)cls.getDeclaredConstructor().newInstance();
            final NodeModel model = factory.createNodeModel();
            assertNotNull(model, name + " created no model");
            // KNIME looks the description up as <Factory simple name>.xml beside the factory class
            final URL xml = cls.getResource(cls.getSimpleName() + ".xml");
            assertNotNull(xml, "node description " + cls.getSimpleName() + ".xml not found beside " + name);
            final DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            try (InputStream in = xml.openStream()) {
                final Element root = dbf.newDocumentBuilder().parse(in).getDocumentElement();
                assertEquals("knimeNode", root.getLocalName());
                assertEquals("http://knime.org/node/v4.1", root.getNamespaceURI());
                final String icon = root.getAttribute("icon");
                if (!icon.isEmpty()) {
                    assertNotNull(cls.getResource(icon), "icon " + icon + " of " + name + " not packaged");
                }
            }
        }
    }

    @Test
    void portTypeClassesLoadThroughTheBundle() throws Exception {
        for (final Element p : elements(pluginXml(), "org.knime.core.PortType", "portType")) {
            for (final String attr : List.of("objectClass", "objectSerializer", "specClass", "specSerializer")) {
                assertNotNull(bundle().loadClass(p.getAttribute(attr)), attr);
            }
        }
    }

    @Test
    void everyEmbeddedLibraryIsLoadedByOurBundle() throws Exception {
        final ClassLoader ours = bundle().adapt(BundleWiring.class).getClassLoader();
        // one class of each jar on Bundle-ClassPath, as the engine and the nodes use them
        final List<String> classes = List.of("org.custseg.engine.segment.Segmentation",
            "weka.clusterers.SimpleKMeans", "org.bounce.net.DefaultAuthenticator",
            "org.apache.commons.csv.CSVFormat", "org.apache.commons.math3.stat.inference.TTest",
            "com.google.gson.Gson", "org.jfree.chart.JFreeChart");
        for (final String name : classes) {
            final Class<?> c = bundle().loadClass(name);
            assertEquals(ours, c.getClassLoader(), name + " must come from our bundle's Bundle-ClassPath");
        }
    }

    /** Two well separated groups of four points in two dimensions. */
    private static Instances twoGroups() {
        final ArrayList<Attribute> attrs = new ArrayList<>();
        attrs.add(new Attribute("x"));
        attrs.add(new Attribute("y"));
        final Instances data = new Instances("points", attrs, 8);
        final double[][] pts = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {10, 10}, {10, 11}, {11, 10}, {11, 11}};
        for (final double[] p : pts) {
            data.add(new DenseInstance(1.0, p));
        }
        return data;
    }

    @Test
    void wekaClusterersRunFromTheEmbeddedJars() throws Exception {
        final Instances data = twoGroups();
        final SimpleKMeans km = new SimpleKMeans();
        km.setNumClusters(2);
        km.buildClusterer(data); // reaches WekaPackageManager through Capabilities: needs bounce.jar
        assertNotEquals(km.clusterInstance(data.get(0)), km.clusterInstance(data.get(4)));
        final EM em = new EM();
        em.setNumClusters(2);
        em.buildClusterer(data);
        assertNotEquals(em.clusterInstance(data.get(0)), em.clusterInstance(data.get(4)));
        final HierarchicalClusterer hc = new HierarchicalClusterer();
        hc.setNumClusters(2);
        hc.buildClusterer(data);
        assertNotEquals(hc.clusterInstance(data.get(0)), hc.clusterInstance(data.get(4)));
        assertEquals(hc.clusterInstance(data.get(0)), hc.clusterInstance(data.get(3)));
    }
}
