package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;

/** Stand-in for KNIME 5.3's {@code org.knime.core.node.streamable.RowOutput}: rows written one by one. */
public abstract class RowOutput extends PortOutput {

    /**
     * @param row the next row
     * @throws InterruptedException if interrupted
     */
    public abstract void push(DataRow row) throws InterruptedException;

    /**
     * Pushes every row of a table, then closes.
     *
     * @param table the table
     * @throws InterruptedException if interrupted
     */
    public void setFully(final BufferedDataTable table) throws InterruptedException {
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                push(it.next());
            }
        }
        close();
    }

    /**
     * Signals that no more rows come.
     *
     * @throws InterruptedException if interrupted
     */
    public abstract void close() throws InterruptedException;
}
