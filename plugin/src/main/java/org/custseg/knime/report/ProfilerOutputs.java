package org.custseg.knime.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custseg.engine.report.ReportInput;
import org.custseg.knime.profiler.ProfileTables;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;

/**
 * The Segment Profiler's first two outputs (profile and segment summary) at the Segment Report's inputs 4 and 5: the
 * report shows their numbers as they are, so every statistic is computed once, by the Profiler, with its settings.
 * The segments are the summary's rows with a segment (the Profiler's last row without one counts the unassigned
 * rows); the attributes are the profile's numeric attributes in the profile's order.
 */
final class ProfilerOutputs {

    private static final List<String> LONG_REQUIRED = List.of(ProfileTables.SEGMENT, ProfileTables.KIND,
        ProfileTables.ATTRIBUTE, ProfileTables.MEAN, ProfileTables.POPULATION_MEAN, ProfileTables.EFFECT);

    private static final List<String> SUMMARY_REQUIRED = List.of(ProfileTables.SEGMENT, ProfileTables.PERSONA,
        ProfileTables.SIZE, ProfileTables.SHARE, ProfileTables.DESCRIPTION, ProfileTables.TOP_ATTRIBUTES);

    private final List<ReportInput.Segment> m_segments;
    private final List<String> m_attributes;
    private final double[][] m_effects;
    private final double[][] m_means;
    private final double[] m_population;
    private final ReportInput.Stability m_stability;

    private ProfilerOutputs(final List<ReportInput.Segment> segments, final List<String> attributes,
        final double[][] effects, final double[][] means, final double[] population,
        final ReportInput.Stability stability) {
        m_segments = segments;
        m_attributes = attributes;
        m_effects = effects;
        m_means = means;
        m_population = population;
        m_stability = stability;
    }

    /**
     * @param profile the spec at input 4, or {@code null}
     * @param summary the spec at input 5, or {@code null}
     * @throws InvalidSettingsException if only one is connected or a column is missing or of the wrong type
     */
    static void check(final DataTableSpec profile, final DataTableSpec summary) throws InvalidSettingsException {
        if (profile == null && summary == null) {
            return;
        }
        if (profile == null || summary == null) {
            throw new InvalidSettingsException("Only input " + (profile == null ? "5 (segment summary)" : "4 (profile)")
                + " of the Segment Profiler is connected; connect both the Profiler's first output (Profile) to input "
                + "4 and its second output (Segment summary) to input 5, or neither.");
        }
        checkColumns(profile, LONG_REQUIRED, "profile (input 4)", "first output (Profile)");
        checkColumns(summary, SUMMARY_REQUIRED, "segment summary (input 5)", "second output (Segment summary)");
    }

    private static void checkColumns(final DataTableSpec spec, final List<String> required, final String what,
        final String output) throws InvalidSettingsException {
        for (final String c : required) {
            final DataColumnSpec col = spec.getColumnSpec(c);
            final Class<? extends DataValue> type = ProfileTables.SIZE.equals(c) ? IntValue.class
                : ProfileTables.MEAN.equals(c) || ProfileTables.POPULATION_MEAN.equals(c)
                    || ProfileTables.EFFECT.equals(c) || ProfileTables.SHARE.equals(c) ? DoubleValue.class
                        : StringValue.class;
            if (col == null || !col.getType().isCompatible(type)) {
                throw new InvalidSettingsException("The " + what + " needs the column \"" + c + "\""
                    + (col == null ? "" : " of another type (it has " + col.getType() + ")") + ". Connect the "
                    + "Segment Profiler's " + output + " unchanged.");
            }
        }
    }

    /**
     * @param profile the Profiler's profile (input 4)
     * @param summary the Profiler's segment summary (input 5)
     * @return the report's parts
     * @throws InvalidSettingsException if the summary has no segment, or the profile lacks a segment's row for an
     *             attribute
     */
    static ProfilerOutputs read(final BufferedDataTable profile, final BufferedDataTable summary)
        throws InvalidSettingsException {
        final DataTableSpec ss = summary.getDataTableSpec();
        final int[] si = indices(ss, SUMMARY_REQUIRED);
        final List<String> stabilityCols = ProfileTables.STABILITY_COLUMNS;
        final int[] st = indices(ss, stabilityCols);
        final boolean withStability = Arrays.stream(st).allMatch(i -> i >= 0);
        final List<ReportInput.Segment> segments = new ArrayList<>();
        final List<Double> mean = new ArrayList<>();
        final List<Double> min = new ArrayList<>();
        final List<Integer> dissolved = new ArrayList<>();
        final List<String> verdicts = new ArrayList<>();
        try (CloseableRowIterator it = summary.iterator()) {
            while (it.hasNext()) {
                final DataRow row = it.next();
                if (row.getCell(si[0]).isMissing()) {
                    continue; // the Profiler's count of unassigned rows: not a segment
                }
                final String top = str(row.getCell(si[5]));
                segments.add(new ReportInput.Segment(str(row.getCell(si[0])), str(row.getCell(si[1])),
                    row.getCell(si[2]).isMissing() ? 0 : ((IntValue)row.getCell(si[2])).getIntValue(),
                    num(row.getCell(si[3])), str(row.getCell(si[4])),
                    top.isEmpty() ? List.of() : List.of(top.split("; "))));
                if (withStability) {
                    mean.add(num(row.getCell(st[0])));
                    min.add(num(row.getCell(st[1])));
                    verdicts.add(str(row.getCell(st[2])));
                    final DataCell d = row.getCell(st[3]);
                    dissolved.add(d.isMissing() ? 0 : ((IntValue)d).getIntValue());
                }
            }
        }
        if (segments.isEmpty()) {
            throw new InvalidSettingsException("The segment summary (input 5) has no segment; run the Segment "
                + "Profiler on data with at least one segmented row.");
        }
        final Map<String, Integer> segIndex = new LinkedHashMap<>();
        for (int s = 0; s < segments.size(); s++) {
            segIndex.put(segments.get(s).name(), s);
        }

        final DataTableSpec ls = profile.getDataTableSpec();
        final int[] li = indices(ls, LONG_REQUIRED);
        final Map<String, double[][]> byAttribute = new LinkedHashMap<>(); // attribute -> [segment][effect, mean]
        final Map<String, Double> population = new LinkedHashMap<>();
        try (CloseableRowIterator it = profile.iterator()) {
            while (it.hasNext()) {
                final DataRow row = it.next();
                if (!ProfileTables.KIND_NUMERIC.equals(str(row.getCell(li[1])))) {
                    continue;
                }
                final Integer s = segIndex.get(str(row.getCell(li[0])));
                if (s == null) {
                    continue; // a segment the summary does not list (e.g. a filtered summary)
                }
                final String a = str(row.getCell(li[2]));
                final double[][] v = byAttribute.computeIfAbsent(a, x -> {
                    final double[][] m = new double[segments.size()][];
                    return m;
                });
                v[s] = new double[]{num(row.getCell(li[5])), num(row.getCell(li[3]))};
                population.put(a, num(row.getCell(li[4])));
            }
        }
        final List<String> attributes = new ArrayList<>(byAttribute.keySet());
        final double[][] effects = new double[segments.size()][attributes.size()];
        final double[][] means = new double[segments.size()][attributes.size()];
        final double[] pop = new double[attributes.size()];
        for (int a = 0; a < attributes.size(); a++) {
            final double[][] v = byAttribute.get(attributes.get(a));
            for (int s = 0; s < segments.size(); s++) {
                if (v[s] == null) {
                    throw new InvalidSettingsException("The profile (input 4) has no row for segment \""
                        + segments.get(s).name() + "\" and attribute \"" + attributes.get(a) + "\", but the segment "
                        + "summary (input 5) lists that segment. Connect both outputs of the same Segment Profiler.");
                }
                effects[s][a] = v[s][0];
                means[s][a] = v[s][1];
            }
            pop[a] = population.get(attributes.get(a));
        }
        ReportInput.Stability stability = null;
        if (withStability) {
            stability = new ReportInput.Stability("resamples (see the segmenter's Stability settings)",
                mean.stream().mapToDouble(Double::doubleValue).toArray(),
                min.stream().mapToDouble(Double::doubleValue).toArray(),
                dissolved.stream().mapToInt(Integer::intValue).toArray(), verdicts, overall(segments, mean));
        }
        return new ProfilerOutputs(segments, attributes, effects, means, pop, stability);
    }

    /** The size-weighted mean of the segments' mean Jaccard (as the segmenters' overall), NaN when none. */
    private static double overall(final List<ReportInput.Segment> segments, final List<Double> mean) {
        double sum = 0;
        double weight = 0;
        for (int s = 0; s < segments.size(); s++) {
            if (!Double.isNaN(mean.get(s))) {
                sum += segments.get(s).size() * mean.get(s);
                weight += segments.get(s).size();
            }
        }
        return weight == 0 ? Double.NaN : sum / weight;
    }

    /** @return the segment names in the summary's order */
    List<String> segmentNames() {
        return m_segments.stream().map(ReportInput.Segment::name).toList();
    }

    /** @return the profile's numeric attributes in its order */
    List<String> attributes() {
        return m_attributes;
    }

    /** @return the stability from the summary's stability columns, or {@code null} */
    ReportInput.Stability stability() {
        return m_stability;
    }

    /**
     * @param title the title
     * @param source the source line
     * @param labels [row] the segment of every input row ({@code null}/blank or unknown = unassigned, -1)
     * @param values [attribute][row] the box plot values, attributes in {@link #attributes()} order
     * @param kSelection the k scan or {@code null}
     * @param actions the actions
     * @param facts the facts
     * @param notes the notes
     * @param footer the footer
     * @return the report's input
     */
    ReportInput reportInput(final String title, final String source, final String[] labels, final double[][] values,
        final ReportInput.KSelection kSelection, final List<ReportInput.Action> actions,
        final List<ReportInput.Fact> facts, final List<String> notes, final String footer) {
        final Map<String, Integer> index = new LinkedHashMap<>();
        for (int s = 0; s < m_segments.size(); s++) {
            index.put(m_segments.get(s).name(), s);
        }
        final int[] rowSegments = new int[labels.length];
        for (int r = 0; r < labels.length; r++) {
            rowSegments[r] = labels[r] == null ? -1 : index.getOrDefault(labels[r], -1);
        }
        return new ReportInput(title, source, labels.length, facts, m_segments, m_attributes, m_effects, m_means,
            m_population, values, rowSegments, kSelection, actions, notes, footer);
    }

    private static int[] indices(final DataTableSpec spec, final List<String> names) {
        final int[] idx = new int[names.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = spec.findColumnIndex(names.get(i));
        }
        return idx;
    }

    private static String str(final DataCell c) {
        return c.isMissing() ? "" : ((StringValue)c).getStringValue();
    }

    private static double num(final DataCell c) {
        return c.isMissing() ? Double.NaN : ((DoubleValue)c).getDoubleValue();
    }
}
