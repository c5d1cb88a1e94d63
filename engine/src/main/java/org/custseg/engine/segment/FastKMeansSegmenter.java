package org.custseg.engine.segment;

import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.config.KMeansInit;

/**
 * k-means on the engine's own implementation ({@link FastKMeans}): for every k, {@code restarts} runs with seeds
 * {@code seed, seed+1, ...}; the run with the lowest sum of squared distances wins, ties to the earlier run (the same
 * rule as the Weka engine). With greedy k-means++ the runs of one seed for the k values that draw the same number of
 * candidates per centre (k = 3..7 draw three) share one seeding, which gives each k exactly the centres of its own
 * seeding. The runs are tasks spread over the given number of threads; each task is deterministic and the winners
 * are picked in task order, so the result is the same for any thread count. Final labels are the nearest centre of
 * the winning run (ties to the lower index), computed by {@link NearestCentre}, the model's rule for new rows; a
 * finished run keeps no labels of its own.
 *
 * <p>
 * Above {@link #SCREEN_ROWS} rows with more than one restart, the restarts are <em>screened</em>: each runs Lloyd's
 * iterations only until its centres together move by at most {@link #TOLERANCE} times the mean column variance (or no
 * label changes), the runs are compared by the objective where they stopped, and only the winner of each k is
 * continued ({@link FastKMeans#runFrom}) to an exact fixed point with Hartigan's refinement. The result is still a
 * fixed point and still deterministic; it can differ from running every restart to the end when two runs' order
 * changes between the tolerance and their ends. On a bank-like 1,000,000 x 17 table this removes most iterations
 * (k = 2: 4-24 iterations per run instead of 18-121). At or below the limit nothing changes.
 */
final class FastKMeansSegmenter implements FlatSegmenter {

    private final int threads;

    /** @param threads threads to use, at least 1 */
    FastKMeansSegmenter(final int threads) {
        this.threads = Math.max(1, threads);
    }

    @Override
    public List<RawFit> fitAll(final double[] flat, final int n, final int d, final int[] ks,
        final SegmentationConfig config, final ProgressListener progress)
        throws SegmentationException, CanceledException {
        final int restarts = config.restarts();
        final double tol = screens(n, restarts) ? TOLERANCE * meanVariance(flat, n, d) : 0;
        final FastKMeans.Run[][] runs = runs(flat, n, d, ks, config, tol, progress);
        final FastKMeans.Run[] winners = new FastKMeans.Run[ks.length];
        for (int i = 0; i < ks.length; i++) {
            for (int r = 0; r < restarts; r++) {
                final FastKMeans.Run run = runs[i][r];
                if (winners[i] == null || run.objective() < winners[i].objective()) {
                    winners[i] = run;
                }
            }
        }
        if (tol > 0) {
            finish(flat, n, d, ks, winners, config.maxIterations(), progress);
        }
        final List<RawFit> out = new ArrayList<>(ks.length);
        for (int i = 0; i < ks.length; i++) {
            final int k = ks[i];
            final FastKMeans.Run best = winners[i];
            final double[][] centers = new double[k][d];
            for (int s = 0; s < k; s++) {
                System.arraycopy(best.centers(), s * d, centers[s], 0, d);
            }
            final NearestCentre assigned = NearestCentre.assign(flat, d, centers);
            out.add(new RawFit(k, assigned.labels, centers, null, new double[0],
                describe(config, k) + " (best of " + restarts + " runs, seeds " + config.seed() + ".."
                    + (config.seed() + restarts - 1) + (tol > 0 ? SCREENED : "") + ")",
                assigned.ties));
        }
        progress.progress(1, "k-means done");
        return out;
    }

    /** Above this many rows, restarts are compared after Lloyd reaches {@link #TOLERANCE} (see the class comment). */
    static final int SCREEN_ROWS = 10_000;

    /**
     * Relative tolerance of the screening runs: they stop once the centres together move (sum of squared movements)
     * by at most this times the mean variance of the columns, scikit-learn's default rule and value.
     */
    static final double TOLERANCE = 1e-4;

    private static final String SCREENED = "; restarts compared at Lloyd tolerance 1e-4"
        + " x mean column variance, the best one then run to an exact fixed point";

    /** Whether restarts are screened at {@link #TOLERANCE}: more than {@link #SCREEN_ROWS} rows and several runs. */
    static boolean screens(final int n, final int restarts) {
        return n > SCREEN_ROWS && restarts > 1;
    }

    /** The mean over the columns of their population variance (two passes, row order). */
    static double meanVariance(final double[] flat, final int n, final int d) {
        final double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += flat[i * d + j];
            }
        }
        double total = 0;
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
            double v = 0;
            for (int i = 0; i < n; i++) {
                final double t = flat[i * d + j] - mean[j];
                v += t * t;
            }
            total += v / n;
        }
        return total / d;
    }

    /**
     * The screened winners continued to an exact fixed point with Hartigan's refinement ({@link FastKMeans#runFrom}),
     * one task per k; each continuation depends only on the winner's centres.
     */
    private void finish(final double[] flat, final int n, final int d, final int[] ks, final FastKMeans.Run[] winners,
        final int maxIterations, final ProgressListener progress) throws SegmentationException, CanceledException {
        final List<Parallel.Task<FastKMeans.Run>> tasks = new ArrayList<>();
        for (int i = 0; i < ks.length; i++) {
            final int k = ks[i];
            final FastKMeans.Run w = winners[i];
            final int left = Math.max(1, maxIterations - w.iterations());
            tasks.add(() -> {
                final FastKMeans.Run r = FastKMeans.runFrom(flat, n, d, k, w.centers(), left, progress);
                return new FastKMeans.Run(r.centers(), null, r.objective(), w.iterations() + r.iterations(),
                    r.converged()); // without labels, as lean(..)
            });
        }
        final List<FastKMeans.Run> done = Parallel.run(tasks, threads, progress, "k-means best runs ");
        for (int i = 0; i < ks.length; i++) {
            winners[i] = done.get(i);
        }
    }

    /**
     * Every run: {@code [index of k in ks][restart]}. With greedy k-means++ the k values that draw the same number of
     * candidates per centre share one seeding per seed (that of their largest k, whose first centres are exactly the
     * seeding of each smaller k, see {@link FastKMeans#seeding}); one task per such group and seed runs their Lloyd
     * iterations one after another. Other seedings: one task per k and seed. The runs are the same either way.
     */
    private FastKMeans.Run[][] runs(final double[] flat, final int n, final int d, final int[] ks,
        final SegmentationConfig config, final double tol, final ProgressListener progress)
        throws SegmentationException, CanceledException {
        final int restarts = config.restarts();
        final FastKMeans.Run[][] runs = new FastKMeans.Run[ks.length][restarts];
        final List<int[]> groups = new ArrayList<>(); // indices into ks
        if (config.init() == KMeansInit.KMEANS_PLUS_PLUS) {
            final java.util.Map<Integer, List<Integer>> byTrials = new java.util.LinkedHashMap<>();
            for (int i = 0; i < ks.length; i++) {
                byTrials.computeIfAbsent(FastKMeans.candidates(ks[i]), t -> new ArrayList<>()).add(i);
            }
            for (final List<Integer> g : byTrials.values()) {
                groups.add(g.stream().mapToInt(Integer::intValue).toArray());
            }
            // the largest groups' tasks first, so the pool does not end waiting on one of them (same runs in any order)
            groups.sort((p, q) -> Integer.compare(q.length, p.length));
        } else {
            for (int i = 0; i < ks.length; i++) {
                groups.add(new int[] {i});
            }
        }
        final List<Parallel.Task<FastKMeans.Run[]>> tasks = new ArrayList<>();
        final Pool pool = new Pool();
        for (final int[] g : groups) {
            for (int r = 0; r < restarts; r++) {
                final long seed = config.seed() + r;
                tasks.add(() -> group(flat, n, d, ks, g, config, seed, tol, pool, progress));
            }
        }
        final List<FastKMeans.Run[]> done = Parallel.run(tasks, threads, progress, "k-means runs ");
        int t = 0;
        for (final int[] g : groups) {
            for (int r = 0; r < restarts; r++) {
                final FastKMeans.Run[] result = done.get(t++);
                for (int q = 0; q < g.length; q++) {
                    runs[g[q]][r] = result[q];
                }
            }
        }
        return runs;
    }

    /**
     * A finished run without its labels: the winner's labels are recomputed from its centres ({@link NearestCentre}),
     * so holding every run's labels until all runs end (7 k values x 10 restarts x 4 MB at a million rows) would only
     * cost memory.
     */
    private static FastKMeans.Run lean(final FastKMeans.Run run) {
        return new FastKMeans.Run(run.centers(), null, run.objective(), run.iterations(), run.converged());
    }

    /** The runs of the k values {@code ks[g[..]]} from one seed; screening runs when {@code tol > 0}. */
    private static FastKMeans.Run[] group(final double[] flat, final int n, final int d, final int[] ks,
        final int[] g, final SegmentationConfig config, final long seed, final double tol, final Pool pool,
        final ProgressListener progress) throws CanceledException {
        final FastKMeans.Run[] out = new FastKMeans.Run[g.length];
        if (config.init() != KMeansInit.KMEANS_PLUS_PLUS) {
            for (int q = 0; q < g.length; q++) {
                final int k = ks[g[q]];
                if (tol > 0) {
                    final int[] labels = new int[n];
                    final double[] c = FastKMeans.seed(flat, n, d, k, config.init(), seed, labels, progress);
                    out[q] = lean(FastKMeans.screen(flat, n, d, k, c, labels, config.maxIterations(), tol, progress));
                } else {
                    out[q] = lean(FastKMeans.run(flat, n, d, k, config.init(), config.maxIterations(), seed, progress));
                }
            }
            return out;
        }
        int kMax = 0;
        for (final int i : g) {
            kMax = Math.max(kMax, ks[i]);
        }
        final int[] slot = new int[kMax + 1]; // per k of the group its place in out, -1 for the others
        java.util.Arrays.fill(slot, -1);
        for (int q = 0; q < g.length; q++) {
            slot[ks[g[q]]] = q;
        }
        final Work w = pool.take(n, FastKMeans.candidates(kMax));
        // each smaller k of the group runs as soon as the seeding has its centres, from a copy of the seeding's state
        // (its nearest centre and nearest two distances per row: the first assignment measures nothing)
        final FastKMeans.Prefix prefix = (m, centres, near, closest, second) -> {
            if (slot[m] >= 0) {
                w.copyState(near, closest, second);
                out[slot[m]] = start(flat, n, d, m, java.util.Arrays.copyOf(centres, m * d), w.labels, w.up, w.lo,
                    config, tol, progress);
            }
        };
        final double[] centres =
            FastKMeans.seeding(flat, n, d, kMax, seed, w.near, w.closest, w.second, w.trial, prefix, progress);
        out[slot[kMax]] = start(flat, n, d, kMax, centres, w.near, w.closest, w.second, config, tol, progress);
        pool.give(w); // (a canceled task's arrays are not reused: the fit ends)
        return out;
    }

    /**
     * The per-row arrays of one group task with greedy seeding: the seeding's state (which becomes the largest k's
     * run), a copy of it for each smaller k's run, and the seeding's candidate distances. Every use overwrites them
     * completely, so a task can take over the arrays of one that ended (at a million rows 52-72 MB per task that the
     * collector would otherwise have to clear and move 30 times per search).
     */
    private static final class Work {
        final int[] near;
        final double[] closest;
        final double[] second;
        final double[][] trial;
        private int[] labels;
        private double[] up;
        private double[] lo;

        Work(final int n, final int trials) {
            near = new int[n];
            closest = new double[n];
            second = new double[n];
            trial = new double[trials][n];
        }

        /** Copies the seeding's state for a smaller k's run (into arrays made at the first use). */
        void copyState(final int[] nearNow, final double[] closestNow, final double[] secondNow) {
            final int n = near.length;
            if (labels == null) {
                labels = new int[n];
                up = new double[n];
                lo = new double[n];
            }
            System.arraycopy(nearNow, 0, labels, 0, n);
            System.arraycopy(closestNow, 0, up, 0, n);
            System.arraycopy(secondNow, 0, lo, 0, n);
        }
    }

    /** The {@link Work} of ended tasks, for the tasks that start later (at most one per thread is ever in use). */
    private static final class Pool {
        private final java.util.ArrayDeque<Work> free = new java.util.ArrayDeque<>();

        /** @return free arrays for n rows and {@code trials} candidates, or new ones */
        synchronized Work take(final int n, final int trials) {
            for (final java.util.Iterator<Work> it = free.iterator(); it.hasNext();) {
                final Work w = it.next();
                if (w.trial.length == trials) {
                    it.remove();
                    return w;
                }
            }
            // none of this shape: drop one of another shape (a search uses at most three shapes, one per group)
            free.poll();
            return new Work(n, trials);
        }

        synchronized void give(final Work w) {
            free.push(w);
        }
    }

    /** One run from a greedy seeding's state (the arrays become the run's own); screening when {@code tol > 0}. */
    private static FastKMeans.Run start(final double[] flat, final int n, final int d, final int k, final double[] c,
        final int[] near, final double[] closest, final double[] second, final SegmentationConfig config,
        final double tol, final ProgressListener progress) throws CanceledException {
        return lean(tol > 0
            ? FastKMeans.screen(flat, n, d, k, c, near, closest, second, true, config.maxIterations(), tol, progress)
            : FastKMeans.runFrom(flat, n, d, k, c, near, closest, second, true, config.maxIterations(), progress));
    }

    static String describe(final SegmentationConfig config, final int k) {
        final String init = switch (config.init()) {
            case KMEANS_PLUS_PLUS -> "greedy k-means++ (" + FastKMeans.candidates(k) + " candidates per centre)";
            case RANDOM -> "random rows";
            case FARTHEST_FIRST -> "farthest first";
            case CANOPY -> "canopy";
        };
        return "fast k-means: k=" + k + ", Euclidean, seeding " + init + ", Lloyd with Hamerly bounds, maxIterations="
            + config.maxIterations();
    }
}
