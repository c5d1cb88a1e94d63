package org.knime.node.parameters.widget.choices.filter;

import org.knime.node.parameters.persistence.Persistable;

/**
 * Signature of KNIME's {@code ColumnFilter} (5.8.0/5.11.0): the constructors the plugin calls. The superclass
 * {@code TypedStringFilter<ColumnTypeFilter>} is left out; it implements {@link Persistable}.
 */
public final class ColumnFilter implements Persistable {

    /** An empty manual selection. */
    public ColumnFilter() {
        throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
    }

    /** @param selected the initially selected columns */
    public ColumnFilter(final String[] selected) {
        throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
    }

    /** @return this filter, keeping columns that are not in the table yet out of the selection */
    public ColumnFilter withExcludeUnknownColumns() {
        throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
    }

    /** @return this filter, adding columns that are not in the table yet to the selection */
    public ColumnFilter withIncludeUnknownColumns() {
        throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
    }
}
