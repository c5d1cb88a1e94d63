package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeSettingsRO}: read-only view
 * of node settings. Same members as the original.
 */
public interface NodeSettingsRO extends ConfigRO {

    /**
     * @param key child key
     * @return the child settings
     * @throws InvalidSettingsException if no child settings exist under the key
     */
    NodeSettingsRO getNodeSettings(String key) throws InvalidSettingsException;

    /**
     * @param dest destination of a deep copy
     */
    void copyTo(ConfigWO dest);
}
