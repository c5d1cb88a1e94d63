package org.knime.core.node.util;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.util.ButtonGroupEnumInterface}: one
 * option of a {@code DialogComponentButtonGroup}, usually implemented by an enum.
 * Same methods as the original.
 */
public interface ButtonGroupEnumInterface {

    /** @return the text to display */
    String getText();

    /** @return the unique action command, stored in the settings model (often {@code name()}) */
    String getActionCommand();

    /** @return the tool tip, may be null */
    String getToolTip();

    /** @return whether this option is selected by default */
    boolean isDefault();
}
