package org.knime.node.parameters;

/** Signature of KNIME's {@code WidgetGroup} (marker interface). */
public interface WidgetGroup {
}
