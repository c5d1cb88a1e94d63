package org.knime.node.parameters;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Signature of KNIME's {@code @Advanced}. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Advanced {
}
