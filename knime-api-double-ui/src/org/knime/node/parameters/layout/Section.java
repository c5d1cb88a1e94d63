package org.knime.node.parameters.layout;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Signature of KNIME's {@code @Section} (5.8.0/5.11.0). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Section {
    /** @return the title */
    String title() default "";

    /** @return the description */
    String description() default "";

    /** @return whether shown in a side drawer */
    boolean sideDrawer() default false;
}
