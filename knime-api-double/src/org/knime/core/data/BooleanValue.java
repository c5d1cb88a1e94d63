package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.BooleanValue}: a cell that provides a {@code boolean}.
 *
 * <p>Simplified: no {@code UTILITY} constant.
 */
public interface BooleanValue extends DataValue {

    /** @return the boolean value */
    boolean getBooleanValue();
}
