package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.LongValue}: a cell that provides a {@code long}.
 *
 * <p>Simplified: no {@code UTILITY} constant.
 */
public interface LongValue extends DataValue {

    /** @return the value as {@code long} */
    long getLongValue();
}
