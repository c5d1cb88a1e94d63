package org.knime.node.parameters.layout;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Signature of KNIME's {@code @Layout} (5.8.0/5.11.0). */
@Retention(RetentionPolicy.RUNTIME)

public @interface Layout {
    /** @return the layout part */
    Class<?> value();
}
