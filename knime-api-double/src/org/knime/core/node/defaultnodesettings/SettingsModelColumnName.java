package org.knime.core.node.defaultnodesettings;

import java.util.Objects;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code SettingsModelColumnName}: a column name or the RowID.
 * Stored like KNIME does: a child config named after the config name holding
 * {@code useRowID} (boolean) and {@code columnName} (string), plus the usual
 * {@code _Internals} sibling with model ID {@code SMID_string}. Same API as the
 * original (minus the flow-variable methods inherited in KNIME).
 */
public class SettingsModelColumnName extends SettingsModelString {

    private static final String CFG_COLUMN_NAME = "columnName";

    private static final String CFG_ROWID = "useRowID";

    private final String m_configName;

    private boolean m_useRowID;

    /**
     * @param configName non-empty key
     * @param defaultValue initial column name, may be null
     */
    public SettingsModelColumnName(final String configName, final String defaultValue) {
        super(CFG_COLUMN_NAME, defaultValue);
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
    }

    private SettingsModelColumnName(final String configName, final String value, final boolean useRowID) {
        super(CFG_COLUMN_NAME, value);
        m_configName = configName;
        m_useRowID = useRowID;
    }

    @Override
    protected SettingsModelColumnName createClone() {
        return new SettingsModelColumnName(m_configName, getStringValue(), m_useRowID);
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    /**
     * @param columnName selected column (ignored by readers if {@code useRowID})
     * @param useRowID whether the RowID is selected instead of a column
     */
    public void setSelection(final String columnName, final boolean useRowID) {
        boolean rowIdChanged = m_useRowID != useRowID;
        m_useRowID = useRowID;
        boolean nameChanged = !Objects.equals(getStringValue(), columnName);
        setStringValue(columnName); // notifies if the name changed
        if (rowIdChanged && !nameChanged) {
            notifyChangeListeners();
        }
    }

    /**
     * @return whether the RowID is selected instead of a column
     */
    public boolean useRowID() {
        return m_useRowID;
    }

    /**
     * @return the selected column name (check {@link #useRowID()} first)
     */
    public String getColumnName() {
        return getStringValue();
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO sub = settings.getNodeSettings(m_configName);
        sub.getBoolean(CFG_ROWID);
        super.validateSettingsForModel(sub);
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        NodeSettingsWO sub = settings.addNodeSettings(m_configName);
        sub.addBoolean(CFG_ROWID, m_useRowID);
        super.saveSettingsForDialog(sub);
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        NodeSettingsWO sub = settings.addNodeSettings(m_configName);
        sub.addBoolean(CFG_ROWID, m_useRowID);
        super.saveSettingsForModel(sub);
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            NodeSettingsRO sub = settings.getNodeSettings(m_configName);
            boolean useRowID = sub.getBoolean(CFG_ROWID);
            applyLoaded(useRowID, sub.getString(CFG_COLUMN_NAME, getStringValue()));
        } catch (InvalidSettingsException e) {
            // missing or broken: keep the current selection
        }
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO sub = settings.getNodeSettings(m_configName);
        boolean useRowID = sub.getBoolean(CFG_ROWID);
        applyLoaded(useRowID, sub.getString(CFG_COLUMN_NAME));
    }

    private void applyLoaded(final boolean useRowID, final String name) {
        setSelection(name, useRowID);
    }
}
