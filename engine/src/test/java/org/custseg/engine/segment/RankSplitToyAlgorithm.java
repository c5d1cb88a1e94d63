package org.custseg.engine.segment;

import java.util.Arrays;
import java.util.Comparator;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.metrics.MedoidMetric;

/**
 * A toy algorithm added in the tests alone, to show that a new algorithm is one class registered with
 * {@link Algorithms#register}: it sorts the rows by their first prepared column (ties by row index) and cuts them into
 * k groups of (nearly) equal size. It has no centres of its own, so the model assigns new rows to the nearest segment
 * mean, like the hierarchical model.
 */
final class RankSplitToyAlgorithm implements AlgorithmSpec, Segmenter {

    /** The toy's name. */
    static final Algorithm RANK_SPLIT = Algorithm.define("RANK_SPLIT");

    @Override
    public Algorithm algorithm() {
        return RANK_SPLIT;
    }

    @Override
    public void validate(final SegmentationConfig c) {
        if (c.restarts() != 10) {
            throw new IllegalArgumentException("Setting restarts = " + c.restarts()
                + " does not apply to RANK_SPLIT (it is deterministic): leave it at 10.");
        }
    }

    @Override
    public String describeSettings(final SegmentationConfig c) {
        return " column=first";
    }

    @Override
    public String label(final SegmentationConfig c) {
        return "rank split on the first column (toy)";
    }

    @Override
    public Segmenter segmenter(final SegmentationConfig c, final int threads, final MedoidMetric metric) {
        return this;
    }

    @Override
    public RawFit fit(final double[][] x, final int k, final SegmentationConfig config,
        final ProgressListener progress) {
        final Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer> comparingDouble(i -> x[i][0]).thenComparingInt(i -> i));
        final int[] labels = new int[x.length];
        for (int r = 0; r < order.length; r++) {
            labels[order[r]] = (int) ((long) r * k / order.length);
        }
        return new RawFit(k, labels, null, null, new double[0], "rank split");
    }
}
