package org.knime.core.node.defaultnodesettings;

import java.util.Arrays;
import java.util.HashSet;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code SettingsModelStringArray} (model ID
 * {@code SMID_stringarray}): a string array stored as KNIME's array config
 * ({@code array-size} plus "0".."n-1"). Getter and setter copy the array. As in KNIME,
 * listeners are only notified when the set of strings changes (order is ignored).
 * Same API as the original.
 */
public class SettingsModelStringArray extends SettingsModel {

    private final String m_configName;

    private String[] m_value;

    /**
     * @param configName non-empty key
     * @param defaultValue initial value, may be null
     */
    public SettingsModelStringArray(final String configName, final String[] defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_value = defaultValue;
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelStringArray createClone() {
        return new SettingsModelStringArray(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_stringarray";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    /**
     * @param newValue new value (copied), may be null
     */
    public void setStringArrayValue(final String[] newValue) {
        boolean same;
        if (newValue == null || m_value == null) {
            same = newValue == m_value;
        } else {
            same = newValue.length == m_value.length
                && new HashSet<>(Arrays.asList(m_value)).containsAll(Arrays.asList(newValue));
        }
        m_value = newValue == null ? null : newValue.clone();
        if (!same) {
            notifyChangeListeners();
        }
    }

    /**
     * @return a copy of the current value, may be null
     */
    public String[] getStringArrayValue() {
        return m_value == null ? null : m_value.clone();
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            setStringArrayValue(settings.getStringArray(m_configName, m_value));
        } catch (IllegalArgumentException e) {
            // rejected by a subclass: keep the current value
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        settings.getStringArray(m_configName);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        String[] v = settings.getStringArray(m_configName);
        try {
            setStringArrayValue(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addStringArray(m_configName, getStringArrayValue());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + m_configName + "')";
    }
}
