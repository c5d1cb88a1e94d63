package org.knime.core.node.defaultnodesettings;

import java.util.concurrent.CopyOnWriteArrayList;

import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.config.Config;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModel}:
 * a named setting shared by a node model and its dialog. As in KNIME, saving writes
 * the value(s) plus a sibling config {@code <configName>_Internals} holding
 * {@code SettingsModelID} and {@code EnabledStatus}; loading restores the enabled
 * state from it and tolerates its absence; a disabled model does not fail on invalid
 * values. Same public/protected API as the original (5.3); nothing simplified except
 * that the model-ID mismatch check is an {@code assert}, as in KNIME.
 */
public abstract class SettingsModel {

    /**
     * Suffix of the sibling config holding the model ID and enabled state.
     * @since 2.9
     */
    public static final String CFGKEY_INTERNAL = "_Internals";

    private static final String CFGKEY_MODELID = "SettingsModelID";

    private static final String CFGKEY_ENABLESTAT = "EnabledStatus";

    private final CopyOnWriteArrayList<ChangeListener> m_listeners = new CopyOnWriteArrayList<>();

    private boolean m_enabled = true;

    /** Creates an enabled model without listeners. */
    public SettingsModel() {
    }

    /**
     * Creates a copy of this model (without listeners) whose value is read from the
     * settings.
     *
     * @param <T> the concrete model type
     * @param settings settings to read
     * @return the new model
     * @throws InvalidSettingsException if the settings hold no valid value
     */
    public final <T extends SettingsModel> T createCloneWithValidatedValue(final NodeSettingsRO settings)
        throws InvalidSettingsException {
        T result = createClone();
        ((SettingsModel)result).m_enabled = m_enabled;
        ((SettingsModel)result).readEnableStatusAndCheckModelID(settings);
        ((SettingsModel)result).loadSettingsForModel(settings);
        return result;
    }

    /**
     * @param <T> the concrete model type
     * @return a copy with the same configuration and value (no listeners)
     */
    protected abstract <T extends SettingsModel> T createClone();

    /**
     * @return the ID written to {@code SettingsModelID}; compatible models share it
     */
    protected abstract String getModelTypeID();

    /**
     * @return the key the value is stored under
     */
    protected abstract String getConfigName();

    /**
     * Loads the value for the dialog, falling back to the current value; must not fail
     * on missing or invalid values.
     *
     * @param settings settings to read
     * @param specs input specs
     * @throws NotConfigurableException if the specs make the dialog unusable
     */
    protected abstract void loadSettingsForDialog(NodeSettingsRO settings, PortObjectSpec[] specs)
        throws NotConfigurableException;

    final void dlgLoadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            readEnableStatusAndCheckModelID(settings);
        } catch (InvalidSettingsException e) {
            // dialogs must open on empty or broken settings: keep the current enabled state
        }
        loadSettingsForDialog(settings, specs);
    }

    /**
     * Saves the value from the dialog.
     *
     * @param settings target
     * @throws InvalidSettingsException if the value cannot be saved
     */
    protected abstract void saveSettingsForDialog(NodeSettingsWO settings) throws InvalidSettingsException;

    final void dlgSaveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveEnableStatusAndModelID(settings);
        try {
            saveSettingsForDialog(settings);
        } catch (InvalidSettingsException e) {
            if (m_enabled) {
                throw e;
            }
        }
    }

    /**
     * Registers a listener notified on value and enabled-state changes (no duplicates).
     *
     * @param l listener
     */
    public void addChangeListener(final ChangeListener l) {
        if (!m_listeners.contains(l)) {
            m_listeners.add(l);
        }
    }

    /**
     * Registers a listener at the front of the list (no duplicates).
     *
     * @param l listener
     */
    protected void prependChangeListener(final ChangeListener l) {
        if (!m_listeners.contains(l)) {
            m_listeners.add(0, l);
        }
    }

    /**
     * @param l listener to remove
     */
    public void removeChangeListener(final ChangeListener l) {
        m_listeners.remove(l);
    }

    /** Notifies all listeners; call whenever the value changes. */
    protected void notifyChangeListeners() {
        ChangeEvent event = new ChangeEvent(this);
        for (ChangeListener l : m_listeners) {
            l.stateChanged(event);
        }
    }

    /**
     * @param enabled new enabled state; listeners are notified if it changes
     */
    public void setEnabled(final boolean enabled) {
        boolean changed = m_enabled != enabled;
        m_enabled = enabled;
        if (changed) {
            notifyChangeListeners();
        }
    }

    /**
     * @return whether the model is enabled
     */
    public boolean isEnabled() {
        return m_enabled;
    }

    /**
     * Checks the settings without changing this model. Values saved while the model was
     * disabled are not checked.
     *
     * @param settings settings to check
     * @throws InvalidSettingsException if the value is missing or invalid
     */
    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        boolean before = m_enabled;
        boolean savedEnabled;
        try {
            readEnableStatusAndCheckModelID(settings);
            savedEnabled = m_enabled;
        } finally {
            m_enabled = before;
        }
        if (savedEnabled) {
            validateSettingsForModel(settings);
        }
    }

    /**
     * @param settings settings to check (not assigned)
     * @throws InvalidSettingsException if the value is missing or invalid
     */
    protected abstract void validateSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException;

    /**
     * Loads the value (and enabled state). A disabled model ignores invalid values.
     *
     * @param settings settings to read
     * @throws InvalidSettingsException if the value is missing or invalid
     */
    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        readEnableStatusAndCheckModelID(settings);
        try {
            loadSettingsForModel(settings);
        } catch (InvalidSettingsException e) {
            if (m_enabled) {
                throw e;
            }
        }
    }

    /**
     * @param settings settings to read
     * @throws InvalidSettingsException if the value is missing or invalid
     */
    protected abstract void loadSettingsForModel(NodeSettingsRO settings) throws InvalidSettingsException;

    /**
     * Saves the value plus the {@code _Internals} config.
     *
     * @param settings target
     */
    public final void saveSettingsTo(final NodeSettingsWO settings) {
        saveEnableStatusAndModelID(settings);
        saveSettingsForModel(settings);
    }

    /**
     * @param settings target
     */
    protected abstract void saveSettingsForModel(NodeSettingsWO settings);

    private void readEnableStatusAndCheckModelID(final NodeSettingsRO settings) throws InvalidSettingsException {
        Config internals;
        try {
            internals = settings.getConfig(getConfigName() + CFGKEY_INTERNAL);
        } catch (InvalidSettingsException e) {
            return; // settings written without internals (older versions): tolerated
        }
        String id = internals.getString(CFGKEY_MODELID);
        m_enabled = internals.getBoolean(CFGKEY_ENABLESTAT);
        assert getModelTypeID().equals(id) : "Settings for " + this + " were written by a model with ID '" + id
            + "', expected '" + getModelTypeID() + "'";
    }

    private void saveEnableStatusAndModelID(final NodeSettingsWO settings) {
        Config internals = settings.addConfig(getConfigName() + CFGKEY_INTERNAL);
        internals.addString(CFGKEY_MODELID, getModelTypeID());
        internals.addBoolean(CFGKEY_ENABLESTAT, m_enabled);
    }

    /**
     * @return class name and config name, for messages
     */
    @Override
    public abstract String toString();
}
