package org.knime.node.parameters.widget.choices.filter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.knime.node.parameters.widget.choices.ColumnChoicesProvider;

/** Signature of KNIME's {@code @ColumnFilterWidget}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ColumnFilterWidget {
    /** @return the provider of the columns to choose from */
    Class<? extends ColumnChoicesProvider> choicesProvider();
}
