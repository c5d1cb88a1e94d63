package org.knime.core.data.container;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.container.SingleCellFactory}: a cell factory for exactly one
 * new column.
 */
public abstract class SingleCellFactory extends AbstractCellFactory {

    /** @param newColSpec the spec of the new column */
    public SingleCellFactory(final DataColumnSpec newColSpec) {
        super(newColSpec);
    }

    /**
     * @param processConcurrently whether rows may be processed concurrently
     * @param newColSpec the spec of the new column
     */
    public SingleCellFactory(final boolean processConcurrently, final DataColumnSpec newColSpec) {
        super(processConcurrently, newColSpec);
    }

    /**
     * @param processConcurrently whether rows may be processed concurrently
     * @param workerCount number of workers
     * @param maxQueueSize queue size
     * @param newColSpec the spec of the new column
     */
    public SingleCellFactory(final boolean processConcurrently, final int workerCount, final int maxQueueSize,
        final DataColumnSpec newColSpec) {
        super(processConcurrently, workerCount, maxQueueSize, newColSpec);
    }

    @Override
    public DataCell[] getCells(final DataRow row) {
        return new DataCell[]{getCell(row)};
    }

    /**
     * @param row the input row
     * @return the new cell
     */
    public abstract DataCell getCell(DataRow row);
}
