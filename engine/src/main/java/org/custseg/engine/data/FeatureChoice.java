package org.custseg.engine.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.custseg.engine.SegmentationException;

/**
 * The feature-choice job of {@link CsvTable#selectFeatures(List, String, boolean)}: row ids first (so messages can
 * name rows), then the requested or default feature columns with the reason for every skipped one, then the matrix.
 */
final class FeatureChoice {

    private final CsvTable table;
    private final List<String> used = new ArrayList<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();

    FeatureChoice(final CsvTable table) {
        this.table = table;
    }

    ColumnSelection select(final List<String> requested, final String idColumn, final boolean nominalAllowed)
        throws SegmentationException {
        final Map.Entry<String, List<String>> id = IdentifierRules.rowIds(table, idColumn);
        final String idCol = id.getKey();
        if (requested != null && !requested.isEmpty()) {
            requested(requested, idCol, idColumn != null);
        } else {
            defaults(idCol);
        }
        return new ColumnSelection(matrix(id.getValue(), nominalAllowed), used, skipped, idCol);
    }

    private void requested(final List<String> requested, final String idCol, final boolean idGiven)
        throws SegmentationException {
        final Set<String> seen = new HashSet<>();
        for (final String name : requested) {
            if (table.columnIndex(name) < 0) {
                throw new SegmentationException("The feature column \"" + name + "\" is not in " + table.source()
                    + ". Columns: " + String.join(", ", table.header()) + ".");
            }
            if (!seen.add(name)) {
                throw new SegmentationException("The feature column \"" + name + "\" is listed twice: list it once.");
            }
            if (name.equals(idCol) && idGiven) {
                throw new SegmentationException("The column \"" + name
                    + "\" is the id column and cannot also be a feature: choose another id column or drop it from "
                    + "the features.");
            }
            requireUnambiguous(name);
            if (table.kind(name) == ColumnKind.EMPTY) {
                throw new SegmentationException("The feature column \"" + name + "\" has no values (all "
                    + table.rows() + " cells are blank or missing): leave it out.");
            }
            used.add(name);
        }
        for (final String c : table.header()) {
            if (!seen.contains(c)) {
                skipped.put(c, c.equals(idCol) ? "row id column" : "not requested");
            }
        }
    }

    private void defaults(final String idCol) throws SegmentationException {
        for (final String c : table.header()) {
            if (c.equals(idCol)) {
                skipped.put(c, "row id column");
                continue;
            }
            requireUnambiguous(c);
            switch (table.kind(c)) {
                case EMPTY -> skipped.put(c, "no values (every cell blank or missing)");
                case TEXT -> skipped.put(c, "text, not numbers (e.g. \"" + firstText(c) + "\")");
                case NUMERIC -> {
                    if (IdentifierRules.isIdentifierName(c)) {
                        skipped.put(c, "identifier-like name");
                    } else if (table.looksLikeKey(c)) {
                        skipped.put(c, "identifier-like values (unique whole numbers, consecutive or increasing)");
                    } else {
                        used.add(c);
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        if (used.isEmpty()) {
            final List<String> parts = new ArrayList<>();
            skipped.forEach((k, v) -> parts.add(k + ": " + v));
            throw new SegmentationException("No numeric feature column found in " + table.source() + " ("
                + String.join("; ", parts) + "): name the feature columns explicitly.");
        }
    }

    /**
     * Builds the rows. Every column is checked first, in order (so the first bad cell is reported as before); then the
     * rows are filled chunk by chunk from the column store, and when the table can read its columns again from the
     * file each chunk is released once copied, so the column store and the matrix are not both held in full.
     */
    private FeatureMatrix matrix(final List<String> ids, final boolean nominalAllowed) throws SegmentationException {
        final int n = table.rows();
        final int d = used.size();
        final double[][] dense = new double[d][]; // a column's values when they do not come from the column store
        final CsvColumn[] store = new CsvColumn[d];
        final List<List<String>> levels = new ArrayList<>();
        boolean anyNominal = false;
        for (int j = 0; j < d; j++) {
            final String name = used.get(j);
            if (nominalAllowed && table.kind(name) == ColumnKind.TEXT) {
                dense[j] = new double[n];
                levels.add(nominal(name, dense[j]));
                anyNominal = true;
                continue;
            }
            levels.add(null);
            final CsvColumn col = table.forValues(name);
            if (col.numeric()) {
                table.requireFinite(name, ids);
                store[j] = col;
            } else {
                dense[j] = table.numericColumn(name, ids, false);
            }
        }
        final double[][] values = new double[n][];
        final boolean release = table.rereadable();
        for (int chunk = 0; (long) chunk * CsvColumn.CHUNK < n; chunk++) {
            final int from = chunk * CsvColumn.CHUNK;
            final int to = (int) Math.min(n, (long) from + CsvColumn.CHUNK);
            for (int r = from; r < to; r++) {
                values[r] = new double[d];
            }
            for (int j = 0; j < d; j++) {
                if (store[j] != null) {
                    store[j].copyChunk(chunk, values, j);
                    if (release) {
                        store[j].releaseChunk(chunk);
                    }
                } else {
                    for (int r = from; r < to; r++) {
                        values[r][j] = dense[j][r];
                    }
                }
            }
        }
        return new FeatureMatrix(used, ids, values, anyNominal ? levels : null, false); // rows not copied
    }

    /** Fills {@code out} with the codes of a nominal column; @return its categories (distinct values, sorted) */
    private List<String> nominal(final String column, final double[] out) {
        final CsvColumn cells = table.cells(column);
        final TreeSet<String> distinct = new TreeSet<>();
        for (int r = 0; r < cells.size(); r++) {
            final String v = cells.get(r);
            if (!CsvTable.isMissingToken(v)) {
                distinct.add(v.trim());
            }
        }
        final List<String> lv = new ArrayList<>(distinct);
        for (int r = 0; r < cells.size(); r++) {
            final String v = cells.get(r);
            out[r] = CsvTable.isMissingToken(v) ? Double.NaN : lv.indexOf(v.trim());
        }
        return lv;
    }

    /** Stops on a column of numbers written in more than one way, naming the column and a value. */
    private void requireUnambiguous(final String column) throws SegmentationException {
        final NumberStyle style = table.numberStyle(column);
        if (style.kind() == NumberStyle.Kind.AMBIGUOUS) {
            throw new SegmentationException("The column \"" + column + "\" of " + table.source() + " holds numbers"
                + " written in more than one way (e.g. \"" + style.example() + "\" does not fit the others), so they"
                + " cannot be read safely. Write every number of the column the same way: with a decimal point and no"
                + " thousands separator (7682.30), or consistently with thousands separators (\"7,682.30\") or a"
                + " decimal comma in a semicolon-separated file (7682,30).");
        }
    }

    private String firstText(final String column) {
        final NumberStyle style = table.numberStyle(column);
        final CsvColumn cells = table.cells(column);
        for (int r = 0; r < cells.size(); r++) {
            final String v = cells.get(r);
            if (!CsvTable.isMissingToken(v) && style.parse(v) == null) {
                return v.length() > 40 ? v.substring(0, 40) + "…" : v;
            }
        }
        return "";
    }
}
