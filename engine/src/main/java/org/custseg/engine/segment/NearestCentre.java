package org.custseg.engine.segment;

import java.util.Arrays;
import org.custseg.engine.config.Distance;
import org.custseg.engine.metrics.Distances;

/**
 * One pass assigning every row to its nearest centre by the one distance rule ({@link Distances#compared}, ties to
 * the lower index, as {@code SegmentationModel.nearest}), that also returns the objective (the sum of the winning distances: squared
 * Euclidean or Manhattan) and the rows whose minimum was tied.
 */
final class NearestCentre {

    /** Per row the index of the nearest centre. */
    final int[] labels;

    /** Sum over rows of the distance to the nearest centre (squared for Euclidean), in row order. */
    final double objective;

    /** Rows (ascending) whose smallest distance was reached by more than one centre. */
    final int[] ties;

    private NearestCentre(final int[] labels, final double objective, final int[] ties) {
        this.labels = labels;
        this.objective = objective;
        this.ties = ties;
    }

    /**
     * @param x rows
     * @param centers centres
     * @param distance Euclidean (squared distances are compared and summed) or Manhattan
     * @return labels, objective and tied rows
     */
    static NearestCentre assign(final double[][] x, final double[][] centers, final Distance distance) {
        return assign(x.length, centers.length, (i, s) -> Distances.compared(distance, centers[s], x[i]));
    }

    /**
     * {@link #assign(double[][], double[][], Distance)} with Euclidean distance for rows given as one row-major array:
     * the same squared distances ({@link Distances#squaredEuclidean} of centre and row), hence the same result.
     *
     * @param rows {@code n * d} values, row-major
     * @param d columns
     * @param centers centres
     * @return labels, objective and tied rows
     */
    static NearestCentre assign(final double[] rows, final int d, final double[][] centers) {
        return assign(rows.length / d, centers.length, (i, s) -> {
            final double[] c = centers[s];
            final int io = i * d;
            double sum = 0;
            for (int j = 0; j < d; j++) {
                final double t = c[j] - rows[io + j];
                sum += t * t;
            }
            return sum;
        });
    }

    /** The distance rule's value between row i and centre s. */
    @FunctionalInterface
    private interface RowDistance {
        double between(int i, int s);
    }

    private static NearestCentre assign(final int n, final int k, final RowDistance distance) {
        final int[] labels = new int[n];
        int[] ties = new int[0];
        int nTies = 0;
        double objective = 0;
        for (int i = 0; i < n; i++) {
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            boolean tied = false;
            for (int s = 0; s < k; s++) {
                final double dd = distance.between(i, s);
                if (dd < bestD) {
                    bestD = dd;
                    best = s;
                    tied = false;
                } else if (dd == bestD) {
                    tied = true;
                }
            }
            labels[i] = best;
            objective += bestD;
            if (tied) {
                if (nTies == ties.length) {
                    ties = Arrays.copyOf(ties, Math.max(8, 2 * nTies));
                }
                ties[nTies++] = i;
            }
        }
        return new NearestCentre(labels, objective, Arrays.copyOf(ties, nTies));
    }
}
