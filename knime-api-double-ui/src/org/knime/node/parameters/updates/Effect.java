package org.knime.node.parameters.updates;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Signature of KNIME's {@code @Effect} (5.8.0/5.11.0). */
@Retention(RetentionPolicy.RUNTIME)
public @interface Effect {
    /** @return the predicate */
    Class<? extends EffectPredicateProvider> predicate();

    /** @return the effect type */
    EffectType type();

    /** Signature of KNIME's {@code Effect.EffectType}. */
    enum EffectType {
        /** enable */
        ENABLE,
        /** disable */
        DISABLE,
        /** show */
        SHOW,
        /** hide */
        HIDE;
    }
}
