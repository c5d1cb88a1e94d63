package org.knime.node.parameters.updates;

/** Signature of KNIME's {@code ParameterReference}. @param <V> the referenced value type */
public interface ParameterReference<V> {
}
