package org.knime.node.parameters.widget.choices;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Signature of KNIME's {@code @Label} (5.8.0/5.11.0). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Label {
    /** @return the label */
    String value();

    /** @return the description */
    String description() default "";

    /** @return whether the choice is disabled */
    boolean disabled() default false;
}
