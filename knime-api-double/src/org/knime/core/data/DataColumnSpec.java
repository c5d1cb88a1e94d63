package org.knime.core.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataColumnSpec}: name, type and domain of one column;
 * immutable, created through {@link DataColumnSpecCreator}, compared by value.
 *
 * <p>Simplified: no column properties, no color/shape/size handlers; {@link #save(ConfigWO)} writes name,
 * type (cell class) and domain with KNIME-like keys, but domain cells are only kept for the built-in
 * cells of the double (string, double, int, long, boolean).
 */
public final class DataColumnSpec {

    private final String m_name;

    private final String[] m_elementNames;

    private final DataType m_type;

    private final DataColumnDomain m_domain;

    DataColumnSpec(final String name, final String[] elementNames, final DataType type,
        final DataColumnDomain domain) {
        m_name = Objects.requireNonNull(name, "Column name must not be null.");
        m_elementNames = elementNames == null ? new String[0] : elementNames.clone();
        m_type = Objects.requireNonNull(type, "Column type must not be null.");
        m_domain = domain == null ? new DataColumnDomain(null, null, null) : domain;
    }

    /** @return the column name */
    public String getName() {
        return m_name;
    }

    /** @return the element names; by default a list containing only the column name */
    public List<String> getElementNames() {
        return Collections.unmodifiableList(Arrays.asList(m_elementNames));
    }

    /** @return the column type */
    public DataType getType() {
        return m_type;
    }

    /** @return the domain, never {@code null} */
    public DataColumnDomain getDomain() {
        return m_domain;
    }

    /**
     * @param cspec other column spec
     * @return whether name and type are equal (domain ignored)
     */
    public boolean equalStructure(final DataColumnSpec cspec) {
        return cspec != null && m_name.equals(cspec.m_name) && m_type.equals(cspec.m_type);
    }

    /**
     * Saves name, element names, type and domain.
     *
     * @param config to write to
     */
    public void save(final ConfigWO config) {
        config.addString(CFG_NAME, m_name);
        config.addStringArray(CFG_ELEMENT_NAMES, m_elementNames);
        config.addConfig(CFG_TYPE).addString(CFG_CELL_CLASS, m_type.getCellClass().getName());
        ConfigWO domain = config.addConfig(CFG_DOMAIN);
        if (m_domain.hasValues()) {
            ConfigWO values = domain.addConfig(CFG_VALUES);
            int i = 0;
            for (DataCell c : m_domain.getValues()) {
                if (!saveCell(values.addConfig("value_" + i), c)) {
                    values = null;
                    break;
                }
                i++;
            }
            if (values == null) {
                domain = config.addConfig(CFG_DOMAIN); // replaces the partial one: values not representable
            }
        }
        if (m_domain.hasLowerBound()) {
            saveCell(domain.addConfig(CFG_LOWER), m_domain.getLowerBound());
        }
        if (m_domain.hasUpperBound()) {
            saveCell(domain.addConfig(CFG_UPPER), m_domain.getUpperBound());
        }
    }

    /**
     * Reads a column spec written by {@link #save(ConfigWO)}.
     *
     * @param config to read from
     * @return the column spec
     * @throws InvalidSettingsException if entries are missing or a class is unknown
     */
    @SuppressWarnings("unchecked")
    public static DataColumnSpec load(final ConfigRO config) throws InvalidSettingsException {
        String name = config.getString(CFG_NAME);
        String[] elementNames = config.getStringArray(CFG_ELEMENT_NAMES, new String[0]);
        String cellClass = config.getConfig(CFG_TYPE).getString(CFG_CELL_CLASS);
        DataType type;
        try {
            Class<?> cl = Class.forName(cellClass);
            type = DataType.getType((Class<? extends DataCell>)cl.asSubclass(DataCell.class));
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new InvalidSettingsException("Unknown cell class \"" + cellClass + "\" of column \"" + name
                + "\"", e);
        }
        Set<DataCell> values = null;
        DataCell lower = null;
        DataCell upper = null;
        if (config.containsKey(CFG_DOMAIN)) {
            ConfigRO domain = config.getConfig(CFG_DOMAIN);
            if (domain.containsKey(CFG_VALUES)) {
                ConfigRO vc = domain.getConfig(CFG_VALUES);
                values = new LinkedHashSet<>();
                for (int i = 0; vc.containsKey("value_" + i); i++) {
                    values.add(loadCell(vc.getConfig("value_" + i)));
                }
            }
            if (domain.containsKey(CFG_LOWER)) {
                lower = loadCell(domain.getConfig(CFG_LOWER));
            }
            if (domain.containsKey(CFG_UPPER)) {
                upper = loadCell(domain.getConfig(CFG_UPPER));
            }
        }
        return new DataColumnSpec(name, elementNames, type, new DataColumnDomain(lower, upper, values));
    }

    private static final String CFG_NAME = "column_name";

    private static final String CFG_ELEMENT_NAMES = "element_names";

    private static final String CFG_TYPE = "column_type";

    private static final String CFG_CELL_CLASS = "cell_class";

    private static final String CFG_DOMAIN = "column_domain";

    private static final String CFG_VALUES = "possible_values";

    private static final String CFG_LOWER = "lower_bound";

    private static final String CFG_UPPER = "upper_bound";

    private static boolean saveCell(final ConfigWO c, final DataCell cell) {
        if (cell.isMissing()) {
            c.addString("kind", "missing");
        } else if (cell instanceof StringCell) {
            c.addString("kind", "string");
            c.addString("value", ((StringCell)cell).getStringValue());
        } else if (cell instanceof DoubleCell) {
            c.addString("kind", "double");
            c.addDouble("value", ((DoubleCell)cell).getDoubleValue());
        } else if (cell instanceof BooleanCell) {
            c.addString("kind", "boolean");
            c.addBoolean("value", ((BooleanCell)cell).getBooleanValue());
        } else if (cell.getClass() == IntCell.class) {
            c.addString("kind", "int");
            c.addInt("value", ((IntCell)cell).getIntValue());
        } else if (cell.getClass() == LongCell.class) {
            c.addString("kind", "long");
            c.addLong("value", ((LongCell)cell).getLongValue());
        } else {
            return false;
        }
        return true;
    }

    private static DataCell loadCell(final ConfigRO c) throws InvalidSettingsException {
        String kind = c.getString("kind");
        switch (kind) {
            case "missing":
                return DataType.getMissingCell();
            case "string":
                return new StringCell(c.getString("value"));
            case "double":
                return new DoubleCell(c.getDouble("value"));
            case "boolean":
                return c.getBoolean("value") ? BooleanCell.TRUE : BooleanCell.FALSE;
            case "int":
                return new IntCell(c.getInt("value"));
            case "long":
                return new LongCell(c.getLong("value"));
            default:
                throw new InvalidSettingsException("Unknown domain cell kind \"" + kind + "\"");
        }
    }

    @Override
    public boolean equals(final Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof DataColumnSpec)) {
            return false;
        }
        DataColumnSpec o = (DataColumnSpec)obj;
        return equalStructure(o) && m_domain.equals(o.m_domain)
            && getElementNames().equals(o.getElementNames());
    }

    @Override
    public int hashCode() {
        return m_name.hashCode() ^ m_type.hashCode();
    }

    @Override
    public String toString() {
        return m_name + " (" + m_type + ")";
    }
}
