package org.custseg.engine.metrics;

import org.custseg.engine.config.Distance;

/**
 * A dissimilarity between two prepared rows, as used by {@link KMedoidsSegmenter}: Euclidean, Manhattan or Gower
 * ({@link GowerDistance}). Implementations are symmetric, non-negative and zero for equal rows.
 */
public interface MedoidMetric {

    /**
     * @param a a prepared row
     * @param b a prepared row of the same length
     * @return the dissimilarity
     */
    double between(double[] a, double[] b);

    /** @return a short name for descriptions ("Euclidean", "Manhattan", "Gower") */
    String name();

    /** Euclidean distance. */
    MedoidMetric EUCLIDEAN = new MedoidMetric() {
        @Override
        public double between(final double[] a, final double[] b) {
            return Math.sqrt(Distances.squaredEuclidean(a, b));
        }

        @Override
        public String name() {
            return "Euclidean";
        }
    };

    /** Manhattan (city-block) distance. */
    MedoidMetric MANHATTAN = new MedoidMetric() {
        @Override
        public double between(final double[] a, final double[] b) {
            return Distances.manhattan(a, b);
        }

        @Override
        public String name() {
            return "Manhattan";
        }
    };

    /**
     * @param distance a numeric distance
     * @return the metric for it
     */
    static MedoidMetric of(final Distance distance) {
        if (distance == Distance.GOWER) {
            throw new IllegalArgumentException("Gower distance needs the column types and ranges: use GowerDistance.");
        }
        return distance == Distance.MANHATTAN ? MANHATTAN : EUCLIDEAN;
    }
}
