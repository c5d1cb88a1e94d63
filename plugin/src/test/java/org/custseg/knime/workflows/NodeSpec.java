package org.custseg.knime.workflows;

import java.util.LinkedHashMap;
import java.util.Map;

import org.knime.core.node.NodeSettings;

/**
 * One node of a generated workflow: what KNIME needs to load it ({@code settings.xml}) and where it sits
 * ({@code workflow.knime}).
 *
 * @param id node id, unique in the workflow
 * @param name node name, as the node repository shows it (the node folder is {@code "<name> (#<id>)"})
 * @param factory node factory class name
 * @param bundle the bundle the factory comes from
 * @param model the {@code model} settings subtree
 * @param variables flow-variable overrides: settings path below {@code model} to the variable that sets it
 * @param annotation the text under the node (empty for none)
 * @param x horizontal position
 * @param y vertical position
 * @param outPorts number of data output ports (for the {@code ports} entry KNIME writes)
 */
public record NodeSpec(int id, String name, String factory, NodeBundle bundle, NodeSettings model,
    Map<String, String> variables, String annotation, int x, int y, int outPorts) {

    /** @return the node folder name, {@code "<name> (#<id>)"} */
    public String folder() {
        return folderName(name, id);
    }

    /**
     * Native nodes are saved in a folder named after the node and its id; characters that are not allowed in file
     * names are replaced by {@code _}.
     *
     * @param name node name
     * @param id node id
     * @return the folder name
     */
    public static String folderName(final String name, final int id) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "_") + " (#" + id + ")";
    }

    /**
     * @param path settings path below {@code model}
     * @param variable name of the workflow variable that overrides it
     * @return a copy with the override added
     */
    public NodeSpec withVariable(final String path, final String variable) {
        final Map<String, String> v = new LinkedHashMap<>(variables);
        v.put(path, variable);
        return new NodeSpec(id, name, factory, bundle, model, v, annotation, x, y, outPorts);
    }

    /**
     * @param text the annotation shown under the node
     * @return a copy with that annotation
     */
    public NodeSpec withAnnotation(final String text) {
        return new NodeSpec(id, name, factory, bundle, model, variables, text, x, y, outPorts);
    }
}
