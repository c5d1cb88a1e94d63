package org.knime.core.node.config.base;

import java.util.Objects;

/**
 * Package-private leaf entry holding one typed value; replaces KNIME's public
 * {@code ConfigIntEntry}, {@code ConfigStringEntry}, ... classes of the double.
 */
final class ConfigValueEntry extends AbstractConfigEntry {

    private static final long serialVersionUID = 1L;

    /** Integer, Long, Double, Float, Short, Byte, Character, Boolean or String (or null). */
    private final Object m_value;

    ConfigValueEntry(final ConfigEntries type, final String key, final Object value) {
        super(type, key);
        if (type == ConfigEntries.config) {
            throw new IllegalArgumentException("A value entry cannot be of type 'config'");
        }
        m_value = value;
    }

    Object getValue() {
        return m_value;
    }

    /**
     * Parses the textual value of an XML entry.
     *
     * @throws IllegalArgumentException if the text is not a valid value of the type
     */
    static ConfigValueEntry parse(final ConfigEntries type, final String key, final String text) {
        switch (type) {
            case xstring:
            case xpassword:
                return new ConfigValueEntry(type, key, text);
            case xtransientstring:
                // never written; if a file contains one anyway it is read as absent value
                return new ConfigValueEntry(type, key, null);
            case xint:
                return new ConfigValueEntry(type, key, Integer.valueOf(requireText(type, key, text).trim()));
            case xlong:
                return new ConfigValueEntry(type, key, Long.valueOf(requireText(type, key, text).trim()));
            case xshort:
                return new ConfigValueEntry(type, key, Short.valueOf(requireText(type, key, text).trim()));
            case xbyte:
                return new ConfigValueEntry(type, key, Byte.valueOf(requireText(type, key, text).trim()));
            case xdouble:
                return new ConfigValueEntry(type, key, Double.valueOf(requireText(type, key, text).trim()));
            case xfloat:
                return new ConfigValueEntry(type, key, Float.valueOf(requireText(type, key, text).trim()));
            case xboolean:
                return new ConfigValueEntry(type, key, Boolean.valueOf(requireText(type, key, text).trim()));
            case xchar:
                String c = requireText(type, key, text);
                if (c.length() != 1) {
                    throw new IllegalArgumentException(
                        "Entry '" + key + "' of type xchar must hold exactly one character, got \"" + c + "\"");
                }
                return new ConfigValueEntry(type, key, Character.valueOf(c.charAt(0)));
            default:
                throw new IllegalArgumentException("Entry '" + key + "' has unsupported type " + type);
        }
    }

    private static String requireText(final ConfigEntries type, final String key, final String text) {
        if (text == null) {
            throw new IllegalArgumentException("Entry '" + key + "' of type " + type + " must not be null");
        }
        return text;
    }

    ConfigValueEntry copy() {
        return new ConfigValueEntry(getType(), getKey(), m_value);
    }

    @Override
    public String toStringValue() {
        if (m_value == null) {
            return null;
        }
        return m_value.toString();
    }

    @Override
    boolean hasIdenticalValue(final AbstractConfigEntry ace) {
        return Objects.equals(m_value, ((ConfigValueEntry)ace).m_value);
    }
}
