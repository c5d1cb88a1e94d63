package org.knime.node.parameters.widget.choices;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Signature of KNIME's {@code @RadioButtonsWidget}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RadioButtonsWidget {
    /** @return whether laid out horizontally */
    boolean horizontal() default false;
}
