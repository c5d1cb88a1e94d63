package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.config.Config;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.ModelContent}: a settings tree
 * holding model data, written as KNIME settings XML. Simplified: the framework-only
 * package-private save/load with an {@code ExecutionMonitor} are left out.
 */
public final class ModelContent extends Config implements ModelContentRO, ModelContentWO {

    private static final long serialVersionUID = 1L;

    /**
     * @param key the key of this content
     */
    public ModelContent(final String key) {
        super(key);
    }

    @Override
    public Config getInstance(final String key) {
        return new ModelContent(key);
    }

    /**
     * Reads model content from KNIME settings XML.
     *
     * @param in stream, closed afterwards
     * @return the content read
     * @throws IOException if the stream cannot be read or is not settings XML
     */
    public static synchronized ModelContentRO loadFromXML(final InputStream in) throws IOException {
        return (ModelContent)Config.loadFromXML(new ModelContent("ignored"), in);
    }

    @Override
    public void addModelContent(final ModelContent modelContent) {
        addConfig(modelContent);
    }

    @Override
    public ModelContentWO addModelContent(final String key) {
        return (ModelContent)addConfig(key);
    }

    @Override
    public ModelContent getModelContent(final String key) throws InvalidSettingsException {
        return (ModelContent)getConfig(key);
    }
}
