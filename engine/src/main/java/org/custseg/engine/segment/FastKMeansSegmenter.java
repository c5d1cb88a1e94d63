package org.custseg.engine.segment;

import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.config.Distance;

/**
 * k-means on the engine's own implementation ({@link FastKMeans}): for every k, {@code restarts} runs with seeds
 * {@code seed, seed+1, ...}; the run with the lowest sum of squared distances wins, ties to the earlier run (the same
 * rule as the Weka engine). All runs of all k values are independent tasks spread over the given number of threads;
 * each task is deterministic and the winners are picked in task order, so the result is the same for any thread
 * count. Final labels are the nearest centre of the winning run (ties to the lower index), computed by
 * {@link NearestCentre}, the model's rule for new rows.
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
        // a task keeps only its run's centres and objective: the final labels are recomputed below, so holding every
        // run's labels until all runs end (7 k values x 10 restarts x 4 MB at a million rows) would only cost memory
        final List<Parallel.Task<Outcome>> tasks = new ArrayList<>();
        for (final int k : ks) {
            for (int r = 0; r < restarts; r++) {
                final long seed = config.seed() + r;
                tasks.add(() -> Outcome.of(
                    FastKMeans.run(flat, n, d, k, config.init(), config.maxIterations(), seed, progress)));
            }
        }
        final List<Outcome> runs = Parallel.run(tasks, threads, progress, "k-means run ");
        final List<RawFit> out = new ArrayList<>(ks.length);
        for (int i = 0; i < ks.length; i++) {
            final int k = ks[i];
            Outcome best = null;
            for (int r = 0; r < restarts; r++) {
                final Outcome run = runs.get(i * restarts + r);
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

    /** What the winner's choice and the model need of one run. */
    private record Outcome(double[] centers, double objective) {
        static Outcome of(final FastKMeans.Run run) {
            return new Outcome(run.centers(), run.objective());
        }
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
