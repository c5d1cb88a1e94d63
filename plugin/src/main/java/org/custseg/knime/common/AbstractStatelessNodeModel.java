package org.custseg.knime.common;

import java.io.File;
import java.io.IOException;
import java.util.function.Supplier;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortType;

/**
 * Base of the nodes whose only state is their settings (a {@link NodeSettingsGroup}): it saves, validates and loads
 * them, and has nothing to reset and no internals to save or load. Subclasses implement {@code configure} and
 * {@code execute} and read their settings through {@link #settings()}.
 *
 * <p>Loading starts from a new instance holding the defaults, so that keys missing in older settings get their
 * default value; validation works on another new instance and leaves the current settings unchanged.
 *
 * @param <S> the settings type of the node
 */
public abstract class AbstractStatelessNodeModel<S extends NodeSettingsGroup> extends NodeModel {

    private final Supplier<S> m_defaults;

    private S m_settings;

    /**
     * @param inPortTypes the input ports
     * @param outPortTypes the output ports
     * @param defaults creates the node's settings holding their defaults
     */
    protected AbstractStatelessNodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes,
        final Supplier<S> defaults) {
        super(inPortTypes, outPortTypes);
        m_defaults = defaults;
        m_settings = defaults.get();
    }

    /** @return the current settings of the node */
    protected final S settings() {
        return m_settings;
    }

    @Override
    protected final void saveSettingsTo(final NodeSettingsWO settings) {
        m_settings.saveSettingsTo(settings);
    }

    @Override
    protected final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsGroup.validate(m_defaults, settings);
    }

    @Override
    protected final void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings = NodeSettingsGroup.loadFresh(m_defaults, settings);
    }

    @Override
    protected final void reset() {
        // no state
    }

    @Override
    protected final void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        // no internals
    }

    @Override
    protected final void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        // no internals
    }
}
