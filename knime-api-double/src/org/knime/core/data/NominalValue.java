package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.NominalValue}: marks cells whose values are categories;
 * data containers collect the possible values of such columns into the column domain.
 *
 * <p>Simplified: no {@code UTILITY} constant.
 */
public interface NominalValue extends DataValue {
}
