package org.knime.node.parameters.widget.number;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MaxValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation;

/**
 * Signature of KNIME's {@code @NumberInputWidget} (5.8.0/5.11.0): the elements the plugin uses. KNIME's defaults
 * are framework-internal classes; here the abstract base stands in (only the presence of a default matters to javac).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NumberInputWidget {
    /** @return the minimum validation */
    Class<? extends MinValidation> minValidation() default MinValidation.class;

    /** @return the maximum validation */
    Class<? extends MaxValidation> maxValidation() default MaxValidation.class;
}
