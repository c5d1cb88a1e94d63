package org.custseg.engine.segment;

import java.util.SplittableRandom;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.config.KMeansInit;

/**
 * The engine's own k-means (Euclidean) over a contiguous row-major matrix {@code x[i * d + j]}; one run from one seed.
 *
 * <h2>Seeding</h2>
 * {@link KMeansInit#KMEANS_PLUS_PLUS} is <em>greedy</em> k-means++: the first centre is a uniformly random row; for
 * every further centre {@code 2 + floor(ln k)} candidate rows are drawn with probability proportional to their squared
 * distance to the nearest centre chosen so far, and the candidate that leaves the smallest total squared distance is
 * kept (ties to the earlier candidate). All candidates of a step are evaluated in one pass over the rows, a row's
 * distances to all of them side by side in one pass over its values (each summed in column order, so the same doubles
 * as one distance at a time). The seeding keeps,
 * per row, its nearest centre and its squared distances to the nearest two (the same doubles and tie rule as comparing
 * the row with every chosen centre), so a run's first assignment after greedy seeding measures nothing; every k of a
 * search that shares the seeding starts from its state when its centres are chosen. Other starts: the first
 * assignment measures each row's distances to all centres side by side (up to 16 centres; beyond, the pruned search
 * of the iterations below), with the same result. {@link KMeansInit#RANDOM} takes k distinct random rows,
 * {@link KMeansInit#FARTHEST_FIRST} a random first row and then, each time, the row farthest from the chosen centres
 * (ties to the lower row index). Canopy seeding exists only in the Weka engine.
 *
 * <h2>Iterations</h2>
 * Lloyd's algorithm with Hamerly's bounds: per row an upper bound on the distance to its centre and a lower bound on
 * the distance to every other centre; a row is examined only when the bounds cannot prove that its centre is still
 * the nearest. The bounds are stored relative to each centre's cumulative movement (widened far above the rounding of
 * those sums), so testing a row only reads them; the rows that fail are examined in row order. A row that is examined
 * measures the other centres in order of their distance from its own centre and
 * stops once the triangle inequality proves the remaining ones farther than the second nearest found (with a 1e-9
 * margin), which yields the same nearest centre and the same two distances as comparing every centre. The bounds only
 * skip work, they never change which centre is chosen (comparisons that are tied or closer than rounding are settled
 * by the exact pass below). Iterations stop when no label changes (or after
 * {@code maxIterations}); a screening run ({@link #screen}, used to compare restarts on large tables) also stops when
 * the centres' movement falls to a tolerance and skips the refinement and result steps below. A centre that loses all its rows is moved to the row farthest (by its upper bound) from its
 * own centre among the rows of segments with more than one row, which then joins it.
 *
 * <h2>Refinement</h2>
 * A converged Lloyd run is refined with Hartigan's single-row moves (a row changes segment when that lowers the sum
 * of squared distances, counting the shift of both means); after any move Lloyd iterations resume. This escapes many
 * of the poor local optima Lloyd stops in and never raises the objective. Its sweeps skip the rows whose distance
 * bounds (set by the exact pass, widened by how far the moves have shifted the centres) prove that no move can
 * lower the objective; only the work changes, not the moves.
 *
 * <h2>Result</h2>
 * After convergence the centres are recomputed exactly as the means of their rows (summed in row order) and every
 * row is assigned to its nearest centre with the model's rule ({@link NearestCentre}: squared distances, ties to the
 * lower index). If that changes any label (possible only through rounding of the running sums) the iterations
 * resume, so a converged result is a fixed point: each row is nearest its own centre and each centre is the mean of
 * its rows. The result depends only on the data, k, the seed and the settings, never on threads or timing.
 */
final class FastKMeans {

    /** Label changes between cancellation checks are not counted; checks happen once per iteration. */
    private FastKMeans() {
    }

    /**
     * One run's outcome.
     *
     * @param centers {@code k * d} centres, row-major
     * @param labels per row its centre (nearest, ties to the lower index)
     * @param objective sum of squared distances of the rows to their centres, in row order
     * @param iterations Lloyd iterations done
     * @param converged whether the last iteration changed no label
     */
    record Run(double[] centers, int[] labels, double objective, int iterations, boolean converged) {
    }

    /**
     * @param x row-major rows, {@code n * d} finite values
     * @param n rows
     * @param d columns
     * @param k centres, {@code 2 <= k <= } number of distinct rows
     * @param init seeding ({@link KMeansInit#CANOPY} is not supported)
     * @param maxIterations maximum Lloyd iterations, at least 1
     * @param seed the run's seed
     * @param cancel checked once per iteration
     * @return the run
     * @throws CanceledException if canceled
     */
    static Run run(final double[] x, final int n, final int d, final int k, final KMeansInit init,
        final int maxIterations, final long seed, final ProgressListener cancel) throws CanceledException {
        final int[] labels = new int[n]; // greedy seeding leaves each row's nearest centre here (a start for Lloyd)
        if (init == KMeansInit.KMEANS_PLUS_PLUS) {
            final double[] up = new double[n];
            final double[] lo = new double[n];
            final double[] c = seeding(x, n, d, k, seed, labels, up, lo, null, null, cancel);
            return runFrom(x, n, d, k, c, labels, up, lo, true, maxIterations, cancel);
        }
        final double[] c = seed(x, n, d, k, init, seed, labels, cancel);
        return runFrom(x, n, d, k, c, labels, maxIterations, cancel);
    }

    /**
     * Receives the state of a greedy seeding each time it has chosen the first m centres ({@link #seeding}).
     */
    @FunctionalInterface
    interface Prefix {
        /**
         * @param m centres chosen so far
         * @param centres the seeding's centres; the first {@code m * d} values are chosen (read only)
         * @param near per row its nearest of the m centres (ties to the lower index)
         * @param closest per row its squared distance to that centre
         * @param second per row its second smallest squared distance to one of the m centres (equal to
         *     {@code closest} on a tie): with {@code near} and {@code closest}, exactly what comparing the row with
         *     every one of the m centres gives ({@link #nearestTwo})
         * @throws CanceledException if canceled
         */
        void at(int m, double[] centres, int[] near, double[] closest, double[] second) throws CanceledException;
    }

    /**
     * The greedy k-means++ centres of {@link #run} with {@link KMeansInit#KMEANS_PLUS_PLUS} for {@code kMax}. Each step
     * depends only on the steps before it and the seed, so the first {@code k} centres are exactly the seeding of
     * {@code run} for k, for every {@code k <= kMax} with {@code candidates(k) == candidates(kMax)}: runs of several
     * k from one seed can share one seeding ({@link #runFrom}).
     *
     * @param near receives per row its nearest centre among the kMax (ties to the lower index)
     * @param closest receives per row its squared distance to that centre
     * @param second receives per row its second smallest squared distance to one of the kMax centres (see
     *     {@link Prefix}): {@code near}, {@code closest} and {@code second} are a seeded start for {@link #runFrom}
     * @param trial null, or {@link #candidates candidates(kMax)} arrays of n doubles for the seeding's work (any
     *     contents; overwritten), so a caller can reuse them
     * @param prefixes null, or told after each step that leaves {@code 2 <= m < kMax} centres
     */
    static double[] seeding(final double[] x, final int n, final int d, final int kMax, final long seed,
        final int[] near, final double[] closest, final double[] second, final double[][] trial,
        final Prefix prefixes, final ProgressListener cancel) throws CanceledException {
        return greedyPlusPlus(x, n, d, kMax, candidates(kMax), new SplittableRandom(seed), near, closest, second,
            trial, prefixes, cancel);
    }

    /**
     * A run from given centres instead of a seeding (e.g. the best run on a sample of the rows), with the same
     * iterations, refinement and result rules as {@link #run}.
     *
     * @param x row-major rows, {@code n * d} finite values
     * @param n rows
     * @param d columns
     * @param k centres
     * @param centers {@code k * d} starting centres, row-major (copied)
     * @param maxIterations maximum Lloyd iterations, at least 1
     * @param cancel checked once per iteration
     * @return the run
     * @throws CanceledException if canceled
     */
    static Run runFrom(final double[] x, final int n, final int d, final int k, final double[] centers,
        final int maxIterations, final ProgressListener cancel) throws CanceledException {
        return runFrom(x, n, d, k, centers.clone(), new int[n], maxIterations, cancel);
    }

    /**
     * {@link #runFrom(double[], int, int, int, double[], int[], int, ProgressListener)}, or with
     * {@code seeded}, from the state a greedy seeding left ({@link #seeding}): then {@code labels} holds each row's
     * nearest centre, {@code up} and {@code lo} its squared distances to the nearest two, and the first assignment
     * measures nothing. The run is the same either way; the three arrays become the run's own.
     */
    static Run runFrom(final double[] x, final int n, final int d, final int k, final double[] c, final int[] labels,
        final double[] up, final double[] lo, final boolean seeded, final int maxIterations,
        final ProgressListener cancel) throws CanceledException {
        final double[] half = new double[k];
        int iterations = 0;
        boolean converged = false;
        for (int round = 0; round < 20 && iterations < maxIterations; round++) {
            final int[] done = lloyd(new Lloyd(x, d, k, c, labels, up, lo, half), seeded && round == 0,
                maxIterations - iterations, 0, cancel);
            iterations += done[0];
            converged = done[1] == 1;
            final double[] before = c.clone();
            exactMeans(x, n, d, k, labels, c);
            if (exactRelabel(x, d, k, c, labels, up, lo, shifts(before, c, k, d, half))) {
                if (!converged) {
                    break;
                }
                continue; // rounding of the running sums moved a row: iterate again from the exact state
            }
            final boolean hmoved = converged && hartigan(x, n, d, k, c, labels, up, lo, cancel);
            if (!hmoved) {
                break;
            }
            // single-row moves lowered the objective: Lloyd again from the new centres
            exactMeans(x, n, d, k, labels, c);
        }
        return new Run(c, labels, objective(x, n, d, c, labels), iterations, converged);
    }

    /**
     * A screening run for comparing restarts: greedy or other seeding as in {@link #run}, then Lloyd iterations only
     * until no label changes or the centres together move by at most {@code tol} (sum over the centres of the squared
     * distance each moved in the last iteration), with no exact pass and no refinement. The objective is that of the
     * labels against the centres where the run stopped. The winner of a comparison is continued with
     * {@link #runFrom(double[], int, int, int, double[], int, ProgressListener)} to an exact fixed point.
     *
     * @param c {@code k * d} starting centres (overwritten with the centres where the run stopped)
     * @param labels per row a centre to measure first (any; overwritten)
     * @param tol the tolerance on the squared centre movement, at least 0 (0: until no label changes)
     */
    static Run screen(final double[] x, final int n, final int d, final int k, final double[] c, final int[] labels,
        final int maxIterations, final double tol, final ProgressListener cancel) throws CanceledException {
        return screen(x, n, d, k, c, labels, new double[n], new double[n], false, maxIterations, tol, cancel);
    }

    /** {@link #screen}, with {@code seeded} from the state a greedy seeding left (see {@link #runFrom}). */
    static Run screen(final double[] x, final int n, final int d, final int k, final double[] c, final int[] labels,
        final double[] up, final double[] lo, final boolean seeded, final int maxIterations, final double tol,
        final ProgressListener cancel) throws CanceledException {
        final int[] done = lloyd(new Lloyd(x, d, k, c, labels, up, lo, new double[k]), seeded, maxIterations, tol,
            cancel);
        return new Run(c, labels, objective(x, n, d, c, labels), done[0], done[1] == 1);
    }

    /** @return the sum over the rows (in row order) of the squared distance to their centre */
    private static double objective(final double[] x, final int n, final int d, final double[] c,
        final int[] labels) {
        double objective = 0;
        for (int i = 0; i < n; i++) {
            objective += sq(x, i * d, c, labels[i] * d, d);
        }
        return objective;
    }

    /** The seeding of {@link #run}: {@code k * d} centres; {@code labels} receives per row a centre to measure first. */
    static double[] seed(final double[] x, final int n, final int d, final int k, final KMeansInit init,
        final long seed, final int[] labels, final ProgressListener cancel) throws CanceledException {
        final SplittableRandom rnd = new SplittableRandom(seed);
        return switch (init) {
            case KMEANS_PLUS_PLUS -> greedyPlusPlus(x, n, d, k, candidates(k), rnd, labels, new double[n],
                new double[n], null, null, cancel);
            case RANDOM -> randomRows(x, n, d, k, rnd);
            case FARTHEST_FIRST -> farthestFirst(x, n, d, k, rnd);
            case CANOPY -> throw new IllegalArgumentException("Canopy seeding is only available in the Weka engine.");
        };
    }

    /**
     * Lloyd iterations, refinement and result of {@link #run} from given centres.
     *
     * @param c {@code k * d} starting centres (overwritten)
     * @param labels per row a centre to measure first (any; overwritten with the result's labels)
     */
    static Run runFrom(final double[] x, final int n, final int d, final int k, final double[] c, final int[] labels,
        final int maxIterations, final ProgressListener cancel) throws CanceledException {
        return runFrom(x, n, d, k, c, labels, new double[n], new double[n], false, maxIterations, cancel);
    }

    // ---------------------------------------------------------------- seeding

    static int candidates(final int k) {
        return 2 + (int) Math.floor(Math.log(k));
    }

    /**
     * @param trials candidates per step ({@link #candidates} of the k asked for)
     * @param near receives per row its nearest chosen centre (ties to the lower index)
     * @param closest receives per row its squared distance to that centre
     * @param second receives per row its second smallest squared distance to a chosen centre (see {@link Prefix})
     * @param work null, or {@code trials} arrays of n doubles to work in (overwritten)
     * @param prefixes null, or told the state after each step that leaves {@code m < k} centres
     */
    private static double[] greedyPlusPlus(final double[] x, final int n, final int d, final int k, final int trials,
        final SplittableRandom rnd, final int[] near, final double[] closest, final double[] second,
        final double[][] work, final Prefix prefixes, final ProgressListener cancel) throws CanceledException {
        final double[] c = new double[k * d];
        final int first = rnd.nextInt(n);
        System.arraycopy(x, first * d, c, 0, d);
        java.util.Arrays.fill(near, 0);
        java.util.Arrays.fill(second, Double.POSITIVE_INFINITY);
        double potential = 0;
        for (int i = 0; i < n; i++) {
            closest[i] = sq(x, i * d, c, 0, d);
            potential += closest[i];
        }
        final int[] cand = new int[trials];
        final double[] pot = new double[trials];
        final double[][] trial = work != null ? work : new double[trials][n];
        final double[] ct = new double[trials * d];
        for (int s = 1; s < k; s++) {
            cancel.checkCanceled();
            sampleAll(closest, potential, rnd, cand);
            interleave(x, cand, trials, d, ct);
            trialPotentials(x, d, closest, ct, pot, trial);
            int best = 0;
            for (int t = 1; t < trials; t++) {
                if (pot[t] < pot[best]) {
                    best = t;
                }
            }
            System.arraycopy(x, cand[best] * d, c, s * d, d);
            potential = keepCandidate(closest, second, near, trial[best], s);
            if (prefixes != null && s + 1 < k) {
                prefixes.at(s + 1, c, near, closest, second);
            }
        }
        return c;
    }

    /**
     * For every candidate {@code t}, {@code trial[t][i] = |x_i - cand_t|^2} and {@code pot[t]} the sum in row order
     * of {@code min(closest[i], trial[t][i])}. Every row is read once for all candidates ({@code ct}: the candidates
     * interleaved, see {@link #distances}).
     */
    private static void trialPotentials(final double[] x, final int d, final double[] closest, final double[] ct,
        final double[] pot, final double[][] trial) {
        final int trials = pot.length;
        if (trials == 4) {
            trialPotentials4(x, d, closest, ct, pot, trial);
            return;
        }
        if (trials == 3) {
            trialPotentials3(x, d, closest, ct, pot, trial);
            return;
        }
        final double[] dd = new double[trials];
        java.util.Arrays.fill(pot, 0);
        for (int i = 0; i < closest.length; i++) {
            final double cl = closest[i];
            distances(x, i * d, ct, trials, d, dd);
            for (int t = 0; t < trials; t++) {
                trial[t][i] = dd[t];
                pot[t] += Math.min(cl, dd[t]);
            }
        }
    }

    /** {@link #trialPotentials} for three candidates, the sums in registers. */
    private static void trialPotentials3(final double[] x, final int d, final double[] closest,
        final double[] ct, final double[] pot, final double[][] trial) {
        final double[] tr0 = trial[0];
        final double[] tr1 = trial[1];
        final double[] tr2 = trial[2];
        double p0 = 0;
        double p1 = 0;
        double p2 = 0;
        for (int i = 0; i < closest.length; i++) {
            final double cl = closest[i];
            final int io = i * d;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            for (int j = 0, o = 0; j < d; j++, o += 3) {
                final double v = x[io + j];
                final double e0 = v - ct[o];
                final double e1 = v - ct[o + 1];
                final double e2 = v - ct[o + 2];
                s0 += e0 * e0;
                s1 += e1 * e1;
                s2 += e2 * e2;
            }
            final double v0 = Math.min(cl, s0);
            final double v1 = Math.min(cl, s1);
            final double v2 = Math.min(cl, s2);
            tr0[i] = s0;
            tr1[i] = s1;
            tr2[i] = s2;
            p0 += v0;
            p1 += v1;
            p2 += v2;
        }
        pot[0] = p0;
        pot[1] = p1;
        pot[2] = p2;
    }

    /** {@link #trialPotentials} for four candidates, the sums in registers. */
    private static void trialPotentials4(final double[] x, final int d, final double[] closest,
        final double[] ct, final double[] pot, final double[][] trial) {
        final double[] tr0 = trial[0];
        final double[] tr1 = trial[1];
        final double[] tr2 = trial[2];
        final double[] tr3 = trial[3];
        double p0 = 0;
        double p1 = 0;
        double p2 = 0;
        double p3 = 0;
        for (int i = 0; i < closest.length; i++) {
            final double cl = closest[i];
            final int io = i * d;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int j = 0, o = 0; j < d; j++, o += 4) {
                final double v = x[io + j];
                final double e0 = v - ct[o];
                final double e1 = v - ct[o + 1];
                final double e2 = v - ct[o + 2];
                final double e3 = v - ct[o + 3];
                s0 += e0 * e0;
                s1 += e1 * e1;
                s2 += e2 * e2;
                s3 += e3 * e3;
            }
            final double v0 = Math.min(cl, s0);
            final double v1 = Math.min(cl, s1);
            final double v2 = Math.min(cl, s2);
            final double v3 = Math.min(cl, s3);
            tr0[i] = s0;
            tr1[i] = s1;
            tr2[i] = s2;
            tr3[i] = s3;
            p0 += v0;
            p1 += v1;
            p2 += v2;
            p3 += v3;
        }
        pot[0] = p0;
        pot[1] = p1;
        pot[2] = p2;
        pot[3] = p3;
    }

    /**
     * {@code out[t]} = the squared distance of row {@code x[io..io+d)} to centre t of {@code ct}, which holds m centres
     * interleaved ({@code ct[j * m + t]}), for {@code t < m}. Each value is summed in column order like {@link #sq}, so
     * it is the same double; the m sums run side by side in one pass over the row.
     */
    static void distances(final double[] x, final int io, final double[] ct, final int m, final int d,
        final double[] out) {
        int t = 0;
        for (; t + 8 <= m; t += 8) {
            distances8(x, io, ct, t, m, d, out);
        }
        for (; t + 4 <= m; t += 4) {
            distances4(x, io, ct, t, m, d, out);
        }
        if (m - t == 3) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            for (int j = 0, o = t; j < d; j++, o += m) {
                final double v = x[io + j];
                final double e0 = v - ct[o];
                final double e1 = v - ct[o + 1];
                final double e2 = v - ct[o + 2];
                s0 += e0 * e0;
                s1 += e1 * e1;
                s2 += e2 * e2;
            }
            out[t] = s0;
            out[t + 1] = s1;
            out[t + 2] = s2;
        } else if (m - t == 2) {
            double s0 = 0;
            double s1 = 0;
            for (int j = 0, o = t; j < d; j++, o += m) {
                final double v = x[io + j];
                final double e0 = v - ct[o];
                final double e1 = v - ct[o + 1];
                s0 += e0 * e0;
                s1 += e1 * e1;
            }
            out[t] = s0;
            out[t + 1] = s1;
        } else if (m - t == 1) {
            double s0 = 0;
            for (int j = 0, o = t; j < d; j++, o += m) {
                final double e0 = x[io + j] - ct[o];
                s0 += e0 * e0;
            }
            out[t] = s0;
        }
    }

    /** {@link #distances} for the four centres {@code t..t+3}. */
    private static void distances4(final double[] x, final int io, final double[] ct, final int t, final int m,
        final int d, final double[] out) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int j = 0, o = t; j < d; j++, o += m) {
            final double v = x[io + j];
            final double e0 = v - ct[o];
            final double e1 = v - ct[o + 1];
            final double e2 = v - ct[o + 2];
            final double e3 = v - ct[o + 3];
            s0 += e0 * e0;
            s1 += e1 * e1;
            s2 += e2 * e2;
            s3 += e3 * e3;
        }
        out[t] = s0;
        out[t + 1] = s1;
        out[t + 2] = s2;
        out[t + 3] = s3;
    }

    /**
     * {@link #distances} for the eight centres {@code t..t+7}: eight sums side by side, twice the independent additions
     * of four (measured 0.6-0.7x the time of two passes of four at 17 columns); each sum is the same double.
     */
    private static void distances8(final double[] x, final int io, final double[] ct, final int t, final int m,
        final int d, final double[] out) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        for (int j = 0, o = t; j < d; j++, o += m) {
            final double v = x[io + j];
            final double e0 = v - ct[o];
            final double e1 = v - ct[o + 1];
            final double e2 = v - ct[o + 2];
            final double e3 = v - ct[o + 3];
            final double e4 = v - ct[o + 4];
            final double e5 = v - ct[o + 5];
            final double e6 = v - ct[o + 6];
            final double e7 = v - ct[o + 7];
            s0 += e0 * e0;
            s1 += e1 * e1;
            s2 += e2 * e2;
            s3 += e3 * e3;
            s4 += e4 * e4;
            s5 += e5 * e5;
            s6 += e6 * e6;
            s7 += e7 * e7;
        }
        out[t] = s0;
        out[t + 1] = s1;
        out[t + 2] = s2;
        out[t + 3] = s3;
        out[t + 4] = s4;
        out[t + 5] = s5;
        out[t + 6] = s6;
        out[t + 7] = s7;
    }

    /** Up to this many centres, the first assignment measures every centre at once ({@link #distances}). */
    private static final int ALL_CENTRES = 16;

    private static int[] identity(final int m) {
        final int[] r = new int[m];
        for (int t = 0; t < m; t++) {
            r[t] = t;
        }
        return r;
    }

    /**
     * Leaves in {@code out[0..2]} the index of the smallest of {@code v} (ties to the lower index), the smallest and
     * the second smallest value (equal to the smallest on a tie): what {@link #nearestFrom} yields for these distances.
     */
    static void nearestTwo(final double[] v, final double[] out) {
        int best = 0;
        double b1 = v[0];
        double b2 = Double.POSITIVE_INFINITY;
        for (int s = 1; s < v.length; s++) {
            final double w = v[s];
            if (w < b1) {
                b2 = b1;
                b1 = w;
                best = s;
            } else if (w < b2) {
                b2 = w;
            }
        }
        out[0] = best;
        out[1] = b1;
        out[2] = b2;
    }

    /** {@code ct[j * m + t] = src[rows[t] * d + j]}: m rows of {@code src} interleaved for {@link #distances}. */
    private static void interleave(final double[] src, final int[] rows, final int m, final int d, final double[] ct) {
        for (int t = 0; t < m; t++) {
            for (int j = 0; j < d; j++) {
                ct[j * m + t] = src[rows[t] * d + j];
            }
        }
    }

    /**
     * Makes the chosen candidate centre {@code s}, given its squared distances to the rows ({@code trial}): updates
     * each row's nearest two as {@link #nearestTwo} does when it reaches centre s; returns the new total of
     * {@code closest} (row order), the candidate's {@link #trialPotentials} value.
     */
    private static double keepCandidate(final double[] closest, final double[] second, final int[] near,
        final double[] trial, final int s) {
        double potential = 0;
        for (int i = 0; i < closest.length; i++) {
            final double cl = closest[i];
            final double w = trial[i];
            if (w < cl) {
                second[i] = cl;
                closest[i] = w;
                near[i] = s;
                potential += w;
            } else {
                if (w < second[i]) {
                    second[i] = w;
                }
                potential += cl;
            }
        }
        return potential;
    }

    /**
     * Fills {@code out} with rows drawn one after another by {@link #sample}, with the same random numbers and the
     * same rows: the draws share one pass over the running sum (which is the same for every draw), each taking the
     * first row at which the sum exceeds its target.
     */
    private static void sampleAll(final double[] w, final double total, final SplittableRandom rnd, final int[] out) {
        final int m = out.length;
        if (!(total > 0)) {
            for (int t = 0; t < m; t++) {
                out[t] = sample(w, total, rnd); // no positive weight: sample's fallback draws from rnd in between
            }
            return;
        }
        final double[] target = new double[m];
        final Integer[] byTarget = new Integer[m];
        for (int t = 0; t < m; t++) {
            target[t] = rnd.nextDouble() * total;
            byTarget[t] = t;
        }
        java.util.Arrays.sort(byTarget, (p, q) -> Double.compare(target[p], target[q]));
        int next = 0;
        double acc = 0;
        int last = -1;
        for (int i = 0; i < w.length && next < m; i++) {
            if (w[i] > 0) {
                acc += w[i];
                last = i;
                while (next < m && acc > target[byTarget[next]]) {
                    out[byTarget[next++]] = i;
                }
            }
        }
        // rounding: the running sum fell short of the largest targets; they take the last positive-weight row
        while (next < m) {
            out[byTarget[next++]] = last;
        }
    }

    /** Draws a row with probability proportional to {@code w}; only rows with positive weight can be drawn. */
    private static int sample(final double[] w, final double total, final SplittableRandom rnd) {
        final double target = rnd.nextDouble() * total;
        double acc = 0;
        int last = -1;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                acc += w[i];
                last = i;
                if (acc > target) {
                    return i;
                }
            }
        }
        // rounding: the running sum fell short of the target; the last positive-weight row is drawn
        return last >= 0 ? last : rnd.nextInt(w.length);
    }

    private static double[] randomRows(final double[] x, final int n, final int d, final int k,
        final SplittableRandom rnd) {
        final double[] c = new double[k * d];
        int chosen = 0;
        // rejection of rows equal to a chosen centre; k <= distinct rows guarantees termination
        while (chosen < k) {
            final int r = rnd.nextInt(n);
            boolean dup = false;
            for (int s = 0; s < chosen && !dup; s++) {
                dup = sq(x, r * d, c, s * d, d) == 0;
            }
            if (!dup) {
                System.arraycopy(x, r * d, c, chosen * d, d);
                chosen++;
            }
        }
        return c;
    }

    private static double[] farthestFirst(final double[] x, final int n, final int d, final int k,
        final SplittableRandom rnd) {
        final double[] c = new double[k * d];
        System.arraycopy(x, rnd.nextInt(n) * d, c, 0, d);
        final double[] closest = new double[n];
        for (int i = 0; i < n; i++) {
            closest[i] = sq(x, i * d, c, 0, d);
        }
        for (int s = 1; s < k; s++) {
            int far = 0;
            for (int i = 1; i < n; i++) {
                if (closest[i] > closest[far]) {
                    far = i;
                }
            }
            System.arraycopy(x, far * d, c, s * d, d);
            for (int i = 0; i < n; i++) {
                closest[i] = Math.min(closest[i], sq(x, i * d, c, s * d, d));
            }
        }
        return c;
    }

    // ---------------------------------------------------------------- Lloyd with Hamerly's bounds

    /**
     * Runs Lloyd iterations from the centres {@code c} (overwritten with the final centres); {@code labels} receives
     * the assignment. Afterwards the state's bounds and half gaps hold for the final centres.
     *
     * @param tol when positive, the iterations also stop after the iteration in which the centres together moved by
     *     at most this (sum of the squared movements), see {@link #screen}
     * @return {iterations done, 1 if converged (no label changed) else 0}
     */
    private static int[] lloyd(final Lloyd l, final boolean seeded, final int maxIterations, final double tol,
        final ProgressListener cancel) throws CanceledException {
        if (seeded) {
            l.startSeeded();
        } else {
            l.assignAll();
        }
        final double[] before = tol > 0 ? new double[l.c.length] : null;
        int it = 0;
        while (it < maxIterations) {
            cancel.checkCanceled();
            it++;
            if (before != null) {
                System.arraycopy(l.c, 0, before, 0, before.length);
            }
            l.moveCentres();
            if (l.reassign() == 0) {
                return new int[] {it, 1};
            }
            if (before != null && sq(before, 0, l.c, 0, before.length) <= tol) {
                l.finish();
                return new int[] {it, 0};
            }
        }
        l.finish(); // stopped without converging: the bounds made absolute for the exact pass
        return new int[] {it, 0};
    }

    /** State of one Lloyd run with Hamerly's bounds. */
    private static final class Lloyd {
        /**
         * Widening of the relative bounds: far above the rounding of the running sums of movements and of adding them
         * to a stored bound (a few units in the last place per operation, accumulated over the iterations), so the
         * bound test skips a row only when the same bounds, updated one iteration at a time, would let it be skipped.
         */
        private static final double GROW = 1 + 1e-11;
        /** Rows whose bounds failed that are examined together. */
        private static final int BATCH = 256;
        private final double[] x;
        private final int n;
        private final int d;
        private final int k;
        private final double[] c;
        private final int[] labels;
        private final double[] upper;
        private final double[] lower;
        private final double[] sums;
        private final int[] counts;
        private final double[] dist;
        private final double[] cd;
        private final int[] order;
        private final double[] half;
        private final double[] moved;
        private final double[] old;
        private double maxMove;
        private double secondMove;
        private int maxMover;
        /** Per centre: how far it has moved in all, and how far its rows' lower bounds have fallen in all. */
        private final double[] drift;
        private final double[] fall;
        /** {@code drift} and {@code fall} widened by {@link #GROW}, as the bound test adds and subtracts them. */
        private final double[] driftUp;
        private final double[] fallUp;
        /** Whether {@code upper} and {@code lower} are stored relative to {@code drift} and {@code fall}. */
        private boolean relative;
        /** Rows whose bounds failed, waiting for {@link #examineAll}, and their squared distances to their centres. */
        private final int[] failed;
        private final double[] failedSq;
        /** Up to {@link #ALL_CENTRES} centres: the centres interleaved for {@link FastKMeans#distances}. */
        private final double[] centresT;
        private final double[] rowDist;
        /** Keeps the reads of {@link #examineAll}'s first loop from being optimised away; never used. */
        private long touched;

        /**
         * @param upper, lower, half receive the bounds and half gaps (the caller's arrays, reused; the bounds are
         *     absolute after {@link #finish}, relative to the centres' movements in between; {@link #assignAll} writes
         *     absolute ones and must run before any movement)
         */
        Lloyd(final double[] x, final int d, final int k, final double[] c, final int[] labels, final double[] upper,
            final double[] lower, final double[] half) {
            this.x = x;
            this.n = labels.length;
            this.d = d;
            this.k = k;
            this.c = c;
            this.labels = labels;
            this.upper = upper;
            this.lower = lower;
            sums = new double[k * d];
            counts = new int[k];
            dist = new double[3];
            cd = new double[k * k];
            order = new int[k * (k - 1)];
            this.half = half;
            moved = new double[k];
            old = new double[k * d];
            drift = new double[k];
            fall = new double[k];
            driftUp = new double[k];
            fallUp = new double[k];
            failed = new int[BATCH];
            failedSq = new double[BATCH];
            centresT = new double[k <= ALL_CENTRES ? k * d : 0];
            rowDist = new double[k];
        }

        /** Up to {@link #ALL_CENTRES} centres: the current centres into {@code centresT}. @return whether done */
        private boolean interleaveCentres() {
            if (centresT.length == 0) {
                return false;
            }
            interleave(c, identity(k), k, d, centresT);
            return true;
        }

        /**
         * Full first assignment: labels, both bounds, sums and counts. Up to {@link #ALL_CENTRES} centres each row is
         * measured against all of them at once ({@link #distances}, {@link #nearestTwo}); beyond, the current labels
         * (after greedy seeding each row's nearest centre, else any) only say which centre to measure first. The result
         * does not depend on the labels nor on the way.
         */
        void assignAll() {
            centreTable();
            final boolean all = interleaveCentres();
            for (int i = 0; i < n; i++) {
                final int io = i * d;
                if (all) {
                    distances(x, io, centresT, k, d, rowDist);
                    nearestTwo(rowDist, dist);
                } else {
                    final int a = labels[i];
                    nearestFrom(io, a, sq(x, io, c, a * d, d));
                }
                final int best = (int) dist[0];
                labels[i] = best;
                upper[i] = Math.sqrt(dist[1]);
                lower[i] = Math.sqrt(dist[2]);
                counts[best]++;
                final int so = best * d;
                for (int j = 0; j < d; j++) {
                    sums[so + j] += x[io + j];
                }
            }
        }

        /**
         * The first assignment from a greedy seeding's state: the labels are each row's nearest centre, {@code upper}
         * and {@code lower} its squared distances to the nearest two (made distances here); sums and counts. The same
         * state as {@link #assignAll}, without measuring.
         */
        void startSeeded() {
            for (int i = 0; i < n; i++) {
                final int best = labels[i];
                upper[i] = Math.sqrt(upper[i]);
                lower[i] = Math.sqrt(lower[i]);
                counts[best]++;
                final int so = best * d;
                final int io = i * d;
                for (int j = 0; j < d; j++) {
                    sums[so + j] += x[io + j];
                }
            }
        }

        private void nearestFrom(final int io, final int a, final double sqa) {
            FastKMeans.nearestFrom(x, io, c, d, k, cd, order, a, sqa, dist);
        }

        /** Centres to their means (an empty segment takes the farthest movable row), movements, half gaps. */
        void moveCentres() {
            System.arraycopy(c, 0, old, 0, c.length);
            for (int s = 0; s < k; s++) {
                if (counts[s] > 0) {
                    final double inv = 1.0 / counts[s];
                    for (int j = 0; j < d; j++) {
                        c[s * d + j] = sums[s * d + j] * inv;
                    }
                }
            }
            for (int s = 0; s < k; s++) {
                if (counts[s] == 0) {
                    refill(s);
                }
            }
            maxMove = 0;
            secondMove = 0;
            maxMover = -1;
            for (int s = 0; s < k; s++) {
                moved[s] = Math.sqrt(sq(c, s * d, old, s * d, d));
                if (moved[s] > maxMove) {
                    secondMove = maxMove;
                    maxMove = moved[s];
                    maxMover = s;
                } else if (moved[s] > secondMove) {
                    secondMove = moved[s];
                }
            }
            for (int s = 0; s < k; s++) {
                drift[s] += moved[s];
                fall[s] += s == maxMover ? secondMove : maxMove;
                driftUp[s] = drift[s] * GROW;
                fallUp[s] = fall[s] * GROW;
            }
            relative = true;
            halfGaps();
        }

        private void refill(final int s) {
            final int far = farthestMovable();
            if (far < 0) {
                return;
            }
            System.arraycopy(x, far * d, c, s * d, d);
            final int from = labels[far];
            counts[from]--;
            counts[s]++;
            for (int j = 0; j < d; j++) {
                sums[from * d + j] -= x[far * d + j];
                sums[s * d + j] += x[far * d + j];
            }
            labels[far] = s;
            upper[far] = -drift[s]; // 0 and 0 (drift and fall still those before this iteration's moves)
            lower[far] = fall[s];
        }

        /**
         * @return the row farthest from its centre by its upper bound ({@code upper + drift}; ties to the lower index)
         *     among the rows of segments with more than one row, -1 if none
         */
        private int farthestMovable() {
            int far = -1;
            double farU = -1;
            for (int i = 0; i < n; i++) {
                final int a = labels[i];
                final double u = upper[i] + drift[a];
                if (counts[a] > 1 && u > farU) {
                    farU = u;
                    far = i;
                }
            }
            return far;
        }

        /** half[s] = half the distance from centre s to its nearest other centre; the centre table. */
        private void halfGaps() {
            centreTable();
            java.util.Arrays.fill(half, Double.POSITIVE_INFINITY);
            for (int s = 0; s < k; s++) {
                for (int t = s + 1; t < k; t++) {
                    final double v = 0.5 * cd[s * k + t];
                    half[s] = Math.min(half[s], v);
                    half[t] = Math.min(half[t], v);
                }
            }
        }

        private void centreTable() {
            FastKMeans.centreTable(c, k, d, cd, order);
        }

        /**
         * Reassigns the rows whose bounds cannot prove that their centre is still the nearest; returns the number of
         * label changes. Only those rows are written: the bounds are kept relative to each centre's cumulative
         * movement ({@code upper[i] + drift[a]}, {@code lower[i] - fall[a]}), widened by {@link #GROW} against the
         * rounding of the running sums, so a row skipped here is one whose centre is still its nearest. When no label
         * changed the bounds are made absolute again ({@link #finish}).
         */
        int reassign() {
            interleaveCentres();
            final int[] lab = labels;
            final double[] up = upper;
            final double[] lo = lower;
            final double[] du = driftUp;
            final double[] fu = fallUp;
            final double[] h = half;
            final int[] idx = failed;
            int changed = 0;
            int f = 0;
            for (int i = 0; i < n; i++) {
                final int a = lab[i];
                final double u = (up[i] + du[a]) * GROW;
                final double l = lo[i] - fu[a];
                final double ha = h[a];
                final double m = l > ha ? l : ha;
                if (u <= m) {
                    continue;
                }
                idx[f] = i;
                if (++f == BATCH) {
                    changed += examineAll(f);
                    f = 0;
                }
            }
            changed += examineAll(f);
            if (changed == 0) {
                finish();
            }
            return changed;
        }

        /**
         * Makes {@code upper} and {@code lower} absolute bounds (the caller's arrays: the exact pass and Hartigan's
         * sweeps read them). Done by {@link #reassign} when no label changed; a driver that stops otherwise (iteration
         * limit) must call it. Calling it again changes nothing.
         */
        void finish() {
            if (!relative) {
                return;
            }
            for (int i = 0; i < n; i++) {
                final int a = labels[i];
                upper[i] = (upper[i] + driftUp[a]) * GROW;
                lower[i] -= fallUp[a];
            }
            java.util.Arrays.fill(drift, 0);
            java.util.Arrays.fill(fall, 0);
            java.util.Arrays.fill(driftUp, 0);
            java.util.Arrays.fill(fallUp, 0);
            relative = false;
        }

        /**
         * Examines the first {@code f} rows of {@code failed}, in row order. Their distances to their centres are
         * measured first, in a loop without data-dependent branches, so the reads of the (scattered) rows overlap.
         *
         * @return the number of label changes
         */
        private int examineAll(final int f) {
            if (centresT.length > 0) {
                // few centres: a failed row is measured against all of them side by side (the same doubles, and the
                // same nearest two, as the pruned search from its own centre; cheaper when most must be measured)
                int changed = 0;
                for (int q = 0; q < f; q++) {
                    final int i = failed[q];
                    final int a = labels[i];
                    distances(x, i * d, centresT, k, d, rowDist);
                    nearestTwo(rowDist, dist);
                    if (settle(i, a, rowDist[a])) {
                        changed++;
                    }
                }
                return changed;
            }
            // one read per cache line of each row first: these reads do not depend on each other, so the memory
            // fetches overlap instead of stalling the distance loop row by row
            long t = 0;
            for (int q = 0; q < f; q++) {
                final int io = failed[q] * d;
                for (int j = 0; j < d; j += 8) {
                    t ^= Double.doubleToRawLongBits(x[io + j]);
                }
                t ^= Double.doubleToRawLongBits(x[io + d - 1]);
            }
            touched ^= t;
            final double[] sqs = failedSq;
            for (int q = 0; q < f; q++) {
                final int i = failed[q];
                sqs[q] = sq(x, i * d, c, labels[i] * d, d);
            }
            int changed = 0;
            for (int q = 0; q < f; q++) {
                final int i = failed[q];
                if (examine(i, labels[i], sqs[q])) {
                    changed++;
                }
            }
            return changed;
        }

        /**
         * The row's bounds failed: its nearest centre and both bounds from the exact distances (also when its own
         * centre turns out nearest, so that a tight lower bound keeps the row from failing again next iteration).
         *
         * @param sqa the row's squared distance to its centre a
         * @return whether it moved
         */
        private boolean examine(final int i, final int a, final double sqa) {
            nearestFrom(i * d, a, sqa);
            return settle(i, a, sqa);
        }

        /**
         * The failed row's new bounds and centre from the nearest two found ({@code dist}).
         *
         * @param sqa the row's squared distance to its centre a
         * @return whether it moved
         */
        private boolean settle(final int i, final int a, final double sqa) {
            final int io = i * d;
            upper[i] = Math.sqrt(sqa) - drift[a];
            int best = (int) dist[0];
            final double b1 = dist[1];
            if (best != a && sqa == b1) {
                best = a; // a tie keeps the current centre; the exact pass settles ties by index
            }
            final double l2 = Math.sqrt(dist[2]);
            if (best == a) {
                lower[i] = l2 + fall[a];
                return false;
            }
            upper[i] = Math.sqrt(b1) - drift[best];
            lower[i] = l2 + fall[best];
            labels[i] = best;
            counts[a]--;
            counts[best]++;
            final int ao = a * d;
            final int bo = best * d;
            for (int j = 0; j < d; j++) {
                final double v = x[io + j];
                sums[ao + j] -= v;
                sums[bo + j] += v;
            }
            return true;
        }
    }

    /**
     * Leaves in {@code dist[0..2]} (a scratch triple) the nearest centre's index (ties to the lower index), its squared
     * distance and the second smallest squared distance to a centre (equal to the first on a tie), exactly as
     * comparing the row with every centre would, given the squared distance {@code sqa} to centre {@code a} and the
     * centre table ({@link #centreTable}): the other centres are measured in order of their distance from centre a,
     * and the search stops when that distance minus the row's distance to a (a lower bound on the row's distance
     * to them, by the triangle inequality) exceeds the second smallest distance found, by a margin far above
     * rounding. Centres left out are therefore farther than the second smallest, so neither the nearest (ties to
     * the lower index) nor the two values can differ.
     */
    static void nearestFrom(final double[] x, final int io, final double[] c, final int d, final int k,
        final double[] cd, final int[] order, final int a, final double sqa, final double[] dist) {
        int best = a;
        double b1 = sqa;
        double b2 = Double.POSITIVE_INFINITY;
        final double r = Math.sqrt(sqa);
        final int ao = a * k;
        final int oo = a * (k - 1);
        for (int q = 0; q < k - 1; q++) {
            final int s = order[oo + q];
            final double gap = cd[ao + s];
            final double lb = (gap - r) - 1e-9 * (gap + r);
            if (lb > 0 && lb * lb > b2) {
                break; // this and every later centre: farther than b2
            }
            final double v = sq(x, io, c, s * d, d);
            if (v < b1 || v == b1 && s < best) {
                b2 = b1;
                b1 = v;
                best = s;
            } else if (v < b2) {
                b2 = v;
            }
        }
        dist[0] = best;
        dist[1] = b1;
        dist[2] = b2;
    }

    /** {@code cd}: the distances between the centres; {@code order}: per centre the others, nearest first. */
    static void centreTable(final double[] c, final int k, final int d, final double[] cd, final int[] order) {
        for (int s = 0; s < k; s++) {
            cd[s * k + s] = 0;
            for (int t = s + 1; t < k; t++) {
                final double v = Math.sqrt(sq(c, s * d, c, t * d, d));
                cd[s * k + t] = v;
                cd[t * k + s] = v;
            }
        }
        for (int a = 0; a < k; a++) {
            final int oo = a * (k - 1);
            int m = 0;
            for (int s = 0; s < k; s++) {
                if (s == a) {
                    continue;
                }
                // insertion by distance from centre a
                int p = m++;
                while (p > 0 && cd[a * k + order[oo + p - 1]] > cd[a * k + s]) {
                    order[oo + p] = order[oo + p - 1];
                    p--;
                }
                order[oo + p] = s;
            }
        }
    }

    /**
     * Hartigan's refinement of a Lloyd fixed point: a row moves from its segment a to segment b when that lowers the
     * objective, i.e. when {@code n_b/(n_b+1)·|x-c_b|^2 < n_a/(n_a-1)·|x-c_a|^2} (by more than rounding); the two
     * means are updated at once. Sweeps over the rows in order until none moves (at most 50 sweeps). Every move
     * strictly lowers the objective, and a result without moves is also a Lloyd fixed point.
     *
     * @return whether any row moved
     */
    private static boolean hartigan(final double[] x, final int n, final int d, final int k, final double[] c,
        final int[] labels, final double[] up, final double[] lo, final ProgressListener cancel)
        throws CanceledException {
        final HartiganBounds hb = new HartiganBounds(n, k, labels, up, lo);
        final double[] dist = new double[k];
        boolean any = false;
        for (int sweep = 0; sweep < 50; sweep++) {
            cancel.checkCanceled();
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                final int a = labels[i];
                if (hb.counts[a] <= 1 || hb.cannotMove(i, a)) {
                    continue;
                }
                final int io = i * d;
                for (int s = 0; s < k; s++) {
                    dist[s] = sq(x, io, c, s * d, d);
                }
                final int best = hartiganTarget(dist, a, hb.counts);
                if (best < 0) {
                    hb.reset(i, a, dist);
                    continue;
                }
                hb.reset(i, best, dist);
                hb.moved(a, best, dist);
                moveRow(x, io, d, c, a, best, hb.counts);
                labels[i] = best;
                moved = true;
            }
            if (!moved) {
                break;
            }
            any = true;
        }
        return any;
    }

    /**
     * @return the segment b that lowers the objective most when the row (squared distances {@code dist}) moves there
     *     from {@code a}, by more than rounding; -1 if none
     */
    private static int hartiganTarget(final double[] dist, final int a, final int[] counts) {
        final int na = counts[a];
        final double remove = dist[a] * na / (na - 1);
        int best = -1;
        double bestAdd = remove * (1 - 1e-9);
        for (int b = 0; b < dist.length; b++) {
            if (b == a) {
                continue;
            }
            final double add = dist[b] * counts[b] / (counts[b] + 1);
            if (add < bestAdd) {
                bestAdd = add;
                best = b;
            }
        }
        return best;
    }

    /** Moves row {@code io} from segment a to b, updating both means at once and the counts. */
    private static void moveRow(final double[] x, final int io, final int d, final double[] c, final int a,
        final int b, final int[] counts) {
        final int na = counts[a];
        final int nb = counts[b];
        final int ao = a * d;
        final int bo = b * d;
        for (int j = 0; j < d; j++) {
            final double v = x[io + j];
            c[ao + j] = (c[ao + j] * na - v) / (na - 1);
            c[bo + j] = (c[bo + j] * nb + v) / (nb + 1);
        }
        counts[a]--;
        counts[b]++;
    }

    /**
     * Bounds that let Hartigan's sweeps skip rows that cannot move: per row an upper bound on the distance to its
     * own centre and a lower bound on the distance to every other centre, stored relative to the centres' cumulative
     * movement (a move of row x from a to b shifts centre a by {@code |x-c_a|/(n_a-1)} and b by
     * {@code |x-c_b|/(n_b+1)}). A row can move only if {@code min_b n_b/(n_b+1) * lower^2 < n_a/(n_a-1) * upper^2};
     * the rows that pass are examined exactly, so the bounds change no result, only the work.
     */
    private static final class HartiganBounds {
        final int[] counts;
        private final double[] up;
        private final double[] lo;
        private final double[] drift;
        private double driftAll;
        private double minFactor;

        /** @param up, lo per row the (slightly widened) distances to its own and to the nearest other centre */
        HartiganBounds(final int n, final int k, final int[] labels, final double[] up, final double[] lo) {
            counts = new int[k];
            for (int i = 0; i < n; i++) {
                counts[labels[i]]++;
            }
            this.up = up;
            this.lo = lo;
            drift = new double[k];
            updateFactor();
        }

        private void updateFactor() {
            minFactor = 1;
            for (final int m : counts) {
                minFactor = Math.min(minFactor, m / (m + 1.0));
            }
        }

        boolean cannotMove(final int i, final int a) {
            final double u = up[i] + drift[a];
            final double l = lo[i] - driftAll;
            final int na = counts[a];
            return l > 0 && minFactor * l * l * (1 - 1e-12) > u * u * na / (na - 1);
        }

        /** The row now in segment {@code own}, with exact squared distances {@code dist} to the current centres. */
        void reset(final int i, final int own, final double[] dist) {
            double other = Double.POSITIVE_INFINITY;
            for (int s = 0; s < dist.length; s++) {
                if (s != own) {
                    other = Math.min(other, dist[s]);
                }
            }
            up[i] = Math.sqrt(dist[own]) * (1 + 1e-12) - drift[own];
            lo[i] = Math.sqrt(other) * (1 - 1e-12) + driftAll;
        }

        /** A row at squared distances {@code dist} moves from a to b (counts not yet changed). */
        void moved(final int a, final int b, final double[] dist) {
            final double ma = Math.sqrt(dist[a]) / (counts[a] - 1) * (1 + 1e-9);
            final double mb = Math.sqrt(dist[b]) / (counts[b] + 1) * (1 + 1e-9);
            drift[a] += ma;
            drift[b] += mb;
            driftAll += Math.max(ma, mb);
            counts[a]--;
            counts[b]++;
            updateFactor();
            counts[a]++;
            counts[b]--;
        }
    }

    /** Centres = means of their rows, summed in row order (a centre without rows stays where it is). */
    private static void exactMeans(final double[] x, final int n, final int d, final int k, final int[] labels,
        final double[] c) {
        final double[] sums = new double[k * d];
        final int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            final int so = labels[i] * d;
            final int io = i * d;
            counts[labels[i]]++;
            for (int j = 0; j < d; j++) {
                sums[so + j] += x[io + j];
            }
        }
        for (int s = 0; s < k; s++) {
            if (counts[s] > 0) {
                for (int j = 0; j < d; j++) {
                    c[s * d + j] = sums[s * d + j] / counts[s];
                }
            }
        }
    }

    /**
     * Assigns every row to its nearest centre with {@link NearestCentre}'s rule (squared distance, ties to the lower
     * index). A row whose Lloyd bounds, widened by how far the exact means moved the centres ({@code shift}, see
     * {@link #shifts}), prove its centre nearer than any other by a relative margin of 1e-9 keeps its label without
     * the computation (the exact rule cannot disagree); {@code up} and {@code lo} then hold bounds for Hartigan.
     *
     * @return whether any label changed
     */
    private static boolean exactRelabel(final double[] x, final int d, final int k, final double[] c,
        final int[] labels, final double[] up, final double[] lo, final double[] shift) {
        boolean changed = false;
        final double maxShift = shift[k];
        final double[] cd = new double[k * k];
        final int[] order = new int[k * (k - 1)];
        final double[] dist = new double[3];
        boolean table = false;
        for (int i = 0; i < labels.length; i++) {
            final int a = labels[i];
            final double u = up[i] + shift[a];
            final double l = Math.max(lo[i], 2 * shift[k + 1 + a] - up[i]) - maxShift;
            if (u < l * (1 - 1e-9)) {
                up[i] = u; // the nearest centre by a margin far above rounding: the exact rule agrees
                lo[i] = l;
                continue;
            }
            if (!table) {
                centreTable(c, k, d, cd, order);
                table = true;
            }
            final int io = i * d;
            // (x_j - c_j)^2 and (c_j - x_j)^2 are the same double, so these are NearestCentre's sums
            nearestFrom(x, io, c, d, k, cd, order, a, sq(x, io, c, a * d, d), dist);
            final int best = (int) dist[0];
            final double bestD = dist[1];
            final double second = dist[2];
            up[i] = Math.sqrt(bestD) * (1 + 1e-12);
            lo[i] = Math.sqrt(second) * (1 - 1e-12);
            if (a != best) {
                labels[i] = best;
                changed = true;
            }
        }
        return changed;
    }

    /**
     * @return {@code [0..k)}: how far each centre moved from {@code before} (slightly widened), {@code [k]}: the
     *     largest of these, {@code [k+1..2k]}: the half gaps of the centres before
     */
    private static double[] shifts(final double[] before, final double[] c, final int k, final int d,
        final double[] half) {
        final double[] out = new double[2 * k + 1];
        for (int s = 0; s < k; s++) {
            out[s] = Math.sqrt(sq(before, s * d, c, s * d, d)) * (1 + 1e-9) + 1e-300;
            out[k] = Math.max(out[k], out[s]);
            out[k + 1 + s] = half[s];
        }
        return out;
    }

    /** Squared distance between {@code a[ao..ao+d)} and {@code b[bo..bo+d)}. */
    static double sq(final double[] a, final int ao, final double[] b, final int bo, final int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            final double t = a[ao + j] - b[bo + j];
            s += t * t;
        }
        return s;
    }
}
