package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowIterator;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;

/** Stand-in for KNIME 5.3's {@code org.knime.core.node.streamable.DataTableRowInput}: a table read row by row. */
public class DataTableRowInput extends RowInput {

    private final DataTable m_table;
    private final RowIterator m_iterator;

    /** @param table the table to read */
    public DataTableRowInput(final DataTable table) {
        m_table = table;
        m_iterator = table.iterator();
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        return m_table.getDataTableSpec();
    }

    @Override
    public DataRow poll() throws InterruptedException {
        return m_iterator.hasNext() ? m_iterator.next() : null;
    }

    @Override
    public void close() {
        if (m_iterator instanceof CloseableRowIterator c) {
            c.close();
        }
    }

    /** @return the number of rows of a {@link BufferedDataTable}, else -1 */
    public long getRowCount() {
        return m_table instanceof BufferedDataTable b ? b.size() : -1;
    }
}
