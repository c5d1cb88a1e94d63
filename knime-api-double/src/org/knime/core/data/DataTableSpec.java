package org.knime.core.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.swing.JComponent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataTableSpec}: the immutable, ordered list of column specs
 * of a table, with a name and optional properties. Equality is by value (name, columns incl. domains,
 * properties), as in KNIME; {@link #equalStructure(DataTableSpec)} ignores domains.
 *
 * <p>Simplified: no color/shape/size handlers and row attributes, no merging, no port view
 * ({@link #getViews()} returns an empty array); {@link #save(ConfigWO)}/{@link #load(ConfigRO)} use
 * KNIME-like keys (see {@link DataColumnSpec#save(ConfigWO)} for what is kept of domains). The port
 * serializer is provided by the double's {@code PortTypeRegistry}.
 */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    private static final String DFT_SPEC_NAME = "default";

    /** KNIME's (names, types) constructor uses this name. */
    private static final String NAMES_TYPES_SPEC_NAME = "spec_name";

    private final String m_name;

    private final DataColumnSpec[] m_columnSpecs;

    private final Map<String, Integer> m_colIndexMap = new HashMap<>();

    private final Map<String, String> m_properties;

    /** Empty spec named "default". */
    public DataTableSpec() {
        this(DFT_SPEC_NAME);
    }

    /** @param colSpecs the columns; names must be unique */
    public DataTableSpec(final DataColumnSpec... colSpecs) {
        this(DFT_SPEC_NAME, colSpecs);
    }

    /**
     * Concatenates the columns of two specs.
     *
     * @param spec1 first spec
     * @param spec2 second spec
     * @throws IllegalArgumentException on duplicate column names
     */
    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
        this(concatName(spec1.getName(), spec2.getName()), spec1, spec2);
    }

    /** @param name the spec name */
    public DataTableSpec(final String name) {
        this(name, new DataColumnSpec[0]);
    }

    /**
     * @param name the spec name, {@code null} for "default"
     * @param colSpecs the columns; names must be unique
     */
    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
        this(name, colSpecs, Collections.<String, String> emptyMap());
    }

    /**
     * @param name the spec name
     * @param spec1 first spec
     * @param spec2 second spec
     */
    public DataTableSpec(final String name, final DataTableSpec spec1, final DataTableSpec spec2) {
        this(name, appendColumns(spec1, spec2));
    }

    /**
     * @param name the spec name
     * @param names column names
     * @param types column types
     */
    public DataTableSpec(final String name, final String[] names, final DataType[] types) {
        this(name, createColumnSpecs(names, types));
    }

    /**
     * @param names column names
     * @param types column types
     */
    public DataTableSpec(final String[] names, final DataType[] types) {
        this(NAMES_TYPES_SPEC_NAME, names, types);
    }

    DataTableSpec(final String name, final DataColumnSpec[] colSpecs, final Map<String, String> properties) {
        m_name = name == null ? DFT_SPEC_NAME : name;
        m_columnSpecs = new DataColumnSpec[colSpecs.length];
        for (int i = 0; i < colSpecs.length; i++) {
            DataColumnSpec c = colSpecs[i];
            if (c == null) {
                throw new NullPointerException("Column spec at index " + i + " is null.");
            }
            Integer dup = m_colIndexMap.put(c.getName(), i);
            if (dup != null) {
                throw new IllegalArgumentException("Duplicate column name \"" + c.getName() + "\" at positions "
                    + dup + " and " + i + ".");
            }
            m_columnSpecs[i] = c;
        }
        m_properties = properties.isEmpty() ? Collections.<String, String> emptyMap()
            : new LinkedHashMap<>(properties);
    }

    private static String concatName(final String n1, final String n2) {
        if (DFT_SPEC_NAME.equals(n1) && DFT_SPEC_NAME.equals(n2)) {
            return DFT_SPEC_NAME;
        }
        return n1 + "+" + n2;
    }

    private static DataColumnSpec[] appendColumns(final DataTableSpec s1, final DataTableSpec s2) {
        DataColumnSpec[] result = new DataColumnSpec[s1.getNumColumns() + s2.getNumColumns()];
        System.arraycopy(s1.m_columnSpecs, 0, result, 0, s1.getNumColumns());
        System.arraycopy(s2.m_columnSpecs, 0, result, s1.getNumColumns(), s2.getNumColumns());
        return result;
    }

    /**
     * @param names column names
     * @param types column types, same length
     * @return column specs without domain
     * @throws IllegalArgumentException if lengths differ or names are duplicated
     */
    public static final DataColumnSpec[] createColumnSpecs(final String[] names, final DataType[] types) {
        if (names.length != types.length) {
            throw new IllegalArgumentException("Parameter arrays names and types must have the same length (names: "
                + names.length + ", types: " + types.length + ").");
        }
        Set<String> seen = new HashSet<>();
        DataColumnSpec[] result = new DataColumnSpec[names.length];
        for (int i = 0; i < names.length; i++) {
            if (!seen.add(names[i])) {
                throw new IllegalArgumentException("Duplicate column name \"" + names[i] + "\" at position " + i);
            }
            result[i] = new DataColumnSpecCreator(names[i], types[i]).createSpec();
        }
        return result;
    }

    /**
     * @param valueClass a value interface
     * @return whether any column is compatible with it
     */
    public boolean containsCompatibleType(final Class<? extends DataValue> valueClass) {
        if (valueClass == null) {
            return false;
        }
        for (DataColumnSpec c : m_columnSpecs) {
            if (c.getType().isCompatible(valueClass)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param columnName a name, may be {@code null}
     * @return whether a column of that name exists
     */
    public boolean containsName(final String columnName) {
        return findColumnIndex(columnName) >= 0;
    }

    /**
     * @param spec other spec
     * @return whether both have the same column names and types in the same order
     */
    public boolean equalStructure(final DataTableSpec spec) {
        if (spec == this) {
            return true;
        }
        if (spec == null || spec.getNumColumns() != getNumColumns()) {
            return false;
        }
        for (int i = 0; i < m_columnSpecs.length; i++) {
            if (!m_columnSpecs[i].equalStructure(spec.m_columnSpecs[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(final Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof DataTableSpec)) {
            return false;
        }
        DataTableSpec o = (DataTableSpec)obj;
        return m_name.equals(o.m_name) && Arrays.equals(m_columnSpecs, o.m_columnSpecs)
            && m_properties.equals(o.m_properties);
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (DataColumnSpec c : m_columnSpecs) {
            h ^= c.hashCode();
        }
        return h ^ m_properties.hashCode();
    }

    /** @return the properties (unmodifiable) */
    public Map<String, String> getProperties() {
        return Collections.unmodifiableMap(m_properties);
    }

    /**
     * @param columnName a name, may be {@code null}
     * @return index of the column or -1
     */
    public int findColumnIndex(final String columnName) {
        if (columnName == null) {
            return -1;
        }
        Integer i = m_colIndexMap.get(columnName);
        return i == null ? -1 : i;
    }

    /** @return the column names in order */
    public final String[] getColumnNames() {
        String[] names = new String[m_columnSpecs.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = m_columnSpecs[i].getName();
        }
        return names;
    }

    /**
     * @param index column index
     * @return the column spec
     * @throws ArrayIndexOutOfBoundsException for a bad index
     */
    public DataColumnSpec getColumnSpec(final int index) {
        return m_columnSpecs[index];
    }

    /**
     * @param column a column name
     * @return its spec or {@code null}
     */
    public DataColumnSpec getColumnSpec(final String column) {
        int i = findColumnIndex(column);
        return i < 0 ? null : m_columnSpecs[i];
    }

    DataColumnSpec[] getColumnSpecs() {
        return m_columnSpecs;
    }

    /** @return the name of this spec */
    public String getName() {
        return m_name;
    }

    /** @return the number of columns */
    public int getNumColumns() {
        return m_columnSpecs.length;
    }

    /** @return an unmodifiable iterator over the column specs */
    @Override
    public Iterator<DataColumnSpec> iterator() {
        return Collections.unmodifiableList(Arrays.asList(m_columnSpecs)).iterator();
    }

    /** @return an empty array: the double has no port views */
    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    /**
     * Saves name, columns and properties.
     *
     * @param config to write to
     */
    public void save(final ConfigWO config) {
        config.addString(CFG_SPEC_NAME, m_name);
        config.addInt(CFG_NR_COLUMNS, m_columnSpecs.length);
        for (int i = 0; i < m_columnSpecs.length; i++) {
            m_columnSpecs[i].save(config.addConfig(CFG_COLUMN_SPEC + i));
        }
        if (!m_properties.isEmpty()) {
            ConfigWO props = config.addConfig(CFG_PROPERTIES);
            int i = 0;
            for (Map.Entry<String, String> e : m_properties.entrySet()) {
                ConfigWO entry = props.addConfig("prop-" + i++);
                entry.addString("key", e.getKey());
                entry.addString("value", e.getValue());
            }
        }
    }

    /**
     * Reads a spec written by {@link #save(ConfigWO)}.
     *
     * @param config to read from
     * @return the spec
     * @throws InvalidSettingsException if entries are missing
     */
    public static DataTableSpec load(final ConfigRO config) throws InvalidSettingsException {
        String name = config.getString(CFG_SPEC_NAME);
        int n = config.getInt(CFG_NR_COLUMNS);
        DataColumnSpec[] cols = new DataColumnSpec[n];
        for (int i = 0; i < n; i++) {
            cols[i] = DataColumnSpec.load(config.getConfig(CFG_COLUMN_SPEC + i));
        }
        Map<String, String> props = new LinkedHashMap<>();
        if (config.containsKey(CFG_PROPERTIES)) {
            ConfigRO pc = config.getConfig(CFG_PROPERTIES);
            for (int i = 0; pc.containsKey("prop-" + i); i++) {
                ConfigRO entry = pc.getConfig("prop-" + i);
                props.put(entry.getString("key"), entry.getString("value"));
            }
        }
        return new DataTableSpec(name, cols, props);
    }

    private static final String CFG_SPEC_NAME = "spec_name";

    private static final String CFG_NR_COLUMNS = "number_columns";

    private static final String CFG_COLUMN_SPEC = "column_spec_";

    private static final String CFG_PROPERTIES = "spec_properties";

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("name=").append(m_name).append(",columns=[");
        for (int i = 0; i < m_columnSpecs.length; i++) {
            b.append(i > 0 ? "; " : "").append(m_columnSpecs[i].getName());
        }
        return b.append(']').toString();
    }
}
