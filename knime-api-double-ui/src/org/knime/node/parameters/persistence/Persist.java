package org.knime.node.parameters.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Signature of KNIME's {@code @Persist} (5.8.0/5.11.0). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Persist {
    /** @return the config key */
    String configKey() default "";

    /** @return whether the setting is hidden */
    boolean hidden() default false;
}
