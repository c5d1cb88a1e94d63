package org.custseg.engine.metrics;

import org.custseg.engine.config.Distance;

/**
 * The one distance rule between prepared rows and centres, used by the segmenters, the model's assignment of new rows,
 * the quality measures and k-medoids: squared Euclidean distance (compared and summed; its square root is the
 * Euclidean distance) or Manhattan distance, summed over the columns in column order, ties to the lower centre index.
 * Keeping the arithmetic in one place keeps the labels found while fitting and those the saved model gives identical.
 */
public final class Distances {

    private Distances() {
    }

    /**
     * @param a a row
     * @param b a row of the same length
     * @return the sum over columns of {@code (a[j] - b[j])^2}, in column order
     */
    public static double squaredEuclidean(final double[] a, final double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            final double t = a[j] - b[j];
            s += t * t;
        }
        return s;
    }

    /**
     * @param a a row
     * @param b a row of the same length
     * @return the sum over columns of {@code |a[j] - b[j]|}, in column order
     */
    public static double manhattan(final double[] a, final double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += Math.abs(a[j] - b[j]);
        }
        return s;
    }

    /**
     * @param distance EUCLIDEAN or MANHATTAN (GOWER needs column ranges: {@link GowerDistance})
     * @param a a row
     * @param b a row of the same length
     * @return the quantity nearest-centre rules compare: squared Euclidean or Manhattan distance
     */
    public static double compared(final Distance distance, final double[] a, final double[] b) {
        return distance == Distance.MANHATTAN ? manhattan(a, b) : squaredEuclidean(a, b);
    }

    /**
     * @param centers the centres
     * @param x a row
     * @param distance EUCLIDEAN or MANHATTAN
     * @return the index of the nearest centre by {@link #compared}, ties to the lower index
     */
    public static int nearest(final double[][] centers, final double[] x, final Distance distance) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int s = 0; s < centers.length; s++) {
            final double dd = compared(distance, centers[s], x);
            if (dd < bestD) {
                bestD = dd;
                best = s;
            }
        }
        return best;
    }
}
