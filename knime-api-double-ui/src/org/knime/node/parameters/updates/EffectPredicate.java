package org.knime.node.parameters.updates;

/** Signature of KNIME's {@code EffectPredicate}; its visitor method is left out (framework-internal). */
public interface EffectPredicate {
}
