package org.custseg.knime.workflows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.base.ConfigBase;

/**
 * A workflow as committed in {@code test-workflows/}, read back from its files: the nodes with their
 * {@code settings.xml}, the connections and the workflow variables.
 *
 * @param dir the workflow folder
 * @param workflow the {@code workflow.knime} tree
 * @param nodes node id to node
 * @param connections the connections
 * @param variables workflow variable name to {@code {class, value}}
 */
public record SavedWorkflow(Path dir, NodeSettings workflow, Map<Integer, Node> nodes,
    List<WorkflowSpec.Connection> connections, Map<String, String[]> variables) {

    /**
     * A node of a saved workflow.
     *
     * @param id node id
     * @param settingsFile its settings file, relative to the workflow folder
     * @param settings the {@code settings.xml} tree
     */
    public record Node(int id, String settingsFile, NodeSettings settings) {

        /** @return the factory class name */
        public String factory() {
            return settings.getString("factory", "");
        }

        /** @return the {@code model} subtree */
        public ConfigBase model() {
            return ConfigTrees.config(settings, "model");
        }

        /** @return whether it is one of our nodes */
        public boolean isOurs() {
            return factory().startsWith("org.custseg.");
        }

        @Override
        public String toString() {
            return settingsFile;
        }
    }

    /**
     * @return the folders below {@code test-workflows/} that hold a {@code workflow.knime}
     * @throws IOException if the folder cannot be listed
     */
    public static List<Path> findAll() throws IOException {
        try (Stream<Path> s = Files.walk(Repository.testWorkflows())) {
            return s.filter(p -> p.getFileName().toString().equals("workflow.knime")).map(Path::getParent).sorted()
                .toList();
        }
    }

    /**
     * @param dir a workflow folder
     * @return the workflow read from its files
     * @throws IOException if a file cannot be read
     * @throws InvalidSettingsException if {@code workflow.knime} lacks an entry
     */
    public static SavedWorkflow read(final Path dir) throws IOException, InvalidSettingsException {
        final NodeSettings wf = ConfigTrees.read(dir.resolve("workflow.knime"));
        final Map<Integer, Node> nodes = new LinkedHashMap<>();
        if (wf.containsKey("nodes")) {
            final NodeSettings ns = wf.getNodeSettings("nodes");
            for (final String key : ns.keySet()) {
                final NodeSettings n = ns.getNodeSettings(key);
                final int id = n.getInt("id");
                final String file = n.getString("node_settings_file");
                final Path settings = dir.resolve(file);
                if (!Files.isRegularFile(settings)) {
                    throw new IOException(dir.getFileName() + "/workflow.knime: node " + id + " names '" + file
                        + "', which does not exist");
                }
                if (nodes.put(id, new Node(id, file, ConfigTrees.read(settings))) != null) {
                    throw new IOException(dir.getFileName() + "/workflow.knime: node id " + id + " appears twice");
                }
            }
        }
        final List<WorkflowSpec.Connection> conns = new ArrayList<>();
        if (wf.containsKey("connections")) {
            final NodeSettings cs = wf.getNodeSettings("connections");
            for (final String key : cs.keySet()) {
                final NodeSettings c = cs.getNodeSettings(key);
                conns.add(new WorkflowSpec.Connection(c.getInt("sourceID"), c.getInt("sourcePort"), c.getInt("destID"),
                    c.getInt("destPort")));
            }
        }
        final Map<String, String[]> vars = new LinkedHashMap<>();
        if (wf.containsKey("workflow_variables")) {
            final NodeSettings vs = wf.getNodeSettings("workflow_variables");
            for (final String key : vs.keySet()) {
                final NodeSettings v = vs.getNodeSettings(key);
                final String name = v.getString("name");
                final String cls = v.getString("class");
                final String value = "INTEGER".equals(cls) ? Integer.toString(v.getInt("value"))
                    : "DOUBLE".equals(cls) ? Double.toString(v.getDouble("value")) : v.getString("value");
                if (vars.put(name, new String[]{cls, value}) != null) {
                    throw new IOException(dir.getFileName() + "/workflow.knime: workflow variable '" + name
                        + "' is defined twice");
                }
            }
        }
        return new SavedWorkflow(dir, wf, nodes, conns, vars);
    }

    /** @return the folder relative to {@code test-workflows/}, with forward slashes */
    public String name() {
        return Repository.testWorkflows().relativize(dir).toString().replace('\\', '/');
    }
}
