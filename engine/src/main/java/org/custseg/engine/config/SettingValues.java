package org.custseg.engine.config;

import java.util.Locale;
import java.util.StringJoiner;

/** Reads the stored name of a setting's enum constant; the one rule used by the command line's and nodes' settings. */
public final class SettingValues {

    private SettingValues() {
    }

    /**
     * @param <E> the enum type
     * @param type the enum class
     * @param label the setting's name as the user sees it, used in the message
     * @param value the stored value (constant name, any case, surrounding blanks ignored)
     * @return the constant
     * @throws IllegalArgumentException naming the setting, the value and the allowed values
     */
    public static <E extends Enum<E>> E parse(final Class<E> type, final String label, final String value) {
        if (value != null) {
            final String wanted = value.trim().toUpperCase(Locale.ROOT);
            for (final E e : type.getEnumConstants()) {
                if (e.name().equals(wanted)) {
                    return e;
                }
            }
        }
        final StringJoiner allowed = new StringJoiner(", ");
        for (final E e : type.getEnumConstants()) {
            allowed.add(e.name());
        }
        throw new IllegalArgumentException(
            "Unknown value '" + value + "' for '" + label + "'. Allowed values: " + allowed + ".");
    }
}
