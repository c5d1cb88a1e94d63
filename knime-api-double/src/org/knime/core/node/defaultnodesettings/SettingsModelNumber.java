package org.knime.core.node.defaultnodesettings;

/**
 * Stand-in for KNIME's {@code SettingsModelNumber}: common base of the int, long and
 * double models, with package-private string conversion used by
 * {@link DialogComponentNumber}. Same API as the original.
 */
public abstract class SettingsModelNumber extends SettingsModel {

    /** @return the current value as text */
    abstract String getNumberValueStr();

    /**
     * @param newValueStr new value as text
     * @throws IllegalArgumentException if the text is not a valid number for the model
     */
    abstract void setNumberValueStr(String newValueStr);
}
