package org.custseg.knime.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.custseg.engine.data.FeatureMatrix;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
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
     * As {@link #numericColumnIndices}, but text columns are accepted too (the features of a K-Medoids model with
     * Gower distance; whether each column has the type it had in training is checked when the model assigns rows).
     *
     * @param spec the table spec
     * @param columns the column names
     * @param what a phrase for messages saying where the names come from
     * @return the indices in {@code spec}
     * @throws InvalidSettingsException naming every missing column or column neither numeric nor text
     */
    public static int[] featureColumnIndices(final DataTableSpec spec, final List<String> columns, final String what)
        throws InvalidSettingsException {
        final List<String> numeric = new ArrayList<>();
        for (final String c : columns) {
            final DataColumnSpec col = spec.getColumnSpec(c);
            if (col == null || !col.getType().isCompatible(StringValue.class)
                || col.getType().isCompatible(DoubleValue.class)) {
                numeric.add(c);
            }
        }
        numericColumnIndices(spec, numeric, what);
        final int[] idx = new int[columns.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = spec.findColumnIndex(columns.get(i));
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

    /**
     * Reads the table into a feature matrix in which text columns become nominal features (K-Medoids with Gower
     * distance): a text column's distinct values, sorted, are its categories and the matrix holds their codes.
     * Numeric columns are read as by {@link #toFeatureMatrix(BufferedDataTable, List, ExecutionMonitor, String)}.
     *
     * @param table the input table
     * @param columns the numeric or text columns to read, in this order
     * @param exec for progress and cancellation
     * @param what a phrase for messages saying who needs the columns
     * @return the matrix, missing cells as {@code NaN}
     * @throws InvalidSettingsException if a column is missing or neither numeric nor text, or the table is too large
     * @throws CanceledExecutionException if canceled
     */
    public static FeatureMatrix toMixedFeatureMatrix(final BufferedDataTable table, final List<String> columns,
        final ExecutionMonitor exec, final String what) throws InvalidSettingsException, CanceledExecutionException {
        final DataTableSpec spec = table.getDataTableSpec();
        final List<String> numeric = new ArrayList<>();
        final boolean[] text = new boolean[columns.size()];
        final int[] idx = new int[columns.size()];
        for (int c = 0; c < idx.length; c++) {
            idx[c] = spec.findColumnIndex(columns.get(c));
            text[c] = idx[c] >= 0 && !spec.getColumnSpec(idx[c]).getType().isCompatible(DoubleValue.class)
                && spec.getColumnSpec(idx[c]).getType().isCompatible(StringValue.class);
            if (!text[c]) {
                numeric.add(columns.get(c));
            }
        }
        numericColumnIndices(spec, numeric, what); // names every absent or unusable column
        final long size = table.size();
        if (size > MAX_ROWS) {
            throw new InvalidSettingsException("The input table has " + size + " rows; at most " + MAX_ROWS
                + " rows can be processed in one go. Sample or split the table first.");
        }
        final int n = (int)size;
        final double[][] values = new double[n][];
        final String[][] labels = new String[idx.length][];
        for (int c = 0; c < idx.length; c++) {
            labels[c] = text[c] ? new String[n] : null;
        }
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
                    if (text[c]) {
                        labels[c][r] = cell.isMissing() ? null : ((StringValue)cell).getStringValue();
                        v[c] = Double.NaN;
                    } else {
                        v[c] = cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
                    }
                }
                values[r] = v;
                rowIds.add(row.getKey().getString());
                r++;
            }
        }
        final List<List<String>> levels = new ArrayList<>();
        boolean any = false;
        for (int c = 0; c < idx.length; c++) {
            if (!text[c]) {
                levels.add(null);
                continue;
            }
            any = true;
            final List<String> lv = new ArrayList<>(new TreeSet<>(
                java.util.Arrays.stream(labels[c]).filter(java.util.Objects::nonNull).toList()));
            final Map<String, Integer> code = new HashMap<>();
            for (int i = 0; i < lv.size(); i++) {
                code.put(lv.get(i), i);
            }
            for (int i = 0; i < n; i++) {
                values[i][c] = labels[c][i] == null ? Double.NaN : code.get(labels[c][i]);
            }
            levels.add(lv);
        }
        return new FeatureMatrix(columns, rowIds, values, any ? levels : null);
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
