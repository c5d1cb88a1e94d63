package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigBaseRO}
 * (knime-shared): read access to a settings tree. Getters without default throw
 * {@link InvalidSettingsException} when the key is missing or holds another type.
 * Simplified: the password getters ({@code getPassword}) are left out because KNIME's
 * encryption scheme is not reproduced.
 */
public interface ConfigBaseRO extends Iterable<String> {

    /**
     * @param key child key
     * @return the child config
     * @throws InvalidSettingsException if there is no child config under the key
     */
    ConfigBase getConfigBase(String key) throws InvalidSettingsException;

    /**
     * Writes this tree as KNIME settings XML; the stream is closed afterwards.
     *
     * @param os target stream
     * @throws IOException if writing fails
     */
    void saveToXML(OutputStream os) throws IOException;

    /**
     * @param config destination of a deep copy of all entries
     */
    void copyTo(ConfigBaseWO config);

    /** @return the key of this config */
    String getKey();

    /**
     * @param key key
     * @return value
     * @throws InvalidSettingsException if missing
     */
    int getInt(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @return value
     * @throws InvalidSettingsException if missing
     */
    double getDouble(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @return value
     * @throws InvalidSettingsException if missing
     */
    char getChar(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @return value
     * @throws InvalidSettingsException if missing
     */
    short getShort(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @return value
     * @throws InvalidSettingsException if missing
     */
    long getLong(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @return value
     * @throws InvalidSettingsException if missing
     */
    byte getByte(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @return value (may be null)
     * @throws InvalidSettingsException if missing
     */
    String getString(String key) throws InvalidSettingsException;

    /** @return unmodifiable set of the keys, in insertion order */
    Set<String> keySet();

    /**
     * @param key key
     * @return whether an entry (of any type) exists under the key
     */
    boolean containsKey(String key);

    /**
     * @param key key
     * @return value
     * @throws InvalidSettingsException if missing
     */
    boolean getBoolean(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @param def default
     * @return value or default
     */
    int getInt(String key, int def);

    /**
     * @param key key
     * @return array (may be null)
     * @throws InvalidSettingsException if missing
     */
    int[] getIntArray(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @param def default
     * @return array or default
     */
    int[] getIntArray(String key, int... def);

    /**
     * @param key key
     * @param def default
     * @return value or default
     */
    double getDouble(String key, double def);

    /**
     * @param key key
     * @return array (may be null)
     * @throws InvalidSettingsException if missing
     */
    double[] getDoubleArray(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @param def default
     * @return array or default
     */
    double[] getDoubleArray(String key, double... def);

    /**
     * @param key key
     * @return value
     * @throws InvalidSettingsException if missing
     */
    float getFloat(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @param def default
     * @return value or default
     */
    float getFloat(String key, float def);

    /**
     * @param key key
     * @return array (may be null)
     * @throws InvalidSettingsException if missing
     */
    float[] getFloatArray(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @param def default
     * @return array or default
     */
    float[] getFloatArray(String key, float... def);

    /**
     * @param key key
     * @param def default
     * @return value or default
     */
    char getChar(String key, char def);

    /**
     * @param key key
     * @return array (may be null)
     * @throws InvalidSettingsException if missing
     */
    char[] getCharArray(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @param def default
     * @return array or default
     */
    byte[] getByteArray(String key, byte... def);

    /**
     * @param key key
     * @return array (may be null)
     * @throws InvalidSettingsException if missing
     */
    byte[] getByteArray(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @param def default
     * @return value or default
     */
    byte getByte(String key, byte def);

    /**
     * @param key key
     * @return array (may be null)
     * @throws InvalidSettingsException if missing
     */
    short[] getShortArray(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @param def default
     * @return array or default
     */
    short[] getShortArray(String key, short... def);

    /**
     * @param key key
     * @return array (may be null)
     * @throws InvalidSettingsException if missing
     */
    long[] getLongArray(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @param def default
     * @return array or default
     */
    long[] getLongArray(String key, long... def);

    /**
     * @param key key
     * @param def default
     * @return value or default
     */
    short getShort(String key, short def);

    /**
     * @param key key
     * @param def default
     * @return value or default
     */
    long getLong(String key, long def);

    /**
     * @param key key
     * @param def default
     * @return array or default
     */
    char[] getCharArray(String key, char... def);

    /**
     * @param key key
     * @param def default
     * @return value or default
     */
    boolean getBoolean(String key, boolean def);

    /**
     * @param key key
     * @return array (may be null)
     * @throws InvalidSettingsException if missing
     */
    boolean[] getBooleanArray(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @param def default
     * @return array or default
     */
    boolean[] getBooleanArray(String key, boolean... def);

    /**
     * @param key key
     * @param def default
     * @return value (may be null) or default
     */
    String getString(String key, String def);

    /**
     * @param key key
     * @return array (may be null)
     * @throws InvalidSettingsException if missing
     */
    String[] getStringArray(String key) throws InvalidSettingsException;

    /**
     * @param key key
     * @param def default
     * @return array or default
     */
    String[] getStringArray(String key, String... def);

    @Override
    Iterator<String> iterator();

    /**
     * @param key key
     * @return the transient string, or null if absent (always absent after loading from XML)
     * @since 5.3
     */
    String getTransientString(String key);
}
