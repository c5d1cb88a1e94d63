package org.knime.core.data;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataColumnDomainCreator}: builds a {@link DataColumnDomain}
 * from possible values and bounds (each may be {@code null}).
 */
public class DataColumnDomainCreator {

    private Set<DataCell> m_values;

    private DataCell m_lowerBound;

    private DataCell m_upperBound;

    /** Creator with no domain information. */
    public DataColumnDomainCreator() {
        this((Set<DataCell>)null, null, null);
    }

    /** @param copyFrom domain whose values and bounds are copied */
    public DataColumnDomainCreator(final DataColumnDomain copyFrom) {
        this(copyFrom.getValues(), copyFrom.getLowerBound(), copyFrom.getUpperBound());
    }

    /** @param values possible values, may be {@code null} */
    public DataColumnDomainCreator(final Set<? extends DataCell> values) {
        this(values, null, null);
    }

    /** @param values possible values, may be {@code null} */
    public DataColumnDomainCreator(final DataCell[] values) {
        this(values, null, null);
    }

    /**
     * @param lowerBound lower bound, may be {@code null}
     * @param upperBound upper bound, may be {@code null}
     */
    public DataColumnDomainCreator(final DataCell lowerBound, final DataCell upperBound) {
        this((Set<DataCell>)null, lowerBound, upperBound);
    }

    /**
     * @param values possible values, may be {@code null}
     * @param lowerBound lower bound, may be {@code null}
     * @param upperBound upper bound, may be {@code null}
     */
    public DataColumnDomainCreator(final DataCell[] values, final DataCell lowerBound,
        final DataCell upperBound) {
        this(values == null ? null : new LinkedHashSet<DataCell>(Arrays.asList(values)), lowerBound, upperBound);
    }

    /**
     * @param values possible values, may be {@code null}
     * @param lowerBound lower bound, may be {@code null}
     * @param upperBound upper bound, may be {@code null}
     */
    public DataColumnDomainCreator(final Set<? extends DataCell> values, final DataCell lowerBound,
        final DataCell upperBound) {
        setValues(values);
        setLowerBound(lowerBound);
        setUpperBound(upperBound);
    }

    /** @return a new immutable domain from the current values */
    public DataColumnDomain createDomain() {
        return new DataColumnDomain(m_lowerBound, m_upperBound, m_values);
    }

    /** @param values possible values (copied), may be {@code null} */
    public void setValues(final Set<? extends DataCell> values) {
        m_values = values == null ? null : new LinkedHashSet<DataCell>(values);
    }

    /** @param lower the lower bound, may be {@code null} */
    public void setLowerBound(final DataCell lower) {
        m_lowerBound = lower;
    }

    /** @param upper the upper bound, may be {@code null} */
    public void setUpperBound(final DataCell upper) {
        m_upperBound = upper;
    }
}
