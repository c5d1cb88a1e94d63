package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code DialogComponentString}: a labelled text field for a
 * {@link SettingsModelString}. Headless: the value lives in the model only; with
 * {@code disallowEmptyString} saving an empty or null value fails as in KNIME.
 */
public final class DialogComponentString extends DialogComponent {

    private final String m_label;

    private final boolean m_disallowEmpty;

    /**
     * @param stringModel model
     * @param label label text
     */
    public DialogComponentString(final SettingsModelString stringModel, final String label) {
        this(stringModel, label, false, 15);
    }

    /**
     * @param stringModel model
     * @param label label text
     * @param disallowEmptyString whether an empty value is rejected on save
     * @param compWidth field width in characters
     */
    public DialogComponentString(final SettingsModelString stringModel, final String label,
        final boolean disallowEmptyString, final int compWidth) {
        super(stringModel);
        m_label = label;
        m_disallowEmpty = disallowEmptyString;
    }

    @Override
    protected void updateComponent() {
        // no widget to update
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        String v = ((SettingsModelString)getModel()).getStringValue();
        if (m_disallowEmpty && (v == null || v.isEmpty())) {
            throw new InvalidSettingsException("Please enter a string value for \"" + m_label + "\".");
        }
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        // always configurable
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        // no widget
    }

    /**
     * @param width preferred width
     * @param height preferred height
     */
    public void setSizeComponents(final int width, final int height) {
        // no widget
    }

    @Override
    public void setToolTipText(final String text) {
        // no widget
    }
}
