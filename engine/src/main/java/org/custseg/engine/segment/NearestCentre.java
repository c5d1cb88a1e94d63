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
        final int[] labels = new int[x.length];
        int[] ties = new int[0];
        int nTies = 0;
        double objective = 0;
        for (int i = 0; i < x.length; i++) {
            final double[] row = x[i];
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            boolean tied = false;
            for (int s = 0; s < centers.length; s++) {
                final double dd = Distances.compared(distance, centers[s], row);
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
