package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataValue}: the marker interface of every value a
 * {@link DataCell} can provide.
 *
 * <p>Simplified: the {@code UTILITY} constant (renderers, icons, comparators) is not reproduced.
 */
public interface DataValue {
}
