package org.custseg.engine.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable numeric feature matrix: named columns, identified rows, values with {@code NaN} for missing.
 *
 * <p>This is the engine's only input type for segmentation; the CLI builds it from a CSV file and the KNIME nodes
 * from a data table.
 */
public final class FeatureMatrix {

    private final List<String> columnNames;
    private final List<String> rowIds;
    private final double[][] values;
    /** Per column its categories (nominal column, values are 0-based codes into this list) or {@code null}. */
    private final List<List<String>> levels;

    /**
     * @param columnNames the feature names, unique and non-empty
     * @param rowIds one identifier per row
     * @param values row-major values, {@code values.length == rowIds.size()} and each row of length
     *            {@code columnNames.size()}; {@code NaN} marks a missing value. The array is copied.
     * @throws IllegalArgumentException if the shapes do not agree or a column name is duplicated
     */
    public FeatureMatrix(final List<String> columnNames, final List<String> rowIds, final double[][] values) {
        this(columnNames, rowIds, values, null);
    }

    /**
     * A matrix with nominal columns (used by K-Medoids with Gower distance): a nominal column holds 0-based codes into
     * its list of categories ({@code NaN} = missing).
     *
     * @param columnNames as above
     * @param rowIds as above
     * @param values as above; a nominal column's values are whole numbers in {@code 0..levels-1} or {@code NaN}
     * @param levels per column its categories (nominal) or {@code null} (numeric); {@code null} = all numeric
     * @throws IllegalArgumentException if the shapes do not agree, a name is duplicated or a code is out of range
     */
    public FeatureMatrix(final List<String> columnNames, final List<String> rowIds, final double[][] values,
        final List<List<String>> levels) {
        this(columnNames, rowIds, values, levels, true);
    }

    /**
     * As the public constructor; without {@code copy} the rows are taken over, not copied (for a caller that built
     * them for this matrix alone and drops them, as {@link FeatureChoice} does, so a large table is not held twice).
     */
    FeatureMatrix(final List<String> columnNames, final List<String> rowIds, final double[][] values,
        final List<List<String>> levels, final boolean copyRows) {
        Objects.requireNonNull(columnNames, "columnNames");
        Objects.requireNonNull(rowIds, "rowIds");
        Objects.requireNonNull(values, "values");
        final Set<String> seen = new HashSet<>();
        for (final String name : columnNames) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("A feature column has an empty name; give every column a name.");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("The feature column \"" + name
                    + "\" appears twice; every feature column needs a unique name.");
            }
        }
        if (values.length != rowIds.size()) {
            throw new IllegalArgumentException(
                "There are " + rowIds.size() + " row ids but " + values.length + " rows of values.");
        }
        final int d = columnNames.size();
        final double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r] == null || values[r].length != d) {
                throw new IllegalArgumentException("Row " + (r + 1) + " (\"" + rowIds.get(r) + "\") has "
                    + (values[r] == null ? 0 : values[r].length) + " values but there are " + d + " columns.");
            }
            copy[r] = copyRows ? values[r].clone() : values[r];
        }
        this.columnNames = Collections.unmodifiableList(new ArrayList<>(columnNames));
        this.rowIds = rowIds instanceof RowNumbers || rowIds instanceof PackedIds ? rowIds // unmodifiable, compact
            : Collections.unmodifiableList(new ArrayList<>(rowIds));
        this.values = copy;
        if (levels == null) {
            this.levels = Collections.nCopies(d, null);
        } else {
            if (levels.size() != d) {
                throw new IllegalArgumentException("There are " + d + " columns but " + levels.size()
                    + " entries of categories.");
            }
            final List<List<String>> l = new ArrayList<>();
            for (int c = 0; c < d; c++) {
                final List<String> lc = levels.get(c);
                l.add(lc == null ? null : List.copyOf(lc));
                if (lc != null) {
                    for (int r = 0; r < copy.length; r++) {
                        final double v = copy[r][c];
                        if (!Double.isNaN(v) && (v != Math.rint(v) || v < 0 || v >= lc.size())) {
                            throw new IllegalArgumentException("Nominal column \"" + columnNames.get(c) + "\", row "
                                + (r + 1) + ": code " + v + " is not one of 0.." + (lc.size() - 1) + ".");
                        }
                    }
                }
            }
            this.levels = Collections.unmodifiableList(l);
        }
    }

    /** A matrix over already checked parts (see {@link #rowsAt}). */
    private FeatureMatrix(final FeatureMatrix from, final List<String> rowIds, final double[][] values) {
        this.columnNames = from.columnNames;
        this.rowIds = Collections.unmodifiableList(rowIds);
        this.values = values;
        this.levels = from.levels;
    }

    /**
     * The given rows, in the given order (a row may repeat, as in a bootstrap resample), with their ids, columns and
     * categories. The new matrix shares this one's row storage instead of copying it: neither ever changes or hands
     * out its rows (see {@link #row}), so a resample of a large table costs one reference per row.
     *
     * @param rows row indexes, each in {@code 0..rows()-1}
     * @return the matrix of those rows
     * @throws IndexOutOfBoundsException if an index is outside the matrix
     */
    public FeatureMatrix rowsAt(final int[] rows) {
        final double[][] v = new double[rows.length][];
        final String[] ids = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            v[i] = values[rows[i]];
            ids[i] = rowIds.get(rows[i]);
        }
        return new FeatureMatrix(this, Arrays.asList(ids), v);
    }

    /**
     * @param c column index
     * @return whether the column is nominal (values are category codes)
     */
    public boolean isNominal(final int c) {
        return levels.get(c) != null;
    }

    /** @return whether any column is nominal */
    public boolean hasNominal() {
        return levels.stream().anyMatch(Objects::nonNull);
    }

    /**
     * @param c column index
     * @return the categories of a nominal column (code = index), {@code null} for a numeric column
     */
    public List<String> levels(final int c) {
        return levels.get(c);
    }

    /** @return the number of rows */
    public int rows() {
        return values.length;
    }

    /** @return the number of feature columns */
    public int columns() {
        return columnNames.size();
    }

    /** @return the feature names, unmodifiable */
    public List<String> columnNames() {
        return columnNames;
    }

    /**
     * @param c column index
     * @return the column's name
     */
    public String columnName(final int c) {
        return columnNames.get(c);
    }

    /** @return the row ids, unmodifiable */
    public List<String> rowIds() {
        return rowIds;
    }

    /**
     * @param r row index
     * @return the row's id
     */
    public String rowId(final int r) {
        return rowIds.get(r);
    }

    /**
     * @param r row index
     * @param c column index
     * @return the value, {@code NaN} if missing
     */
    public double value(final int r, final int c) {
        return values[r][c];
    }

    /**
     * @param r row index
     * @return a copy of the row's values
     */
    public double[] row(final int r) {
        return values[r].clone();
    }
}
