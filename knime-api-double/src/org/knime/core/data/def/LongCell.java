package org.knime.core.data.def;

import org.knime.core.data.BoundedValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.LongValue;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.def.LongCell}: an immutable {@code long} cell that is also a
 * {@link DoubleValue}.
 *
 * <p>Simplified: does not implement the complex/fuzzy number value interfaces, no cell serializer.
 */
public class LongCell extends DataCell implements LongValue, DoubleValue, BoundedValue {

    private static final long serialVersionUID = 1L;

    /** The type of long cells. */
    public static final DataType TYPE = DataType.getType(LongCell.class);

    private final long m_long;

    /** @param l the value */
    public LongCell(final long l) {
        m_long = l;
    }

    @Override
    public long getLongValue() {
        return m_long;
    }

    @Override
    public double getDoubleValue() {
        return m_long;
    }

    @Override
    public String toString() {
        return Long.toString(m_long);
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((LongCell)dc).m_long == m_long;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(m_long);
    }
}
