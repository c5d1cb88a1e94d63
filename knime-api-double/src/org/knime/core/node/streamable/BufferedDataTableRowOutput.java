package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;

/** Stand-in for KNIME 5.3's {@code org.knime.core.node.streamable.BufferedDataTableRowOutput}: rows into a table. */
public class BufferedDataTableRowOutput extends RowOutput {

    private final BufferedDataContainer m_container;
    private BufferedDataTable m_table;

    /** @param container the container the rows go to */
    public BufferedDataTableRowOutput(final BufferedDataContainer container) {
        m_container = container;
    }

    @Override
    public void push(final DataRow row) throws InterruptedException {
        m_container.addRowToTable(row);
    }

    @Override
    public void close() {
        if (m_table == null) {
            m_container.close();
            m_table = m_container.getTable();
        }
    }

    /** @return the table written (after {@link #close()}) */
    public BufferedDataTable getDataTable() {
        return m_table;
    }
}
