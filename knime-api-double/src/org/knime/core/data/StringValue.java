package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.StringValue}: a cell that provides a string.
 *
 * <p>Simplified: no {@code UTILITY} constant.
 */
public interface StringValue extends DataValue {

    /** @return the string value, never {@code null} */
    String getStringValue();
}
