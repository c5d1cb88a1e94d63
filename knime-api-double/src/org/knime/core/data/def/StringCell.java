package org.knime.core.data.def;

import java.util.Objects;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.NominalValue;
import org.knime.core.data.StringValue;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.def.StringCell}: an immutable string cell (nominal).
 *
 * <p>Simplified: no cell serializer.
 */
public final class StringCell extends DataCell implements StringValue, NominalValue {

    private static final long serialVersionUID = 1L;

    /** The type of string cells. */
    public static final DataType TYPE = DataType.getType(StringCell.class);

    private final String m_string;

    /**
     * @param str the value, not {@code null}
     * @throws NullPointerException if the argument is {@code null}
     */
    public StringCell(final String str) {
        m_string = Objects.requireNonNull(str, "String value can't be null.");
    }

    @Override
    public String getStringValue() {
        return m_string;
    }

    @Override
    public String toString() {
        return m_string;
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((StringCell)dc).m_string.equals(m_string);
    }

    @Override
    public int hashCode() {
        return m_string.hashCode();
    }
}
