package org.custseg.engine.metrics;

import java.util.Arrays;

/**
 * Gower's dissimilarity (Gower 1971) for mixed numeric and nominal columns: the mean over columns of a per-column
 * dissimilarity in [0, 1]. A numeric column contributes {@code |a - b| / range}, the range (maximum minus minimum) of
 * the column in the training rows; a nominal column (category codes) contributes 0 for the same category and 1
 * otherwise. Every column has weight 1. Missing values never reach it (the missing-value policy handles them first); a
 * category unseen in training (code -1) differs from every category. The range is taken on the prepared values, and
 * because each numeric contribution is divided by its range, the chosen scaling does not change the distance. Rows
 * of new data can lie outside the training range, so their contributions can exceed 1.
 */
public final class GowerDistance implements MedoidMetric {

    private final boolean[] nominal;
    private final double[] ranges;

    /**
     * @param nominal per column whether it is nominal
     * @param ranges per column the training range (ignored for nominal columns; a range of 0 makes the column
     *            contribute 0)
     */
    public GowerDistance(final boolean[] nominal, final double[] ranges) {
        if (nominal.length != ranges.length) {
            throw new IllegalArgumentException("Gower distance: " + nominal.length + " column types but "
                + ranges.length + " ranges.");
        }
        this.nominal = nominal.clone();
        this.ranges = ranges.clone();
    }

    /**
     * @param x prepared training rows
     * @param nominal per column whether it is nominal
     * @return the distance with the ranges of {@code x}
     */
    public static GowerDistance fit(final double[][] x, final boolean[] nominal) {
        final int d = nominal.length;
        final double[] min = new double[d];
        final double[] max = new double[d];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (final double[] row : x) {
            for (int c = 0; c < d; c++) {
                min[c] = Math.min(min[c], row[c]);
                max[c] = Math.max(max[c], row[c]);
            }
        }
        final double[] r = new double[d];
        for (int c = 0; c < d; c++) {
            r[c] = nominal[c] ? 1 : max[c] - min[c];
        }
        return new GowerDistance(nominal, r);
    }

    @Override
    public double between(final double[] a, final double[] b) {
        double s = 0;
        for (int c = 0; c < a.length; c++) {
            if (nominal[c]) {
                s += a[c] == b[c] ? 0 : 1;
            } else if (ranges[c] > 0) {
                s += Math.abs(a[c] - b[c]) / ranges[c];
            }
        }
        return s / a.length;
    }

    @Override
    public String name() {
        return "Gower";
    }

    /** @return per column whether it is nominal */
    public boolean[] nominal() {
        return nominal.clone();
    }

    /** @return per column the training range (1 for nominal columns) */
    public double[] ranges() {
        return ranges.clone();
    }

    /**
     * @param x a prepared row
     * @param centers the medoids
     * @return the index of the nearest medoid, ties to the lower index
     */
    public int nearest(final double[] x, final double[][] centers) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int s = 0; s < centers.length; s++) {
            final double d = between(x, centers[s]);
            if (d < bestD) {
                bestD = d;
                best = s;
            }
        }
        return best;
    }
}
