package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code SettingsModelLong} (model ID {@code SMN_long}, as in
 * KNIME): a long stored as an {@code xlong} entry. Like the original,
 * {@link #loadSettingsFrom} keeps the current value when the entry is missing
 * (only {@link #validateSettings} insists on it). Same API as the original.
 */
public class SettingsModelLong extends SettingsModelNumber {

    private final String m_configKey;

    private long m_value;

    /**
     * @param configName non-empty key
     * @param defaultValue initial value
     */
    public SettingsModelLong(final String configName, final long defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configKey = configName;
        m_value = defaultValue;
    }

    @Override
    String getNumberValueStr() {
        return Long.toString(m_value);
    }

    /**
     * @param value new value (listeners are notified if it differs)
     */
    public void setLongValue(final long value) {
        boolean changed = value != m_value;
        m_value = value;
        if (changed) {
            notifyChangeListeners();
        }
    }

    /**
     * @return the current value
     */
    public long getLongValue() {
        return m_value;
    }

    @Override
    void setNumberValueStr(final String newValueStr) {
        setLongValue(Long.parseLong(newValueStr));
    }

    @Override
    protected String getConfigName() {
        return m_configKey;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected SettingsModelLong createClone() {
        return new SettingsModelLong(m_configKey, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMN_long";
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            setLongValue(settings.getLong(m_configKey, m_value));
        } catch (IllegalArgumentException e) {
            // rejected by a subclass: keep the current value
        }
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            setLongValue(settings.getLong(m_configKey, m_value));
        } catch (IllegalArgumentException e) {
            // rejected by a subclass: keep the current value
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addLong(m_configKey, m_value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + m_configKey + "')";
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        validateValue(settings.getLong(m_configKey));
    }

    /**
     * Hook for subclasses to reject values during validation.
     *
     * @param value value read from the settings
     * @throws InvalidSettingsException if the value is not acceptable
     */
    protected void validateValue(final long value) throws InvalidSettingsException {
        // accepts everything
    }
}
