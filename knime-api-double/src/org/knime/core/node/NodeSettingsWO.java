package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeSettingsWO}: write-only view
 * of node settings. Same members as the original.
 */
public interface NodeSettingsWO extends ConfigWO {

    /**
     * @param key child key
     * @return new, empty child settings
     */
    NodeSettingsWO addNodeSettings(String key);

    /**
     * @param settings settings to add under their own key
     */
    void addNodeSettings(NodeSettings settings);
}
