package org.knime.core.data.container;

import org.knime.core.data.DataRow;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.container.RowAppender}: something rows can be added to.
 */
public interface RowAppender {

    /** @param row the row to add */
    void addRowToTable(DataRow row);
}
