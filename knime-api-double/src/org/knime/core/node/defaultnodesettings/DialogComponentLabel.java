package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code DialogComponentLabel}: a text-only component that stores
 * no settings. Headless.
 */
public class DialogComponentLabel extends DialogComponent {

    private String m_text;

    /**
     * @param label text to show
     */
    public DialogComponentLabel(final String label) {
        super(new EmptySettingsModel());
        m_text = label;
    }

    /**
     * @param text new text
     */
    public void setText(final String text) {
        m_text = text;
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        // always configurable
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        // no widget
    }

    @Override
    public void setToolTipText(final String text) {
        // no widget
    }

    @Override
    protected void updateComponent() {
        // no widget
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        // stores nothing
    }
}
