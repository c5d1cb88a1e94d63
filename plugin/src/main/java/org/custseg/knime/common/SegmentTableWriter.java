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
 * then optionally a reason, then the model fingerprint). Used by the segmenters and the Segment Assigner.
 */
public final class SegmentTableWriter {

    private static final int CHECK_EVERY = 1000;

    private SegmentTableWriter() {
    }

    /**
     * One output row: the input cells, then the segment, then the distance or one probability per segment, then
     * (optionally) the reason. The same for a whole table ({@link #append}) and for a streamed row.
     *
     * @param row the input row
     * @param inCols number of input columns
     * @param outCols number of output columns
     * @param label the 0-based segment, -1 for none
     * @param nameCells the segment names as cells, by index
     * @param distance the distance to the centre ({@code NaN} = missing); ignored when probabilities are written
     * @param membership the probabilities per segment (may be {@code null} or hold {@code NaN})
     * @param probabilities whether probability columns are written instead of the distance
     * @param withReason whether the reason column is written
     * @param reason why the row has no segment, or {@code null}
     * @param fingerprint the model fingerprint cell, written into the last column of every row
     * @return the output row, with the input row's key
     */
    public static DataRow appendRow(final DataRow row, final int inCols, final int outCols, final int label,
        final DataCell[] nameCells, final double distance, final double[] membership, final boolean probabilities,
        final boolean withReason, final String reason, final DataCell fingerprint) {
        final DataCell missing = DataType.getMissingCell();
        final DataCell[] cells = new DataCell[outCols];
        for (int c = 0; c < inCols; c++) {
            cells[c] = row.getCell(c);
        }
        int c = inCols;
        cells[c++] = label >= 0 ? nameCells[label] : missing;
        if (probabilities) {
            for (int s = 0; s < nameCells.length; s++) {
                cells[c++] = membership == null || label < 0 || Double.isNaN(membership[s]) ? missing
                    : new DoubleCell(membership[s]);
            }
        } else {
            cells[c++] = label < 0 || Double.isNaN(distance) ? missing : new DoubleCell(distance);
        }
        if (withReason) {
            cells[c++] = reason == null ? missing : new StringCell(reason);
        }
        cells[c] = fingerprint;
        return new DefaultRow(row.getKey(), cells);
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
     * @param fingerprint the fingerprint of the model that assigned the rows (last column)
     * @param exec to create the table, report progress and check cancellation
     * @return the new table
     * @throws CanceledExecutionException if canceled
     */
    public static BufferedDataTable append(final BufferedDataTable in, final DataTableSpec outSpec,
        final int[] labels, final String[] segmentNames, final double[] distances, final double[][] memberships,
        final String[] reasons, final String fingerprint, final ExecutionContext exec)
        throws CanceledExecutionException {
        final DataCell fingerprintCell = new StringCell(fingerprint);
        final int inCols = in.getDataTableSpec().getNumColumns();
        final int k = segmentNames.length;
        final DataCell[] nameCells = new DataCell[k];
        for (int i = 0; i < k; i++) {
            nameCells[i] = new StringCell(segmentNames[i]);
        }
        final int total = labels.length;
        final BufferedDataContainer container = exec.createDataContainer(outSpec);
        int r = 0;
        try (CloseableRowIterator it = in.iterator()) {
            while (it.hasNext()) {
                final DataRow row = it.next();
                container.addRowToTable(appendRow(row, inCols, outSpec.getNumColumns(), labels[r], nameCells,
                    distances == null ? Double.NaN : distances[r], memberships == null ? null : memberships[r],
                    memberships != null, reasons != null, reasons == null ? null : reasons[r], fingerprintCell));
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
