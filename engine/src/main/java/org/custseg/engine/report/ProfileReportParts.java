package org.custseg.engine.report;

import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.profile.NumericProfileRow;
import org.custseg.engine.profile.SegmentProfile;
import org.custseg.engine.profile.SegmentSummary;

/**
 * The per-segment parts of a {@link ReportInput} taken from a {@link SegmentProfile}: the segments (persona, size,
 * share, description, top attributes) and, for every segment and attribute, the standardized effect, the segment
 * mean and the population mean. The command line and the KNIME Segment Report node both fill their report from
 * this, so the two show the same numbers for the same profile.
 *
 * <p>The order of {@link #segments()} is the order of the segment names given to {@link #of}; every per-segment
 * array follows it, and every per-attribute array follows the attribute list given to {@link #of}.
 */
public final class ProfileReportParts {

    private final List<ReportInput.Segment> segments;
    private final List<String> attributes;
    private final double[][] standardizedMeans;
    private final double[][] segmentMeans;
    private final double[] populationMeans;

    private ProfileReportParts(final List<ReportInput.Segment> segments, final List<String> attributes,
        final double[][] standardizedMeans, final double[][] segmentMeans, final double[] populationMeans) {
        this.segments = List.copyOf(segments);
        this.attributes = List.copyOf(attributes);
        this.standardizedMeans = standardizedMeans;
        this.segmentMeans = segmentMeans;
        this.populationMeans = populationMeans;
    }

    /**
     * Reads the parts from a profile. The population mean of an attribute is the one the profile records in the
     * last segment's row for it (the profile records the same population mean in every segment's row); with no
     * segments it is 0.
     *
     * @param profile the profile
     * @param segmentNames the segments to show, in display order; each must be one of the profile's segments
     * @param attributes the numeric attributes to show, in display order; each must be one of the profile's numeric
     *            attributes
     * @return the parts
     * @throws IllegalArgumentException if a segment or attribute is not in the profile (from {@link SegmentProfile})
     */
    public static ProfileReportParts of(final SegmentProfile profile, final List<String> segmentNames,
        final List<String> attributes) {
        final int k = segmentNames.size();
        final int n = attributes.size();
        final List<ReportInput.Segment> segs = new ArrayList<>(k);
        final double[][] effects = new double[k][n];
        final double[][] means = new double[k][n];
        final double[] pop = new double[n];
        for (int s = 0; s < k; s++) {
            final SegmentSummary sum = profile.summary(segmentNames.get(s));
            segs.add(new ReportInput.Segment(sum.segment(), sum.persona(), sum.size(), sum.share(),
                sum.description(), sum.topAttributes()));
            for (int a = 0; a < n; a++) {
                final NumericProfileRow row = profile.numericRow(sum.segment(), attributes.get(a));
                effects[s][a] = row.effect();
                means[s][a] = row.mean();
                pop[a] = row.populationMean();
            }
        }
        return new ProfileReportParts(segs, attributes, effects, means, pop);
    }

    /** @return the segments, in display order (for {@link ReportInput#segments()}) */
    public List<ReportInput.Segment> segments() {
        return segments;
    }

    /** @return the attributes, in display order (for {@link ReportInput#attributes()}) */
    public List<String> attributes() {
        return attributes;
    }

    /**
     * @return a copy of the [segment][attribute] standardized effects, {@code NaN} when undefined (for
     *         {@link ReportInput#standardizedMeans()})
     */
    public double[][] standardizedMeans() {
        return ReportInput.deep(standardizedMeans);
    }

    /** @return a copy of the [segment][attribute] segment means (for {@link ReportInput#segmentMeans()}) */
    public double[][] segmentMeans() {
        return ReportInput.deep(segmentMeans);
    }

    /** @return a copy of the [attribute] population means (for {@link ReportInput#populationMeans()}) */
    public double[] populationMeans() {
        return populationMeans.clone();
    }
}
