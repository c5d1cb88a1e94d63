package org.knime.node.parameters.updates;

/**
 * Signature of KNIME's {@code StateProvider}; its members are left out (the plugin only extends KNIME's providers).
 *
 * @param <S> the state
 */
public interface StateProvider<S> {
}
