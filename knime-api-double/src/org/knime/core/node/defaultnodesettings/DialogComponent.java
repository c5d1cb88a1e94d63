package org.knime.core.node.defaultnodesettings;

import java.awt.Color;

import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.event.ChangeListener;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code DialogComponent}: a dialog widget bound to a
 * {@link SettingsModel}. Loading and saving go through the model exactly as in KNIME
 * (including {@code _Internals}); the widget itself is not built. Simplified: the panel
 * is an empty {@link JPanel}, error colouring does nothing visible.
 */
public abstract class DialogComponent {

    /** Default foreground colour of editable components. */
    protected static final Color DEFAULT_FG = Color.BLACK;

    /** Default background colour of editable components. */
    protected static final Color DEFAULT_BG = Color.WHITE;

    private final SettingsModel m_model;

    private final JPanel m_panel = new JPanel();

    private PortObjectSpec[] m_lastSpecs;

    /**
     * @param model the model holding this component's value
     */
    public DialogComponent(final SettingsModel model) {
        if (model == null) {
            throw new NullPointerException("SettingsModel can't be null.");
        }
        m_model = model;
    }

    /** @return the panel to place in a dialog */
    public JPanel getComponentPanel() {
        return m_panel;
    }

    /** @return the model of this component */
    public final SettingsModel getModel() {
        return m_model;
    }

    /**
     * @param portID input port
     * @return the spec of that port from the last load, may be null
     */
    protected final PortObjectSpec getLastTableSpec(final int portID) {
        if (m_lastSpecs == null || portID < 0 || portID >= m_lastSpecs.length) {
            return null;
        }
        return m_lastSpecs[portID];
    }

    /** @return the specs from the last load, may be null */
    protected final PortObjectSpec[] getLastTableSpecs() {
        return m_lastSpecs;
    }

    /**
     * Loads the model's value for the dialog.
     *
     * @param settings node settings
     * @param specs input specs
     * @throws NotConfigurableException if the specs make this component unusable
     */
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        m_lastSpecs = specs;
        checkConfigurabilityBeforeLoad(specs);
        if (!(m_model instanceof EmptySettingsModel)) {
            m_model.dlgLoadSettingsFrom(settings, specs);
        }
        updateComponent();
    }

    /** Shows the model's value in the widget. */
    protected abstract void updateComponent();

    /**
     * Saves the model's value (errors of disabled components are ignored).
     *
     * @param settings node settings
     * @throws InvalidSettingsException if an enabled component holds an invalid value
     */
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        try {
            validateSettingsBeforeSave();
        } catch (InvalidSettingsException e) {
            if (m_model.isEnabled()) {
                throw e;
            }
        }
        if (!(m_model instanceof EmptySettingsModel)) {
            m_model.dlgSaveSettingsTo(settings);
        }
    }

    /**
     * Commits and checks the widget's value before saving.
     *
     * @throws InvalidSettingsException if the value is invalid
     */
    protected abstract void validateSettingsBeforeSave() throws InvalidSettingsException;

    /**
     * @param specs input specs
     * @throws NotConfigurableException if the specs make this component unusable
     */
    protected abstract void checkConfigurabilityBeforeLoad(PortObjectSpec[] specs) throws NotConfigurableException;

    /**
     * @param enabled new state (also set on the model)
     * @deprecated enable or disable the model instead
     */
    @Deprecated
    public final void setEnabled(final boolean enabled) {
        m_model.setEnabled(enabled);
        setEnabledComponents(enabled);
    }

    /**
     * @param enabled new state of the contained widgets
     */
    protected abstract void setEnabledComponents(boolean enabled);

    /**
     * Marks a text field as erroneous (no visible effect in this double).
     *
     * @param field the field
     */
    protected void showError(final JTextField field) {
        // no visible widgets in the double
    }

    /**
     * Clears an error mark (no visible effect in this double).
     *
     * @param field the field
     */
    protected void clearError(final JTextField field) {
        // no visible widgets in the double
    }

    /**
     * @param text tool tip for the contained widgets
     */
    public abstract void setToolTipText(String text);

    /** Model for components that store nothing (labels). Saves and loads nothing. */
    protected static final class EmptySettingsModel extends SettingsModel {

        /** Creates the empty model. */
        public EmptySettingsModel() {
        }

        @Override
        public String toString() {
            return getClass().getSimpleName() + " ('EMPTYMODELID')";
        }

        @Override
        public void addChangeListener(final ChangeListener l) {
            // nothing ever changes
        }

        @Override
        protected void prependChangeListener(final ChangeListener l) {
            // nothing ever changes
        }

        @Override
        protected void notifyChangeListeners() {
            // nothing ever changes
        }

        @Override
        public void removeChangeListener(final ChangeListener l) {
            // nothing ever changes
        }

        @Override
        public boolean isEnabled() {
            return true;
        }

        @Override
        public void setEnabled(final boolean enabled) {
            // always enabled
        }

        @SuppressWarnings("unchecked")
        @Override
        protected EmptySettingsModel createClone() {
            return new EmptySettingsModel();
        }

        @Override
        protected String getConfigName() {
            return "EMPTYMODEL" + System.identityHashCode(this);
        }

        @Override
        protected String getModelTypeID() {
            return "EMPTYMODELID";
        }

        @Override
        protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
            throws NotConfigurableException {
            // stores nothing
        }

        @Override
        protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
            // stores nothing
        }

        @Override
        protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
            // stores nothing
        }

        @Override
        protected void saveSettingsForModel(final NodeSettingsWO settings) {
            // stores nothing
        }

        @Override
        protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
            // stores nothing
        }
    }
}
