package org.custseg.engine.stability;

import java.util.List;

/**
 * The outcome of {@link SegmentStability#assess}.
 *
 * @param segments one entry per segment, in segment order
 * @param overall size-weighted mean of the segments' mean Jaccard ({@code NaN} when none could be compared)
 * @param resamples resamples drawn
 * @param failedResamples resamples whose refit failed (e.g. an empty segment); left out of every mean
 * @param method the resampling method
 * @param warnings the refit failures' messages (the first few) and similar notes
 */
public record StabilityResult(List<Segment> segments, double overall, int resamples, int failedResamples,
    StabilityConfig.Method method, List<String> warnings) {

    /** Copies the lists. */
    public StabilityResult {
        segments = List.copyOf(segments);
        warnings = List.copyOf(warnings);
    }

    /**
     * One segment's stability.
     *
     * @param index 0-based segment index
     * @param size rows in the segment
     * @param meanJaccard mean over the compared resamples of the best Jaccard similarity with a refitted segment
     * @param minJaccard the smallest of those
     * @param compared resamples in which the segment could be compared (at least one member drawn, refit succeeded)
     * @param dissolved resamples whose best Jaccard was at most {@link StabilityVerdict#DISSOLVED_AT}
     * @param recovered resamples whose best Jaccard was at least {@link StabilityVerdict#RECOVERED_AT}
     * @param verdict the verdict on {@code meanJaccard}
     */
    public record Segment(int index, int size, double meanJaccard, double minJaccard, int compared, int dissolved,
        int recovered, StabilityVerdict verdict) {
    }

    /** @return the verdict on {@link #overall()} */
    public StabilityVerdict overallVerdict() {
        return StabilityVerdict.of(overall);
    }

    /**
     * @param index 0-based segment index
     * @return that segment's entry
     */
    public Segment segment(final int index) {
        return segments.get(index);
    }
}
