package org.knime.core.data.container;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionMonitor;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.container.CellFactory}: computes the new cells of a
 * {@link ColumnRearranger} for each row. Clients extend {@link AbstractCellFactory} or
 * {@link SingleCellFactory}.
 */
public interface CellFactory {

    /**
     * The new cells for a row. As in KNIME 5.x this is a default method: implementors override either this
     * or {@link #getCells(DataRow, long)}; if neither is overridden, calling it fails.
     *
     * @param row the input row
     * @return the new cells, as many as {@link #getColumnSpecs()}
     * @throws UnsupportedOperationException if neither {@code getCells} method is implemented
     */
    default DataCell[] getCells(final DataRow row) {
        throw new UnsupportedOperationException(
            getClass().getName() + " implements neither getCells(DataRow) nor getCells(DataRow, long)");
    }

    /**
     * The new cells for a row with its 0-based index in the input table (KNIME 5.0+); delegates to
     * {@link #getCells(DataRow)} by default. The double's column rearranger calls this method.
     *
     * @param row the input row
     * @param rowIndex 0-based index of the row
     * @return the new cells, as many as {@link #getColumnSpecs()}
     */
    default DataCell[] getCells(final DataRow row, final long rowIndex) {
        return getCells(row);
    }

    /** @return the specs of the new columns */
    DataColumnSpec[] getColumnSpecs();

    /**
     * Progress callback after each row.
     *
     * @param curRowNr number of rows processed
     * @param rowCount total rows
     * @param lastKey key of the last row
     * @param exec monitor to report to
     * @deprecated use {@link #setProgress(long, long, RowKey, ExecutionMonitor)}
     */
    @Deprecated
    void setProgress(int curRowNr, int rowCount, RowKey lastKey, ExecutionMonitor exec);

    /**
     * Progress callback after each row; delegates to the {@code int} version by default.
     *
     * @param curRowNr number of rows processed
     * @param rowCount total rows
     * @param lastKey key of the last row
     * @param exec monitor to report to
     */
    default void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        if (rowCount > Integer.MAX_VALUE) {
            throw new IllegalStateException("Row count exceeds Integer.MAX_VALUE: " + rowCount);
        }
        setProgress((int)curRowNr, (int)rowCount, lastKey, exec);
    }
}
