package org.custseg.engine.profile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link SegmentProfiler#profile}: (a) the long table, one row per segment &times; numeric attribute
 * ({@link #numericRows()}) and per segment &times; nominal attribute &times; category ({@link #nominalRows()});
 * (b) the segment summary ({@link #summaries()}); (c) the wide means table ({@link #wideMeans()}).
 *
 * <p>Order is deterministic: segments in {@link SegmentOrder} (natural, "no segment" last), attributes in input
 * order. Immutable.
 */
public final class SegmentProfile {

    /** The name of the group of rows whose segment label is missing. */
    public static final String NO_SEGMENT = "(no segment)";

    private final List<String> segments;
    private final List<String> numericAttributes;
    private final List<String> nominalAttributes;
    private final List<NumericProfileRow> numericRows;
    private final List<NominalProfileRow> nominalRows;
    private final List<SegmentSummary> summaries;
    private final Map<String, List<String>> rankings;
    private final List<String> warnings;
    private final int totalRows;
    private final ProfileConfig config;
    private final Map<String, NumericProfileRow> numericIndex = new HashMap<>();
    private final Map<String, SegmentSummary> summaryIndex = new HashMap<>();

    SegmentProfile(final List<String> segments, final List<String> numericAttributes,
        final List<String> nominalAttributes, final List<NumericProfileRow> numericRows,
        final List<NominalProfileRow> nominalRows, final List<SegmentSummary> summaries,
        final Map<String, List<String>> rankings, final List<String> warnings, final int totalRows,
        final ProfileConfig config) {
        this.segments = List.copyOf(segments);
        this.numericAttributes = List.copyOf(numericAttributes);
        this.nominalAttributes = List.copyOf(nominalAttributes);
        this.numericRows = List.copyOf(numericRows);
        this.nominalRows = List.copyOf(nominalRows);
        this.summaries = List.copyOf(summaries);
        final Map<String, List<String>> r = new HashMap<>();
        rankings.forEach((k, v) -> r.put(k, List.copyOf(v)));
        this.rankings = Map.copyOf(r);
        this.warnings = List.copyOf(warnings);
        this.totalRows = totalRows;
        this.config = config;
        for (final NumericProfileRow row : numericRows) {
            numericIndex.put(key(row.segment(), row.attribute()), row);
        }
        for (final SegmentSummary s : summaries) {
            summaryIndex.put(s.segment(), s);
        }
    }

    private static String key(final String segment, final String attribute) {
        return segment + '\u0000' + attribute;
    }

    /** @return segment names in output order (including {@link #NO_SEGMENT} last when some labels are missing) */
    public List<String> segments() {
        return segments;
    }

    /** @return numeric attribute names in input order */
    public List<String> numericAttributes() {
        return numericAttributes;
    }

    /** @return nominal attribute names in input order */
    public List<String> nominalAttributes() {
        return nominalAttributes;
    }

    /** @return the long rows for numeric attributes, segment-major, attributes in input order */
    public List<NumericProfileRow> numericRows() {
        return numericRows;
    }

    /** @return the long rows for nominal attributes, segment-major, then attribute, then category */
    public List<NominalProfileRow> nominalRows() {
        return nominalRows;
    }

    /** @return one summary per segment, in segment order */
    public List<SegmentSummary> summaries() {
        return summaries;
    }

    /**
     * @param segment a segment name from {@link #segments()}
     * @return its summary
     * @throws IllegalArgumentException if there is no such segment
     */
    public SegmentSummary summary(final String segment) {
        final SegmentSummary s = summaryIndex.get(segment);
        if (s == null) {
            throw new IllegalArgumentException("There is no segment \"" + segment + "\" in the profile; segments are "
                + segments + ".");
        }
        return s;
    }

    /**
     * @param segment a segment name
     * @param attribute a numeric attribute name
     * @return the long row
     * @throws IllegalArgumentException if the pair is unknown
     */
    public NumericProfileRow numericRow(final String segment, final String attribute) {
        final NumericProfileRow row = numericIndex.get(key(segment, attribute));
        if (row == null) {
            throw new IllegalArgumentException("There is no profile row for segment \"" + segment
                + "\" and numeric attribute \"" + attribute + "\".");
        }
        return row;
    }

    /**
     * All attributes of a segment (numeric and nominal) ranked by the absolute standardized difference, strongest
     * first; nominal attributes are ranked by the d-equivalent of Cramér's V, 2V / sqrt(1 &minus; V&sup2;);
     * undefined effects last; ties in input order (numeric before nominal).
     *
     * @param segment a segment name
     * @return the ranking, possibly empty for an unknown segment
     */
    public List<String> ranking(final String segment) {
        return rankings.getOrDefault(segment, List.of());
    }

    /**
     * The wide means table: {@code [segment][numeric attribute]} in the order of {@link #segments()} and
     * {@link #numericAttributes()}; NaN when a segment has no value of an attribute.
     *
     * @return a fresh copy
     */
    public double[][] wideMeans() {
        final double[][] out = new double[segments.size()][numericAttributes.size()];
        for (int s = 0; s < segments.size(); s++) {
            for (int a = 0; a < numericAttributes.size(); a++) {
                out[s][a] = numericIndex.get(key(segments.get(s), numericAttributes.get(a))).mean();
            }
        }
        return out;
    }

    /**
     * The standardized means used for heatmaps: {@code [segment][numeric attribute]} of Cohen's d against the rest.
     *
     * @return a fresh copy
     */
    public double[][] effects() {
        final double[][] out = new double[segments.size()][numericAttributes.size()];
        for (int s = 0; s < segments.size(); s++) {
            for (int a = 0; a < numericAttributes.size(); a++) {
                out[s][a] = numericIndex.get(key(segments.get(s), numericAttributes.get(a))).effect();
            }
        }
        return out;
    }

    /** @return the number of input rows (all segments including "no segment") */
    public int totalRows() {
        return totalRows;
    }

    /** @return the configuration used */
    public ProfileConfig config() {
        return config;
    }

    /** @return data warnings (constant attributes, attributes without any value, missing labels), for the log */
    public List<String> warnings() {
        return warnings;
    }
}
