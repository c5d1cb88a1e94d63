package org.custseg.engine.segment;

import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Covariance;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.metrics.MedoidMetric;

/**
 * EM Gaussian mixture: diagonal covariances on the fast engine ({@link FastEmSegmenter}) or Weka's {@code EM}
 * ({@link EmSegmenter}); full covariances on our own EM ({@link FullCovarianceEm}) whatever the engine setting.
 */
final class EmAlgorithm implements AlgorithmSpec {

    @Override
    public Algorithm algorithm() {
        return Algorithm.EM;
    }

    @Override
    public void validate(final SegmentationConfig c) {
        if (c.covariance() == Covariance.FULL && c.engine() == HierarchicalEngine.WEKA) {
            throw new IllegalArgumentException("Setting covariance = FULL is not available with engine = WEKA (Weka's EM"
                + " has diagonal covariances only): use engine = FAST, which runs our full-covariance EM, or"
                + " covariance = DIAGONAL.");
        }
    }

    @Override
    public String displayName() {
        return "EM";
    }

    @Override
    public String describeSettings(final SegmentationConfig c) {
        return " maxIterations=" + c.maxIterations() + " minStdDev=" + c.minStdDev()
            + (c.covariance() == Covariance.FULL ? " covariance=FULL"
                : c.engine() == HierarchicalEngine.FAST ? " engine=FAST" : "");
    }

    @Override
    public String label(final SegmentationConfig c) {
        if (c.covariance() == Covariance.FULL) {
            return "EM Gaussian mixture, full covariance matrices (own EM)";
        }
        return "EM Gaussian mixture (" + (c.engine() == HierarchicalEngine.FAST ? "fast engine" : "Weka EM") + ")";
    }

    @Override
    public Segmenter segmenter(final SegmentationConfig c, final int threads, final MedoidMetric metric) {
        // full covariance: our own EM whatever the engine (neither the fast nor Weka's EM has full matrices)
        return c.covariance() == Covariance.FULL ? new FullCovarianceEm()
            : c.engine() == HierarchicalEngine.FAST ? new FastEmSegmenter(threads) : new EmSegmenter();
    }

    @Override
    public boolean hasLikelihood() {
        return true;
    }
}
