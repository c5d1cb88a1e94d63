package org.knime.core.data;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataColumnDomain}: optional meta information of a column,
 * namely its possible (nominal) values and its lower and upper bound. Created through
 * {@link DataColumnDomainCreator}; compared by value.
 *
 * <p>Simplified: no save/load to config objects.
 */
public final class DataColumnDomain {

    private final DataCell m_lowerBound;

    private final DataCell m_upperBound;

    private final Set<DataCell> m_values;

    DataColumnDomain(final DataCell lower, final DataCell upper, final Set<? extends DataCell> values) {
        m_lowerBound = lower;
        m_upperBound = upper;
        m_values = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<DataCell>(values));
    }

    /** @return the possible values (unmodifiable, in insertion order) or {@code null} if not known */
    public Set<DataCell> getValues() {
        return m_values;
    }

    /** @return whether possible values are known */
    public boolean hasValues() {
        return m_values != null;
    }

    /** @return the lower bound or {@code null} */
    public DataCell getLowerBound() {
        return m_lowerBound;
    }

    /** @return whether a lower bound is known */
    public boolean hasLowerBound() {
        return m_lowerBound != null;
    }

    /** @return the upper bound or {@code null} */
    public DataCell getUpperBound() {
        return m_upperBound;
    }

    /** @return whether an upper bound is known */
    public boolean hasUpperBound() {
        return m_upperBound != null;
    }

    /** @return whether both bounds are known */
    public boolean hasBounds() {
        return hasLowerBound() && hasUpperBound();
    }

    @Override
    public boolean equals(final Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof DataColumnDomain)) {
            return false;
        }
        DataColumnDomain o = (DataColumnDomain)obj;
        return Objects.equals(m_lowerBound, o.m_lowerBound) && Objects.equals(m_upperBound, o.m_upperBound)
            && Objects.equals(m_values, o.m_values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_lowerBound, m_upperBound, m_values);
    }

    @Override
    public String toString() {
        return "lower=" + m_lowerBound + ", upper=" + m_upperBound + ", values=" + m_values;
    }
}
