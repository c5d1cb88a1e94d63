package org.knime.core.node.util;

import org.knime.core.data.DataColumnSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.util.ColumnFilter}: restricts the
 * columns offered by column selection components. Same methods as the original.
 */
public interface ColumnFilter {

    /**
     * @param colSpec column to check
     * @return whether the column may be selected
     */
    boolean includeColumn(DataColumnSpec colSpec);

    /**
     * @return message shown when no column passes the filter
     */
    String allFilteredMsg();
}
