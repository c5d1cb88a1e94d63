package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.ModelContentWO}: write-only view of
 * model content. Same members as the original.
 */
public interface ModelContentWO extends ConfigWO {

    /**
     * @param key child key
     * @return new, empty child content
     */
    ModelContentWO addModelContent(String key);

    /**
     * @param modelContent content to add under its own key
     */
    void addModelContent(ModelContent modelContent);
}
