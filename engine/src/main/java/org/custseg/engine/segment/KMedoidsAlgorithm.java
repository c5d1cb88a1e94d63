package org.custseg.engine.segment;

import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.metrics.GowerDistance;
import org.custseg.engine.metrics.MedoidMetric;

/** K-medoids with Euclidean, Manhattan or Gower dissimilarity ({@link KMedoidsSegmenter}). */
final class KMedoidsAlgorithm implements AlgorithmSpec {

    @Override
    public Algorithm algorithm() {
        return Algorithm.KMEDOIDS;
    }

    @Override
    public String displayName() {
        return "K-Medoids";
    }

    @Override
    public String describeSettings(final SegmentationConfig c) {
        return " distance=" + c.distance() + " maxIterations=" + c.maxIterations() + " restarts=" + c.restarts();
    }

    @Override
    public String label(final SegmentationConfig c) {
        return "k-medoids (FasterPAM-style swaps, " + c.distance().name().toLowerCase() + " distance, best of "
            + c.restarts() + " seeded runs; CLARA samples above " + KMedoidsSegmenter.EXACT_MAX_ROWS + " rows)";
    }

    @Override
    public Segmenter segmenter(final SegmentationConfig c, final int threads, final MedoidMetric metric) {
        return new KMedoidsSegmenter(metric);
    }

    @Override
    public MedoidMetric metric(final SegmentationConfig c, final double[][] scaled, final boolean[] nominal) {
        return c.distance() == Distance.GOWER ? GowerDistance.fit(scaled, nominal) : MedoidMetric.of(c.distance());
    }

    @Override
    public boolean acceptsNominal(final SegmentationConfig c) {
        return c.distance() == Distance.GOWER;
    }

    @Override
    public boolean acceptsGower() {
        return true;
    }
}
