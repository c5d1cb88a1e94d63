package org.knime.node.parameters.updates.util;

import org.knime.node.parameters.updates.EffectPredicate;
import org.knime.node.parameters.updates.EffectPredicateProvider;
import org.knime.node.parameters.updates.ParameterReference;

/** Signature of KNIME's {@code updates.util.BooleanReference}: "this boolean is true" as a predicate. */
public interface BooleanReference extends EffectPredicateProvider, ParameterReference<Boolean> {
    @Override
    default EffectPredicate init(final PredicateInitializer i) {
        throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
    }
}
