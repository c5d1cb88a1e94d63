package org.knime.core.data;

import java.util.Arrays;
import java.util.List;

import org.knime.core.node.NodeLogger;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataColumnSpecCreator}: mutable builder of a
 * {@link DataColumnSpec}.
 *
 * <p>Simplified: no properties and handlers (color, shape, size), no {@code merge}.
 */
public final class DataColumnSpecCreator {

    private static int emptyColumnCount;

    private String m_name;

    private DataType m_type;

    private DataColumnDomain m_domain;

    private String[] m_elementNames;

    /**
     * @param name column name, not {@code null}
     * @param type column type, not {@code null}
     */
    public DataColumnSpecCreator(final String name, final DataType type) {
        setName(name);
        setType(type);
        setDomain(null);
    }

    /** @param cspec spec whose fields are copied */
    public DataColumnSpecCreator(final DataColumnSpec cspec) {
        m_name = cspec.getName();
        m_type = cspec.getType();
        m_domain = cspec.getDomain();
        List<String> el = cspec.getElementNames();
        m_elementNames = el.isEmpty() ? null : el.toArray(new String[0]);
    }

    /**
     * Sets the name, trimmed as KNIME does; a blank name is replaced by an artificial one ({@code <empty_n>}).
     *
     * @param name the name, not {@code null}
     */
    public void setName(final String name) {
        if (name == null) {
            throw new NullPointerException("Name of DataColumnSpec must not be null!");
        }
        String valid = name.trim();
        if (valid.isEmpty()) {
            synchronized (DataColumnSpecCreator.class) {
                emptyColumnCount++;
                valid = "<empty_" + emptyColumnCount + ">";
            }
            NodeLogger.getLogger(DataColumnSpec.class)
                .warn("Column name \"" + name + "\" is invalid, replacing by \"" + valid + "\"");
        }
        m_name = valid;
    }

    /** @param elNames element names, may be {@code null} (then the column name is used) */
    public void setElementNames(final String[] elNames) {
        if (elNames == null) {
            m_elementNames = null;
        } else {
            if (Arrays.asList(elNames).contains(null)) {
                throw new NullPointerException("Argument array contains null elements");
            }
            m_elementNames = elNames.clone();
        }
    }

    /** @param type the type, not {@code null} */
    public void setType(final DataType type) {
        if (type == null) {
            throw new NullPointerException("Type of DataColumnSpec must not be null!");
        }
        m_type = type;
    }

    /** @param domain the domain; {@code null} means an empty domain */
    public void setDomain(final DataColumnDomain domain) {
        m_domain = domain == null ? new DataColumnDomain(null, null, null) : domain;
    }

    /** Removes color, shape and size handlers (the double has none; kept for API compatibility). */
    public void removeAllHandlers() {
        // no handlers in the double
    }

    /** @return a new immutable column spec */
    public DataColumnSpec createSpec() {
        String[] names = m_elementNames;
        if (names != null && names.length == 1 && names[0].equals(m_name)) {
            names = null;
        }
        return new DataColumnSpec(m_name, names, m_type, m_domain);
    }
}
