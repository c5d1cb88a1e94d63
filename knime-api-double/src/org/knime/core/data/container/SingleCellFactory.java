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

    /** Wraps {@link #getCell(DataRow, long)} in a one-element array. */
    @Override
    public DataCell[] getCells(final DataRow row, final long rowIndex) {
        return new DataCell[]{getCell(row, rowIndex)};
    }

    /**
     * The new cell for a row. As in KNIME 5.x this method is not abstract: subclasses override it or
     * {@link #getCell(DataRow, long)}; if neither is overridden, calling it fails.
     *
     * @param row the input row
     * @return the new cell
     * @throws UnsupportedOperationException if neither {@code getCell} method is implemented
     */
    public DataCell getCell(final DataRow row) {
        throw new UnsupportedOperationException(
            getClass().getName() + " implements neither getCell(DataRow) nor getCell(DataRow, long)");
    }

    /**
     * The new cell for a row with its 0-based index (KNIME 5.0+); delegates to {@link #getCell(DataRow)}.
     *
     * @param row the input row
     * @param rowIndex 0-based index of the row
     * @return the new cell
     */
    public DataCell getCell(final DataRow row, final long rowIndex) {
        return getCell(row);
    }
}
