package org.knime.node.parameters.widget.choices.util;

import org.knime.node.parameters.widget.choices.ColumnChoicesProvider;

/** Signature of KNIME's {@code AllColumnsProvider}; its members are left out. */
public class AllColumnsProvider implements ColumnChoicesProvider, InputTableIndexHolder {
    /** Creates the provider. */
    public AllColumnsProvider() {
        throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
    }
}
