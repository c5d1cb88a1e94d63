package org.knime.node.parameters.updates;

/** Signature of KNIME's {@code EffectPredicateProvider} (5.8.0/5.11.0): the members the plugin uses. */
public interface EffectPredicateProvider {

    /** @param i the initializer @return the predicate */
    EffectPredicate init(PredicateInitializer i);

    /** Signature of KNIME's {@code PredicateInitializer}: the members the plugin uses. */
    interface PredicateInitializer {

        /** @param ref a boolean parameter @return its reference */
        BooleanReference getBoolean(Class<? extends ParameterReference<Boolean>> ref);

        /** @param <E> the enum @param ref an enum parameter @return its reference */
        <E extends Enum<E>> EnumReference<E> getEnum(Class<? extends ParameterReference<E>> ref);

        /** Signature of KNIME's {@code PredicateInitializer.BooleanReference}. */
        interface BooleanReference {
            /** @return the predicate "is true" */
            EffectPredicate isTrue();

            /** @return the predicate "is false" */
            EffectPredicate isFalse();
        }

        /** Signature of KNIME's {@code PredicateInitializer.EnumReference}. @param <E> the enum */
        interface EnumReference<E extends Enum<E>> {
            /** @param values the values @return the predicate "is one of" */
            @SuppressWarnings("unchecked")
            EffectPredicate isOneOf(E... values);
        }
    }
}
