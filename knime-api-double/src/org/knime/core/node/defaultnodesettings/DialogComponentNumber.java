package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.FlowVariableModel;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code DialogComponentNumber}: a labelled spinner for a
 * {@link SettingsModelInteger}, {@link SettingsModelLong} or {@link SettingsModelDouble} (bounded variants use
 * their bounds; KNIME 5.3 accepts a {@code SettingsModelLong} too). Simplified: headless (a flow variable model is
 * accepted but only its widget effect would matter, so it is ignored).
 */
public class DialogComponentNumber extends DialogComponent {

    /**
     * @param numberModel int or double model
     * @param label label text
     * @param stepSize spinner step
     */
    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize) {
        this(numberModel, label, stepSize, 10, null);
    }

    /**
     * @param numberModel int or double model
     * @param label label text
     * @param stepSize spinner step
     * @param fvm flow variable model for the little variable button, may be null
     */
    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize,
        final FlowVariableModel fvm) {
        this(numberModel, label, stepSize, 10, fvm);
    }

    /**
     * @param numberModel int or double model
     * @param label label text
     * @param stepSize spinner step
     * @param compWidth spinner width in characters (at least 1)
     */
    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize,
        final int compWidth) {
        this(numberModel, label, stepSize, compWidth, null);
    }

    /**
     * @param numberModel int or double model
     * @param label label text
     * @param stepSize spinner step
     * @param compWidth spinner width in characters (at least 1)
     * @param fvm flow variable model for the little variable button, may be null
     */
    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize,
        final int compWidth, final FlowVariableModel fvm) {
        super(numberModel);
        if (compWidth < 1) {
            throw new IllegalArgumentException("Width of component can't be smaller than 1");
        }
    }

    @Override
    protected void updateComponent() {
        // no widget to update
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        // the model already holds a valid number
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
}
