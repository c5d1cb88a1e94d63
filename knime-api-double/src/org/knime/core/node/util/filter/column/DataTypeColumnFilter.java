package org.knime.core.node.util.filter.column;

import java.util.Arrays;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.util.filter.InputFilter;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.util.filter.column.DataTypeColumnFilter}:
 * admits columns whose type is compatible with at least one of the given value
 * classes. Same constructor and {@code include} as the original.
 *
 * @since 2.6
 */
public final class DataTypeColumnFilter extends InputFilter<DataColumnSpec> {

    private final Class<? extends DataValue>[] m_filterClasses;

    /**
     * @param filterValueClasses at least one value class, no nulls
     * @throws NullPointerException if the array is null, empty or contains null
     */
    @SuppressWarnings({"unchecked", "varargs"}) // no @SafeVarargs: KNIME has none, so callers see the same warnings
    public DataTypeColumnFilter(final Class<? extends DataValue>... filterValueClasses) {
        if (filterValueClasses == null || filterValueClasses.length == 0) {
            throw new NullPointerException("Classes must not be null");
        }
        if (Arrays.asList(filterValueClasses).contains(null)) {
            throw new NullPointerException("List of value classes must not contain null elements.");
        }
        m_filterClasses = filterValueClasses.clone();
    }

    @Override
    public final boolean include(final DataColumnSpec cspec) {
        for (Class<? extends DataValue> c : m_filterClasses) {
            if (cspec.getType().isCompatible(c)) {
                return true;
            }
        }
        return false;
    }

    Class<? extends DataValue>[] filterClasses() {
        return m_filterClasses.clone();
    }
}
