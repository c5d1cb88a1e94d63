package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code DialogComponentBoolean}: a check box for a
 * {@link SettingsModelBoolean}. Headless: {@link #isSelected()} reports the model value.
 */
public final class DialogComponentBoolean extends DialogComponent {

    /**
     * @param booleanModel model
     * @param label check box text
     */
    public DialogComponentBoolean(final SettingsModelBoolean booleanModel, final String label) {
        super(booleanModel);
    }

    @Override
    protected void updateComponent() {
        // no widget to update
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        // nothing to check
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        // always configurable
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        // no widget
    }

    /** @return whether the box is ticked (the model value) */
    public boolean isSelected() {
        return ((SettingsModelBoolean)getModel()).getBooleanValue();
    }

    @Override
    public void setToolTipText(final String text) {
        // no widget
    }
}
