package org.knime.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataTableSpecCreator}: builder of a {@link DataTableSpec}
 * with name, columns and properties.
 *
 * <p>Simplified: only the members of the 2.8 class (no copy constructor or column editing of newer
 * versions, which could not be verified against 5.3).
 */
public final class DataTableSpecCreator {

    private final List<DataColumnSpec> m_columnSpecs = new ArrayList<>();

    private final Map<String, Integer> m_columnIndex = new HashMap<>();

    private final Map<String, String> m_properties = new LinkedHashMap<>();

    private String m_name;

    /** Empty creator. */
    public DataTableSpecCreator() {
    }

    /**
     * @param columns columns to append
     * @return this
     * @throws IllegalArgumentException on a duplicate name
     */
    public DataTableSpecCreator addColumns(final DataColumnSpec... columns) {
        for (DataColumnSpec c : columns) {
            Integer old = m_columnIndex.get(c.getName());
            if (old != null) {
                throw new IllegalArgumentException(
                    "Column \"" + c.getName() + "\" already contained at index " + old);
            }
            m_columnSpecs.add(c);
            m_columnIndex.put(c.getName(), m_columnSpecs.size() - 1);
        }
        return this;
    }

    /**
     * @param fromSpec spec whose columns are appended
     * @return this
     */
    public DataTableSpecCreator addColumns(final DataTableSpec fromSpec) {
        return addColumns(fromSpec.getColumnSpecs());
    }

    /**
     * @param name the spec name, {@code null} for the default
     * @return this
     */
    public DataTableSpecCreator setName(final String name) {
        m_name = name;
        return this;
    }

    /**
     * @param properties properties to add
     * @return this
     */
    public DataTableSpecCreator putProperties(final Map<String, String> properties) {
        if (properties.containsKey(null) || properties.containsKey("")) {
            throw new IllegalArgumentException("Invalid property key (null or empty string)");
        }
        m_properties.putAll(properties);
        return this;
    }

    /**
     * @param key property key, not empty
     * @param value property value
     * @return this
     */
    public DataTableSpecCreator putProperty(final String key, final String value) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("Invalid property key (null or empty string)");
        }
        m_properties.put(key, value);
        return this;
    }

    /** @return a new spec */
    public DataTableSpec createSpec() {
        return new DataTableSpec(m_name, m_columnSpecs.toArray(new DataColumnSpec[0]), m_properties);
    }
}
