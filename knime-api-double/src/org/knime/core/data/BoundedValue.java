package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.BoundedValue}: marks cells that are ordered, so data
 * containers compute lower and upper bounds of such columns into the column domain.
 *
 * <p>Simplified: no {@code UTILITY} constant.
 */
public interface BoundedValue extends DataValue {
}
