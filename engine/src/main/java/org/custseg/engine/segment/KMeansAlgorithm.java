package org.custseg.engine.segment;

import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.config.KMeansInit;
import org.custseg.engine.metrics.MedoidMetric;

/** K-means: the fast engine ({@link FastKMeansSegmenter}) or Weka's {@code SimpleKMeans} ({@link KMeansSegmenter}). */
final class KMeansAlgorithm implements AlgorithmSpec {

    @Override
    public Algorithm algorithm() {
        return Algorithm.KMEANS;
    }

    @Override
    public void validate(final SegmentationConfig c) {
        if (c.engine() == HierarchicalEngine.FAST) {
            if (c.init() == KMeansInit.CANOPY) {
                throw new IllegalArgumentException("Setting init = CANOPY is only available with engine = WEKA; the FAST"
                    + " k-means engine offers KMEANS_PLUS_PLUS, RANDOM and FARTHEST_FIRST.");
            }
            if (c.distance() != Distance.EUCLIDEAN) {
                throw new IllegalArgumentException("Setting distance = " + c.distance()
                    + " is not available with the FAST k-means engine (Euclidean only): use EUCLIDEAN or engine = WEKA.");
            }
        }
    }

    @Override
    public String displayName() {
        return "K-Means";
    }

    @Override
    public String describeSettings(final SegmentationConfig c) {
        return " init=" + c.init() + " distance=" + c.distance() + " maxIterations=" + c.maxIterations()
            + " restarts=" + c.restarts() + (c.engine() == HierarchicalEngine.FAST ? " engine=FAST" : "");
    }

    @Override
    public String label(final SegmentationConfig c) {
        return "k-means (" + (c.engine() == HierarchicalEngine.FAST ? "fast engine" : "Weka SimpleKMeans") + ", "
            + c.init().name().toLowerCase().replace('_', '-').replace("kmeans-plus-plus", "k-means++")
            + " start, best of " + c.restarts() + " runs)";
    }

    @Override
    public Segmenter segmenter(final SegmentationConfig c, final int threads, final MedoidMetric metric) {
        return c.engine() == HierarchicalEngine.FAST ? new FastKMeansSegmenter(threads) : new KMeansSegmenter();
    }
}
