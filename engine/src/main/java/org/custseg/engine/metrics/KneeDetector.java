package org.custseg.engine.metrics;

/**
 * Finds the knee of a decreasing error curve such as SSE against k.
 *
 * <p>Rule (the "largest distance below the chord" method, a simplified Kneedle): scale k and the values to [0, 1]
 * (value 1 at the largest, 0 at the smallest), draw the straight line from the first to the last point, and pick the
 * point that lies furthest below that line. If no point lies below it (the curve has no convex bend) or there are
 * fewer than three points, the first k is returned. Ties go to the smaller k.
 */
public final class KneeDetector {

    private KneeDetector() {
    }

    /**
     * @param ks the k values, strictly increasing
     * @param values the error at each k (NaN entries are never chosen)
     * @return the index (into {@code ks}) of the knee
     */
    public static int knee(final int[] ks, final double[] values) {
        final int n = ks.length;
        if (n != values.length) {
            throw new IllegalArgumentException("ks and values differ in length");
        }
        if (n < 3) {
            return 0;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (final double v : values) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (!(max > min)) {
            return 0;
        }
        final double x0 = ks[0];
        final double xr = ks[n - 1] - x0;
        final double y0 = (values[0] - min) / (max - min);
        final double y1 = (values[n - 1] - min) / (max - min);
        int best = 0;
        double bestGap = 0;
        for (int i = 1; i < n - 1; i++) {
            if (Double.isNaN(values[i])) {
                continue;
            }
            final double t = (ks[i] - x0) / xr;
            final double chord = y0 + t * (y1 - y0);
            final double y = (values[i] - min) / (max - min);
            final double gap = chord - y;
            if (gap > bestGap + 1e-12) {
                bestGap = gap;
                best = i;
            }
        }
        return best;
    }
}
