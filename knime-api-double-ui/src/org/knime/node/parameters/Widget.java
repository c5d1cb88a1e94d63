package org.knime.node.parameters;

import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.annotation.ElementType;

import org.knime.node.parameters.updates.Effect;
import org.knime.node.parameters.updates.Effect.EffectType;
import org.knime.node.parameters.updates.EffectPredicateProvider;

/** Signature of KNIME's {@code @Widget} (5.8.0/5.11.0). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Inherited
public @interface Widget {
    /** @return the title */
    String title();

    /** @return the description */
    String description();

    /** @return whether the setting is advanced */
    boolean advanced() default false;

    /** @return the effect */
    Effect effect() default @Effect(predicate = EffectPredicateProvider.class, type = EffectType.SHOW);
}
