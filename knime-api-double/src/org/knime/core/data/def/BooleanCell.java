package org.knime.core.data.def;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.BoundedValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.NominalValue;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.def.BooleanCell}: the two boolean cells {@link #TRUE} and
 * {@link #FALSE} (private constructor). As in KNIME it is also an int/long/double value (1 or 0), so a boolean column
 * {@code isCompatible(DoubleValue.class)}.
 *
 * <p>Simplified: does not implement the complex/fuzzy number value interfaces, no cell serializer, no nested
 * {@code BooleanCellFactory}.
 */
public final class BooleanCell extends DataCell
    implements BooleanValue, IntValue, LongValue, DoubleValue, BoundedValue, NominalValue {

    private static final long serialVersionUID = 1L;

    /** The type of boolean cells. */
    public static final DataType TYPE = DataType.getType(BooleanCell.class);

    /** The true cell. */
    public static final BooleanCell TRUE = new BooleanCell(true);

    /** The false cell. */
    public static final BooleanCell FALSE = new BooleanCell(false);

    private final boolean m_value;

    /**
     * The singleton for a value. Deprecated in KNIME (in favour of {@code BooleanCellFactory#create(boolean)},
     * which this double does not carry), but present in 5.3 with this signature.
     *
     * @param value the value
     * @return {@link #TRUE} or {@link #FALSE}
     * @deprecated as in KNIME
     */
    @Deprecated
    public static final BooleanCell get(final boolean value) {
        return value ? TRUE : FALSE;
    }

    BooleanCell(final boolean b) {
        m_value = b;
    }

    @Override
    public boolean getBooleanValue() {
        return m_value;
    }

    @Override
    public int getIntValue() {
        return m_value ? 1 : 0;
    }

    @Override
    public long getLongValue() {
        return getIntValue();
    }

    @Override
    public double getDoubleValue() {
        return getIntValue();
    }

    @Override
    public String toString() {
        return Boolean.toString(m_value);
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((BooleanCell)dc).m_value == m_value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(m_value);
    }
}
