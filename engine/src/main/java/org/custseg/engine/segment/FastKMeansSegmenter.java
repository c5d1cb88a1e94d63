package org.custseg.engine.segment;

import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.config.Distance;
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
 */
final class FastKMeansSegmenter implements AllAtOnceSegmenter {

    private final int threads;

    /** @param threads threads to use, at least 1 */
    FastKMeansSegmenter(final int threads) {
        this.threads = Math.max(1, threads);
    }

    @Override
    public List<RawFit> fitAll(final double[][] x, final int[] ks, final SegmentationConfig config,
        final ProgressListener progress) throws SegmentationException, CanceledException {
        final int n = x.length;
        final int d = x[0].length;
        final double[] flat = flatten(x);
        final int restarts = config.restarts();
        final FastKMeans.Run[][] runs = runs(flat, n, d, ks, config, progress);
        final List<RawFit> out = new ArrayList<>(ks.length);
        for (int i = 0; i < ks.length; i++) {
            final int k = ks[i];
            FastKMeans.Run best = null;
            for (int r = 0; r < restarts; r++) {
                final FastKMeans.Run run = runs[i][r];
                if (best == null || run.objective() < best.objective()) {
                    best = run;
                }
            }
            final double[][] centers = new double[k][d];
            for (int s = 0; s < k; s++) {
                System.arraycopy(best.centers(), s * d, centers[s], 0, d);
            }
            final NearestCentre assigned = NearestCentre.assign(x, centers, Distance.EUCLIDEAN);
            out.add(new RawFit(k, assigned.labels, centers, null, new double[0],
                describe(config, k) + " (best of " + restarts + " runs, seeds " + config.seed() + ".."
                    + (config.seed() + restarts - 1) + ")",
                assigned.ties));
        }
        progress.progress(1, "k-means done");
        return out;
    }

    /**
     * Every run: {@code [index of k in ks][restart]}. With greedy k-means++ the k values that draw the same number of
     * candidates per centre share one seeding per seed (that of their largest k, whose first centres are exactly the
     * seeding of each smaller k, see {@link FastKMeans#seeding}); one task per such group and seed runs their Lloyd
     * iterations one after another. Other seedings: one task per k and seed. The runs are the same either way.
     */
    private FastKMeans.Run[][] runs(final double[] flat, final int n, final int d, final int[] ks,
        final SegmentationConfig config, final ProgressListener progress)
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
        for (final int[] g : groups) {
            for (int r = 0; r < restarts; r++) {
                final long seed = config.seed() + r;
                tasks.add(() -> group(flat, n, d, ks, g, config, seed, progress));
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

    /** The runs of the k values {@code ks[g[..]]} from one seed. */
    private static FastKMeans.Run[] group(final double[] flat, final int n, final int d, final int[] ks,
        final int[] g, final SegmentationConfig config, final long seed, final ProgressListener progress)
        throws CanceledException {
        final FastKMeans.Run[] out = new FastKMeans.Run[g.length];
        if (config.init() != KMeansInit.KMEANS_PLUS_PLUS) {
            for (int q = 0; q < g.length; q++) {
                out[q] = lean(
                    FastKMeans.run(flat, n, d, ks[g[q]], config.init(), config.maxIterations(), seed, progress));
            }
            return out;
        }
        int kMax = 0;
        for (final int i : g) {
            kMax = Math.max(kMax, ks[i]);
        }
        // per k the rows' nearest of its first k centres: where Lloyd measures first (the result does not depend on it)
        final int[][] nearAt = new int[kMax + 1][];
        for (final int i : g) {
            nearAt[ks[i]] = new int[n];
        }
        final int[] near = new int[n];
        final double[] centres = FastKMeans.seeding(flat, n, d, kMax, seed, near, nearAt, progress);
        nearAt[kMax] = near;
        for (int q = 0; q < g.length; q++) {
            final int k = ks[g[q]];
            out[q] = lean(FastKMeans.runFrom(flat, n, d, k, java.util.Arrays.copyOf(centres, k * d),
                nearAt[k].clone(), config.maxIterations(), progress));
        }
        return out;
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

    /** @return the rows as one row-major array */
    static double[] flatten(final double[][] x) {
        final int d = x[0].length;
        final double[] flat = new double[x.length * d];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, flat, i * d, d);
        }
        return flat;
    }
}
