package org.custseg.engine.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.custseg.engine.data.FeatureMatrix;

/** Seeded synthetic data: well-separated Gaussian blobs with known membership. */
final class Blobs {

    final FeatureMatrix matrix;
    final int[] truth;

    private Blobs(final FeatureMatrix matrix, final int[] truth) {
        this.matrix = matrix;
        this.truth = truth;
    }

    /**
     * @param sizes rows per blob
     * @param d dimensions
     * @param seed seed
     * @return blobs centred 20 units apart (sd 1) in differently scaled columns
     */
    static Blobs make(final int[] sizes, final int d, final long seed) {
        final Random rnd = new Random(seed);
        final List<String> cols = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            cols.add("x" + j);
        }
        int n = 0;
        for (final int s : sizes) {
            n += s;
        }
        final double[][] v = new double[n][d];
        final int[] truth = new int[n];
        final List<String> ids = new ArrayList<>();
        int r = 0;
        for (int b = 0; b < sizes.length; b++) {
            for (int i = 0; i < sizes[b]; i++) {
                for (int j = 0; j < d; j++) {
                    final double centre = ((b + j) % sizes.length) * 20.0;
                    v[r][j] = (centre + rnd.nextGaussian()) * (j + 1) * 10 + 1000 * j; // units differ per column
                }
                truth[r] = b;
                ids.add("r" + r);
                r++;
            }
        }
        return new Blobs(new FeatureMatrix(cols, ids, v), truth);
    }

    /** @return a copy with rows in a seeded random order, and the permutation (new row i = old row perm[i]) */
    static FeatureMatrix shuffled(final FeatureMatrix m, final long seed, final int[] permOut) {
        final int n = m.rows();
        final int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        final Random rnd = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            final int j = rnd.nextInt(i + 1);
            final int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        final double[][] v = new double[n][];
        final List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            v[i] = m.row(perm[i]);
            ids.add(m.rowId(perm[i]));
            permOut[i] = perm[i];
        }
        return new FeatureMatrix(m.columnNames(), ids, v);
    }
}
