package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DoubleValue}: a cell that provides a {@code double}.
 * A column type is numeric when {@code type.isCompatible(DoubleValue.class)}.
 *
 * <p>Simplified: no {@code UTILITY} constant.
 */
public interface DoubleValue extends DataValue {

    /** @return the value as {@code double} */
    double getDoubleValue();
}
