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
        return assign(x.length, centers.length, (i, out) -> {
            for (int s = 0; s < centers.length; s++) {
                out[s] = Distances.compared(distance, centers[s], x[i]);
            }
        });
    }

    /**
     * {@link #assign(double[][], double[][], Distance)} with Euclidean distance for rows given as one row-major array:
     * the same squared distances ({@link Distances#squaredEuclidean} of centre and row: each summed in column order,
     * and {@code (x - c)^2} is the same double as {@code (c - x)^2}), hence the same result.
     *
     * @param rows {@code n * d} values, row-major
     * @param d columns
     * @param centers centres
     * @return labels, objective and tied rows
     */
    static NearestCentre assign(final double[] rows, final int d, final double[][] centers) {
        final int k = centers.length;
        // the centres interleaved: all k distances of a row in one pass over it (FastKMeans.distances, same sums)
        final double[] ct = new double[k * d];
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < d; j++) {
                ct[j * k + s] = centers[s][j];
            }
        }
        return assign(rows.length / d, k, (i, out) -> FastKMeans.distances(rows, i * d, ct, k, d, out));
    }

    /** The distance rule's values between row i and every centre. */
    @FunctionalInterface
    private interface RowDistances {
        void fill(int i, double[] out);
    }

    private static NearestCentre assign(final int n, final int k, final RowDistances distances) {
        final double[] dist = new double[k];
        final int[] labels = new int[n];
        int[] ties = new int[0];
        int nTies = 0;
        double objective = 0;
        for (int i = 0; i < n; i++) {
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            boolean tied = false;
            distances.fill(i, dist);
            for (int s = 0; s < k; s++) {
                final double dd = dist[s];
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
