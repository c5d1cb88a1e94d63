package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.config.Distance;
import org.custseg.engine.data.FeatureMatrix;
import org.junit.jupiter.api.Test;

/**
 * The fast k-means' seeding and first assignment compute several distances per pass over a row; these tests pin that
 * they give the very same doubles, centres and labels as the plain one-distance-at-a-time definitions (compared with
 * {@code ==}, not within a tolerance).
 */
class FastKMeansSeedingKernelTest {

    /** Data sets: Gaussian values, bank-like skewed columns with duplicate rows, and small integer grids (ties). */
    private static List<double[]> datasets(final int n, final int d, final long seed) {
        final SplittableRandom r = new SplittableRandom(seed);
        final List<double[]> out = new ArrayList<>();
        final double[] gauss = new double[n * d];
        for (int i = 0; i < gauss.length; i++) {
            gauss[i] = r.nextDouble() * r.nextDouble() * 20 - 7;
        }
        out.add(gauss);
        final FeatureMatrix bank = BankLikeData.make(n, d, seed);
        final double[] flat = new double[n * d];
        for (int i = 0; i < n; i++) {
            // every fifth row repeats an earlier one: duplicates are common in bank tables
            final double[] row = i % 5 == 4 ? bank.row(r.nextInt(i)) : bank.row(i);
            System.arraycopy(row, 0, flat, i * d, d);
        }
        out.add(flat);
        final double[] grid = new double[n * d];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = r.nextInt(3);
        }
        out.add(grid);
        return out;
    }

    /** {@code ct[j * m + t]} = row {@code rows[t]} of x, column j. */
    private static double[] interleaved(final double[] x, final int d, final int[] rows) {
        final int m = rows.length;
        final double[] ct = new double[m * d];
        for (int t = 0; t < m; t++) {
            for (int j = 0; j < d; j++) {
                ct[j * m + t] = x[rows[t] * d + j];
            }
        }
        return ct;
    }

    @Test
    void distancesAreTheSameDoublesAsOneAtATime() {
        int compared = 0;
        for (final int d : new int[] {1, 2, 3, 5, 17}) {
            final int n = 60;
            for (final double[] x : datasets(n, d, 40 + d)) {
                final SplittableRandom r = new SplittableRandom(d);
                for (int m = 1; m <= 11; m++) {
                    final int[] rows = new int[m];
                    for (int t = 0; t < m; t++) {
                        rows[t] = r.nextInt(n);
                    }
                    final double[] ct = interleaved(x, d, rows);
                    final double[] out = new double[m];
                    for (int i = 0; i < n; i++) {
                        FastKMeans.distances(x, i * d, ct, m, d, out);
                        for (int t = 0; t < m; t++) {
                            // the plain loop, in column order
                            double s = 0;
                            for (int j = 0; j < d; j++) {
                                final double e = x[i * d + j] - x[rows[t] * d + j];
                                s += e * e;
                            }
                            assertEquals(Double.doubleToRawLongBits(s), Double.doubleToRawLongBits(out[t]),
                                "d=" + d + " m=" + m + " row " + i + " centre " + t);
                            compared++;
                        }
                    }
                }
            }
        }
        assertTrue(compared > 50_000, "compared " + compared);
    }

    /**
     * The first assignment's rule (all k distances at once, then nearest and second nearest) gives what the pruned
     * search from any starting centre gives: the same nearest centre (ties to the lower index) and the same two
     * doubles.
     */
    @Test
    void nearestTwoEqualsThePrunedSearchFromAnyStart() {
        int ties = 0;
        for (final int d : new int[] {1, 2, 4, 17}) {
            final int n = 80;
            for (final double[] x : datasets(n, d, 7 + d)) {
                for (int k = 2; k <= 9; k++) {
                    final int[] rows = new SplittableRandom(k * 31L + d).ints(k, 0, n).toArray();
                    final double[] c = new double[k * d];
                    for (int s = 0; s < k; s++) {
                        System.arraycopy(x, rows[s] * d, c, s * d, d);
                    }
                    final double[] ct = interleaved(x, d, rows);
                    final double[] cd = new double[k * k];
                    final int[] order = new int[k * (k - 1)];
                    FastKMeans.centreTable(c, k, d, cd, order);
                    final double[] all = new double[k];
                    final double[] got = new double[3];
                    final double[] want = new double[3];
                    for (int i = 0; i < n; i++) {
                        FastKMeans.distances(x, i * d, ct, k, d, all);
                        FastKMeans.nearestTwo(all, got);
                        if (got[1] == got[2]) {
                            ties++;
                        }
                        for (int a = 0; a < k; a++) {
                            final double sqa = FastKMeans.sq(x, i * d, c, a * d, d);
                            FastKMeans.nearestFrom(x, i * d, c, d, k, cd, order, a, sqa, want);
                            assertArrayEquals(want, got, 0.0, "row " + i + " start " + a);
                        }
                        final double[][] row = {Arrays.copyOfRange(x, i * d, i * d + d)};
                        assertEquals(NearestCentre.assign(row, rowsOf(c, k, d), Distance.EUCLIDEAN).labels[0],
                            (int) got[0], "the model's rule, row " + i);
                    }
                }
            }
        }
        assertTrue(ties > 100, "tied rows seen: " + ties);
    }

    private static double[][] rowsOf(final double[] c, final int k, final int d) {
        final double[][] out = new double[k][];
        for (int s = 0; s < k; s++) {
            out[s] = Arrays.copyOfRange(c, s * d, s * d + d);
        }
        return out;
    }

    /** The seeding equals a plain greedy k-means++ (every distance computed, one draw at a time), bit for bit. */
    @Test
    void seedingEqualsAPlainGreedyPlusPlus() throws Exception {
        int cases = 0;
        for (final int d : new int[] {1, 3, 17}) {
            final int n = 400;
            for (final double[] x : datasets(n, d, 100 + d)) {
                for (final int kMax : new int[] {2, 4, 7, 8, 12, 21}) {
                    if (kMax > distinctRows(x, n, d)) {
                        continue; // the seeding needs at least k distinct rows
                    }
                    for (long seed = 1; seed <= 3; seed++) {
                        final int[] near = new int[n];
                        final double[] closest = new double[n];
                        final double[] second = new double[n];
                        final int[][] nearAt = new int[kMax + 1][];
                        final double[][] closestAt = new double[kMax + 1][];
                        final double[][] secondAt = new double[kMax + 1][];
                        final double[] c = FastKMeans.seeding(x, n, d, kMax, seed, near, closest, second, null,
                            (m, cs, nr, cl, sc) -> {
                                nearAt[m] = nr.clone();
                                closestAt[m] = cl.clone();
                                secondAt[m] = sc.clone();
                            }, ProgressListener.NONE);
                        nearAt[kMax] = near;
                        closestAt[kMax] = closest;
                        secondAt[kMax] = second;
                        final int[][] refNear = new int[kMax + 1][];
                        final double[] ref = plainGreedy(x, n, d, kMax, seed, refNear);
                        final String what = "d=" + d + " k=" + kMax + " seed " + seed;
                        assertArrayEquals(ref, c, 0.0, what);
                        for (int m = 2; m <= kMax; m++) {
                            assertArrayEquals(refNear[m], nearAt[m], what + " m=" + m);
                            assertSeededStart(x, n, d, c, m, nearAt[m], closestAt[m], secondAt[m], what + " m=" + m);
                        }
                        cases++;
                    }
                }
            }
        }
        assertTrue(cases >= 120, "cases " + cases);
    }

/**
     * The seeding's state for its first m centres is what the first assignment of a run would compute: per row the
     * nearest centre (ties to the lower index) and the nearest two squared distances, the same doubles as comparing
     * the row with every centre ({@link FastKMeans#distances}, {@link FastKMeans#nearestTwo}).
     */
    private static void assertSeededStart(final double[] x, final int n, final int d, final double[] c, final int m,
        final int[] near, final double[] closest, final double[] second, final String what) {
        final double[] ct = new double[m * d];
        for (int t = 0; t < m; t++) {
            for (int j = 0; j < d; j++) {
                ct[j * m + t] = c[t * d + j];
            }
        }
        final double[] dist = new double[m];
        final double[] two = new double[3];
        for (int i = 0; i < n; i++) {
            FastKMeans.distances(x, i * d, ct, m, d, dist);
            FastKMeans.nearestTwo(dist, two);
            assertEquals((int) two[0], near[i], what + " row " + i);
            assertEquals(two[1], closest[i], 0.0, what + " row " + i);
            assertEquals(two[2], second[i], 0.0, what + " row " + i);
        }
    }

        private static int distinctRows(final double[] x, final int n, final int d) {
        final Set<List<Double>> rows = new HashSet<>();
        for (int i = 0; i < n; i++) {
            final List<Double> row = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                row.add(x[i * d + j]);
            }
            rows.add(row);
        }
        return rows.size();
    }

    /**
     * Greedy k-means++ written plainly: for each candidate, every row's distance, the potential summed in row order,
     * the smallest potential kept (ties to the earlier candidate); draws one at a time from the running sum of the
     * positive distances. {@code nearAt[m]} receives each row's nearest of the first m centres (ties to the lower
     * index).
     */
    private static double[] plainGreedy(final double[] x, final int n, final int d, final int k, final long seed,
        final int[][] nearAt) {
        final int trials = 2 + (int) Math.floor(Math.log(k));
        final SplittableRandom rnd = new SplittableRandom(seed);
        final double[] c = new double[k * d];
        System.arraycopy(x, rnd.nextInt(n) * d, c, 0, d);
        final double[] closest = new double[n];
        final int[] near = new int[n];
        double potential = 0;
        for (int i = 0; i < n; i++) {
            closest[i] = dist(x, i, c, 0, d);
            potential += closest[i];
        }
        for (int s = 1; s < k; s++) {
            final int[] cand = new int[trials];
            for (int t = 0; t < trials; t++) {
                final double target = rnd.nextDouble() * potential;
                double acc = 0;
                int pick = -1;
                int last = -1;
                for (int i = 0; i < n && pick < 0; i++) {
                    if (closest[i] > 0) {
                        acc += closest[i];
                        last = i;
                        if (acc > target) {
                            pick = i;
                        }
                    }
                }
                cand[t] = pick >= 0 ? pick : last;
            }
            int best = -1;
            double bestPot = 0;
            double[] bestD = null;
            for (int t = 0; t < trials; t++) {
                final double[] dt = new double[n];
                double pot = 0;
                for (int i = 0; i < n; i++) {
                    dt[i] = Math.min(closest[i], dist(x, i, x, cand[t] * d, d));
                    pot += dt[i];
                }
                if (best < 0 || pot < bestPot) {
                    best = t;
                    bestPot = pot;
                    bestD = dt;
                }
            }
            System.arraycopy(x, cand[best] * d, c, s * d, d);
            potential = 0;
            for (int i = 0; i < n; i++) {
                if (bestD[i] < closest[i]) {
                    closest[i] = bestD[i];
                    near[i] = s;
                }
                potential += closest[i];
            }
            nearAt[s + 1] = near.clone();
        }
        return c;
    }

    private static double dist(final double[] x, final int i, final double[] c, final int co, final int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            final double e = x[i * d + j] - c[co + j];
            s += e * e;
        }
        return s;
    }
}
