package org.custseg.knime.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.profile.SegmentProfile;
import org.custseg.engine.report.ProfileReportParts;
import org.custseg.engine.report.ReportInput;
import org.custseg.engine.segment.QualityVerdict;
import org.custseg.knime.common.SegmentColumns;
import org.custseg.knime.recommender.RecommenderTables;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;

/**
 * Tables of the Segment Report: the output spec, the checks of the optional inputs' specs, reading the
 * recommendations and the k-selection table, and the glue that fills the engine's {@link ReportInput} from a
 * {@link SegmentProfile} (its per-segment parts come from the engine's {@link ProfileReportParts}, as on the
 * command line).
 */
public final class ReportTables {

    /** Output: the path of the written file. */
    public static final String FILE = "Report file";
    /** Output: the number of segments shown. */
    public static final String SEGMENTS = "Segments";
    /** Output: the number of actions shown. */
    public static final String ACTIONS = "Actions";

    /** Recommendation columns the report reads (Segment Recommender out 0). */
    public static final List<String> REQUIRED_RECOMMENDATION_COLUMNS =
        List.of("Segment", "Rule ID", "Action", "Team", "Channel", "Priority", "KPI", "Rationale");

    /** k-selection columns the report reads (segmenter out 2). */
    public static final List<String> REQUIRED_K_COLUMNS = List.of("k", "Silhouette", "Chosen");

    private ReportTables() {
    }

    /** @return the spec of the one-row output table */
    public static DataTableSpec outputSpec() {
        return new DataTableSpec(new DataColumnSpecCreator(FILE, StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator(SEGMENTS, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(ACTIONS, IntCell.TYPE).createSpec());
    }

    /**
     * @param spec the recommendations spec (input 1)
     * @throws InvalidSettingsException naming the missing column
     */
    public static void checkRecommendations(final DataTableSpec spec) throws InvalidSettingsException {
        for (final String c : REQUIRED_RECOMMENDATION_COLUMNS) {
            final DataColumnSpec col = spec.getColumnSpec(c);
            final boolean priority = "Priority".equals(c);
            if (col == null || !(priority ? col.getType().isCompatible(IntValue.class)
                : col.getType().isCompatible(StringValue.class))) {
                throw new InvalidSettingsException("The recommendations table (input 1) needs " + (priority
                    ? "an integer" : "a string") + " column \"" + c + "\"" + (col == null ? "" : " (it has type "
                        + col.getType() + ")") + ". Connect the first output of the Segment Recommender, which "
                    + "has the columns " + String.join(", ", RecommenderTables.RECOMMENDATION_COLUMNS) + ".");
            }
        }
    }

    /**
     * @param spec the k-selection spec (input 2)
     * @throws InvalidSettingsException naming the missing column
     */
    public static void checkKSelection(final DataTableSpec spec) throws InvalidSettingsException {
        for (final String c : REQUIRED_K_COLUMNS) {
            final DataColumnSpec col = spec.getColumnSpec(c);
            final Class<? extends DataValue> type =
                "k".equals(c) ? IntValue.class : "Chosen".equals(c) ? BooleanValue.class : DoubleValue.class;
            if (col == null || !col.getType().isCompatible(type)) {
                final String kind = type.getSimpleName().replace("Value", "").toLowerCase(Locale.ROOT);
                final String found = col == null ? "" : " but it has type " + col.getType();
                throw new InvalidSettingsException("The k-selection table (input 2) needs the column \"" + c
                    + "\" (" + kind + ")" + found + ". Connect the third output of a segmenter node, which has the "
                    + "columns " + String.join(", ", SegmentColumns.K_SELECTION_COLUMNS) + ".");
            }
        }
    }

    /**
     * Reads the recommendations of the segments in {@code segments}; the others are counted in {@code unknown}.
     *
     * @param table the recommendations (input 1)
     * @param segments segment name per report index
     * @param unknown receives the segment names not in the report
     * @param exec for cancellation
     * @return the actions in table order
     * @throws CanceledExecutionException if canceled
     */
    public static List<ReportInput.Action> actions(final BufferedDataTable table, final List<String> segments,
        final List<String> unknown, final ExecutionMonitor exec) throws CanceledExecutionException {
        final DataTableSpec spec = table.getDataTableSpec();
        final int[] idx = new int[REQUIRED_RECOMMENDATION_COLUMNS.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = spec.findColumnIndex(REQUIRED_RECOMMENDATION_COLUMNS.get(i));
        }
        final List<ReportInput.Action> out = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                exec.checkCanceled();
                final DataRow row = it.next();
                final String seg = str(row.getCell(idx[0]));
                final int s = segments.indexOf(seg);
                if (s < 0) {
                    if (!unknown.contains(seg)) {
                        unknown.add(seg);
                    }
                    continue;
                }
                final DataCell p = row.getCell(idx[5]);
                out.add(new ReportInput.Action(s, str(row.getCell(idx[1])), str(row.getCell(idx[2])),
                    str(row.getCell(idx[3])), str(row.getCell(idx[4])), p.isMissing() ? 0 : ((IntValue)p).getIntValue(),
                    str(row.getCell(idx[6])), str(row.getCell(idx[7]))));
            }
        }
        return out;
    }

    /**
     * Reads the k-selection table; the curve shows the silhouette (the segmenters' default criterion) or, when no
     * silhouette is defined, the BIC.
     *
     * @param table the k-selection table (input 2)
     * @return the scan, or {@code null} when the table is empty (k was fixed)
     */
    public static ReportInput.KSelection kSelection(final BufferedDataTable table) {
        final DataTableSpec spec = table.getDataTableSpec();
        final List<String> header = new ArrayList<>();
        final List<Integer> cols = new ArrayList<>();
        for (final String c : SegmentColumns.K_SELECTION_COLUMNS) {
            final int i = spec.findColumnIndex(c);
            if (i >= 0 && !"Chosen".equals(c)) {
                header.add(c);
                cols.add(i);
            }
        }
        final int kIdx = spec.findColumnIndex("k");
        final int silIdx = spec.findColumnIndex("Silhouette");
        final int bicIdx = spec.findColumnIndex("BIC");
        final int chosenIdx = spec.findColumnIndex("Chosen");
        final List<Integer> ks = new ArrayList<>();
        final List<Double> sil = new ArrayList<>();
        final List<Double> bic = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();
        int chosen = -1;
        boolean anyBic = false;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow row = it.next();
                final DataCell k = row.getCell(kIdx);
                if (k.isMissing()) {
                    continue;
                }
                ks.add(((IntValue)k).getIntValue());
                sil.add(num(row.getCell(silIdx)));
                final double b = bicIdx < 0 ? Double.NaN : num(row.getCell(bicIdx));
                anyBic |= !Double.isNaN(b);
                bic.add(b);
                final DataCell c = row.getCell(chosenIdx);
                if (!c.isMissing() && ((BooleanValue)c).getBooleanValue()) {
                    chosen = ks.get(ks.size() - 1);
                }
                final List<String> cells = new ArrayList<>();
                for (final int i : cols) {
                    final DataCell cell = row.getCell(i);
                    cells.add(i == kIdx ? Integer.toString(((IntValue)cell).getIntValue())
                        : fmt(num(cell), "Calinski-Harabasz".equals(spec.getColumnSpec(i).getName())
                            || "SSE".equals(spec.getColumnSpec(i).getName())
                            || "BIC".equals(spec.getColumnSpec(i).getName()) ? 1 : 3));
                }
                rows.add(cells);
            }
        }
        if (ks.isEmpty()) {
            return null;
        }
        final boolean useBic = sil.stream().allMatch(v -> Double.isNaN(v)) && anyBic;
        final List<Double> curve = useBic ? bic : sil;
        if (!anyBic) {
            final int b = header.indexOf("BIC");
            if (b >= 0) {
                header.remove(b);
                rows.forEach(r -> r.remove(b));
            }
        }
        return new ReportInput.KSelection(useBic ? "BIC (lower is better)" : "Silhouette (higher is better)",
            ks.stream().mapToInt(Integer::intValue).toArray(),
            curve.stream().mapToDouble(Double::doubleValue).toArray(),
            chosen < 0 ? ks.get(0) : chosen, header, rows);
    }

    /**
     * Fills the report's input from the profile. Segments are the profile's segments except "(no segment)"; rows
     * without a segment are shown in the box plots of the whole population only.
     *
     * @param title the report title
     * @param source the data source line
     * @param profile the profile of the input
     * @param labels the segment label of every row ({@code null} = none)
     * @param values [attribute][row] the attribute values ({@code NaN} = missing)
     * @param kSelection the k scan, or {@code null}
     * @param actions the actions
     * @param facts the run facts
     * @param notes the notes
     * @return the report input
     */
    public static ReportInput reportInput(final String title, final String source, final SegmentProfile profile,
        final String[] labels, final double[][] values, final ReportInput.KSelection kSelection,
        final List<ReportInput.Action> actions, final List<ReportInput.Fact> facts, final List<String> notes) {
        final List<String> segments = segments(profile);
        final ProfileReportParts parts = ProfileReportParts.of(profile, segments, profile.numericAttributes());
        final Map<String, Integer> index = new HashMap<>();
        for (int s = 0; s < segments.size(); s++) {
            index.put(segments.get(s), s);
        }
        final int[] rowSegments = new int[labels.length];
        for (int r = 0; r < labels.length; r++) {
            rowSegments[r] = labels[r] == null ? -1 : index.getOrDefault(labels[r], -1);
        }
        return new ReportInput(title, source, labels.length, facts, parts.segments(), parts.attributes(),
            parts.standardizedMeans(), parts.segmentMeans(), parts.populationMeans(), values, rowSegments, kSelection,
            actions, notes, SegmentationModel.ENGINE_VERSION
                + " · KNIME node Segment Report · Welch's t-test, Benjamini-Hochberg, levels from Cohen's d");
    }

    /**
     * The quality verdict's note when automatic k chose the largest k tried (the engine's one rule,
     * {@link QualityVerdict#kRangeNote}), for a report whose upstream segmenter's {@code segmentation_quality} flow
     * variable (which carries that note) is not available.
     *
     * @param ks the k scan, or {@code null}
     * @return the note, or {@code null} when k was fixed, only one k was tried or the chosen k is not the largest
     */
    static String largestKNote(final ReportInput.KSelection ks) {
        if (ks == null || ks.ks().length < 2) {
            return null;
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (final int v : ks.ks()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return ks.chosenK() == max ? QualityVerdict.kRangeNote(max, min, max) : null;
    }

    /**
     * @param profile a profile
     * @return its segments without "(no segment)"
     */
    public static List<String> segments(final SegmentProfile profile) {
        final List<String> s = new ArrayList<>(profile.segments());
        s.remove(SegmentProfile.NO_SEGMENT);
        return s;
    }

    private static String str(final DataCell c) {
        return c.isMissing() ? "" : ((StringValue)c).getStringValue();
    }

    private static double num(final DataCell c) {
        return c.isMissing() ? Double.NaN : ((DoubleValue)c).getDoubleValue();
    }

    private static String fmt(final double v, final int decimals) {
        return Double.isFinite(v) ? new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString() : "";
    }
}
