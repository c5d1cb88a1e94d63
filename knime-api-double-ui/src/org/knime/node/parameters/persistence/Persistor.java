package org.knime.node.parameters.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Signature of KNIME's {@code @Persistor} (5.8.0/5.11.0). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface Persistor {
    /** @return the persistor class */
    @SuppressWarnings("rawtypes")
    Class<? extends NodeParametersPersistor> value();
}
