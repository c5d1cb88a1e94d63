package org.knime.core.data;

import java.io.Serializable;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataCell}: the abstract, immutable unit of data in a table.
 *
 * <p>Equality is value based: {@link #equals(Object)} is final, two missing cells are equal, a missing cell
 * equals no other cell, and cells of the same class are compared by {@link #equalsDataCell(DataCell)}.
 * Simplified: cells of different classes with the same preferred value class are compared with
 * {@link #equalContent(DataValue)} only in the
 * direction of this cell; there is no cell serializer framework.
 */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    /** Constructor for subclasses. */
    public DataCell() {
    }

    /**
     * @return the type of this cell, derived from its class
     */
    public final DataType getType() {
        return DataType.getType(getClass());
    }

    /**
     * @return {@code true} if this cell represents a missing value
     */
    public boolean isMissing() {
        return this instanceof MissingValue;
    }

    @Override
    public abstract String toString();

    /**
     * Value equality; see the class description.
     *
     * @param o the other object
     * @return whether both are cells with the same value
     */
    @Override
    public final boolean equals(final Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof DataCell)) {
            return false;
        }
        DataCell other = (DataCell)o;
        if (isMissing() || other.isMissing()) {
            return isMissing() && other.isMissing();
        }
        if (getClass() == other.getClass()) {
            return equalsDataCell(other);
        }
        if (getType().getPreferredValueClass().equals(other.getType().getPreferredValueClass())) {
            return equalContent(other);
        }
        return false;
    }

    /**
     * Compares this cell with a non-missing cell of the same class.
     *
     * @param dc the other cell, never {@code null}, never missing, same class as this
     * @return whether both hold the same value
     */
    protected abstract boolean equalsDataCell(DataCell dc);

    /**
     * Compares this cell's content with a value of a different cell class. This default returns
     * {@code false}.
     *
     * @param otherValue the other value
     * @return whether the content is equal
     */
    protected boolean equalContent(final DataValue otherValue) {
        return false;
    }

    @Override
    public abstract int hashCode();
}
