package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code DialogComponentColumnFilter2}: include/exclude column
 * lists for a {@link SettingsModelColumnFilter2} on a given input port. Headless: on
 * load the model maps its lists onto the input spec (as KNIME does); the lists are not
 * editable.
 *
 * @since 2.6
 */
public class DialogComponentColumnFilter2 extends DialogComponent {

    /**
     * @param model model
     * @param inPortIdx input port whose spec lists the columns
     */
    public DialogComponentColumnFilter2(final SettingsModelColumnFilter2 model, final int inPortIdx) {
        this(model, inPortIdx, false);
    }

    /**
     * @param model model
     * @param inPortIdx input port whose spec lists the columns
     * @param showSelectionListsOnly whether to hide the extra options
     */
    public DialogComponentColumnFilter2(final SettingsModelColumnFilter2 model, final int inPortIdx,
        final boolean showSelectionListsOnly) {
        super(model);
        model.setInputPortIndex(inPortIdx);
    }

    @Override
    protected void updateComponent() {
        // no widget to update
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        // the model holds the lists
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        // opens with empty lists, as in KNIME
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        // no widget
    }

    /**
     * @param title title of the include list
     */
    public void setIncludeTitle(final String title) {
        // no widget
    }

    /**
     * @param title title of the exclude list
     */
    public void setExcludeTitle(final String title) {
        // no widget
    }

    @Override
    public void setToolTipText(final String text) {
        // no widget
    }
}
