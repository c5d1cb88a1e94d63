package org.knime.node.parameters.widget.choices.util;

import org.knime.core.data.DataColumnSpec;
import org.knime.node.parameters.widget.choices.ColumnChoicesProvider;

/** Signature of KNIME's {@code FilteredInputTableColumnsProvider}: its abstract member. */
public interface FilteredInputTableColumnsProvider extends InputTableIndexHolder, ColumnChoicesProvider {
    /** @param col a column @return whether it is a choice */
    boolean isIncluded(DataColumnSpec col);
}
