package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.IntValue}: a cell that provides an {@code int}.
 *
 * <p>Simplified: no {@code UTILITY} constant.
 */
public interface IntValue extends DataValue {

    /** @return the value as {@code int} */
    int getIntValue();
}
