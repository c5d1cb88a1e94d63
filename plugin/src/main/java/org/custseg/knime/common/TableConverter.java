package org.custseg.knime.common;

import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.data.FeatureMatrix;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;

/**
 * Converts a KNIME table into the engine's {@link FeatureMatrix}: the chosen numeric columns by name, missing cells
 * as {@code NaN}, row keys as row ids.
 */
public final class TableConverter {

    private static final int CHECK_EVERY = 1000;

    private static final long MAX_ROWS = Integer.MAX_VALUE - 8L;

    private TableConverter() {
    }

    /**
     * Finds the column indices of the given names and checks that they are numeric.
     *
     * @param spec the table spec
     * @param columns the column names
     * @param what a phrase for messages saying where the names come from, e.g. "the model"
     * @return the indices in {@code spec}
     * @throws InvalidSettingsException naming every missing or non-numeric column
     */
    public static int[] numericColumnIndices(final DataTableSpec spec, final List<String> columns, final String what)
        throws InvalidSettingsException {
        final List<String> missing = new ArrayList<>();
        final List<String> notNumeric = new ArrayList<>();
        final int[] idx = new int[columns.size()];
        for (int i = 0; i < idx.length; i++) {
            final String name = columns.get(i);
            idx[i] = spec.findColumnIndex(name);
            if (idx[i] < 0) {
                missing.add(name);
            } else {
                final DataColumnSpec col = spec.getColumnSpec(idx[i]);
                if (!col.getType().isCompatible(DoubleValue.class)) {
                    notNumeric.add(name + " (" + col.getType() + ")");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidSettingsException("The input table lacks " + plural(missing.size(), "column")
                + " required by " + what + ": " + quote(missing)
                + ". Provide a table with these numeric columns (same names as when the model was trained).");
        }
        if (!notNumeric.isEmpty()) {
            throw new InvalidSettingsException(plural(notNumeric.size(), "column") + " required by " + what
                + " " + (notNumeric.size() == 1 ? "is" : "are") + " not numeric: " + quote(notNumeric)
                + ". Convert " + (notNumeric.size() == 1 ? "it" : "them") + " to a number type first.");
        }
        return idx;
    }

    /**
     * Reads the table into a feature matrix.
     *
     * @param table the input table
     * @param columns the numeric columns to read, in this order
     * @param exec for progress and cancellation
     * @param what a phrase for messages saying who needs the columns, e.g. "the segmentation model"
     * @return the matrix, missing cells as {@code NaN}
     * @throws InvalidSettingsException if a column is missing or not numeric, or the table is too large
     * @throws CanceledExecutionException if canceled
     */
    public static FeatureMatrix toFeatureMatrix(final BufferedDataTable table, final List<String> columns,
        final ExecutionMonitor exec, final String what) throws InvalidSettingsException, CanceledExecutionException {
        final int[] idx = numericColumnIndices(table.getDataTableSpec(), columns, what);
        final long size = table.size();
        if (size > MAX_ROWS) {
            throw new InvalidSettingsException("The input table has " + size + " rows; at most " + MAX_ROWS
                + " rows can be processed in one go. Sample or split the table first.");
        }
        final int n = (int)size;
        final double[][] values = new double[n][];
        final List<String> rowIds = new ArrayList<>(n);
        int r = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                if (r % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    exec.setProgress(r / (double)n, "Reading row " + (r + 1) + " of " + n);
                }
                final DataRow row = it.next();
                final double[] v = new double[idx.length];
                for (int c = 0; c < idx.length; c++) {
                    final DataCell cell = row.getCell(idx[c]);
                    v[c] = cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
                }
                values[r] = v;
                rowIds.add(row.getKey().getString());
                r++;
            }
        }
        return new FeatureMatrix(columns, rowIds, values);
    }

    static String plural(final int n, final String noun) {
        return n == 1 ? "the " + noun : n + " " + noun + "s";
    }

    static String quote(final List<String> names) {
        final StringBuilder sb = new StringBuilder();
        for (final String s : names) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append('"').append(s).append('"');
        }
        return sb.toString();
    }
}
