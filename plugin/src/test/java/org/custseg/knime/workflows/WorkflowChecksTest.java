package org.custseg.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.custseg.knime.testing.NodeModelHarness;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.base.AbstractConfigEntry;
import org.knime.core.node.config.base.ConfigBase;
import org.knime.core.node.config.base.ConfigEntries;
import org.knime.core.node.port.PortType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks every workflow committed in {@code test-workflows/} as far as it can be checked without KNIME: the files
 * are KNIME config XML and reset, every node's factory is known (ours registered in plugin.xml with our bundle's
 * name and version), our nodes' settings load and validate through their node models, connections fit the nodes'
 * ports, flow-variable overrides name existing settings and defined workflow variables, data paths exist, and the
 * expected tables parse and hold the compared columns and the segment sizes the engine tests assert.
 */
class WorkflowChecksTest {

    private static final String NS = "http://www.knime.org/2008/09/XMLConfig";

    private static final String KNIME_WORKFLOW_URL = "knime://knime.workflow/";

    /** Segment sizes the expected tables of the segmenter testflows must hold. */
    private static final Map<String, List<Integer>> EXPECTED_SIZES = Map.of(
        Workflows.TESTFLOWS + "/K-Means Segmenter testflow", Workflows.KMEANS_SIZES,
        Workflows.TESTFLOWS + "/Hierarchical Segmenter testflow", Workflows.WARD_SIZES,
        Workflows.TESTFLOWS + "/EM Segmenter testflow", Workflows.EM_SIZES,
        Workflows.TESTFLOWS + "/K-Medoids Segmenter testflow", Workflows.KMEDOIDS_SIZES,
        Workflows.TESTFLOWS + "/Segment Profiler testflow", Workflows.KMEANS_SIZES);

    @Test
    void theTemplateAndTheTestflowsAreCommitted() throws IOException {
        final Set<String> found = new HashSet<>();
        for (final Path p : SavedWorkflow.findAll()) {
            found.add(Repository.testWorkflows().relativize(p).toString().replace('\\', '/'));
        }
        assertTrue(found.contains(Workflows.TEMPLATE), "template missing; found " + found);
        for (final String s : EXPECTED_SIZES.keySet()) {
            assertTrue(found.contains(s), s + " missing; found " + found);
        }
        for (final String s : List.of("Segment Assigner", "Segment Recommender")) {
            assertTrue(found.contains(Workflows.TESTFLOWS + "/" + s + " testflow"), s + " testflow missing");
        }
    }

    @TestFactory
    Stream<DynamicContainer> everyWorkflow() throws IOException {
        final List<DynamicContainer> out = new ArrayList<>();
        for (final Path dir : SavedWorkflow.findAll()) {
            final String name = Repository.testWorkflows().relativize(dir).toString();
            out.add(DynamicContainer.dynamicContainer(name, Stream.of(
                DynamicTest.dynamicTest("files are KNIME config XML", () -> configXml(dir)),
                DynamicTest.dynamicTest("saved reset", () -> reset(dir)),
                DynamicTest.dynamicTest("node factories and bundles", () -> factories(SavedWorkflow.read(dir))),
                DynamicTest.dynamicTest("our nodes' settings load and validate",
                    () -> ourSettings(SavedWorkflow.read(dir))),
                DynamicTest.dynamicTest("connections fit the ports", () -> connections(SavedWorkflow.read(dir))),
                DynamicTest.dynamicTest("flow variable overrides", () -> variables(SavedWorkflow.read(dir))),
                DynamicTest.dynamicTest("data paths exist", () -> dataPaths(SavedWorkflow.read(dir))),
                DynamicTest.dynamicTest("expected tables", () -> expectedTables(SavedWorkflow.read(dir))),
                DynamicTest.dynamicTest("template or testflow shape", () -> shape(SavedWorkflow.read(dir))),
                DynamicTest.dynamicTest("runs offline and its checks pass", () -> simulate(SavedWorkflow.read(dir))))));
        }
        assertFalse(out.isEmpty(), "no workflow found in " + Repository.testWorkflows());
        return out.stream();
    }

    // ------------------------------------------------------------------------------------ config XML

    private static void configXml(final Path dir) throws Exception {
        final List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".knime") || p.getFileName().toString().equals("settings.xml"))
                .toList();
        }
        assertTrue(files.size() > 1, dir + " holds no node settings");
        for (final Path f : files) {
            checkConfigXml(f);
            ConfigTrees.read(f); // the double's reader: entry types and values parse
        }
    }

    /**
     * @param f a file
     * @throws Exception if it is not KNIME config XML: root {@code config} in KNIME's namespace, only {@code config}
     *             and {@code entry} elements, keys everywhere, entry types KNIME knows
     */
    static void checkConfigXml(final Path f) throws Exception {
        final DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        final Document doc;
        try (InputStream in = Files.newInputStream(f)) {
            doc = dbf.newDocumentBuilder().parse(in);
        }
        final Element root = doc.getDocumentElement();
        assertEquals("config", root.getLocalName(), f + ": root element");
        assertEquals(NS, root.getNamespaceURI(), f + ": root namespace");
        checkElement(f, root);
    }

    private static void checkElement(final Path f, final Element e) {
        assertEquals(NS, e.getNamespaceURI(), f + ": element <" + e.getTagName() + "> outside KNIME's namespace");
        final String key = e.getAttribute("key");
        assertTrue(e.hasAttribute("key"), f + ": <" + e.getLocalName() + "> without key");
        if ("entry".equals(e.getLocalName())) {
            final String type = e.getAttribute("type");
            final Set<String> types = new HashSet<>();
            for (final ConfigEntries t : EnumSet.complementOf(EnumSet.of(ConfigEntries.config))) {
                types.add(t.name());
            }
            assertTrue(types.contains(type), f + ": entry '" + key + "' has unknown type '" + type + "'");
            assertTrue(e.hasAttribute("value"), f + ": entry '" + key + "' without value");
            if (e.hasAttribute("isnull")) {
                assertEquals("true", e.getAttribute("isnull"), f + ": entry '" + key + "' isnull");
            }
            assertFalse(e.hasChildNodes() && e.getChildNodes().getLength() > 0
                && e.getFirstChild().getNodeType() == Node.ELEMENT_NODE, f + ": entry '" + key + "' has children");
        } else {
            assertEquals("config", e.getLocalName(), f + ": unexpected element <" + e.getTagName() + ">");
            final Set<String> keys = new HashSet<>();
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element) {
                    final Element child = (Element)c;
                    assertTrue(keys.add(child.getAttribute("key")),
                        f + ": key '" + child.getAttribute("key") + "' twice in config '" + key + "'");
                    checkElement(f, child);
                } else if (c.getNodeType() == Node.TEXT_NODE) {
                    assertTrue(c.getTextContent().isBlank(), f + ": text inside config '" + key + "'");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------ reset

    private static void reset(final Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            for (final Path p : s.toList()) {
                final String n = p.getFileName().toString();
                assertFalse(n.equals(".savedWithData"), p + ": workflow saved with data; reset it before committing");
                assertFalse(Files.isDirectory(p) && (n.startsWith("port_") || n.equals("internal")
                    || n.equals("drop")), p + ": node data committed; reset the workflow before committing");
            }
        }
        final SavedWorkflow w = SavedWorkflow.read(dir);
        assertEquals("CONFIGURED", w.workflow().getString("state", ""), dir + ": workflow state (KNIME saves a reset"
            + " workflow whose nodes all configure as CONFIGURED)");
        for (final SavedWorkflow.Node n : w.nodes().values()) {
            final String state = n.settings().getString("state", "");
            assertEquals("CONFIGURED", state, n + ": state (KNIME saves a reset node whose inputs are connected and"
                + " whose settings are valid as CONFIGURED; the offline run configures every node)");
            assertFalse(n.settings().getBoolean("hasContent", false), n + ": hasContent");
            try (Stream<Path> files = Files.list(dir.resolve(n.settingsFile()).getParent())) {
                assertEquals(List.of("settings.xml"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), n + ": node folder content");
            }
        }
        try (Stream<Path> children = Files.list(dir)) {
            final Set<Path> referenced = new HashSet<>();
            for (final SavedWorkflow.Node n : w.nodes().values()) {
                referenced.add(dir.resolve(n.settingsFile()).getParent());
            }
            for (final Path c : children.toList()) {
                if (Files.isRegularFile(c.resolve("settings.xml"))) {
                    assertTrue(referenced.contains(c), c + ": node folder not referenced by workflow.knime");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------ factories

    private static void factories(final SavedWorkflow w) throws Exception {
        final Set<String> registered = PluginXml.registeredFactories();
        final NodeBundle ours = CustSegNodes.bundle();
        assertFalse(w.nodes().isEmpty(), w.name() + ": no nodes");
        for (final SavedWorkflow.Node n : w.nodes().values()) {
            final String f = n.factory();
            final String bundle = n.settings().getString("node-bundle-symbolic-name", null);
            final String version = n.settings().getString("node-bundle-version", null);
            if (n.isOurs()) {
                assertTrue(registered.contains(f), n + ": factory " + f + " is not registered in plugin/plugin.xml");
                assertTrue(CustSegNodes.exists(f), n + ": factory class " + f + " does not exist");
                assertEquals(ours.symbolicName(), bundle, n + ": node-bundle-symbolic-name");
                assertEquals(majorMinorMicro(ours.version()), majorMinorMicro(version),
                    n + ": node-bundle-version " + version + " does not match the plugin's " + ours.version());
                assertEquals(CustSegNodes.nodeName(f), n.settings().getString("node-name"), n + ": node-name");
            } else {
                assertTrue(KnimeNodes.PORTS.containsKey(f),
                    n + ": KNIME node " + f + " has no entry in KnimeNodes.PORTS; add its port counts there");
                assertFalse(ours.symbolicName().equals(bundle), n + ": KNIME node claims our bundle");
            }
            assertNotNull(version, n + ": node-bundle-version missing");
        }
    }

    private static String majorMinorMicro(final String version) {
        final String[] p = version.split("\\.");
        assertTrue(p.length >= 3, "version '" + version + "' is not major.minor.micro[.qualifier]");
        return p[0] + "." + p[1] + "." + p[2];
    }

    // ------------------------------------------------------------------------------------ our settings

    private static void ourSettings(final SavedWorkflow w) throws Exception {
        for (final SavedWorkflow.Node n : w.nodes().values()) {
            if (!n.isOurs()) {
                continue;
            }
            final NodeSettings model = new NodeSettings("model");
            n.model().copyTo(model);
            final NodeModelHarness<? extends NodeModel> h = CustSegNodes.harness(n.factory());
            try {
                h.validateSettings(model);
                h.loadSettings(model);
            } catch (InvalidSettingsException e) {
                fail(n + " in " + w.name() + ": the node rejects its settings: " + e.getMessage(), e);
            }
            final List<String> diff = ConfigTrees.differences(model, h.saveSettings());
            assertTrue(diff.isEmpty(), n + ": the node does not save back the settings it loaded: " + diff);
        }
    }

    // ------------------------------------------------------------------------------------ connections

    /** @return {in, out} data port types of a node; KNIME's nodes have table ports only */
    private static PortType[][] ports(final SavedWorkflow.Node n) {
        if (n.isOurs()) {
            final NodeModel m = CustSegNodes.factory(n.factory()).createNodeModel();
            return new PortType[][]{CustSegNodes.portTypes(m, true), CustSegNodes.portTypes(m, false)};
        }
        final int[] counts = KnimeNodes.PORTS.get(n.factory());
        assertNotNull(counts, n + ": unknown KNIME node " + n.factory());
        final PortType[] in = new PortType[counts[0]];
        final PortType[] out = new PortType[counts[1]];
        java.util.Arrays.fill(in, BufferedDataTable.TYPE);
        java.util.Arrays.fill(out, BufferedDataTable.TYPE);
        return new PortType[][]{in, out};
    }

    private static void connections(final SavedWorkflow w) {
        final Map<String, WorkflowSpec.Connection> inputs = new HashMap<>();
        for (final WorkflowSpec.Connection c : w.connections()) {
            final SavedWorkflow.Node src = w.nodes().get(c.source());
            final SavedWorkflow.Node dst = w.nodes().get(c.dest());
            assertNotNull(src, w.name() + ": connection " + c + " from missing node " + c.source());
            assertNotNull(dst, w.name() + ": connection " + c + " to missing node " + c.dest());
            assertFalse(c.source() == c.dest(), w.name() + ": connection " + c + " loops on a node");
            if (c.sourcePort() == 0 || c.destPort() == 0) {
                assertTrue(c.sourcePort() == 0 && c.destPort() == 0,
                    w.name() + ": " + c + " joins a flow-variable port (0) and a data port");
                continue;
            }
            final PortType[] out = ports(src)[1];
            final PortType[] in = ports(dst)[0];
            assertTrue(c.sourcePort() >= 1 && c.sourcePort() <= out.length, w.name() + ": " + c + ": " + src
                + " has output ports 1.." + out.length + " (0 is the flow-variable port)");
            assertTrue(c.destPort() >= 1 && c.destPort() <= in.length, w.name() + ": " + c + ": " + dst
                + " has input ports 1.." + in.length + " (0 is the flow-variable port)");
            final PortType from = out[c.sourcePort() - 1];
            final PortType to = in[c.destPort() - 1];
            assertEquals(to.getPortObjectClass(), from.getPortObjectClass(), w.name() + ": " + c + " connects a "
                + from.getName() + " output to a " + to.getName() + " input");
            final WorkflowSpec.Connection previous = inputs.put(c.dest() + ":" + c.destPort(), c);
            assertTrue(previous == null, w.name() + ": input port " + c.destPort() + " of " + dst
                + " has two connections");
        }
        for (final SavedWorkflow.Node n : w.nodes().values()) {
            final PortType[] in = ports(n)[0];
            for (int p = 1; p <= in.length; p++) {
                assertTrue(in[p - 1].isOptional() || inputs.containsKey(n.id() + ":" + p),
                    w.name() + ": input port " + p + " of " + n + " is not connected");
            }
        }
    }

    // ------------------------------------------------------------------------------------ variables

    private static void variables(final SavedWorkflow w) throws Exception {
        for (final String[] v : w.variables().values()) {
            assertTrue(Set.of("STRING", "INTEGER", "DOUBLE").contains(v[0]), w.name() + ": variable class " + v[0]);
        }
        for (final SavedWorkflow.Node n : w.nodes().values()) {
            if (!n.settings().containsKey("variables")) {
                continue;
            }
            final ConfigBase vars = ConfigTrees.config(n.settings(), "variables");
            assertEquals("V_2019_09_13", vars.getString("version"), n + ": variables version");
            checkOverrides(w, n, ConfigTrees.config(vars, "tree"), "");
        }
    }

    private static void checkOverrides(final SavedWorkflow w, final SavedWorkflow.Node n, final ConfigBase tree,
        final String path) throws Exception {
        if (tree.containsKey("used_variable")) {
            final String var = tree.getString("used_variable");
            final AbstractConfigEntry target = ConfigTrees.find(n.model(), path);
            assertNotNull(target, n + ": flow variable '" + var + "' overrides '" + path
                + "', which is not a setting of the node");
            assertFalse(target instanceof ConfigBase, n + ": flow variable '" + var + "' overrides the config '"
                + path + "' instead of a value");
            if (var != null) {
                final String[] def = w.variables().get(var);
                assertNotNull(def, n + ": '" + path + "' uses the variable '" + var
                    + "', which is not a workflow variable of " + w.name());
                assertTrue(accepts(target.getType(), def[0]), n + ": '" + path + "' is " + target.getType()
                    + " but variable '" + var + "' is " + def[0]);
            }
            return;
        }
        for (final String key : tree.keySet()) {
            checkOverrides(w, n, ConfigTrees.config(tree, key), path.isEmpty() ? key : path + "/" + key);
        }
    }

    /** Which variable types KNIME lets override a setting of the given type. */
    private static boolean accepts(final ConfigEntries setting, final String variable) {
        switch (setting) {
            case xstring:
                return true;
            case xint:
            case xlong:
                return "INTEGER".equals(variable);
            case xdouble:
                return "INTEGER".equals(variable) || "DOUBLE".equals(variable);
            case xboolean:
                return "STRING".equals(variable);
            default:
                return false;
        }
    }

    // ------------------------------------------------------------------------------------ data paths

    private static void dataPaths(final SavedWorkflow w) throws Exception {
        final Path repo = Repository.root();
        final Set<String> readerVariables = new HashSet<>();
        for (final SavedWorkflow.Node n : w.nodes().values()) {
            final List<String> urls = new ArrayList<>();
            collectStrings(n.model(), urls);
            for (final String u : urls) {
                assertFalse(u.startsWith("file:") || u.matches("^(/|[A-Za-z]:\\\\).*"),
                    n + ": machine-specific path '" + u + "'; use a knime://knime.workflow/ URL");
            }
            final boolean reader = KnimeNodes.CSV_READER.equals(n.factory());
            final boolean writer = KnimeNodes.CSV_WRITER.equals(n.factory());
            if (reader || writer) {
                final String url = ConfigTrees.config(n.model(), parent(reader ? KnimeNodes.CSV_READER_PATH
                    : KnimeNodes.CSV_WRITER_PATH)).getString("path");
                final Path p = resolve(w, n.toString(), url);
                if (reader) {
                    assertTrue(Files.isRegularFile(p), n + ": reads " + url + ", which does not exist (" + p + ")");
                } else {
                    assertTrue(p.startsWith(Repository.testWorkflows()) && !p.startsWith(
                        Repository.testWorkflows().resolve("data")), n + ": writes " + url
                            + " outside test-workflows/ or into its data folder");
                    // a CSV Writer's Custom-URL location cannot create folders: the folder must be committed
                    assertTrue(Files.isDirectory(p.getParent()), n + ": writes " + url + " into " + p.getParent()
                        + ", which does not exist; a URL location cannot create folders, so commit the folder");
                }
                if (reader && n.settings().containsKey("variables")) {
                    final AbstractConfigEntry v = ConfigTrees.find(ConfigTrees.config(n.settings(), "variables/tree"),
                        KnimeNodes.CSV_READER_PATH + "/used_variable");
                    if (v != null) {
                        readerVariables.add(v.toStringValue());
                    }
                }
            }
        }
        for (final SavedWorkflow.Node n : w.nodes().values()) {
            if (CustSegNodes.REPORT.equals(n.factory())) {
                reportPath(w, n);
            }
        }
        for (final String v : readerVariables) {
            final String url = w.variables().get(v)[1];
            assertTrue(Files.isRegularFile(resolve(w, "variable " + v, url)),
                w.name() + ": workflow variable " + v + " = " + url + " names a file that does not exist");
        }
        assertTrue(repo.relativize(w.dir()).startsWith("test-workflows"), "workflow outside test-workflows");
    }

    /**
     * A Segment Report writes beside the workflow's other outputs: its file is a workflow-relative .html URL inside
     * {@code test-workflows/} and out of {@code data/}, overridden by a workflow variable with the same default (a
     * schedule or a batch run sets the variable).
     */
    private static void reportPath(final SavedWorkflow w, final SavedWorkflow.Node n) throws Exception {
        final String file = n.model().getString(CustSegNodes.REPORT_OUTPUT_FILE);
        final Path p = resolve(w, n.toString(), file);
        assertTrue(file.endsWith(".html") && p.startsWith(Repository.testWorkflows())
            && !p.startsWith(Repository.testWorkflows().resolve("data")), n + ": writes the report to '" + file
                + "'; use a knime://knime.workflow/ URL of an .html file inside test-workflows/, out of data/");
        final String var = reportVariable(n);
        final String[] def = w.variables().get(var);
        assertNotNull(def, n + ": the report's variable " + var + " is not a workflow variable");
        assertEquals(file, def[1], n + ": the default of " + var + " and the node's own output file differ");
    }

    private static String parent(final String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }

    private static Path resolve(final SavedWorkflow w, final String what, final String url) {
        assertTrue(url.startsWith(KNIME_WORKFLOW_URL), what + ": '" + url + "' is not a " + KNIME_WORKFLOW_URL
            + " URL; only workflow-relative locations keep the workflows portable");
        final String rel = URLDecoder.decode(url.substring(KNIME_WORKFLOW_URL.length()), StandardCharsets.UTF_8);
        final Path p = w.dir().resolve(rel).normalize();
        final Path mount = mountRoot(w);
        assertTrue(p.startsWith(mount), w.dir().resolve("workflow.knime") + ", " + what + ": '" + url + "' leaves the"
            + " mount point " + mount + " it runs under (KNIME refuses workflow-relative URLs that leave it)");
        return p;
    }

    /**
     * The folder KNIME makes the mount point of a workflow in the documented runs: for a testflow the folder given to
     * the testflow runner ({@code -root .../test-workflows/testflows}), for the template the workspace the whole
     * {@code test-workflows} folder is copied into (so {@code test-workflows/} is the most the URLs may use). Both
     * are the folder that holds the workflow.
     */
    static Path mountRoot(final SavedWorkflow w) {
        return w.dir().toAbsolutePath().normalize().getParent();
    }

    private static void collectStrings(final ConfigBase c, final List<String> out) {
        for (final String k : c.keySet()) {
            final AbstractConfigEntry e = c.getEntry(k);
            if (e instanceof ConfigBase) {
                collectStrings((ConfigBase)e, out);
            } else if (e.getType() == ConfigEntries.xstring && e.toStringValue() != null
                && (e.toStringValue().contains("://") || e.toStringValue().startsWith("file:")
                    || e.toStringValue().endsWith(".csv"))) {
                out.add(e.toStringValue());
            }
        }
    }

    // ------------------------------------------------------------------------------------ expected tables

    private static void expectedTables(final SavedWorkflow w) throws Exception {
        int sizeTables = 0;
        for (final SavedWorkflow.Node n : w.nodes().values()) {
            if (!KnimeNodes.CSV_READER.equals(n.factory())) {
                continue;
            }
            final String url = ConfigTrees.config(n.model(), parent(KnimeNodes.CSV_READER_PATH)).getString("path");
            final Path file = resolve(w, n.toString(), url);
            if (!file.startsWith(w.dir())) {
                continue; // shared sample data, not an expected table
            }
            assertTrue(ConfigTrees.config(n.model(), "settings").getBoolean("has_row_id"),
                n + ": expected tables carry row IDs in their first column");
            final List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
            assertTrue(rows.size() > 1, file + ": no data rows");
            final List<String> header = rows.get(0);
            assertEquals("RowID", header.get(0), file + ": first column");
            for (int r = 1; r < rows.size(); r++) {
                assertEquals(header.size(), rows.get(r).size(), file + ": row " + r + " field count");
            }
            final List<String> columns = header.subList(1, header.size());
            assertEquals(new LinkedHashSet<>(columns).size(), columns.size(), file + ": duplicate column names");
            boolean compared = false;
            for (final WorkflowSpec.Connection c : w.connections()) {
                if (c.source() == n.id() && c.destPort() == 2
                    && KnimeNodes.DIFFERENCE_CHECKER.equals(w.nodes().get(c.dest()).factory())) {
                    compared = true;
                    checkCheckerColumns(w.nodes().get(c.dest()), columns, rows, file);
                }
            }
            assertTrue(compared, n + ": the expected table is not the reference of a Table Difference Checker");
            final List<Integer> sizes = EXPECTED_SIZES.get(w.name());
            if (sizes != null && columns.contains("Size")) {
                sizeTables++;
                final int size = columns.indexOf("Size") + 1;
                final int share = columns.indexOf("Share") + 1;
                assertTrue(share > 0, file + ": no Share column");
                final List<Integer> actual = new ArrayList<>();
                double shares = 0;
                for (final List<String> row : rows.subList(1, rows.size())) {
                    actual.add(Integer.parseInt(row.get(size)));
                    shares += Double.parseDouble(row.get(share));
                }
                assertEquals(sizes, actual, file + ": segment sizes differ from those the engine tests assert");
                assertEquals(1.0, shares, 1e-9, file + ": shares do not add up to 1");
            }
        }
        if (EXPECTED_SIZES.containsKey(w.name())) {
            assertTrue(sizeTables > 0, w.name() + ": no expected table with the segment sizes");
        }
    }

    private static void checkCheckerColumns(final SavedWorkflow.Node checker, final List<String> columns,
        final List<List<String>> rows, final Path file) throws Exception {
        final Set<String> configured = new LinkedHashSet<>();
        for (final String k : checker.model().keySet()) {
            assertTrue(k.startsWith("columnConfig_"), checker + ": unexpected setting " + k);
            final String col = k.substring("columnConfig_".length());
            configured.add(col);
            final String factory = ConfigTrees.config(checker.model(), k).getString("checkerFactory");
            assertTrue(Set.of(KnimeNodes.EQUALITY_CHECKER, KnimeNodes.EPSILON_CHECKER).contains(factory),
                checker + ": unknown checker " + factory);
            if (KnimeNodes.EPSILON_CHECKER.equals(factory)) {
                final int idx = columns.indexOf(col) + 1;
                for (final List<String> row : rows.subList(1, rows.size())) {
                    if (idx > 0 && !row.get(idx).isEmpty()) {
                        Double.parseDouble(row.get(idx)); // numbers only in epsilon-compared columns
                    }
                }
            }
        }
        assertEquals(new LinkedHashSet<>(columns), configured,
            checker + ": the compared columns must be exactly the columns of " + file.getFileName());
    }

    // ------------------------------------------------------------------------------------ shape

    private static void shape(final SavedWorkflow w) {
        final long configs = w.nodes().values().stream()
            .filter(n -> KnimeNodes.TESTFLOW_CONFIGURATION.equals(n.factory())).count();
        final long ours = w.nodes().values().stream().filter(SavedWorkflow.Node::isOurs).count();
        assertTrue(ours > 0, w.name() + ": uses none of our nodes");
        if (w.name().startsWith(Workflows.TESTFLOWS + "/")) {
            assertEquals(1, configs, w.name() + ": a testflow has exactly one Testflow Configuration node");
            assertTrue(w.nodes().values().stream().anyMatch(n -> KnimeNodes.DIFFERENCE_CHECKER.equals(n.factory())),
                w.name() + ": a testflow checks its results with a Table Difference Checker");
        } else {
            assertEquals(0, configs, w.name() + ": a template has no Testflow Configuration node");
            for (final SavedWorkflow.Node n : w.nodes().values()) {
                final String text = ConfigTrees.config(n.settings(), "nodeAnnotation").getString("text", "");
                assertTrue(text.length() > 20, n + ": template nodes explain their step in their annotation");
            }
            assertTrue(w.workflow().containsKey("annotations"), w.name() + ": the template explains itself");
            for (final String v : List.of("input_file", "k_min", "k_max")) {
                assertTrue(w.variables().containsKey(v), w.name() + ": workflow variable " + v + " missing");
            }
        }
    }

    // ------------------------------------------------------------------------------------ offline run

    private static void simulate(final SavedWorkflow w) throws Exception {
        final Path tmp = Files.createTempDirectory("custseg-workflow-run");
        try {
            // every Segment Report writes to a temporary file instead of its variable's default
            final Map<String, String> values = new HashMap<>();
            final Map<String, Path> reports = new HashMap<>();
            for (final SavedWorkflow.Node n : w.nodes().values()) {
                if (CustSegNodes.REPORT.equals(n.factory())) {
                    final String var = reportVariable(n);
                    final Path file = tmp.resolve(var + ".html");
                    values.put(var, file.toString());
                    reports.put(n.toString(), file);
                }
            }
            final Map<Integer, String> warnings = w.dir().endsWith(Workflows.TEMPLATE) ? Workflows.templateWarnings()
                : w.dir().endsWith(MonthlyTemplate.NAME)
                    ? Map.of(MonthlyTemplate.RECOMMENDER_ID, Workflows.SKIPPED_RULES_WARNING)
                    : WorkflowSimulation.requiredNodeWarnings(w);
            final List<String> checks = WorkflowSimulation.run(w, values, tmp, warnings);
            final long checkers = w.nodes().values().stream()
                .filter(n -> KnimeNodes.DIFFERENCE_CHECKER.equals(n.factory())).count();
            assertEquals(checkers, checks.size(), w.name() + ": every Table Difference Checker ran: " + checks);
            for (final Map.Entry<String, Path> r : reports.entrySet()) {
                assertTrue(Files.isRegularFile(r.getValue()), r.getKey() + " wrote no report to " + r.getValue());
                final String html = Files.readString(r.getValue(), StandardCharsets.UTF_8);
                assertTrue(html.contains("<html") && html.contains("</html>"), r.getKey() + ": not an HTML page");
                assertTrue(html.contains(Workflows.REPORT_TITLE), r.getKey() + ": the report lacks its title");
            }
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                for (final Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** @return the workflow variable that overrides a Segment Report's output file (fails if there is none) */
    private static String reportVariable(final SavedWorkflow.Node n) {
        final AbstractConfigEntry v = n.settings().containsKey("variables") ? ConfigTrees.find(
            ConfigTrees.config(n.settings(), "variables/tree"), CustSegNodes.REPORT_OUTPUT_FILE + "/used_variable")
            : null;
        assertNotNull(v, n + ": the report's output file must be set by a workflow variable, so that a schedule or"
            + " a batch run can choose where it goes");
        return v.toStringValue();
    }

    @Test
    void theOfflineRunNeverWritesTheReportToItsDefaultLocation() throws Exception {
        final Path templateDir = Repository.testWorkflows().resolve(Workflows.TEMPLATE);
        final SavedWorkflow template = SavedWorkflow.read(templateDir);
        final Path defaultFile = templateDir.resolve(Workflows.REPORT_FILE.substring("knime://knime.workflow/".length()))
            .normalize();
        final boolean existed = Files.exists(defaultFile);
        try {
            WorkflowSimulation.run(template, Map.of(), null, Workflows.templateWarnings());
            fail("the template's Segment Report must not run with its default output file");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().contains("would write " + defaultFile), expected.getMessage());
        }
        assertEquals(existed, Files.exists(defaultFile), "the default report file was touched");
    }

    @Test
    void theOfflineRunFailsOnAnUndeclaredOrMissingWarning() throws Exception {
        final SavedWorkflow template = SavedWorkflow.read(Repository.testWorkflows().resolve(Workflows.TEMPLATE));
        final Path tmp = Files.createTempDirectory("custseg-warning-run");
        try {
            final Map<String, String> report = Map.of("report_file", tmp.resolve("r.html").toString());
            // the Segment Recommender's warning, not declared: the run fails naming the node and the warning
            final IllegalStateException undeclared = assertThrows(IllegalStateException.class,
                () -> WorkflowSimulation.run(template, report, tmp, Map.of()));
            assertTrue(undeclared.getMessage().contains("Segment Recommender (#4)")
                && undeclared.getMessage().contains("warning in execute: Skipped 9 of 17"), undeclared.getMessage());
            // a declared warning that does not appear fails the run too
            final Map<Integer, String> extra = new HashMap<>(Workflows.templateWarnings());
            extra.put(3, "a warning the profiler never shows");
            final IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> WorkflowSimulation.run(template, report, tmp, extra));
            assertTrue(missing.getMessage().contains("node 3 must warn"), missing.getMessage());
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(final Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (final Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void aTestflowReadingOutsideTheRunnerRootIsRejected() throws Exception {
        // the old layout: a testflow reading ../../data/, outside the testflows folder the runner is given
        final Path tmp = Files.createTempDirectory("custseg-mount-check");
        try {
            final Path flow = tmp.resolve("testflows/K-Means Segmenter testflow");
            Files.createDirectories(flow);
            Files.copy(Repository.testWorkflows().resolve(Workflows.TESTFLOWS).resolve(
                "K-Means Segmenter testflow/workflow.knime"), flow.resolve("workflow.knime"));
            final SavedWorkflow w = new SavedWorkflow(flow, new NodeSettings("workflow.knime"), Map.of(), List.of(),
                Map.of());
            final String url = "knime://knime.workflow/../../data/credit-card-customer-data.csv";
            final AssertionError e = assertThrows(AssertionError.class, () -> resolve(w, "CSV Reader (#2)", url));
            assertTrue(e.getMessage().contains(flow.resolve("workflow.knime").toString()) && e.getMessage().contains(url)
                && e.getMessage().contains("leaves the mount point"), e.getMessage());
            assertEquals(flow.resolveSibling("data/x.csv"),
                resolve(w, "CSV Reader (#2)", "knime://knime.workflow/../data/x.csv"));
        } finally {
            deleteTree(tmp);
        }
    }

    @Test
    void theChecksRejectABrokenFile() throws Exception {
        final Path tmp = Files.createTempFile("broken", ".xml");
        try {
            Files.writeString(tmp, "<config xmlns=\"" + NS + "\" key=\"x\"><entry key=\"a\" type=\"xnumber\" value=\"1\"/>"
                + "</config>");
            try {
                checkConfigXml(tmp);
                fail("an unknown entry type must be rejected");
            } catch (AssertionError expected) {
                assertTrue(expected.getMessage().contains("unknown type"), expected.getMessage());
            }
            Files.writeString(tmp, "<config key=\"x\"/>");
            try {
                checkConfigXml(tmp);
                fail("a config outside KNIME's namespace must be rejected");
            } catch (AssertionError expected) {
                assertTrue(expected.getMessage().contains("namespace"), expected.getMessage());
            }
        } finally {
            Files.delete(tmp);
        }
    }
}
