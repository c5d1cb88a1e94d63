package org.custseg.knime.workflows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.base.ConfigBase;

/**
 * A workflow declared in code, and its rendering into KNIME's saved-workflow format: {@code workflow.knime}, one
 * {@code settings.xml} per node folder, and any extra files committed beside it (expected tables). The workflow is
 * written reset: no port data, no {@code .savedWithData}, every node in state CONFIGURED, as KNIME saves a reset
 * workflow whose nodes all configure (all inputs connected, valid settings; the offline run configures each node).
 *
 * @param folder folder below {@code test-workflows/}
 * @param nodes the nodes
 * @param connections the connections (port 0 is the flow-variable port, the first data port is 1)
 * @param variables workflow variables
 * @param annotations workflow annotations (free text boxes)
 * @param files extra files beside {@code workflow.knime}: relative name to content
 */
public record WorkflowSpec(String folder, List<NodeSpec> nodes, List<Connection> connections,
    List<Variable> variables, List<Annotation> annotations, Map<String, String> files) {

    /** Format version written to {@code workflow.knime} (the format of KNIME 5.1 to 5.3). */
    public static final String FORMAT_VERSION = "5.1.0";

    /** The KNIME version recorded as creator. */
    public static final String CREATED_BY = "5.3.0";

    /**
     * A connection between two nodes.
     *
     * @param source source node id
     * @param sourcePort source port (0 = flow variables, 1.. = data ports)
     * @param dest destination node id
     * @param destPort destination port (0 = flow variables, 1.. = data ports)
     */
    public record Connection(int source, int sourcePort, int dest, int destPort) {
    }

    /**
     * A workflow variable; a scheduled run can set a different value.
     *
     * @param name variable name
     * @param type {@code STRING} or {@code INTEGER}
     * @param value default value
     */
    public record Variable(String name, String type, String value) {
    }

    /**
     * A text box on the workflow canvas.
     *
     * @param text the text
     * @param x left
     * @param y top
     * @param width width
     * @param height height
     */
    public record Annotation(String text, int x, int y, int width, int height) {
    }

    /**
     * Renders the workflow.
     *
     * @return file path relative to the workflow folder, to file content
     */
    public Map<String, String> render() {
        final Map<String, String> out = new LinkedHashMap<>();
        out.put("workflow.knime", ConfigTrees.toXml(workflowKnime()));
        for (final NodeSpec n : nodes) {
            out.put(n.folder() + "/settings.xml", ConfigTrees.toXml(nodeSettings(n)));
        }
        out.putAll(files);
        return out;
    }

    /** @return the {@code workflow.knime} tree */
    public NodeSettings workflowKnime() {
        final NodeSettings w = new NodeSettings("workflow.knime");
        w.addString("created_by", CREATED_BY);
        w.addBoolean("created_by_nightly", false);
        w.addString("version", FORMAT_VERSION);
        w.addString("name", null);
        final ConfigBase author = w.addConfigBase("authorInformation");
        author.addString("authored-by", "Customer Segmentation for KNIME contributors");
        author.addString("authored-when", "2026-11-22 08:00:00 +0000");
        author.addString("lastEdited-by", null);
        author.addString("lastEdited-when", null);
        w.addString("customDescription", null);
        w.addString("state", "CONFIGURED");
        w.addConfigBase("workflow_credentials");
        if (!variables.isEmpty()) {
            final ConfigBase vars = w.addConfigBase("workflow_variables");
            int i = 0;
            for (final Variable v : variables) {
                final ConfigBase c = vars.addConfigBase("Var_" + i++);
                c.addString("name", v.name());
                c.addString("class", v.type());
                switch (v.type()) {
                    case "STRING":
                        c.addString("value", v.value());
                        break;
                    case "INTEGER":
                        c.addInt("value", Integer.parseInt(v.value()));
                        break;
                    default:
                        throw new IllegalArgumentException("Unsupported variable type " + v.type());
                }
            }
        }
        final ConfigBase ns = w.addConfigBase("nodes");
        for (final NodeSpec n : nodes) {
            final ConfigBase c = ns.addConfigBase("node_" + n.id());
            c.addInt("id", n.id());
            c.addString("node_settings_file", n.folder() + "/settings.xml");
            c.addBoolean("node_is_meta", false);
            c.addString("node_type", "NativeNode");
            c.addString("ui_classname", "org.knime.core.node.workflow.NodeUIInformation");
            final ConfigBase ui = c.addConfigBase("ui_settings");
            ui.addIntArray("extrainfo.node.bounds", n.x(), n.y(), 122, 104);
        }
        final ConfigBase cs = w.addConfigBase("connections");
        int i = 0;
        for (final Connection k : connections) {
            final ConfigBase c = cs.addConfigBase("connection_" + i++);
            c.addInt("sourceID", k.source());
            c.addInt("destID", k.dest());
            c.addInt("sourcePort", k.sourcePort());
            c.addInt("destPort", k.destPort());
            c.addString("ui_classname", "org.knime.core.node.workflow.ConnectionUIInformation");
            c.addConfigBase("ui_settings").addInt("extrainfo.conn.bendpoints_size", 0);
        }
        final ConfigBase editor = w.addConfigBase("workflow_editor_settings");
        editor.addBoolean("workflow.editor.snapToGrid", true);
        editor.addBoolean("workflow.editor.ShowGrid", false);
        editor.addInt("workflow.editor.gridX", 20);
        editor.addInt("workflow.editor.gridY", 20);
        editor.addDouble("workflow.editor.zoomLevel", 1.0);
        editor.addBoolean("workflow.editor.curvedConnections", false);
        editor.addInt("workflow.editor.connectionWidth", 1);
        if (!annotations.isEmpty()) {
            final ConfigBase as = w.addConfigBase("annotations");
            int a = 0;
            for (final Annotation an : annotations) {
                final ConfigBase c = as.addConfigBase("annotation_" + a++);
                annotation(c, an.text(), an.x(), an.y(), an.width(), an.height(), "LEFT", 16766976);
            }
        }
        return w;
    }

    private static void annotation(final ConfigBase c, final String text, final int x, final int y, final int width,
        final int height, final String alignment, final int bgcolor) {
        c.addString("text", text);
        c.addString("contentType", "text/plain");
        c.addInt("bgcolor", bgcolor);
        c.addInt("x-coordinate", x);
        c.addInt("y-coordinate", y);
        c.addInt("width", width);
        c.addInt("height", height);
        c.addString("alignment", alignment);
        c.addInt("borderSize", 0);
        c.addInt("borderColor", 16777215);
        c.addInt("defFontSize", 10);
        c.addInt("annotation-version", 20230412);
        c.addConfigBase("styles");
    }

    /**
     * @param n a node
     * @return its {@code settings.xml} tree
     */
    public static NodeSettings nodeSettings(final NodeSpec n) {
        final NodeSettings s = new NodeSettings("settings.xml");
        s.addString("node_file", "settings.xml");
        s.addConfigBase("flow_stack");
        s.addConfigBase("internal_node_subsettings").addString("memory_policy", "CacheSmallInMemory");
        ConfigTrees.addCopy(s, "model", n.model());
        if (!n.variables().isEmpty()) {
            final ConfigBase vars = s.addConfigBase("variables");
            vars.addString("version", "V_2019_09_13");
            final ConfigBase tree = vars.addConfigBase("tree");
            for (final Map.Entry<String, String> e : n.variables().entrySet()) {
                ConfigBase c = tree;
                for (final String key : e.getKey().split("/")) {
                    c = c.containsKey(key) ? ConfigTrees.config(c, key) : c.addConfigBase(key);
                }
                c.addString("used_variable", e.getValue());
                c.addString("exposed_variable", null);
            }
        }
        final ConfigBase ann = s.addConfigBase("nodeAnnotation");
        annotation(ann, n.annotation(), n.x() - 40, n.y() + 70, 202, n.annotation().isEmpty() ? 19 : 60, "CENTER",
            16777215);
        s.addString("customDescription", null);
        s.addString("state", "CONFIGURED");
        s.addString("factory", n.factory());
        s.addString("node-name", n.name());
        s.addString("node-bundle-name", n.bundle().name());
        s.addString("node-bundle-symbolic-name", n.bundle().symbolicName());
        s.addString("node-bundle-vendor", n.bundle().vendor());
        s.addString("node-bundle-version", n.bundle().version());
        s.addString("node-feature-name", n.bundle().featureName());
        s.addString("node-feature-symbolic-name", n.bundle().featureSymbolicName());
        s.addString("node-feature-vendor", n.bundle().vendor());
        s.addString("node-feature-version", n.bundle().version());
        s.addConfigBase("factory_settings");
        final NodeSettings creation = KnimeNodes.nodeCreationConfig(n.factory());
        if (creation != null) {
            ConfigTrees.addCopy(s, "node_creation_config", creation);
        }
        s.addString("name", n.name());
        s.addBoolean("hasContent", false);
        s.addBoolean("isInactive", false);
        final ConfigBase ports = s.addConfigBase("ports");
        for (int p = 1; p <= n.outPorts(); p++) {
            final ConfigBase port = ports.addConfigBase("port_" + p);
            port.addInt("index", p);
            port.addString("port_dir_location", null);
        }
        final ConfigBase fs = s.addConfigBase("filestores");
        fs.addString("file_store_location", null);
        fs.addString("file_store_id", null);
        return s;
    }
}
