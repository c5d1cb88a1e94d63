package org.custseg.engine.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.custseg.engine.SegmentationException;

/**
 * The identifier job of {@link CsvTable}: which columns look like identifiers (by name or by values), and the row
 * ids of a table (an explicit id column, the first identifier-like column with unique ids, or the row numbers).
 */
final class IdentifierRules {

    private static final Set<String> ID_TOKENS =
        Set.of("id", "ids", "key", "serial", "sl", "sno", "srno", "idx", "index", "uuid", "guid", "rowid", "pk");

    private static final Set<String> NUMBER_TOKENS = Set.of("no", "nr", "num", "number");

    private IdentifierRules() {
    }

    /**
     * The name rule for identifier-like columns. The name is split into lower-case words at non-letters/digits and
     * camel-case boundaries; it is identifier-like if a word is one of {@code id, ids, key, serial, sl, sno, srno,
     * idx, index, uuid, guid, rowid, pk}, or if the last word is {@code no, nr, num, number} and there is more than one
     * word (e.g. {@code Sl_No}, {@code Customer Key}, {@code customer_id}, {@code CustomerID}, {@code Account No}).
     *
     * @param name a column name
     * @return whether the name marks an identifier
     */
    static boolean isIdentifierName(final String name) {
        final String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        final String[] words = spaced.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        final List<String> w = new ArrayList<>();
        for (final String s : words) {
            if (!s.isEmpty()) {
                w.add(s);
            }
        }
        if (w.isEmpty()) {
            return false;
        }
        for (final String s : w) {
            if (ID_TOKENS.contains(s)) {
                return true;
            }
        }
        return w.size() > 1 && NUMBER_TOKENS.contains(w.get(w.size() - 1));
    }

    /**
     * The value rule for identifier-like columns: with at least {@link CsvTable#KEY_RULE_MIN_ROWS} rows, a numeric
     * column with no missing value whose values are all whole numbers, all different, and either consecutive once
     * sorted (a serial number) or strictly increasing in file order (a key that grows with the rows).
     *
     * @param col the column's cells
     * @return whether the values look like a key
     */
    static boolean looksLikeKey(final CsvColumn col) {
        if (col.size() < CsvTable.KEY_RULE_MIN_ROWS) {
            return false;
        }
        boolean increasing = true;
        double previous = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < col.size(); r++) { // most columns fail on their first rows
            final double d = keyValue(col, r);
            if (Double.isNaN(d)) {
                return false;
            }
            if (r > 0 && d <= previous) {
                increasing = false;
            }
            previous = d;
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        if (increasing) {
            return true;
        }
        // a permutation of min..max: the range spans exactly n values and none repeats (a bit per value, no sort)
        final int n = col.size();
        if (max - min != n - 1) {
            return false;
        }
        final java.util.BitSet seen = new java.util.BitSet(n);
        for (int r = 0; r < n; r++) {
            final int at = (int) (keyValue(col, r) - min); // exact: a whole number in 0..n-1
            if (seen.get(at)) {
                return false;
            }
            seen.set(at);
        }
        return true;
    }

    /** @return the cell as a whole number, or NaN when it is missing, not a number, infinite or not whole */
    private static double keyValue(final CsvColumn col, final int r) {
        final double d;
        if (col.numeric()) {
            d = col.value(r); // NaN: a missing cell
        } else {
            final Double parsed = CsvTable.parseNumber(col.get(r));
            d = parsed == null ? Double.NaN : parsed;
        }
        return Double.isInfinite(d) || d != Math.rint(d) ? Double.NaN : d;
    }

    /**
     * The row ids: of the given id column, else of the first identifier-like column whose ids are all present and
     * unique, else the row numbers (an identifier column by name whose ids repeat is an error instead).
     *
     * @param table the table
     * @param idColumn the id column, or {@code null} to pick one
     * @return the id column chosen ({@code null} for row numbers) and the ids
     * @throws SegmentationException for an unknown id column, a blank or duplicate id
     */
    static Map.Entry<String, List<String>> rowIds(final CsvTable table, final String idColumn)
        throws SegmentationException {
        if (idColumn != null) {
            if (table.columnIndex(idColumn) < 0) {
                throw new SegmentationException("The id column \"" + idColumn + "\" is not in " + table.source()
                    + ". Columns: " + String.join(", ", table.header()) + ".");
            }
            return Map.entry(idColumn, ids(table, idColumn, true));
        }
        for (final String c : table.header()) {
            if (table.kind(c) != ColumnKind.EMPTY && (isIdentifierName(c) || table.looksLikeKey(c))) {
                final List<String> found = ids(table, c, false);
                if (found != null) {
                    return Map.entry(c, found);
                }
            }
        }
        requireNoRepeatedIdentifier(table);
        return new java.util.AbstractMap.SimpleImmutableEntry<>(null, new RowNumbers(table.rows()));
    }

    /** An identifier column by name whose ids repeat: say which id and where, instead of numbering the rows. */
    private static void requireNoRepeatedIdentifier(final CsvTable table) throws SegmentationException {
        for (final String c : table.header()) {
            if (table.kind(c) != ColumnKind.EMPTY && isIdentifierName(c)) {
                final String dup = duplicateDescription(table, c);
                if (dup != null) {
                    throw new SegmentationException("The column \"" + c + "\" looks like the customer id but "
                        + dup + " of " + table.source() + "): every customer needs a unique id. Remove or fix the"
                        + " duplicate row, or name another id column (--id-column), or, to number the rows"
                        + " instead, rename the column.");
                }
            }
        }
    }

    /**
     * @return e.g. {@code the id "C10006" occurs twice (lines 7 and 702} (the first repeated id; up to 5 lines), or
     *         {@code null} when the present ids are unique
     */
    private static String duplicateDescription(final CsvTable table, final String column) {
        final CsvColumn col = table.cells(column);
        final Map<String, List<Integer>> rowsOf = new LinkedHashMap<>();
        String first = null;
        for (int r = 0; r < col.size(); r++) {
            final String id = col.get(r);
            if (id == null) {
                continue;
            }
            final List<Integer> l = rowsOf.computeIfAbsent(id, x -> new ArrayList<>());
            l.add(r);
            if (l.size() == 2 && first == null) {
                first = id;
            }
        }
        if (first == null) {
            return null;
        }
        final List<Integer> rows = rowsOf.get(first);
        final List<String> where = new ArrayList<>();
        for (final int r : rows.subList(0, Math.min(5, rows.size()))) {
            where.add(Long.toString(table.lineNumber(r)));
        }
        long repeated = rowsOf.values().stream().filter(l -> l.size() > 1).count();
        return "the id \"" + first + "\" occurs " + (rows.size() == 2 ? "twice" : rows.size() + " times") + " (lines "
            + String.join(" and ", where) + (repeated > 1 ? "; " + repeated + " ids repeat in all" : "");
    }

    /** @return the ids, or null (strict = false) / an error (strict = true) if one is blank or duplicated */
    private static List<String> ids(final CsvTable table, final String column, final boolean strict)
        throws SegmentationException {
        final CsvColumn col = table.cells(column);
        final PackedIds out = new PackedIds();
        // open addressing over row numbers (r + 1, 0 = free), at most half full: 8 MB for a million ids, no boxing
        final int[] slots = new int[Math.max(16, Integer.highestOneBit(Math.max(1, col.size())) << 2)];
        final int mask = slots.length - 1;
        for (int r = 0; r < col.size(); r++) {
            final String id = col.get(r);
            if (id == null) {
                if (!strict) {
                    return null;
                }
                throw new SegmentationException("The id column \"" + column + "\" is blank on line "
                    + table.lineNumber(r) + " of " + table.source()
                    + ": every row needs an id (or choose no id column to number the rows).");
            }
            final int mixed = id.hashCode() * 0x9E3779B9;
            int h = (mixed ^ mixed >>> 16) & mask;
            Integer prev = null;
            while (slots[h] != 0) {
                if (out.get(slots[h] - 1).equals(id)) {
                    prev = slots[h] - 1; // the only earlier row with this id: no id repeated before row r
                    break;
                }
                h = h + 1 & mask;
            }
            slots[h] = r + 1;
            if (prev != null) {
                if (!strict) {
                    return null;
                }
                throw new SegmentationException("Duplicate row id \"" + id + "\" in the id column \"" + column
                    + "\" (lines " + table.lineNumber(prev) + " and " + table.lineNumber(r) + " of " + table.source()
                    + "): ids must be unique. Choose a column with unique values, or no id column to number the rows.");
            }
            out.append(id);
        }
        return out.trim();
    }
}
