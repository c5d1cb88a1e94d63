package org.knime.core.node.config.base;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigBaseWO}
 * (knime-shared): write access to a settings tree. Adding under an existing key
 * replaces the previous entry. Simplified: {@code addPassword} is left out (KNIME's
 * encryption scheme is not reproduced).
 */
public interface ConfigBaseWO {

    /**
     * @param key child key
     * @return a new, empty child config (replacing any entry under the key)
     */
    ConfigBase addConfigBase(String key);

    /** @return the key of this config */
    String getKey();

    /**
     * @param key key
     * @param value value
     */
    void addInt(String key, int value);

    /**
     * @param key key
     * @param value value
     */
    void addDouble(String key, double value);

    /**
     * @param key key
     * @param value value
     */
    void addFloat(String key, float value);

    /**
     * @param key key
     * @param value value
     */
    void addChar(String key, char value);

    /**
     * @param key key
     * @param value value
     */
    void addShort(String key, short value);

    /**
     * @param key key
     * @param value value
     */
    void addLong(String key, long value);

    /**
     * @param key key
     * @param value value
     */
    void addByte(String key, byte value);

    /**
     * @param key key
     * @param value value, may be null
     */
    void addString(String key, String value);

    /**
     * @param key key
     * @param value value
     */
    void addBoolean(String key, boolean value);

    /**
     * @param key key
     * @param values values, may be null
     */
    void addIntArray(String key, int... values);

    /**
     * @param key key
     * @param values values, may be null
     */
    void addDoubleArray(String key, double... values);

    /**
     * @param key key
     * @param values values, may be null
     */
    void addFloatArray(String key, float... values);

    /**
     * @param key key
     * @param values values, may be null
     */
    void addByteArray(String key, byte... values);

    /**
     * @param key key
     * @param values values, may be null
     */
    void addShortArray(String key, short... values);

    /**
     * @param key key
     * @param values values, may be null
     */
    void addLongArray(String key, long... values);

    /**
     * @param key key
     * @param values values, may be null
     */
    void addCharArray(String key, char... values);

    /**
     * @param key key
     * @param values values, may be null
     */
    void addBooleanArray(String key, boolean... values);

    /**
     * @param key key
     * @param values values (array and elements may be null)
     */
    void addStringArray(String key, String... values);

    /**
     * Adds a string kept in memory only; it is never written to XML.
     *
     * @param key key
     * @param value value
     * @since 5.3
     */
    void addTransientString(String key, String value);
}
