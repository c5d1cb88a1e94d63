package org.knime.core.node.defaultnodesettings;

import java.util.HashSet;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.ButtonGroupEnumInterface;

/**
 * Stand-in for KNIME's {@code DialogComponentButtonGroup}: radio buttons whose action
 * command is stored in a {@link SettingsModelString}. Headless: the constructors check
 * their arguments as KNIME does (non-empty, unique action commands) and the model
 * keeps its value.
 */
public class DialogComponentButtonGroup extends DialogComponent {

    /**
     * @param stringModel model holding the selected action command
     * @param label group title, may be null
     * @param vertical orientation
     * @param elements options
     */
    public DialogComponentButtonGroup(final SettingsModelString stringModel, final String label,
        final boolean vertical, final ButtonGroupEnumInterface[] elements) {
        super(stringModel);
        if (elements == null || elements.length < 1) {
            throw new IllegalArgumentException("Elements must not be null");
        }
        String[] commands = new String[elements.length];
        for (int i = 0; i < elements.length; i++) {
            commands[i] = elements[i].getActionCommand();
        }
        checkUnique(commands);
    }

    /**
     * @param stringModel model holding the selected action command
     * @param label group title, may be null
     * @param vertical orientation
     * @param buttonLabels button texts
     * @param actionCommands action commands, same order and length as the labels
     */
    public DialogComponentButtonGroup(final SettingsModelString stringModel, final String label,
        final boolean vertical, final String[] buttonLabels, final String[] actionCommands) {
        this(stringModel, label, vertical, buttonLabels, actionCommands, stringModel.getStringValue());
    }

    /**
     * @param stringModel model holding the selected action command
     * @param label group title, may be null
     * @param vertical orientation
     * @param buttonLabels button texts
     * @param actionCommands action commands, same order and length as the labels
     * @param defaultAction initially selected action command
     * @deprecated use {@link #DialogComponentButtonGroup(SettingsModelString, String, boolean, String[], String[])}
     */
    @Deprecated
    public DialogComponentButtonGroup(final SettingsModelString stringModel, final String label,
        final boolean vertical, final String[] buttonLabels, final String[] actionCommands,
        final String defaultAction) {
        super(stringModel);
        if (buttonLabels == null || buttonLabels.length < 1) {
            throw new IllegalArgumentException("Labels must not be empty");
        }
        if (actionCommands == null || actionCommands.length < 1) {
            throw new IllegalArgumentException("ActionCommands must not be empty");
        }
        if (buttonLabels.length != actionCommands.length) {
            throw new IllegalArgumentException("Labels and actionCommands must be of equal size");
        }
        checkUnique(actionCommands);
    }

    /**
     * @param stringModel model holding the selected element
     * @param vertical orientation
     * @param label group title, may be null
     * @param elements labels, also used as action commands
     */
    public DialogComponentButtonGroup(final SettingsModelString stringModel, final boolean vertical,
        final String label, final String... elements) {
        this(stringModel, label, vertical, stringModel.getStringValue(), elements);
    }

    /**
     * @param stringModel model holding the selected element
     * @param label group title, may be null
     * @param vertical orientation
     * @param defaultElement initially selected element
     * @param elements labels, also used as action commands
     * @deprecated use {@link #DialogComponentButtonGroup(SettingsModelString, boolean, String, String...)}
     */
    @Deprecated
    public DialogComponentButtonGroup(final SettingsModelString stringModel, final String label,
        final boolean vertical, final String defaultElement, final String... elements) {
        super(stringModel);
        if (elements == null || elements.length < 1) {
            throw new IllegalArgumentException("Elements must not be empty");
        }
        checkUnique(elements);
    }

    private static void checkUnique(final String[] commands) {
        Set<String> seen = new HashSet<>();
        for (String c : commands) {
            if (!seen.add(c)) {
                throw new IllegalArgumentException("Duplicate action command found: " + c);
            }
        }
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) {
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
        // no widget to update
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        // the model holds the selected action command
    }
}
