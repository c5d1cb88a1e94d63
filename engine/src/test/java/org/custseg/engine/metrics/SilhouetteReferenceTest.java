package org.custseg.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.custseg.engine.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * The optimised silhouette and sampler against straightforward reference implementations written from their
 * definitions (every pair's distance computed for both rows; a full-array partial Fisher-Yates shuffle).
 */
class SilhouetteReferenceTest {

    @Test
    void silhouetteEqualsTheDefinitionForManyShapes() throws Exception {
        final Random rnd = new Random(11);
        // row counts around multiples of four exercise the four-rows-at-a-time loop and its remainder
        for (int n = 3; n <= 23; n++) {
            final int d = 1 + rnd.nextInt(6);
            final int k = 2 + rnd.nextInt(Math.min(4, n - 2));
            final double[][] x = new double[n][d];
            final int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    x[i][j] = rnd.nextGaussian() + (i % k) * 2;
                }
                labels[i] = i < k ? i : rnd.nextInt(k);
            }
            assertEquals(reference(x, labels, k), ClusterMetrics.silhouette(x, labels, k, 1, ProgressListener.NONE),
                1e-12, "n = " + n + ", d = " + d + ", k = " + k);
        }
    }

    @Test
    void sampledSilhouetteIsTheExactSilhouetteOfTheSampledRows() throws Exception {
        final Random rnd = new Random(5);
        final int n = 300;
        final double[][] x = new double[n][3];
        final int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int j = 0; j < 3; j++) {
                x[i][j] = rnd.nextGaussian() + labels[i];
            }
        }
        final int[] idx = ClusterMetrics.sample(n, 41, 7);
        final double[][] xs = new double[idx.length][];
        final int[] ls = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            xs[i] = x[idx[i]];
            ls[i] = labels[idx[i]];
        }
        assertEquals(reference(xs, ls, 3), ClusterMetrics.silhouette(x, labels, 3, 7, 41, ProgressListener.NONE),
            1e-12);
    }

    /**
     * All k at once (the automatic-k search) give each labelling exactly the value it gets alone, exact and on a
     * sample, and the definition's value; a labelling without a silhouette (k = 1, k = n) is NaN and changes nothing.
     */
    @Test
    void severalLabellingsAtOnceGiveEachItsOwnValue() throws Exception {
        final Random rnd = new Random(17);
        final int n = 237;
        final double[][] x = new double[n][4];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = rnd.nextGaussian() + (i % 5) * (j + 1) * 0.7;
            }
        }
        final int[] ks = {2, 3, 1, 5, 8, n};
        final int[][] labels = new int[ks.length][n];
        for (int q = 0; q < ks.length; q++) {
            for (int i = 0; i < n; i++) {
                labels[q][i] = i < ks[q] ? i : (i * 7 + q) % ks[q] == 0 ? rnd.nextInt(ks[q]) : i % ks[q];
            }
        }
        for (final int maxRows : new int[] {n, 101}) {
            final double[] all = ClusterMetrics.silhouettes(x, labels, ks, 9, maxRows, ProgressListener.NONE);
            for (int q = 0; q < ks.length; q++) {
                final double one = ClusterMetrics.silhouette(x, labels[q], ks[q], 9, maxRows, ProgressListener.NONE);
                assertEquals(one, all[q], 0.0, "k = " + ks[q] + ", at most " + maxRows + " rows");
                if (ks[q] < 2 || ks[q] >= n) {
                    assertEquals(Double.NaN, all[q], "k = " + ks[q]);
                } else if (maxRows == n) {
                    assertEquals(reference(x, labels[q], ks[q]), all[q], 1e-12, "k = " + ks[q]);
                }
            }
        }
    }

    @Test
    void sampleEqualsAFullArrayShuffle() {
        final Random rnd = new Random(3);
        for (int t = 0; t < 200; t++) {
            final int n = 1 + rnd.nextInt(500);
            final int m = 1 + rnd.nextInt(n);
            final long seed = rnd.nextLong();
            assertArrayEquals(referenceSample(n, m, seed), ClusterMetrics.sample(n, m, seed), n + " " + m);
        }
    }

    private static double reference(final double[][] x, final int[] labels, final int k) {
        final int n = x.length;
        double total = 0;
        for (int i = 0; i < n; i++) {
            final double[] sum = new double[k];
            final int[] count = new int[k];
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double s = 0;
                    for (int c = 0; c < x[i].length; c++) {
                        s += (x[i][c] - x[j][c]) * (x[i][c] - x[j][c]);
                    }
                    sum[labels[j]] += Math.sqrt(s);
                    count[labels[j]]++;
                }
            }
            final int own = labels[i];
            if (count[own] == 0) {
                continue;
            }
            final double a = sum[own] / count[own];
            double b = Double.POSITIVE_INFINITY;
            for (int s = 0; s < k; s++) {
                if (s != own && count[s] > 0) {
                    b = Math.min(b, sum[s] / count[s]);
                }
            }
            total += (b - a) / Math.max(a, b);
        }
        return total / n;
    }

    private static int[] referenceSample(final int n, final int m, final long seed) {
        final int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        final Random rnd = new Random(seed);
        for (int i = 0; i < m; i++) {
            final int j = i + rnd.nextInt(n - i);
            final int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        final int[] out = java.util.Arrays.copyOf(perm, m);
        java.util.Arrays.sort(out);
        return out;
    }
}
