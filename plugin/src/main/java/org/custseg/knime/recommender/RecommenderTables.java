package org.custseg.knime.recommender;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.custseg.engine.SegmentationException;
import org.custseg.engine.lift.Holdout;
import org.custseg.engine.recommend.Playbook;
import org.custseg.engine.recommend.PlaybookException;
import org.custseg.engine.recommend.ProfileFacts;
import org.custseg.engine.recommend.Recommendation;
import org.custseg.engine.recommend.Recommendations;
import org.custseg.knime.common.SegmentColumns;
import org.custseg.knime.profiler.ProfileTables;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;

/**
 * Tables of the Segment Recommender: checks of the input specs, reading the profile (and optional summary) into
 * {@link ProfileFacts}, reading and writing playbook tables, and the output specs and tables.
 */
public final class RecommenderTables {

    /** Columns the profile table must have (compared ignoring case, spaces and punctuation). */
    public static final List<String> REQUIRED_PROFILE_COLUMNS = List.of(ProfileTables.SEGMENT,
        ProfileTables.ATTRIBUTE, ProfileTables.MEAN, ProfileTables.POPULATION_MEAN, ProfileTables.RATIO,
        ProfileTables.EFFECT, ProfileTables.LEVEL);

    /** Columns the optional segment summary must have (compared ignoring case, spaces and punctuation). */
    public static final List<String> REQUIRED_SUMMARY_COLUMNS = List.of(ProfileTables.SEGMENT,
        ProfileTables.PERSONA, ProfileTables.SIZE, ProfileTables.SHARE, ProfileTables.DESCRIPTION);

    /** Columns a playbook table must have (compared ignoring case and surrounding spaces). */
    public static final List<String> REQUIRED_PLAYBOOK_COLUMNS = List.of("id", "condition", "action", "priority");

    /** Recommendations table columns, in order. */
    public static final List<String> RECOMMENDATION_COLUMNS = List.of("Segment", "Persona", "Rule ID", "Action",
        "Team", "Channel", "Priority", "KPI", "Rationale", "Explanation");

    /** Playbook table columns, in the order of {@link Playbook#COLUMNS}. */
    public static final List<String> PLAYBOOK_COLUMNS =
        List.of("ID", "Condition", "Action", "Team", "Channel", "Priority", "KPI", "Explanation", "Excludes");

    /** Customer output: persona column. */
    public static final String CUSTOMER_PERSONA = "Persona";

    private static final int CHECK_EVERY = 1000;

    private RecommenderTables() {
    }

    private static String norm(final String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Set<String> normalizedNames(final DataTableSpec spec) {
        final Set<String> names = new HashSet<>();
        for (final DataColumnSpec c : spec) {
            names.add(norm(c.getName()));
        }
        return names;
    }

    /**
     * @param spec the profile table's spec (input 0)
     * @throws InvalidSettingsException naming the missing columns
     */
    public static void checkProfileSpec(final DataTableSpec spec) throws InvalidSettingsException {
        checkColumns(spec, REQUIRED_PROFILE_COLUMNS, "profile table (input 0)",
            "Connect the first output (Profile) of the Segment Profiler");
    }

    /**
     * @param spec the segment summary's spec (input 3)
     * @throws InvalidSettingsException naming the missing columns
     */
    public static void checkSummarySpec(final DataTableSpec spec) throws InvalidSettingsException {
        checkColumns(spec, REQUIRED_SUMMARY_COLUMNS, "segment summary (input 3)",
            "Connect the second output (Segment summary) of the Segment Profiler, or leave the port unconnected");
    }

    private static void checkColumns(final DataTableSpec spec, final List<String> required, final String what,
        final String advice) throws InvalidSettingsException {
        final Set<String> names = normalizedNames(spec);
        final List<String> missing = new ArrayList<>();
        for (final String r : required) {
            if (!names.contains(norm(r))) {
                missing.add("\"" + r + "\"");
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidSettingsException("The " + what + " has no " + String.join(", ", missing) + " column"
                + (missing.size() == 1 ? "" : "s") + ". " + advice + ".");
        }
    }

    /**
     * @param spec the playbook table's spec (input 1)
     * @throws InvalidSettingsException naming the missing columns
     */
    public static void checkPlaybookSpec(final DataTableSpec spec) throws InvalidSettingsException {
        final Set<String> names = new HashSet<>();
        for (final DataColumnSpec c : spec) {
            names.add(c.getName().trim().toLowerCase(Locale.ROOT));
        }
        final List<String> missing = new ArrayList<>();
        for (final String r : REQUIRED_PLAYBOOK_COLUMNS) {
            if (!names.contains(r)) {
                missing.add("\"" + r + "\"");
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidSettingsException("The playbook table (input 1) has no " + String.join(", ", missing)
                + " column" + (missing.size() == 1 ? "" : "s") + ". A playbook needs the columns ID, Condition, "
                + "Action and Priority (Team, Channel, KPI and Explanation are optional); the third output of this "
                + "node is a complete example.");
        }
    }

    /**
     * Reads the profile facts.
     *
     * @param profile the long profile table (input 0)
     * @param summary the segment summary (input 3), or {@code null}: then persona comes from a {@code Persona}
     *            column of the profile, size from {@code N + Missing} of a segment's first numeric row and share
     *            from size / sum of sizes
     * @param warnings receives a warning when sizes are unknown
     * @param exec progress and cancellation
     * @return the facts
     * @throws SegmentationException for bad cells (naming row and column)
     * @throws CanceledExecutionException if canceled
     */
    public static ProfileFacts readFacts(final BufferedDataTable profile, final BufferedDataTable summary,
        final List<String> warnings, final ExecutionMonitor exec)
        throws SegmentationException, CanceledExecutionException {
        final List<String> longHeader = header(profile.getDataTableSpec());
        final List<String[]> longRows = rows(profile, exec);
        if (longRows.isEmpty()) {
            throw new SegmentationException("The profile table (input 0) has no rows; run the Segment Profiler on "
                + "data with at least one segment.");
        }
        if (summary != null) {
            final List<String> summaryHeader = header(summary.getDataTableSpec());
            final List<String[]> summaryRows = rows(summary, exec);
            // the profiler's last row counts the unassigned rows (missing Segment cell): not a segment to act on
            final int seg = summaryHeader.stream().map(RecommenderTables::norm).toList()
                .indexOf(norm(ProfileTables.SEGMENT));
            if (seg >= 0) {
                summaryRows.removeIf(r -> r[seg].isBlank());
            }
            return ProfileFacts.fromRows(longHeader, longRows, summaryHeader, summaryRows);
        }
        return ProfileFacts.fromRows(longHeader, longRows, List.of("segment", "persona", "size",
            "share", "description"), derivedSummary(longHeader, longRows, warnings));
    }

    private static List<String[]> derivedSummary(final List<String> header, final List<String[]> rows,
        final List<String> warnings) {
        final Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.putIfAbsent(norm(header.get(i)), i);
        }
        final int seg = col.get(norm(ProfileTables.SEGMENT));
        final Integer persona = col.get(norm(ProfileTables.PERSONA));
        final Integer n = col.get(norm(ProfileTables.N));
        final Integer missing = col.get(norm(ProfileTables.MISSING));
        final Integer category = col.get(norm(ProfileTables.CATEGORY));
        final Map<String, String[]> bySegment = new LinkedHashMap<>();
        final Map<String, Long> sizes = new LinkedHashMap<>();
        for (final String[] r : rows) {
            final String s = cell(r, seg).trim();
            if (s.isEmpty() || bySegment.containsKey(s) && sizes.containsKey(s)) {
                continue;
            }
            bySegment.computeIfAbsent(s, k -> new String[]{k, persona == null ? "" : cell(r, persona), "", "", ""});
            final boolean numericRow = category == null || cell(r, category).isBlank();
            if (numericRow && n != null && missing != null) {
                try {
                    sizes.put(s, Long.parseLong(cell(r, n).trim()) + Long.parseLong(cell(r, missing).trim()));
                } catch (final NumberFormatException e) {
                    // size stays unknown for this segment
                }
            }
        }
        long total = 0;
        for (final long v : sizes.values()) {
            total += v;
        }
        if (sizes.size() < bySegment.size()) {
            warnings.add("Segment sizes and shares are unknown (the profile has no N and Missing columns and no "
                + "segment summary is connected to input 3), so conditions on size and share are false");
        } else {
            for (final Map.Entry<String, String[]> e : bySegment.entrySet()) {
                final long size = sizes.get(e.getKey());
                e.getValue()[2] = Long.toString(size);
                e.getValue()[3] = total == 0 ? "" : Double.toString(size / (double)total);
            }
        }
        return new ArrayList<>(bySegment.values());
    }

    /**
     * Reads a playbook table; column names are matched ignoring case and surrounding spaces.
     *
     * @param table the playbook table (input 1)
     * @param exec progress and cancellation
     * @return the playbook
     * @throws PlaybookException for a missing column or a bad rule (naming rule id and position)
     * @throws CanceledExecutionException if canceled
     */
    public static Playbook readPlaybook(final BufferedDataTable table, final ExecutionMonitor exec)
        throws PlaybookException, CanceledExecutionException {
        return Playbook.fromRows(header(table.getDataTableSpec()), rows(table, exec));
    }

    /** @return the spec of the playbook table (output 2, and the layout input 1 accepts) */
    public static DataTableSpec playbookSpec() {
        final DataColumnSpec[] cols = new DataColumnSpec[PLAYBOOK_COLUMNS.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = new DataColumnSpecCreator(PLAYBOOK_COLUMNS.get(i),
                "Priority".equals(PLAYBOOK_COLUMNS.get(i)) ? IntCell.TYPE : StringCell.TYPE).createSpec();
        }
        return new DataTableSpec(cols);
    }

    /**
     * @param playbook a playbook
     * @param exec for the container
     * @return the playbook as a table, row keys = rule ids
     */
    public static BufferedDataTable playbookTable(final Playbook playbook, final ExecutionContext exec) {
        final BufferedDataContainer c = exec.createDataContainer(playbookSpec());
        for (final String[] r : playbook.toRows()) {
            final DataCell[] cells = new DataCell[r.length];
            for (int i = 0; i < r.length; i++) {
                cells[i] = "Priority".equals(PLAYBOOK_COLUMNS.get(i)) ? new IntCell(Integer.parseInt(r[i])) : str(r[i]);
            }
            c.addRowToTable(new DefaultRow(new RowKey(r[0]), cells));
        }
        c.close();
        return c.getTable();
    }

    /** @return the spec of the recommendations (output 0) */
    public static DataTableSpec recommendationSpec() {
        final DataColumnSpec[] cols = new DataColumnSpec[RECOMMENDATION_COLUMNS.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = new DataColumnSpecCreator(RECOMMENDATION_COLUMNS.get(i),
                "Priority".equals(RECOMMENDATION_COLUMNS.get(i)) ? IntCell.TYPE : StringCell.TYPE).createSpec();
        }
        return new DataTableSpec(cols);
    }

    /**
     * @param recs the recommendations
     * @param exec for the container
     * @return one row per segment and matching rule, or the segment's "no rule matched" row (priority missing)
     */
    public static BufferedDataTable recommendationTable(final Recommendations recs, final ExecutionContext exec) {
        final BufferedDataContainer c = exec.createDataContainer(recommendationSpec());
        long i = 0;
        for (final Recommendation r : recs.rows()) {
            c.addRowToTable(new DefaultRow(RowKey.createRowKey(i++), str(r.segment()), str(r.persona()),
                str(r.ruleId()), str(r.action()), str(r.team()), str(r.channel()),
                r.matched() ? new IntCell(r.priority()) : DataType.getMissingCell(), str(r.kpi()), str(r.rationale()),
                str(r.explanation())));
        }
        c.close();
        return c.getTable();
    }

    /**
     * Names of the columns appended to the customer table: {@code Persona}, then per rank i = 1..n
     * {@code Rule ID i}, {@code Action i}, {@code Channel i}; made unique against the customer table.
     *
     * @param customers the customer table's spec
     * @param n actions per customer
     * @return the customer table's spec followed by the appended columns
     */
    public static DataTableSpec customerSpec(final DataTableSpec customers, final int n) {
        return customerSpec(customers, n, false);
    }

    /**
     * @param customers the customer table's spec
     * @param n actions per customer
     * @param holdout also append {@code Holdout i} (boolean) per rank, after all other appended columns
     * @return the customer table's spec followed by the appended columns
     */
    public static DataTableSpec customerSpec(final DataTableSpec customers, final int n, final boolean holdout) {
        final Set<String> taken = new HashSet<>(List.of(customers.getColumnNames()));
        final List<DataColumnSpec> cols = new ArrayList<>();
        cols.add(new DataColumnSpecCreator(SegmentColumns.unique(taken, CUSTOMER_PERSONA), StringCell.TYPE)
            .createSpec());
        for (int i = 1; i <= n; i++) {
            for (final String base : List.of("Rule ID ", "Action ", "Channel ")) {
                cols.add(new DataColumnSpecCreator(SegmentColumns.unique(taken, base + i), StringCell.TYPE)
                    .createSpec());
            }
        }
        if (holdout) {
            for (int i = 1; i <= n; i++) {
                cols.add(new DataColumnSpecCreator(SegmentColumns.unique(taken, "Holdout " + i), BooleanCell.TYPE)
                    .createSpec());
            }
        }
        return new DataTableSpec(customers, new DataTableSpec(cols.toArray(new DataColumnSpec[0])));
    }

    /**
     * Appends each customer's segment's top actions.
     *
     * @param customers the customer table (input 2)
     * @param segmentColumn its segment column
     * @param recs the recommendations
     * @param facts the facts (for the persona)
     * @param n actions per customer
     * @param warnings receives a warning with the count of customers whose segment is not in the profile
     * @param exec container, progress and cancellation
     * @return the customer table with the appended columns
     * @throws CanceledExecutionException if canceled
     */
    public static BufferedDataTable customerTable(final BufferedDataTable customers, final String segmentColumn,
        final Recommendations recs, final ProfileFacts facts, final int n, final List<String> warnings,
        final ExecutionContext exec) throws CanceledExecutionException {
        return customerTable(customers, segmentColumn, recs, facts, n, null, null, warnings, exec);
    }

    /**
     * Appends each customer's segment's top actions and, when {@code holdout} is given, per action whether the
     * customer is in its holdout group ({@link Holdout}: seeded hash of segment, rule id and customer id).
     *
     * @param customers the customer table (input 2)
     * @param segmentColumn its segment column
     * @param recs the recommendations
     * @param facts the facts (for the persona)
     * @param n actions per customer
     * @param holdout the holdout rule, or {@code null} for no holdout columns
     * @param idColumn the customer id column, or {@code null} for the Row ID
     * @param warnings receives warnings
     * @param exec container, progress and cancellation
     * @return the customer table with the appended columns
     * @throws CanceledExecutionException if canceled
     */
    public static BufferedDataTable customerTable(final BufferedDataTable customers, final String segmentColumn,
        final Recommendations recs, final ProfileFacts facts, final int n, final Holdout holdout,
        final String idColumn, final List<String> warnings, final ExecutionContext exec)
        throws CanceledExecutionException {
        return customerTable(customers, segmentColumn, recs, null, facts, n, holdout, idColumn, warnings, exec);
    }

    /** The customer table column with each customer's named moves ("; "-separated), as the Segment Migration writes. */
    public static final String MOVES_COLUMN = "Named moves";

    /**
     * Like {@link #customerTable(BufferedDataTable, String, Recommendations, ProfileFacts, int, Holdout, String,
     * List, ExecutionContext)}; a customer whose {@value #MOVES_COLUMN} cell names moves gets the recommendations
     * for those moves (rules with a {@code moved "name"} condition), computed once per distinct set of moves.
     *
     * @param customers the customer table (input 2)
     * @param segmentColumn its segment column
     * @param recs the segment-level recommendations
     * @param forMoves the recommendations for a set of moves, or {@code null} to ignore moves
     * @param facts the facts (for the persona)
     * @param n actions per customer
     * @param holdout the holdout rule, or {@code null} for no holdout columns
     * @param idColumn the customer id column, or {@code null} for the Row ID
     * @param warnings receives warnings
     * @param exec container, progress and cancellation
     * @return the customer table with the appended columns
     * @throws CanceledExecutionException if canceled
     */
    public static BufferedDataTable customerTable(final BufferedDataTable customers, final String segmentColumn,
        final Recommendations recs, final java.util.function.Function<Set<String>, Recommendations> forMoves,
        final ProfileFacts facts, final int n, final Holdout holdout, final String idColumn,
        final List<String> warnings, final ExecutionContext exec) throws CanceledExecutionException {
        final int movesIndex = forMoves == null ? -1 : customers.getDataTableSpec().findColumnIndex(MOVES_COLUMN);
        final java.util.Map<Set<String>, Recommendations> byMoves = new java.util.HashMap<>();
        final DataTableSpec spec = customerSpec(customers.getDataTableSpec(), n, holdout != null);
        final int idIndex = idColumn == null ? -1 : customers.getDataTableSpec().findColumnIndex(idColumn);
        long missingIds = 0;
        final int seg = customers.getDataTableSpec().findColumnIndex(segmentColumn);
        final int inCols = customers.getDataTableSpec().getNumColumns();
        final BufferedDataContainer c = exec.createDataContainer(spec);
        final long size = customers.size();
        long r = 0;
        long unknown = 0;
        final Set<String> unknownLabels = new LinkedHashSet<>();
        try (CloseableRowIterator it = customers.iterator()) {
            while (it.hasNext()) {
                if (r % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    exec.setProgress(r / (double)Math.max(1, size), "Customer " + (r + 1) + " of " + size);
                }
                final DataRow row = it.next();
                final String label = text(row.getCell(seg));
                Recommendations mine = recs;
                if (movesIndex >= 0) {
                    final Set<String> moves = new java.util.TreeSet<>();
                    for (final String m : text(row.getCell(movesIndex)).split(";")) {
                        if (!m.isBlank()) {
                            moves.add(m.trim().toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                    if (!moves.isEmpty()) {
                        mine = byMoves.computeIfAbsent(moves, forMoves);
                    }
                }
                final List<Recommendation> top = mine.topActions(label, n);
                final DataCell[] cells = new DataCell[spec.getNumColumns()];
                for (int i = 0; i < inCols; i++) {
                    cells[i] = row.getCell(i);
                }
                if (top.isEmpty()) {
                    unknown++;
                    if (unknownLabels.size() < 5) {
                        unknownLabels.add(label.isEmpty() ? "(missing)" : label);
                    }
                }
                final ProfileFacts.SegmentFact fact = top.isEmpty() ? null : facts.segment(top.get(0).segment());
                cells[inCols] = fact == null ? DataType.getMissingCell() : str(fact.persona());
                for (int i = 0; i < n; i++) {
                    final Recommendation rec = i < top.size() ? top.get(i) : null;
                    final int base = inCols + 1 + 3 * i;
                    cells[base] = rec == null ? DataType.getMissingCell() : str(rec.ruleId());
                    cells[base + 1] = rec == null ? DataType.getMissingCell() : str(rec.action());
                    cells[base + 2] = rec == null ? DataType.getMissingCell() : str(rec.channel());
                }
                if (holdout != null) {
                    final String id = idIndex < 0 ? row.getKey().getString() : text(row.getCell(idIndex));
                    if (id.isEmpty()) {
                        missingIds++;
                    }
                    for (int i = 0; i < n; i++) {
                        final Recommendation rec = i < top.size() ? top.get(i) : null;
                        cells[inCols + 1 + 3 * n + i] = rec == null || !rec.matched() || id.isEmpty()
                            ? DataType.getMissingCell()
                            : holdout.heldOut(id, rec.segment(), rec.ruleId()) ? BooleanCell.TRUE : BooleanCell.FALSE;
                    }
                }
                c.addRowToTable(new DefaultRow(row.getKey(), cells));
                r++;
            }
        }
        c.close();
        if (missingIds > 0) {
            warnings.add(missingIds + " customer(s) have no customer id and got no holdout decision (missing cell)");
        }
        if (unknown > 0) {
            warnings.add(unknown + " customer(s) have a segment that is not in the profile and got no action ("
                + String.join(", ", unknownLabels) + (unknownLabels.size() < 5 ? "" : ", ...") + ")");
        }
        return c.getTable();
    }

    private static List<String> header(final DataTableSpec spec) {
        return List.of(spec.getColumnNames());
    }

    private static List<String[]> rows(final BufferedDataTable table, final ExecutionMonitor exec)
        throws CanceledExecutionException {
        final int cols = table.getDataTableSpec().getNumColumns();
        final List<String[]> rows = new ArrayList<>();
        long r = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                if (r++ % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                }
                final DataRow row = it.next();
                final String[] cells = new String[cols];
                for (int i = 0; i < cols; i++) {
                    cells[i] = text(row.getCell(i));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /**
     * @param cell a cell
     * @return its text: "" for missing cells, whole numbers without decimals, other numbers in Java's round-trip
     *         form
     */
    static String text(final DataCell cell) {
        if (cell.isMissing()) {
            return "";
        }
        if (cell instanceof StringValue) {
            return ((StringValue)cell).getStringValue();
        }
        if (cell instanceof LongValue) {
            return Long.toString(((LongValue)cell).getLongValue());
        }
        if (cell instanceof DoubleValue) {
            final double d = ((DoubleValue)cell).getDoubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long)d);
            }
            return Double.toString(d);
        }
        return cell.toString();
    }

    private static String cell(final String[] row, final Integer index) {
        return index == null || index >= row.length || row[index] == null ? "" : row[index];
    }

    private static DataCell str(final String s) {
        return s == null || s.isEmpty() ? DataType.getMissingCell() : new StringCell(s);
    }
}
