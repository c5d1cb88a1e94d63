package org.custseg.knime.common;

import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.profile.ProfileData;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;

/**
 * The one reader of a segmented table (a segment column plus numeric and nominal attributes), used by the Segment
 * Profiler and the Segment Report alike. Its rules:
 * <ul>
 * <li>at most {@link #MAX_ROWS} rows (a clear error otherwise: sample the table first);</li>
 * <li>a row whose segment cell is missing or blank is <i>unassigned</i>: counted ({@link #unassigned()}), kept in
 * {@link #labels()} as {@code null}/blank (e.g. for box plots of all customers), never profiled
 * ({@link #profileData()} leaves it out);</li>
 * <li>a missing attribute cell is {@code NaN} (numeric) or {@code null} (nominal); only the missing cells of
 * segmented rows are counted ({@link #missingValuesWarning()});</li>
 * <li>cancellation is checked and progress reported every {@value #CHECK_EVERY} rows.</li>
 * </ul>
 * The attribute columns are the node settings' checked choice (present and of the right type); this class only reads.
 */
public final class SegmentedTableReader {

    /** Most rows one table may have (the largest array a JVM reliably allocates). */
    public static final long MAX_ROWS = Integer.MAX_VALUE - 8L;

    private static final int CHECK_EVERY = 1000;

    private static final int LISTED = 5;

    private final String segmentColumn;

    private final List<String> numericNames;

    private final List<String> nominalNames;

    private final String[] labels;

    private final double[][] numeric;

    private final String[][] nominal;

    private final int[] numericMissing;

    private final int[] nominalMissing;

    private final int unassigned;

    private SegmentedTableReader(final String segmentColumn, final List<String> numericNames,
        final List<String> nominalNames, final String[] labels, final double[][] numeric, final String[][] nominal,
        final int[] numericMissing, final int[] nominalMissing, final int unassigned) {
        this.segmentColumn = segmentColumn;
        this.numericNames = List.copyOf(numericNames);
        this.nominalNames = List.copyOf(nominalNames);
        this.labels = labels;
        this.numeric = numeric;
        this.nominal = nominal;
        this.numericMissing = numericMissing;
        this.nominalMissing = nominalMissing;
        this.unassigned = unassigned;
    }

    /**
     * Reads every row of the table.
     *
     * @param table the segmented table
     * @param segmentColumn the segment column (string or whole number)
     * @param numericNames the numeric attributes to read
     * @param nominalNames the nominal attributes to read
     * @param limitReason what the row limit is for, ending the too-many-rows message ("at most N rows ...")
     * @param exec for progress and cancellation
     * @return the rows read
     * @throws InvalidSettingsException if the table has more than {@link #MAX_ROWS} rows
     * @throws CanceledExecutionException if canceled
     */
    public static SegmentedTableReader read(final BufferedDataTable table, final String segmentColumn,
        final List<String> numericNames, final List<String> nominalNames, final String limitReason,
        final ExecutionMonitor exec) throws InvalidSettingsException, CanceledExecutionException {
        final long size = table.size();
        if (size > MAX_ROWS) {
            throw new InvalidSettingsException("The input table has " + size + " rows; at most " + MAX_ROWS
                + " rows " + limitReason + ". Sample the table first.");
        }
        final int n = (int)size;
        final DataTableSpec spec = table.getDataTableSpec();
        final int segIdx = spec.findColumnIndex(segmentColumn);
        final int[] numIdx = indices(spec, numericNames);
        final int[] nomIdx = indices(spec, nominalNames);
        final String[] labels = new String[n];
        final double[][] num = new double[numIdx.length][n];
        final String[][] nom = new String[nomIdx.length][n];
        final int[] numMissing = new int[numIdx.length];
        final int[] nomMissing = new int[nomIdx.length];
        int missingLabels = 0;
        int r = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                if (r % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    exec.setProgress(r / (double)Math.max(1, n), "Reading row " + (r + 1) + " of " + n);
                }
                final DataRow row = it.next();
                labels[r] = NamingTableReader.text(row.getCell(segIdx));
                final boolean assigned = isAssigned(labels[r]);
                if (!assigned) {
                    missingLabels++;
                }
                for (int a = 0; a < numIdx.length; a++) {
                    final DataCell c = row.getCell(numIdx[a]);
                    if (c.isMissing()) {
                        num[a][r] = Double.NaN;
                        numMissing[a] += assigned ? 1 : 0;
                    } else {
                        num[a][r] = ((DoubleValue)c).getDoubleValue();
                    }
                }
                for (int a = 0; a < nomIdx.length; a++) {
                    final DataCell c = row.getCell(nomIdx[a]);
                    if (c.isMissing()) {
                        nomMissing[a] += assigned ? 1 : 0;
                    } else {
                        nom[a][r] = ((StringValue)c).getStringValue();
                    }
                }
                r++;
            }
        }
        return new SegmentedTableReader(segmentColumn, numericNames, nominalNames, labels, num, nom, numMissing,
            nomMissing, missingLabels);
    }

    /**
     * @param label a segment label as read
     * @return whether the row has a segment (not missing, not blank)
     */
    public static boolean isAssigned(final String label) {
        return label != null && !label.isBlank();
    }

    private static int[] indices(final DataTableSpec spec, final List<String> names) {
        final int[] idx = new int[names.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = spec.findColumnIndex(names.get(i));
        }
        return idx;
    }

    /** @return the number of rows read */
    public int rows() {
        return labels.length;
    }

    /** @return the number of unassigned rows (missing or blank segment) */
    public int unassigned() {
        return unassigned;
    }

    /** @return the segment of every row, {@code null} or blank for an unassigned row (the reader's own array) */
    public String[] labels() {
        return labels;
    }

    /** @return [numeric attribute][row] every row's value, {@code NaN} when missing (the reader's own arrays) */
    public double[][] numeric() {
        return numeric;
    }

    /**
     * @return "U of N row(s) have a missing or empty segment in "column"", the start of a node's unassigned warning
     *         (the node says what it does with them), or {@code null} when every row has a segment
     */
    public String unassignedText() {
        return unassigned == 0 ? null : unassigned + " of " + labels.length + " row(s) have a missing or empty segment"
            + " in \"" + segmentColumn + "\"";
    }

    /**
     * @return the warning about missing attribute values of segmented rows (without a final period), or {@code null}
     *         when there are none
     */
    public String missingValuesWarning() {
        final List<String> parts = new ArrayList<>();
        long total = 0;
        for (int a = 0; a < numericMissing.length; a++) {
            if (numericMissing[a] > 0) {
                parts.add(numericNames.get(a) + ": " + numericMissing[a]);
                total += numericMissing[a];
            }
        }
        for (int a = 0; a < nominalMissing.length; a++) {
            if (nominalMissing[a] > 0) {
                parts.add(nominalNames.get(a) + ": " + nominalMissing[a]);
                total += nominalMissing[a];
            }
        }
        if (total == 0) {
            return null;
        }
        return total + " missing attribute value(s) were left out of the statistics of their attribute in "
            + parts.size() + " attribute(s) (" + listed(parts) + ")";
    }

    /**
     * @return the segmented rows only (unassigned rows left out), numeric then nominal attributes in the given order
     * @throws InvalidSettingsException if no row has a segment
     */
    public ProfileData profileData() throws InvalidSettingsException {
        final int kept = labels.length - unassigned;
        if (kept == 0) {
            throw new InvalidSettingsException("No row of the input has a segment in \"" + segmentColumn + "\" ("
                + labels.length + " row(s), all with a missing or empty segment cell); connect data with a segment "
                + "column, e.g. the first output of a segmenter.");
        }
        final int[] rows = new int[kept];
        for (int r = 0, i = 0; r < labels.length; r++) {
            if (isAssigned(labels[r])) {
                rows[i++] = r;
            }
        }
        final String[] keptLabels = new String[kept];
        for (int i = 0; i < kept; i++) {
            keptLabels[i] = labels[rows[i]];
        }
        final ProfileData.Builder b = ProfileData.builder(keptLabels);
        for (int a = 0; a < numericNames.size(); a++) {
            final double[] v = new double[kept];
            for (int i = 0; i < kept; i++) {
                v[i] = numeric[a][rows[i]];
            }
            b.numeric(numericNames.get(a), v);
        }
        for (int a = 0; a < nominalNames.size(); a++) {
            final String[] v = new String[kept];
            for (int i = 0; i < kept; i++) {
                v[i] = nominal[a][rows[i]];
            }
            b.nominal(nominalNames.get(a), v);
        }
        return b.build();
    }

    /**
     * @param items texts
     * @return the first five joined with ", " and how many more
     */
    public static String listed(final List<String> items) {
        if (items.size() <= LISTED) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LISTED)) + ", ... " + (items.size() - LISTED) + " more";
    }
}
