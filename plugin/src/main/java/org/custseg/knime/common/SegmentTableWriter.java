package org.custseg.knime.common;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;

/**
 * Writes the input table with the segment columns appended (segment, then distance or one probability per segment,
 * then optionally a reason). Used by the segmenters and the Segment Assigner.
 */
public final class SegmentTableWriter {

    private static final int CHECK_EVERY = 1000;

    private SegmentTableWriter() {
    }

    /**
     * Appends the segment columns row by row.
     *
     * @param in the input table; its rows are in the order of {@code labels}
     * @param outSpec the output spec (input columns then appended columns)
     * @param labels per row the 0-based segment, -1 for rows without a segment
     * @param segmentNames the segment names by index
     * @param distances per row the distance to the centre, or {@code null} when probabilities are written
     * @param memberships per row the probabilities per segment, or {@code null} when distances are written
     * @param reasons per row why it has no segment, or {@code null} if no reason column is written
     * @param exec to create the table, report progress and check cancellation
     * @return the new table
     * @throws CanceledExecutionException if canceled
     */
    public static BufferedDataTable append(final BufferedDataTable in, final DataTableSpec outSpec,
        final int[] labels, final String[] segmentNames, final double[] distances, final double[][] memberships,
        final String[] reasons, final ExecutionContext exec) throws CanceledExecutionException {
        final int inCols = in.getDataTableSpec().getNumColumns();
        final int k = segmentNames.length;
        final DataCell[] nameCells = new DataCell[k];
        for (int i = 0; i < k; i++) {
            nameCells[i] = new StringCell(segmentNames[i]);
        }
        final DataCell missing = DataType.getMissingCell();
        final int total = labels.length;
        final BufferedDataContainer container = exec.createDataContainer(outSpec);
        int r = 0;
        try (CloseableRowIterator it = in.iterator()) {
            while (it.hasNext()) {
                final DataRow row = it.next();
                final DataCell[] cells = new DataCell[outSpec.getNumColumns()];
                for (int c = 0; c < inCols; c++) {
                    cells[c] = row.getCell(c);
                }
                int c = inCols;
                final int label = labels[r];
                cells[c++] = label >= 0 ? nameCells[label] : missing;
                if (memberships != null) {
                    final double[] p = memberships[r];
                    for (int s = 0; s < k; s++) {
                        cells[c++] = p == null || label < 0 || Double.isNaN(p[s]) ? missing : new DoubleCell(p[s]);
                    }
                } else {
                    final double d = distances == null ? Double.NaN : distances[r];
                    cells[c++] = label < 0 || Double.isNaN(d) ? missing : new DoubleCell(d);
                }
                if (reasons != null) {
                    cells[c++] = reasons[r] == null ? missing : new StringCell(reasons[r]);
                }
                container.addRowToTable(new DefaultRow(row.getKey(), cells));
                r++;
                if (r % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    exec.setProgress(r / (double)total, "Writing row " + r + " of " + total);
                }
            }
        }
        container.close();
        return container.getTable();
    }
}
