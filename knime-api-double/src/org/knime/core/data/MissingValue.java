package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.MissingValue}: the value of a missing cell, optionally
 * carrying the reason why it is missing.
 */
public interface MissingValue extends DataValue {

    /** @return the reason why the value is missing, or {@code null} */
    String getError();
}
