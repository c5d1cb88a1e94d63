package org.knime.node.parameters.widget.choices;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Signature of KNIME's {@code @ChoicesProvider}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ChoicesProvider {
    /** @return the provider */
    @SuppressWarnings("rawtypes")
    Class<? extends ChoicesStateProvider> value();
}
