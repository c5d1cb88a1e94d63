package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.swing.tree.TreeNode;
import javax.xml.parsers.ParserConfigurationException;

import org.knime.core.node.InvalidSettingsException;
import org.xml.sax.SAXException;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigBase}
 * (knime-shared): an ordered tree of typed entries keyed by string. Arrays are stored
 * as a child config holding {@code array-size} and the elements under "0".."n-1"
 * (a null array is a child config without {@code array-size}), as in KNIME.
 * Simplified: no Java serialization helpers ({@code writeToFile}/{@code readFromFile}),
 * no JSON export, no password entries (stored ones are kept verbatim).
 */
public abstract class ConfigBase extends AbstractConfigEntry implements ConfigBaseRO, ConfigBaseWO {

    private static final long serialVersionUID = 1L;

    private static final String ARRAY_SIZE = "array-size";

    private final LinkedHashMap<String, AbstractConfigEntry> m_map = new LinkedHashMap<>();

    /**
     * @param key the key of this config
     */
    public ConfigBase(final String key) {
        super(ConfigEntries.config, key);
    }

    /**
     * @param key key of the new config
     * @return a new, empty config of the same concrete class
     */
    public abstract ConfigBase getInstance(String key);

    /**
     * @param e entry to store under its key (replacing an existing one)
     */
    protected void put(final AbstractConfigEntry e) {
        m_map.put(e.getKey(), e);
        e.setParent(this);
    }

    /**
     * @param key key
     * @return the entry or null
     */
    protected AbstractConfigEntry get(final String key) {
        return m_map.get(key);
    }

    @Override
    public final ConfigBase addConfigBase(final String key) {
        ConfigBase child = getInstance(key);
        put(child);
        return child;
    }

    /**
     * @param config child of exactly this class to append under its own key
     * @throws IllegalArgumentException if the class differs
     */
    protected final void addConfigBase(final ConfigBase config) {
        if (config.getClass() != getClass()) {
            throw new IllegalArgumentException(
                "Cannot add a " + config.getClass().getName() + " to a " + getClass().getName());
        }
        put(config);
    }

    @Override
    public final ConfigBase getConfigBase(final String key) throws InvalidSettingsException {
        AbstractConfigEntry e = m_map.get(key);
        if (!(e instanceof ConfigBase)) {
            throw new InvalidSettingsException("ConfigBase for key \"" + key + "\" not found.");
        }
        return (ConfigBase)e;
    }

    // ---- typed scalar access -------------------------------------------------------------

    private void putValue(final ConfigEntries type, final String key, final Object value) {
        put(new ConfigValueEntry(type, key, value));
    }

    private Object value(final ConfigEntries type, final String what, final String key)
        throws InvalidSettingsException {
        AbstractConfigEntry e = m_map.get(key);
        if (e instanceof ConfigValueEntry && e.getType() == type) {
            return ((ConfigValueEntry)e).getValue();
        }
        throw new InvalidSettingsException(what + " for key \"" + key + "\" not found.");
    }

    private boolean has(final ConfigEntries type, final String key) {
        AbstractConfigEntry e = m_map.get(key);
        return e instanceof ConfigValueEntry && e.getType() == type;
    }

    @Override
    public void addInt(final String key, final int value) {
        putValue(ConfigEntries.xint, key, value);
    }

    @Override
    public int getInt(final String key) throws InvalidSettingsException {
        return (Integer)value(ConfigEntries.xint, "Int", key);
    }

    @Override
    public int getInt(final String key, final int def) {
        return has(ConfigEntries.xint, key) ? (Integer)((ConfigValueEntry)m_map.get(key)).getValue() : def;
    }

    @Override
    public void addDouble(final String key, final double value) {
        putValue(ConfigEntries.xdouble, key, value);
    }

    @Override
    public double getDouble(final String key) throws InvalidSettingsException {
        return (Double)value(ConfigEntries.xdouble, "Double", key);
    }

    @Override
    public double getDouble(final String key, final double def) {
        return has(ConfigEntries.xdouble, key) ? (Double)((ConfigValueEntry)m_map.get(key)).getValue() : def;
    }

    @Override
    public void addFloat(final String key, final float value) {
        putValue(ConfigEntries.xfloat, key, value);
    }

    @Override
    public float getFloat(final String key) throws InvalidSettingsException {
        return (Float)value(ConfigEntries.xfloat, "Float", key);
    }

    @Override
    public float getFloat(final String key, final float def) {
        return has(ConfigEntries.xfloat, key) ? (Float)((ConfigValueEntry)m_map.get(key)).getValue() : def;
    }

    @Override
    public void addChar(final String key, final char value) {
        putValue(ConfigEntries.xchar, key, value);
    }

    @Override
    public char getChar(final String key) throws InvalidSettingsException {
        return (Character)value(ConfigEntries.xchar, "Char", key);
    }

    @Override
    public char getChar(final String key, final char def) {
        return has(ConfigEntries.xchar, key) ? (Character)((ConfigValueEntry)m_map.get(key)).getValue() : def;
    }

    @Override
    public void addShort(final String key, final short value) {
        putValue(ConfigEntries.xshort, key, value);
    }

    @Override
    public short getShort(final String key) throws InvalidSettingsException {
        return (Short)value(ConfigEntries.xshort, "Short", key);
    }

    @Override
    public short getShort(final String key, final short def) {
        return has(ConfigEntries.xshort, key) ? (Short)((ConfigValueEntry)m_map.get(key)).getValue() : def;
    }

    @Override
    public void addLong(final String key, final long value) {
        putValue(ConfigEntries.xlong, key, value);
    }

    @Override
    public long getLong(final String key) throws InvalidSettingsException {
        return (Long)value(ConfigEntries.xlong, "Long", key);
    }

    @Override
    public long getLong(final String key, final long def) {
        return has(ConfigEntries.xlong, key) ? (Long)((ConfigValueEntry)m_map.get(key)).getValue() : def;
    }

    @Override
    public void addByte(final String key, final byte value) {
        putValue(ConfigEntries.xbyte, key, value);
    }

    @Override
    public byte getByte(final String key) throws InvalidSettingsException {
        return (Byte)value(ConfigEntries.xbyte, "Byte", key);
    }

    @Override
    public byte getByte(final String key, final byte def) {
        return has(ConfigEntries.xbyte, key) ? (Byte)((ConfigValueEntry)m_map.get(key)).getValue() : def;
    }

    @Override
    public void addString(final String key, final String value) {
        putValue(ConfigEntries.xstring, key, value);
    }

    @Override
    public String getString(final String key) throws InvalidSettingsException {
        return (String)value(ConfigEntries.xstring, "String", key);
    }

    @Override
    public String getString(final String key, final String def) {
        return has(ConfigEntries.xstring, key) ? (String)((ConfigValueEntry)m_map.get(key)).getValue() : def;
    }

    @Override
    public void addBoolean(final String key, final boolean value) {
        putValue(ConfigEntries.xboolean, key, value);
    }

    @Override
    public boolean getBoolean(final String key) throws InvalidSettingsException {
        return (Boolean)value(ConfigEntries.xboolean, "Boolean", key);
    }

    @Override
    public boolean getBoolean(final String key, final boolean def) {
        return has(ConfigEntries.xboolean, key) ? (Boolean)((ConfigValueEntry)m_map.get(key)).getValue() : def;
    }

    @Override
    public void addTransientString(final String key, final String value) {
        putValue(ConfigEntries.xtransientstring, key, value);
    }

    @Override
    public String getTransientString(final String key) {
        return has(ConfigEntries.xtransientstring, key)
            ? (String)((ConfigValueEntry)m_map.get(key)).getValue() : null;
    }

    // ---- arrays -------------------------------------------------------------------------

    /** Adds the array child config; returns null when the array itself is null. */
    private ConfigBase addArray(final String key, final int length, final boolean isNull) {
        ConfigBase child = addConfigBase(key);
        if (isNull) {
            return null;
        }
        child.addInt(ARRAY_SIZE, length);
        return child;
    }

    /** Returns the array child config, or null for a stored null array. */
    private ConfigBase arrayConfig(final String key) throws InvalidSettingsException {
        ConfigBase child = getConfigBase(key);
        return child.containsKey(ARRAY_SIZE) ? child : null;
    }

    private static int size(final ConfigBase arr) throws InvalidSettingsException {
        int n = arr.getInt(ARRAY_SIZE);
        if (n < 0) {
            throw new InvalidSettingsException(
                "Array \"" + arr.getKey() + "\" has a negative " + ARRAY_SIZE + " (" + n + ")");
        }
        return n;
    }

    @Override
    public void addIntArray(final String key, final int... values) {
        ConfigBase a = addArray(key, values == null ? 0 : values.length, values == null);
        for (int i = 0; a != null && i < values.length; i++) {
            a.addInt(Integer.toString(i), values[i]);
        }
    }

    @Override
    public int[] getIntArray(final String key) throws InvalidSettingsException {
        ConfigBase a = arrayConfig(key);
        if (a == null) {
            return null;
        }
        int[] r = new int[size(a)];
        for (int i = 0; i < r.length; i++) {
            r[i] = a.getInt(Integer.toString(i));
        }
        return r;
    }

    @Override
    public int[] getIntArray(final String key, final int... def) {
        try {
            return getIntArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addDoubleArray(final String key, final double... values) {
        ConfigBase a = addArray(key, values == null ? 0 : values.length, values == null);
        for (int i = 0; a != null && i < values.length; i++) {
            a.addDouble(Integer.toString(i), values[i]);
        }
    }

    @Override
    public double[] getDoubleArray(final String key) throws InvalidSettingsException {
        ConfigBase a = arrayConfig(key);
        if (a == null) {
            return null;
        }
        double[] r = new double[size(a)];
        for (int i = 0; i < r.length; i++) {
            r[i] = a.getDouble(Integer.toString(i));
        }
        return r;
    }

    @Override
    public double[] getDoubleArray(final String key, final double... def) {
        try {
            return getDoubleArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addFloatArray(final String key, final float... values) {
        ConfigBase a = addArray(key, values == null ? 0 : values.length, values == null);
        for (int i = 0; a != null && i < values.length; i++) {
            a.addFloat(Integer.toString(i), values[i]);
        }
    }

    @Override
    public float[] getFloatArray(final String key) throws InvalidSettingsException {
        ConfigBase a = arrayConfig(key);
        if (a == null) {
            return null;
        }
        float[] r = new float[size(a)];
        for (int i = 0; i < r.length; i++) {
            r[i] = a.getFloat(Integer.toString(i));
        }
        return r;
    }

    @Override
    public float[] getFloatArray(final String key, final float... def) {
        try {
            return getFloatArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addCharArray(final String key, final char... values) {
        ConfigBase a = addArray(key, values == null ? 0 : values.length, values == null);
        for (int i = 0; a != null && i < values.length; i++) {
            a.addChar(Integer.toString(i), values[i]);
        }
    }

    @Override
    public char[] getCharArray(final String key) throws InvalidSettingsException {
        ConfigBase a = arrayConfig(key);
        if (a == null) {
            return null;
        }
        char[] r = new char[size(a)];
        for (int i = 0; i < r.length; i++) {
            r[i] = a.getChar(Integer.toString(i));
        }
        return r;
    }

    @Override
    public char[] getCharArray(final String key, final char... def) {
        try {
            return getCharArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addByteArray(final String key, final byte... values) {
        ConfigBase a = addArray(key, values == null ? 0 : values.length, values == null);
        for (int i = 0; a != null && i < values.length; i++) {
            a.addByte(Integer.toString(i), values[i]);
        }
    }

    @Override
    public byte[] getByteArray(final String key) throws InvalidSettingsException {
        ConfigBase a = arrayConfig(key);
        if (a == null) {
            return null;
        }
        byte[] r = new byte[size(a)];
        for (int i = 0; i < r.length; i++) {
            r[i] = a.getByte(Integer.toString(i));
        }
        return r;
    }

    @Override
    public byte[] getByteArray(final String key, final byte... def) {
        try {
            return getByteArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addShortArray(final String key, final short... values) {
        ConfigBase a = addArray(key, values == null ? 0 : values.length, values == null);
        for (int i = 0; a != null && i < values.length; i++) {
            a.addShort(Integer.toString(i), values[i]);
        }
    }

    @Override
    public short[] getShortArray(final String key) throws InvalidSettingsException {
        ConfigBase a = arrayConfig(key);
        if (a == null) {
            return null;
        }
        short[] r = new short[size(a)];
        for (int i = 0; i < r.length; i++) {
            r[i] = a.getShort(Integer.toString(i));
        }
        return r;
    }

    @Override
    public short[] getShortArray(final String key, final short... def) {
        try {
            return getShortArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addLongArray(final String key, final long... values) {
        ConfigBase a = addArray(key, values == null ? 0 : values.length, values == null);
        for (int i = 0; a != null && i < values.length; i++) {
            a.addLong(Integer.toString(i), values[i]);
        }
    }

    @Override
    public long[] getLongArray(final String key) throws InvalidSettingsException {
        ConfigBase a = arrayConfig(key);
        if (a == null) {
            return null;
        }
        long[] r = new long[size(a)];
        for (int i = 0; i < r.length; i++) {
            r[i] = a.getLong(Integer.toString(i));
        }
        return r;
    }

    @Override
    public long[] getLongArray(final String key, final long... def) {
        try {
            return getLongArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addBooleanArray(final String key, final boolean... values) {
        ConfigBase a = addArray(key, values == null ? 0 : values.length, values == null);
        for (int i = 0; a != null && i < values.length; i++) {
            a.addBoolean(Integer.toString(i), values[i]);
        }
    }

    @Override
    public boolean[] getBooleanArray(final String key) throws InvalidSettingsException {
        ConfigBase a = arrayConfig(key);
        if (a == null) {
            return null;
        }
        boolean[] r = new boolean[size(a)];
        for (int i = 0; i < r.length; i++) {
            r[i] = a.getBoolean(Integer.toString(i));
        }
        return r;
    }

    @Override
    public boolean[] getBooleanArray(final String key, final boolean... def) {
        try {
            return getBooleanArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addStringArray(final String key, final String... values) {
        ConfigBase a = addArray(key, values == null ? 0 : values.length, values == null);
        for (int i = 0; a != null && i < values.length; i++) {
            a.addString(Integer.toString(i), values[i]);
        }
    }

    @Override
    public String[] getStringArray(final String key) throws InvalidSettingsException {
        ConfigBase a = arrayConfig(key);
        if (a == null) {
            return null;
        }
        String[] r = new String[size(a)];
        for (int i = 0; i < r.length; i++) {
            r[i] = a.getString(Integer.toString(i));
        }
        return r;
    }

    @Override
    public String[] getStringArray(final String key, final String... def) {
        try {
            return getStringArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    // ---- structure ------------------------------------------------------------------------

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(m_map.keySet());
    }

    @Override
    public boolean containsKey(final String key) {
        return m_map.containsKey(key);
    }

    /**
     * @param key key
     * @return the entry stored under the key, or null
     */
    public AbstractConfigEntry getEntry(final String key) {
        return m_map.get(key);
    }

    /**
     * @param entry entry to store under its own key
     */
    public void addEntry(final AbstractConfigEntry entry) {
        put(entry);
    }

    @Override
    public final Iterator<String> iterator() {
        return keySet().iterator();
    }

    /**
     * @param otherConfig a config of the same class
     * @return whether both hold the same keys with identical entries
     */
    @Override
    public boolean hasIdenticalValue(final AbstractConfigEntry otherConfig) {
        ConfigBase other = (ConfigBase)otherConfig;
        if (m_map.size() != other.m_map.size()) {
            return false;
        }
        for (Map.Entry<String, AbstractConfigEntry> e : m_map.entrySet()) {
            AbstractConfigEntry mine = e.getValue();
            AbstractConfigEntry theirs = other.m_map.get(e.getKey());
            if (theirs == null || mine.getClass() != theirs.getClass() || !mine.isIdentical(theirs)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public final String toStringValue() {
        return getKey();
    }

    @Override
    public String toString() {
        return getKey();
    }

    /**
     * Appends an indented, human readable dump of the whole tree.
     *
     * @param buf buffer to append to
     */
    public final void toString(final StringBuffer buf) {
        dump(0, buf);
    }

    private void dump(final int depth, final StringBuffer buf) {
        for (AbstractConfigEntry e : m_map.values()) {
            buf.append("  ".repeat(depth)).append("key=").append(e.getKey()).append(",type=").append(e.getType());
            if (e instanceof ConfigBase) {
                buf.append(":\n");
                ((ConfigBase)e).dump(depth + 1, buf);
            } else {
                String v = e.toStringValue();
                buf.append(v == null ? "->null" : "->" + v).append('\n');
            }
        }
    }

    // ---- XML ----------------------------------------------------------------------------------

    @Override
    public final void saveToXML(final OutputStream os) throws IOException {
        if (os == null) {
            throw new NullPointerException("Output stream must not be null");
        }
        XMLConfig.save(this, os);
    }

    /**
     * Reads XML into the given config and returns it.
     *
     * @param config target
     * @param in stream, closed afterwards
     * @return the argument config
     * @throws IOException if reading or parsing fails
     */
    protected static ConfigBase loadFromXML(final ConfigBase config, final InputStream in) throws IOException {
        if (in == null) {
            throw new NullPointerException("Input stream must not be null");
        }
        config.load(in);
        return config;
    }

    /**
     * Adds all entries of the XML document to this config (the root key replaces this key).
     *
     * @param is stream, closed afterwards
     * @throws IOException if reading or parsing fails
     */
    public void load(final InputStream is) throws IOException {
        try {
            XMLConfig.load(this, is);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            is.close();
        }
    }

    @Override
    public void copyTo(final ConfigBaseWO dest) {
        for (AbstractConfigEntry e : m_map.values()) {
            if (e instanceof ConfigBase) {
                ((ConfigBase)e).copyTo(dest.addConfigBase(e.getKey()));
            } else {
                ((ConfigBase)dest).addEntry(((ConfigValueEntry)e).copy());
            }
        }
    }

    // ---- TreeNode --------------------------------------------------------------------------

    @Override
    public TreeNode getChildAt(final int childIndex) {
        return new ArrayList<>(m_map.values()).get(childIndex);
    }

    @Override
    public int getChildCount() {
        return m_map.size();
    }

    @Override
    public int getIndex(final TreeNode node) {
        List<AbstractConfigEntry> children = new ArrayList<>(m_map.values());
        return children.indexOf(node);
    }

    @Override
    public final boolean isLeaf() {
        return m_map.isEmpty();
    }

    @Override
    public final Enumeration<TreeNode> children() {
        return Collections.enumeration(new ArrayList<TreeNode>(m_map.values()));
    }
}
