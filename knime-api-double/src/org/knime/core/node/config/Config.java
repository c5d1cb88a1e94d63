package org.knime.core.node.config;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeLogger;
import org.knime.core.node.config.base.AbstractConfigEntry;
import org.knime.core.node.config.base.ConfigBase;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.Config} (knime-core): the
 * settings tree used by nodes, base of {@code NodeSettings} and {@code ModelContent}.
 * Row keys are stored as strings (arrays as string arrays), as in KNIME. Data cells use
 * KNIME's layout: a child config with {@code datacell} = cell class name and a child
 * config named after that class holding the value under the cell's simple class name
 * (boolean, string, double, int, long cells; a missing cell has an empty child).
 * Simplified: other cell classes are not Java-serialized (a warning is logged, the cell
 * reads back as null); no {@code DataType} entries; no Java serialization helpers.
 */
public abstract class Config extends ConfigBase implements ConfigRO, ConfigWO {

    private static final long serialVersionUID = 1L;

    private static final String CFG_DATA_CELL = "datacell";

    private static final String CFG_ARRAY_SIZE = "array-size";

    /**
     * @param key the key of this config
     */
    protected Config(final String key) {
        super(key);
    }

    @Override
    public abstract Config getInstance(String key);

    @Override
    public final Config addConfig(final String key) {
        Config child = getInstance(key);
        put(child);
        return child;
    }

    /**
     * @param config child of exactly this class to append under its own key
     * @throws IllegalArgumentException if the class differs
     */
    protected final void addConfig(final Config config) {
        if (config.getClass() != getClass()) {
            throw new IllegalArgumentException(
                "Cannot add a " + config.getClass().getName() + " to a " + getClass().getName());
        }
        put(config);
    }

    @Override
    public final Config getConfig(final String key) throws InvalidSettingsException {
        AbstractConfigEntry e = get(key);
        if (!(e instanceof Config)) {
            throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
        }
        return (Config)e;
    }

    @Override
    public RowKey getRowKey(final String key) throws InvalidSettingsException {
        String s = getString(key);
        return s == null ? null : new RowKey(s);
    }

    @Override
    public RowKey getRowKey(final String key, final RowKey def) {
        String s = getString(key, def == null ? null : def.getString());
        return s == null ? null : new RowKey(s);
    }

    @Override
    public RowKey[] getRowKeyArray(final String key) throws InvalidSettingsException {
        return toKeys(getStringArray(key));
    }

    @Override
    public RowKey[] getRowKeyArray(final String key, final RowKey... def) {
        try {
            return getRowKeyArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addRowKey(final String key, final RowKey rowKey) {
        addString(key, rowKey == null ? null : rowKey.getString());
    }

    @Override
    public void addRowKeyArray(final String key, final RowKey... rowKey) {
        if (rowKey == null) {
            addStringArray(key, (String[])null);
            return;
        }
        String[] s = new String[rowKey.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = rowKey[i] == null ? null : rowKey[i].getString();
        }
        addStringArray(key, s);
    }

    @Override
    public void addDataCell(final String key, final DataCell cell) {
        Config c = addConfig(key);
        if (cell == null) {
            c.addString(CFG_DATA_CELL, null);
            return;
        }
        String className = cell.getClass().getName();
        c.addString(CFG_DATA_CELL, className);
        if (cell.isMissing()) {
            c.addConfig(className);
        } else if (cell.getClass() == BooleanCell.class) {
            c.addConfig(className).addBoolean("BooleanCell", ((BooleanCell)cell).getBooleanValue());
        } else if (cell.getClass() == StringCell.class) {
            c.addConfig(className).addString("StringCell", ((StringCell)cell).getStringValue());
        } else if (cell.getClass() == DoubleCell.class) {
            c.addConfig(className).addDouble("DoubleCell", ((DoubleCell)cell).getDoubleValue());
        } else if (cell.getClass() == LongCell.class) {
            c.addConfig(className).addLong("LongCell", ((LongCell)cell).getLongValue());
        } else if (cell.getClass() == IntCell.class) {
            c.addConfig(className).addInt("IntCell", ((IntCell)cell).getIntValue());
        } else {
            NodeLogger.getLogger(Config.class).warn(
                "Could not write DataCell of class " + className + " (not supported by the API double)");
        }
    }

    @Override
    public DataCell getDataCell(final String key) throws InvalidSettingsException {
        Config c = getConfig(key);
        String className = c.getString(CFG_DATA_CELL);
        if (className == null) {
            return null;
        }
        if (className.equals(DataType.getMissingCell().getClass().getName())) {
            return DataType.getMissingCell();
        }
        if (className.equals(BooleanCell.class.getName())) {
            return c.getConfig(className).getBoolean("BooleanCell") ? BooleanCell.TRUE : BooleanCell.FALSE;
        } else if (className.equals(StringCell.class.getName())) {
            return new StringCell(c.getConfig(className).getString("StringCell"));
        } else if (className.equals(DoubleCell.class.getName())) {
            return new DoubleCell(c.getConfig(className).getDouble("DoubleCell"));
        } else if (className.equals(LongCell.class.getName())) {
            return new LongCell(c.getConfig(className).getLong("LongCell"));
        } else if (className.equals(IntCell.class.getName())) {
            return new IntCell(c.getConfig(className).getInt("IntCell"));
        }
        NodeLogger.getLogger(Config.class).warn("Could not read DataCell: " + className);
        return null;
    }

    @Override
    public DataCell getDataCell(final String key, final DataCell def) {
        try {
            return getDataCell(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addDataCellArray(final String key, final DataCell... values) {
        Config c = addConfig(key);
        if (values != null) {
            c.addInt(CFG_ARRAY_SIZE, values.length);
            for (int i = 0; i < values.length; i++) {
                c.addDataCell(Integer.toString(i), values[i]);
            }
        }
    }

    @Override
    public DataCell[] getDataCellArray(final String key) throws InvalidSettingsException {
        Config c = getConfig(key);
        int size = c.getInt(CFG_ARRAY_SIZE, -1);
        if (size == -1) {
            return null;
        }
        DataCell[] r = new DataCell[size];
        for (int i = 0; i < size; i++) {
            r[i] = c.getDataCell(Integer.toString(i));
        }
        return r;
    }

    @Override
    public DataCell[] getDataCellArray(final String key, final DataCell... def) {
        try {
            return getDataCellArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    private static RowKey[] toKeys(final String[] s) {
        if (s == null) {
            return null;
        }
        RowKey[] r = new RowKey[s.length];
        for (int i = 0; i < s.length; i++) {
            r[i] = s[i] == null ? null : new RowKey(s[i]);
        }
        return r;
    }

    @Override
    public void addEntry(final AbstractConfigEntry entry) {
        put(entry);
    }

    @Override
    public String toString() {
        return getKey();
    }

    /**
     * Reads XML into the given config and returns it.
     *
     * @param config target
     * @param in stream, closed afterwards
     * @return the argument config
     * @throws IOException if reading or parsing fails
     */
    protected static Config loadFromXML(final Config config, final InputStream in) throws IOException {
        if (in == null) {
            throw new NullPointerException("Input stream must not be null");
        }
        config.load(in);
        return config;
    }

    @Override
    public void load(final InputStream is) throws IOException {
        super.load(is);
    }
}
