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
 * kept (ties to the earlier candidate). {@link KMeansInit#RANDOM} takes k distinct random rows,
 * {@link KMeansInit#FARTHEST_FIRST} a random first row and then, each time, the row farthest from the chosen centres
 * (ties to the lower row index). Canopy seeding exists only in the Weka engine.
 *
 * <h2>Iterations</h2>
 * Lloyd's algorithm with Hamerly's bounds: per row an upper bound on the distance to its centre and a lower bound on
 * the distance to every other centre; a row is examined only when the bounds cannot prove that its centre is still
 * the nearest. The bounds only skip work, they never change which centre is chosen (comparisons that are tied or
 * closer than rounding are settled by the exact pass below). Iterations stop when no label changes (or after
 * {@code maxIterations}). A centre that loses all its rows is moved to the row farthest (by its upper bound) from its
 * own centre among the rows of segments with more than one row, which then joins it.
 *
 * <h2>Refinement</h2>
 * A converged Lloyd run is refined with Hartigan's single-row moves (a row changes segment when that lowers the sum
 * of squared distances, counting the shift of both means); after any move Lloyd iterations resume. This escapes many
 * of the poor local optima Lloyd stops in and never raises the objective.
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
        final SplittableRandom rnd = new SplittableRandom(seed);
        final double[] c = switch (init) {
            case KMEANS_PLUS_PLUS -> greedyPlusPlus(x, n, d, k, rnd, cancel);
            case RANDOM -> randomRows(x, n, d, k, rnd);
            case FARTHEST_FIRST -> farthestFirst(x, n, d, k, rnd);
            case CANOPY -> throw new IllegalArgumentException("Canopy seeding is only available in the Weka engine.");
        };
        final int[] labels = new int[n];
        int iterations = 0;
        boolean converged = false;
        for (int round = 0; round < 20 && iterations < maxIterations; round++) {
            final int[] done = lloyd(x, n, d, k, c, labels, maxIterations - iterations, cancel);
            iterations += done[0];
            converged = done[1] == 1;
            exactMeans(x, n, d, k, labels, c);
            if (exactRelabel(x, n, d, k, c, labels)) {
                if (!converged) {
                    break;
                }
                continue; // rounding of the running sums moved a row: iterate again from the exact state
            }
            if (!converged || !hartigan(x, n, d, k, c, labels, cancel)) {
                break;
            }
            // single-row moves lowered the objective: Lloyd again from the new centres
            exactMeans(x, n, d, k, labels, c);
        }
        double objective = 0;
        for (int i = 0; i < n; i++) {
            objective += sq(x, i * d, c, labels[i] * d, d);
        }
        return new Run(c, labels, objective, iterations, converged);
    }

    // ---------------------------------------------------------------- seeding

    static int candidates(final int k) {
        return 2 + (int) Math.floor(Math.log(k));
    }

    private static double[] greedyPlusPlus(final double[] x, final int n, final int d, final int k,
        final SplittableRandom rnd, final ProgressListener cancel) throws CanceledException {
        final double[] c = new double[k * d];
        final int first = rnd.nextInt(n);
        System.arraycopy(x, first * d, c, 0, d);
        final double[] closest = new double[n];
        double potential = 0;
        for (int i = 0; i < n; i++) {
            closest[i] = sq(x, i * d, c, 0, d);
            potential += closest[i];
        }
        final int trials = candidates(k);
        final double[] trial = new double[n];
        final double[] bestTrial = new double[n];
        for (int s = 1; s < k; s++) {
            cancel.checkCanceled();
            int bestRow = -1;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                final int cand = sample(closest, potential, rnd);
                final int co = cand * d;
                double pot = 0;
                for (int i = 0; i < n; i++) {
                    final double v = Math.min(closest[i], sq(x, i * d, x, co, d));
                    trial[i] = v;
                    pot += v;
                }
                if (pot < bestPotential) {
                    bestPotential = pot;
                    bestRow = cand;
                    System.arraycopy(trial, 0, bestTrial, 0, n);
                }
            }
            System.arraycopy(x, bestRow * d, c, s * d, d);
            System.arraycopy(bestTrial, 0, closest, 0, n);
            potential = bestPotential;
        }
        return c;
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
     * the assignment.
     *
     * @return {iterations done, 1 if converged else 0}
     */
    private static int[] lloyd(final double[] x, final int n, final int d, final int k, final double[] c,
        final int[] labels, final int maxIterations, final ProgressListener cancel) throws CanceledException {
        final double[] upper = new double[n];
        final double[] lower = new double[n];
        final double[] sums = new double[k * d];
        final int[] counts = new int[k];
        final double[] dist = new double[k];
        // full first assignment
        for (int i = 0; i < n; i++) {
            final int io = i * d;
            int best = 0;
            double b1 = Double.POSITIVE_INFINITY;
            double b2 = Double.POSITIVE_INFINITY;
            for (int s = 0; s < k; s++) {
                final double v = sq(x, io, c, s * d, d);
                if (v < b1) {
                    b2 = b1;
                    b1 = v;
                    best = s;
                } else if (v < b2) {
                    b2 = v;
                }
            }
            labels[i] = best;
            upper[i] = Math.sqrt(b1);
            lower[i] = Math.sqrt(b2);
            counts[best]++;
            final int so = best * d;
            for (int j = 0; j < d; j++) {
                sums[so + j] += x[io + j];
            }
        }
        final double[] half = new double[k];
        final double[] moved = new double[k];
        final double[] old = new double[k * d];
        int it = 0;
        while (it < maxIterations) {
            cancel.checkCanceled();
            it++;
            // move the centres to their means (empty segments take the farthest row)
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
                    final int far = farthestMovable(upper, labels, counts, n);
                    if (far >= 0) {
                        System.arraycopy(x, far * d, c, s * d, d);
                        final int from = labels[far];
                        counts[from]--;
                        counts[s]++;
                        for (int j = 0; j < d; j++) {
                            sums[from * d + j] -= x[far * d + j];
                            sums[s * d + j] += x[far * d + j];
                        }
                        labels[far] = s;
                        upper[far] = 0;
                        lower[far] = 0;
                    }
                }
            }
            double maxMove = 0;
            double secondMove = 0;
            int maxMover = -1;
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
            for (int i = 0; i < n; i++) {
                final int a = labels[i];
                upper[i] += moved[a];
                lower[i] -= a == maxMover ? secondMove : maxMove;
            }
            // half the distance from each centre to its nearest other centre
            for (int s = 0; s < k; s++) {
                half[s] = Double.POSITIVE_INFINITY;
            }
            for (int s = 0; s < k; s++) {
                for (int t = s + 1; t < k; t++) {
                    final double v = 0.5 * Math.sqrt(sq(c, s * d, c, t * d, d));
                    if (v < half[s]) {
                        half[s] = v;
                    }
                    if (v < half[t]) {
                        half[t] = v;
                    }
                }
            }
            int changed = 0;
            for (int i = 0; i < n; i++) {
                final int a = labels[i];
                final double m = Math.max(half[a], lower[i]);
                if (upper[i] <= m) {
                    continue;
                }
                final int io = i * d;
                upper[i] = Math.sqrt(sq(x, io, c, a * d, d));
                if (upper[i] <= m) {
                    continue;
                }
                int best = 0;
                double b1 = Double.POSITIVE_INFINITY;
                double b2 = Double.POSITIVE_INFINITY;
                for (int s = 0; s < k; s++) {
                    final double v = s == a ? upper[i] * upper[i] : sq(x, io, c, s * d, d);
                    dist[s] = v;
                    if (v < b1) {
                        b2 = b1;
                        b1 = v;
                        best = s;
                    } else if (v < b2) {
                        b2 = v;
                    }
                }
                if (best != a && dist[a] == b1) {
                    best = a; // a tie keeps the current centre; the exact pass settles ties by index
                }
                lower[i] = Math.sqrt(b2);
                if (best != a) {
                    upper[i] = Math.sqrt(b1);
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
                    changed++;
                }
            }
            if (changed == 0) {
                return new int[] {it, 1};
            }
        }
        return new int[] {it, 0};
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
        final int[] labels, final ProgressListener cancel) throws CanceledException {
        final int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            counts[labels[i]]++;
        }
        boolean any = false;
        for (int sweep = 0; sweep < 50; sweep++) {
            cancel.checkCanceled();
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                final int a = labels[i];
                final int na = counts[a];
                if (na <= 1) {
                    continue;
                }
                final int io = i * d;
                final double remove = sq(x, io, c, a * d, d) * na / (na - 1);
                int best = -1;
                double bestAdd = remove * (1 - 1e-9);
                for (int b = 0; b < k; b++) {
                    if (b == a) {
                        continue;
                    }
                    final double add = sq(x, io, c, b * d, d) * counts[b] / (counts[b] + 1);
                    if (add < bestAdd) {
                        bestAdd = add;
                        best = b;
                    }
                }
                if (best < 0) {
                    continue;
                }
                final int nb = counts[best];
                final int ao = a * d;
                final int bo = best * d;
                for (int j = 0; j < d; j++) {
                    final double v = x[io + j];
                    c[ao + j] = (c[ao + j] * na - v) / (na - 1);
                    c[bo + j] = (c[bo + j] * nb + v) / (nb + 1);
                }
                counts[a]--;
                counts[best]++;
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

    private static int farthestMovable(final double[] upper, final int[] labels, final int[] counts, final int n) {
        int far = -1;
        double farU = -1;
        for (int i = 0; i < n; i++) {
            if (counts[labels[i]] > 1 && upper[i] > farU) {
                farU = upper[i];
                far = i;
            }
        }
        return far;
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
     * index).
     *
     * @return whether any label changed
     */
    private static boolean exactRelabel(final double[] x, final int n, final int d, final int k, final double[] c,
        final int[] labels) {
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            final int io = i * d;
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int s = 0; s < k; s++) {
                final double v = sqCentreFirst(c, s * d, x, io, d);
                if (v < bestD) {
                    bestD = v;
                    best = s;
                }
            }
            if (labels[i] != best) {
                labels[i] = best;
                changed = true;
            }
        }
        return changed;
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

    /** As {@link NearestCentre}: {@code (c_j - x_j)^2} summed over j (same arithmetic, same rounding). */
    private static double sqCentreFirst(final double[] c, final int co, final double[] x, final int xo, final int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            final double t = c[co + j] - x[xo + j];
            s += t * t;
        }
        return s;
    }
}
