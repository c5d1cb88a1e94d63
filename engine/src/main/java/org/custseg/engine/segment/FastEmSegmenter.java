package org.custseg.engine.segment;

import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.model.EmParameters;
import org.custseg.engine.config.KMeansInit;

/**
 * EM on the engine's own implementation ({@link FastEm}). Start: the best (lowest SSE) of {@value #START_RUNS}
 * {@link FastKMeans} runs with greedy k-means++ seeding and seeds {@code seed, seed+1, ...} (Weka's EM likewise starts
 * from the best of 10 k-means runs). Minimum standard deviations per column as in {@link EmSegmenter}. The k values of
 * an automatic search are fitted in parallel, each deterministically, so the result is the same for any thread count.
 * Labels are the most probable component, computed from the copied-out mixture as the model does for new rows.
 */
final class FastEmSegmenter implements AllAtOnceSegmenter {

    /** k-means runs whose best result starts EM. */
    static final int START_RUNS = 10;

    private final int threads;

    /** @param threads threads to use, at least 1 */
    FastEmSegmenter(final int threads) {
        this.threads = Math.max(1, threads);
    }

    @Override
    public List<RawFit> fitAll(final double[][] x, final int[] ks, final SegmentationConfig config,
        final ProgressListener progress) throws SegmentationException, CanceledException {
        final int n = x.length;
        final int d = x[0].length;
        final double[] flat = FastKMeansSegmenter.flatten(x);
        final double[] floors = EmSegmenter.minStdDevs(x, config.minStdDev());
        final String note = EmSegmenter.floorNote(floors, config.minStdDev());
        // the k-means starts of every k: independent tasks
        final List<Parallel.Task<FastKMeans.Run>> starts = new ArrayList<>();
        for (final int k : ks) {
            for (int r = 0; r < START_RUNS; r++) {
                final long seed = config.seed() + r;
                starts.add(() -> FastKMeans.run(flat, n, d, k, KMeansInit.KMEANS_PLUS_PLUS, config.maxIterations(),
                    seed, progress));
            }
        }
        final List<FastKMeans.Run> runs =
            Parallel.run(starts, threads, Progress.sub(progress, 0, 0.3, ""), "k-means start ");
        final List<Parallel.Task<FastEm.Fit>> fits = new ArrayList<>();
        for (int i = 0; i < ks.length; i++) {
            FastKMeans.Run best = null;
            for (int r = 0; r < START_RUNS; r++) {
                final FastKMeans.Run run = runs.get(i * START_RUNS + r);
                if (best == null || run.objective() < best.objective()) {
                    best = run;
                }
            }
            final int[] start = best.labels();
            final int k = ks[i];
            fits.add(() -> FastEm.run(flat, n, d, k, start, floors, config.maxIterations(), progress));
        }
        final List<FastEm.Fit> fitted = Parallel.run(fits, threads, Progress.sub(progress, 0.3, 1, ""), "EM fit ");
        final List<RawFit> out = new ArrayList<>(ks.length);
        for (int i = 0; i < ks.length; i++) {
            final FastEm.Fit f = fitted.get(i);
            final EmParameters params = new EmParameters(f.priors(), f.means(), f.stdDevs());
            final int[] labels = params.mostProbable(x);
            out.add(new RawFit(ks[i], labels, null, params, new double[0],
                "fast EM: diagonal Gaussian mixture, k=" + ks[i] + ", start: best of " + START_RUNS
                    + " fast k-means runs (greedy k-means++, seeds " + config.seed() + ".."
                    + (config.seed() + START_RUNS - 1) + "), maxIterations=" + config.maxIterations() + ", minStdDev="
                    + config.minStdDev() + ", " + f.iterations() + " iterations"
                    + (f.converged() ? "" : " (not converged)") + note));
        }
        progress.progress(1, "EM done");
        return out;
    }
}
