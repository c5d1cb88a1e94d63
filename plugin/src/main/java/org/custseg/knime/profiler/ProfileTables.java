package org.custseg.knime.profiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.custseg.engine.profile.NominalProfileRow;
import org.custseg.engine.profile.NumericProfileRow;
import org.custseg.engine.profile.SegmentProfile;
import org.custseg.engine.profile.SegmentSummary;
import org.custseg.knime.common.SegmentColumns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;

/**
 * The three output tables of the Segment Profiler: their specs (known at configure time from the settings and the
 * input spec) and how a {@link SegmentProfile} fills them. The column names are public so that the Segment
 * Recommender and tests can refer to them.
 */
public final class ProfileTables {

    /** Long table / summary / wide table: the segment name. */
    public static final String SEGMENT = "Segment";
    /** Long table / summary: the persona name. */
    public static final String PERSONA = "Persona";
    /** Long table: "numeric" or "nominal". */
    public static final String KIND = "Kind";
    /** Long table: the attribute. */
    public static final String ATTRIBUTE = "Attribute";
    /** Long table: the category (nominal rows only). */
    public static final String CATEGORY = "Category";
    /** Long table: non-missing values (numeric) or rows in the category (nominal). */
    public static final String N = "N";
    /** Long table: missing values of the attribute in the segment. */
    public static final String MISSING = "Missing";
    /** Long table: segment mean. */
    public static final String MEAN = "Mean";
    /** Long table: population mean. */
    public static final String POPULATION_MEAN = "Population mean";
    /** Long table: segment mean / population mean. */
    public static final String RATIO = "Ratio";
    /** Long table: Cohen's d (numeric) or Cramér's V (nominal). */
    public static final String EFFECT = "Effect";
    /** Long table: the level word. */
    public static final String LEVEL = "Level";
    /** Long table: "numeric" kind value. */
    public static final String KIND_NUMERIC = "numeric";
    /** Long table: "nominal" kind value. */
    public static final String KIND_NOMINAL = "nominal";

    /** Summary: segment size. */
    public static final String SIZE = "Size";
    /** Summary: segment share. */
    public static final String SHARE = "Share";
    /** Summary: description. */
    public static final String DESCRIPTION = "Description";
    /** Summary: top attributes joined with "; ". */
    public static final String TOP_ATTRIBUTES = "Top attributes";

    /** All columns of the long table, in order. */
    public static final List<String> LONG_COLUMNS = List.of(SEGMENT, PERSONA, KIND, ATTRIBUTE, CATEGORY, N, MISSING,
        MEAN, "Std. deviation", "Min", "Q1", "Median", "Q3", "Max", POPULATION_MEAN, "Population std. deviation",
        RATIO, "Segment share", "Population share", EFFECT, "Effect type", "Chi-square", "p-value",
        "Adjusted p-value", LEVEL, "Note");

    private static final Set<String> STRING_COLUMNS =
        Set.of(SEGMENT, PERSONA, KIND, ATTRIBUTE, CATEGORY, "Effect type", LEVEL, "Note");

    private static final Set<String> INT_COLUMNS = Set.of(N, MISSING);

    /** All columns of the summary table, in order (without the optional stability columns). */
    public static final List<String> SUMMARY_COLUMNS =
        List.of(SEGMENT, PERSONA, SIZE, SHARE, DESCRIPTION, TOP_ATTRIBUTES);

    /**
     * Summary: the stability columns copied from a segmenter's summary when it is connected (input 2); the same
     * names as there, so the Segment Recommender reads the stability as a fact.
     */
    public static final List<String> STABILITY_COLUMNS = List.of(SegmentColumns.SUMMARY_STABILITY,
        SegmentColumns.SUMMARY_STABILITY_MIN, SegmentColumns.SUMMARY_STABILITY_VERDICT,
        SegmentColumns.SUMMARY_DISSOLVED);

    /** Summary: the row key of the row counting rows without a segment (their Segment cell is missing). */
    public static final String UNASSIGNED_ROW = "Unassigned";

    /** Summary: the persona cell of that row. */
    public static final String UNASSIGNED_PERSONA = "Unassigned (no segment)";

    private static final int CHECK_EVERY = 500;

    private ProfileTables() {
    }

    /** @return the spec of the long profile table (out 0) */
    public static DataTableSpec longSpec() {
        final DataColumnSpec[] cols = new DataColumnSpec[LONG_COLUMNS.size()];
        for (int i = 0; i < cols.length; i++) {
            final String n = LONG_COLUMNS.get(i);
            final DataType t = STRING_COLUMNS.contains(n) ? StringCell.TYPE
                : INT_COLUMNS.contains(n) ? IntCell.TYPE : DoubleCell.TYPE;
            cols[i] = new DataColumnSpecCreator(n, t).createSpec();
        }
        return new DataTableSpec(cols);
    }

    /** @return the spec of the segment summary (out 1) without stability columns */
    public static DataTableSpec summarySpec() {
        return summarySpec(false);
    }

    /**
     * @param stability whether the stability columns ({@link #STABILITY_COLUMNS}) follow
     * @return the spec of the segment summary (out 1)
     */
    public static DataTableSpec summarySpec(final boolean stability) {
        final List<DataColumnSpec> cols = new ArrayList<>(List.of(
            new DataColumnSpecCreator(SEGMENT, StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator(PERSONA, StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator(SIZE, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(SHARE, DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(DESCRIPTION, StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator(TOP_ATTRIBUTES, StringCell.TYPE).createSpec()));
        if (stability) {
            cols.add(new DataColumnSpecCreator(STABILITY_COLUMNS.get(0), DoubleCell.TYPE).createSpec());
            cols.add(new DataColumnSpecCreator(STABILITY_COLUMNS.get(1), DoubleCell.TYPE).createSpec());
            cols.add(new DataColumnSpecCreator(STABILITY_COLUMNS.get(2), StringCell.TYPE).createSpec());
            cols.add(new DataColumnSpecCreator(STABILITY_COLUMNS.get(3), IntCell.TYPE).createSpec());
        }
        return new DataTableSpec(cols.toArray(new DataColumnSpec[0]));
    }

    /**
     * @param numericAttributes the numeric attributes in order
     * @return the spec of the wide means table (out 2): {@code Segment}, then one double column per numeric
     *         attribute (a name clashing with "Segment" is made unique)
     */
    public static DataTableSpec wideSpec(final List<String> numericAttributes) {
        final Set<String> taken = new HashSet<>();
        final List<DataColumnSpec> cols = new ArrayList<>();
        cols.add(new DataColumnSpecCreator(SegmentColumns.unique(taken, SEGMENT), StringCell.TYPE).createSpec());
        for (final String a : numericAttributes) {
            cols.add(new DataColumnSpecCreator(SegmentColumns.unique(taken, a), DoubleCell.TYPE).createSpec());
        }
        return new DataTableSpec(cols.toArray(new DataColumnSpec[0]));
    }

    /**
     * @param profile the profile
     * @param exec for the container, progress and cancellation
     * @return the long table: per segment its numeric rows, then its nominal rows
     * @throws CanceledExecutionException if canceled
     */
    public static BufferedDataTable longTable(final SegmentProfile profile, final ExecutionContext exec)
        throws CanceledExecutionException {
        final Map<String, String> personas = personas(profile);
        final Map<String, List<NumericProfileRow>> numeric = new HashMap<>();
        for (final NumericProfileRow r : profile.numericRows()) {
            numeric.computeIfAbsent(r.segment(), s -> new ArrayList<>()).add(r);
        }
        final Map<String, List<NominalProfileRow>> nominal = new HashMap<>();
        for (final NominalProfileRow r : profile.nominalRows()) {
            nominal.computeIfAbsent(r.segment(), s -> new ArrayList<>()).add(r);
        }
        final long total = profile.numericRows().size() + (long)profile.nominalRows().size();
        final BufferedDataContainer c = exec.createDataContainer(longSpec());
        long row = 0;
        for (final String segment : profile.segments()) {
            final String persona = personas.get(segment);
            for (final NumericProfileRow r : numeric.getOrDefault(segment, List.of())) {
                if (row % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    exec.setProgress(row / (double)Math.max(1, total), "Writing profile row " + (row + 1));
                }
                c.addRowToTable(new DefaultRow(RowKey.createRowKey(row++), str(r.segment()), str(persona),
                    str(KIND_NUMERIC), str(r.attribute()), missing(), new IntCell(r.n()), new IntCell(r.missing()),
                    num(r.mean()), num(r.sd()), num(r.min()), num(r.q1()), num(r.median()), num(r.q3()),
                    num(r.max()), num(r.populationMean()), num(r.populationSd()), num(r.ratio()), missing(),
                    missing(), num(r.effect()), str("cohens_d"), missing(), num(r.pValue()), num(r.adjustedP()),
                    str(r.level().label()), str(r.note())));
            }
            for (final NominalProfileRow r : nominal.getOrDefault(segment, List.of())) {
                if (row % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    exec.setProgress(row / (double)Math.max(1, total), "Writing profile row " + (row + 1));
                }
                c.addRowToTable(new DefaultRow(RowKey.createRowKey(row++), str(r.segment()), str(persona),
                    str(KIND_NOMINAL), str(r.attribute()), str(r.category()), new IntCell(r.count()),
                    new IntCell(r.missing()), missing(), missing(), missing(), missing(), missing(), missing(),
                    missing(), missing(), missing(), missing(), num(r.segmentShare()), num(r.populationShare()),
                    num(r.cramersV()), str("cramers_v"), num(r.chiSquare()), num(r.pValue()), num(r.adjustedP()),
                    missing(), str(r.note())));
            }
        }
        c.close();
        return c.getTable();
    }

    /**
     * @param profile the profile
     * @param exec for the container
     * @return the segment summary, row keys = segment names
     */
    public static BufferedDataTable summaryTable(final SegmentProfile profile, final ExecutionContext exec) {
        return summaryTable(profile, 0, null, exec);
    }

    /**
     * The segment summary: one row per profiled segment (row key = segment name), then, when some rows have no
     * segment, one row {@link #UNASSIGNED_ROW} with a missing Segment cell, their count as Size and no share (they
     * are not profiled; shares are of the segmented rows).
     *
     * @param profile the profile of the segmented rows
     * @param unassigned the number of rows without a segment
     * @param stability per segment name the four stability cells ({@link #STABILITY_COLUMNS}), or {@code null}
     *            when the summary has no stability columns
     * @param exec for the container
     * @return the segment summary
     */
    public static BufferedDataTable summaryTable(final SegmentProfile profile, final int unassigned,
        final Map<String, DataCell[]> stability, final ExecutionContext exec) {
        final DataTableSpec spec = summarySpec(stability != null);
        final BufferedDataContainer c = exec.createDataContainer(spec);
        for (final SegmentSummary s : profile.summaries()) {
            final List<DataCell> cells = new ArrayList<>(List.of(str(s.segment()), str(s.persona()),
                new IntCell(s.size()), num(s.share()), str(s.description()),
                str(String.join("; ", s.topAttributes()))));
            if (stability != null) {
                final DataCell[] st = stability.get(s.segment());
                for (int i = 0; i < STABILITY_COLUMNS.size(); i++) {
                    cells.add(st == null ? missing() : st[i]);
                }
            }
            c.addRowToTable(new DefaultRow(new RowKey(s.segment()), cells.toArray(new DataCell[0])));
        }
        if (unassigned > 0) {
            final DataCell[] cells = new DataCell[spec.getNumColumns()];
            java.util.Arrays.fill(cells, missing());
            cells[1] = str(UNASSIGNED_PERSONA);
            cells[2] = new IntCell(unassigned);
            cells[4] = str("Rows with a missing or empty segment cell: counted here, not profiled, not in any "
                + "segment's statistics and not recommended on.");
            String key = UNASSIGNED_ROW;
            while (profile.segments().contains(key)) {
                key = "(" + key + ")"; // a segment may be called "Unassigned"
            }
            c.addRowToTable(new DefaultRow(new RowKey(key), cells));
        }
        c.close();
        return c.getTable();
    }

    /**
     * @param profile the profile
     * @param exec for the container
     * @return the wide means table, row keys = segment names
     */
    public static BufferedDataTable wideTable(final SegmentProfile profile, final ExecutionContext exec) {
        final DataTableSpec spec = wideSpec(profile.numericAttributes());
        final BufferedDataContainer c = exec.createDataContainer(spec);
        final double[][] means = profile.wideMeans();
        for (int s = 0; s < means.length; s++) {
            final DataCell[] cells = new DataCell[spec.getNumColumns()];
            cells[0] = str(profile.segments().get(s));
            for (int a = 0; a < means[s].length; a++) {
                cells[a + 1] = num(means[s][a]);
            }
            c.addRowToTable(new DefaultRow(new RowKey(profile.segments().get(s)), cells));
        }
        c.close();
        return c.getTable();
    }

    private static Map<String, String> personas(final SegmentProfile profile) {
        final Map<String, String> m = new HashMap<>();
        for (final SegmentSummary s : profile.summaries()) {
            m.put(s.segment(), s.persona());
        }
        return m;
    }

    private static DataCell str(final String s) {
        return s == null || s.isEmpty() ? DataType.getMissingCell() : new StringCell(s);
    }

    private static DataCell num(final double v) {
        return Double.isNaN(v) ? DataType.getMissingCell() : new DoubleCell(v);
    }

    private static DataCell missing() {
        return DataType.getMissingCell();
    }
}
