package org.custseg.engine.segment;

import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.metrics.MedoidMetric;

/** Agglomerative hierarchical clustering, one tree cut at every k ({@link HierarchicalSegmenter}). */
final class HierarchicalAlgorithm implements AlgorithmSpec {

    @Override
    public Algorithm algorithm() {
        return Algorithm.HIERARCHICAL;
    }

    @Override
    public void validate(final SegmentationConfig c) {
        if (c.engine() == HierarchicalEngine.FAST) {
            if (!c.linkage().fastEngineSupports()) {
                throw new IllegalArgumentException("Setting linkage = " + c.linkage()
                    + " is only available with engine = WEKA; the FAST engine offers WARD, SINGLE, COMPLETE, AVERAGE.");
            }
            if (c.distance() != Distance.EUCLIDEAN) {
                throw new IllegalArgumentException("Setting distance = " + c.distance()
                    + " is not available with the FAST hierarchical engine (Euclidean only): use EUCLIDEAN or engine = WEKA.");
            }
        }
    }

    @Override
    public String displayName() {
        return "Hierarchical";
    }

    @Override
    public String describeSettings(final SegmentationConfig c) {
        return " linkage=" + c.linkage() + " engine=" + c.engine() + " distance=" + c.distance() + " sampleSize="
            + c.sampleSize();
    }

    @Override
    public String label(final SegmentationConfig c) {
        return "hierarchical, " + c.linkage().name().toLowerCase().replace('_', '-') + " linkage ("
            + (c.engine() == HierarchicalEngine.FAST ? "fast exact engine" : "Weka engine")
            + (c.sampleSize() > 0 ? ", seeded sample of " + c.sampleSize() + " rows" : "") + ")";
    }

    @Override
    public Segmenter segmenter(final SegmentationConfig c, final int threads, final MedoidMetric metric) {
        return new HierarchicalSegmenter();
    }

    @Override
    public boolean samplesRows() {
        return true;
    }
}
