package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.config.Config;
import org.knime.core.node.config.ConfigWO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeSettings}: the settings tree a
 * node model and dialog exchange; loads and saves KNIME's settings XML
 * ({@link #loadFromXML(InputStream)}, {@link #saveToXML(java.io.OutputStream)}).
 * Simplified: no {@code readFromFile(ObjectInputStream)}.
 */
public final class NodeSettings extends Config implements NodeSettingsRO, NodeSettingsWO {

    private static final long serialVersionUID = 1L;

    /**
     * @param key the key of these settings
     */
    public NodeSettings(final String key) {
        super(key);
    }

    @Override
    public Config getInstance(final String key) {
        return new NodeSettings(key);
    }

    /**
     * Reads settings from KNIME settings XML.
     *
     * @param in stream, closed afterwards
     * @return the settings read
     * @throws IOException if the stream cannot be read or is not settings XML
     */
    public static NodeSettingsRO loadFromXML(final InputStream in) throws IOException {
        return (NodeSettingsRO)Config.loadFromXML(new NodeSettings("ignored"), in);
    }

    @Override
    public void copyTo(final ConfigWO dest) {
        super.copyTo(dest);
    }

    @Override
    public NodeSettingsWO addNodeSettings(final String key) {
        return (NodeSettings)addConfig(key);
    }

    @Override
    public void addNodeSettings(final NodeSettings settings) {
        addConfig(settings);
    }

    @Override
    public NodeSettings getNodeSettings(final String key) throws InvalidSettingsException {
        return (NodeSettings)getConfig(key);
    }
}
