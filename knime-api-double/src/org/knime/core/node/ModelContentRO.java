package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.ModelContentRO}: read-only view of
 * model content (used by model port objects). Same members as the original.
 */
public interface ModelContentRO extends ConfigRO {

    /**
     * @param key child key
     * @return the child content
     * @throws InvalidSettingsException if no child content exists under the key
     */
    ModelContentRO getModelContent(String key) throws InvalidSettingsException;
}
