package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.custseg.engine.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * The Lloyd iterations of {@link FastKMeans} (bounds kept relative to the centres' movements, failed rows examined in
 * batches) against a plain Lloyd written here without any bounds: every row compared with every centre in every
 * iteration. The bounds may only skip work, so the labels, the centres (the same running sums), the number of
 * iterations and the objective must be exactly equal, on random, tied and duplicated data.
 */
class FastKMeansLloydLoopTest {

    @Test
    void equalsPlainLloydOnBlobs() throws Exception {
        int compared = 0;
        for (long seed = 1; seed <= 12; seed++) {
            final Random r = new Random(seed);
            final int n = 400 + r.nextInt(400);
            final int d = 2 + r.nextInt(6);
            final double[] x = new double[n * d];
            final double[] means = new double[5 * d];
            for (int j = 0; j < means.length; j++) {
                means[j] = 3 * r.nextGaussian();
            }
            for (int i = 0; i < n; i++) {
                final int b = r.nextInt(5);
                for (int j = 0; j < d; j++) {
                    x[i * d + j] = means[b * d + j] + r.nextGaussian() * (1 + j % 3);
                }
            }
            for (int k = 2; k <= 7; k++) {
                compared += compare(x, n, d, k, startRows(x, n, d, k, r)) ? 1 : 0;
            }
        }
        assertTrue(compared >= 20, "cases without a Hartigan move to compare: " + compared);
    }

    @Test
    void equalsPlainLloydOnTiedAndDuplicatedRows() throws Exception {
        int compared = 0;
        for (long seed = 1; seed <= 12; seed++) {
            final Random r = new Random(seed);
            final int d = 2 + r.nextInt(2);
            final int n = 300 + r.nextInt(200);
            final double[] x = new double[n * d];
            final int distinct = 12 + r.nextInt(20);
            final double[] base = new double[distinct * d];
            for (int j = 0; j < base.length; j++) {
                base[j] = r.nextInt(4); // small integers: many rows at exactly equal distances from two centres
            }
            for (int i = 0; i < n; i++) {
                System.arraycopy(base, r.nextInt(distinct) * d, x, i * d, d);
            }
            for (int k = 2; k <= 5; k++) {
                compared += compare(x, n, d, k, startRows(x, n, d, k, r)) ? 1 : 0;
                // two centres at midpoints between grid values: ties between centres from the first assignment on
                final double[] c = startRows(x, n, d, k, r);
                for (int j = 0; j < d; j++) {
                    c[j] += 0.5;
                }
                compared += compare(x, n, d, k, c) ? 1 : 0;
            }
        }
        assertTrue(compared >= 20, "cases without a Hartigan move to compare: " + compared);
    }

    /** A centre far from every row loses all of them at once: it takes a row, and the run ends at a fixed point. */
    @Test
    void emptiedCentreIsRefilledAndRunEndsAtFixedPoint() throws Exception {
        for (long seed = 1; seed <= 6; seed++) {
            final Random r = new Random(seed);
            final int n = 500;
            final int d = 4;
            final double[] x = new double[n * d];
            for (int i = 0; i < x.length; i++) {
                x[i] = r.nextGaussian() + (i / d % 3) * 4;
            }
            final int k = 4;
            final double[] c = startRows(x, n, d, k, r);
            for (int j = 0; j < d; j++) {
                c[(k - 1) * d + j] = 1e4 + j; // no row is nearest to it
            }
            final FastKMeans.Run run = FastKMeans.runFrom(x, n, d, k, c, 500, ProgressListener.NONE);
            assertTrue(run.converged());
            final int[] sizes = new int[k];
            for (final int l : run.labels()) {
                sizes[l]++;
            }
            for (int s = 0; s < k; s++) {
                assertTrue(sizes[s] > 0, "segment " + s + " empty, seed " + seed);
            }
            assertArrayEquals(exactMeans(x, n, d, k, run.labels()), run.centers());
            for (int i = 0; i < n; i++) {
                assertEquals(nearest(x, i, d, run.centers(), k, -1), run.labels()[i], "row " + i);
            }
        }
    }

    /**
     * Runs the engine and the plain Lloyd from the same centres and asserts equality.
     *
     * @return false when the plain Lloyd's result is one where Hartigan's refinement could move a row or a segment
     *     empties (neither is modelled here); nothing is compared then
     */
    private static boolean compare(final double[] x, final int n, final int d, final int k, final double[] c0)
        throws Exception {
        final double[] c = c0.clone();
        final int[] labels = new int[n];
        int iterations = 0;
        boolean done = false;
        for (int round = 0; round < 20 && !done; round++) {
            final int it = plainLloyd(x, n, d, k, c, labels);
            if (it < 0) {
                return false;
            }
            iterations += it;
            System.arraycopy(exactMeans(x, n, d, k, labels), 0, c, 0, k * d);
            boolean relabelled = false;
            final int[] sizes = new int[k];
            for (int i = 0; i < n; i++) {
                final int b = nearest(x, i, d, c, k, -1);
                relabelled |= b != labels[i];
                labels[i] = b;
                sizes[b]++;
            }
            for (final int size : sizes) {
                if (size == 0) {
                    return false;
                }
            }
            if (!relabelled) {
                if (hartiganCouldMove(x, n, d, k, c, labels)) {
                    return false;
                }
                done = true;
            }
        }
        if (!done) {
            return false;
        }
        double objective = 0;
        for (int i = 0; i < n; i++) {
            objective += FastKMeans.sq(x, i * d, c, labels[i] * d, d);
        }
        final FastKMeans.Run run = FastKMeans.runFrom(x, n, d, k, c0, 500, ProgressListener.NONE);
        final String at = "n=" + n + " d=" + d + " k=" + k;
        assertEquals(iterations, run.iterations(), at);
        assertArrayEquals(labels, run.labels(), at);
        assertArrayEquals(c, run.centers(), at);
        assertEquals(objective, run.objective(), at);
        return true;
    }

    /**
     * Lloyd without bounds, the engine's arithmetic: first each row to its nearest centre (ties to the lower index),
     * sums of the rows in row order; then per iteration centres = sums times the reciprocal of the count, every row
     * compared with every centre, a row moves only to a strictly nearer centre (the lowest index among the nearest),
     * the sums follow each move in row order; until no row moves.
     *
     * @return iterations, or -1 when a segment empties (the engine refills it from its bounds; not modelled)
     */
    private static int plainLloyd(final double[] x, final int n, final int d, final int k, final double[] c,
        final int[] labels) {
        final double[] sums = new double[k * d];
        final int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            labels[i] = nearest(x, i, d, c, k, -1);
            counts[labels[i]]++;
            for (int j = 0; j < d; j++) {
                sums[labels[i] * d + j] += x[i * d + j];
            }
        }
        for (int it = 1; it <= 500; it++) {
            for (int s = 0; s < k; s++) {
                if (counts[s] == 0) {
                    return -1;
                }
                final double inv = 1.0 / counts[s];
                for (int j = 0; j < d; j++) {
                    c[s * d + j] = sums[s * d + j] * inv;
                }
            }
            int changed = 0;
            for (int i = 0; i < n; i++) {
                final int a = labels[i];
                final int b = nearest(x, i, d, c, k, a);
                if (b != a) {
                    changed++;
                    labels[i] = b;
                    counts[a]--;
                    counts[b]++;
                    for (int j = 0; j < d; j++) {
                        final double v = x[i * d + j];
                        sums[a * d + j] -= v;
                        sums[b * d + j] += v;
                    }
                }
            }
            if (changed == 0) {
                return it;
            }
        }
        return -1;
    }

    /** The nearest centre, ties to {@code keep} if it is among the nearest, else to the lower index. */
    private static int nearest(final double[] x, final int i, final int d, final double[] c, final int k,
        final int keep) {
        int best = 0;
        double bd = FastKMeans.sq(x, i * d, c, 0, d);
        for (int s = 1; s < k; s++) {
            final double v = FastKMeans.sq(x, i * d, c, s * d, d);
            if (v < bd) {
                bd = v;
                best = s;
            }
        }
        return keep >= 0 && FastKMeans.sq(x, i * d, c, keep * d, d) == bd ? keep : best;
    }

    /** Whether a single-row move comes near lowering the objective (a wide margin: such cases are not compared). */
    private static boolean hartiganCouldMove(final double[] x, final int n, final int d, final int k,
        final double[] c, final int[] labels) {
        final int[] counts = new int[k];
        for (final int l : labels) {
            counts[l]++;
        }
        for (int i = 0; i < n; i++) {
            final int a = labels[i];
            if (counts[a] <= 1) {
                continue;
            }
            final double remove = FastKMeans.sq(x, i * d, c, a * d, d) * counts[a] / (counts[a] - 1);
            for (int b = 0; b < k; b++) {
                final double add = FastKMeans.sq(x, i * d, c, b * d, d) * counts[b] / (counts[b] + 1);
                if (b != a && add < remove * (1 + 1e-6)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double[] exactMeans(final double[] x, final int n, final int d, final int k, final int[] labels) {
        final double[] sums = new double[k * d];
        final int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            counts[labels[i]]++;
            for (int j = 0; j < d; j++) {
                sums[labels[i] * d + j] += x[i * d + j];
            }
        }
        final double[] c = new double[k * d];
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < d; j++) {
                c[s * d + j] = sums[s * d + j] / counts[s];
            }
        }
        return c;
    }

    /** k distinct rows as starting centres. */
    private static double[] startRows(final double[] x, final int n, final int d, final int k, final Random r) {
        final double[] c = new double[k * d];
        int m = 0;
        while (m < k) {
            final int row = r.nextInt(n);
            boolean dup = false;
            for (int s = 0; s < m && !dup; s++) {
                dup = FastKMeans.sq(x, row * d, c, s * d, d) == 0;
            }
            if (!dup) {
                System.arraycopy(x, row * d, c, m++ * d, d);
            }
        }
        return c;
    }
}
