package org.custseg.engine.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.model.EmParameters;
import org.custseg.engine.config.KMeansInit;

/**
 * EM on the engine's own implementation ({@link FastEm}).
 *
 * <h2>Start</h2>
 * Up to {@value #SAMPLE_ROWS} rows: the best (lowest SSE) of {@value #START_RUNS} {@link FastKMeans} runs on all rows,
 * with greedy k-means++ seeding and seeds {@code seed, seed+1, ...} (Weka's EM likewise starts from the best of 10
 * k-means runs). Above {@value #SAMPLE_ROWS} rows the {@value #START_RUNS} runs (same seeds) are scored on a seeded
 * sample of {@value #SAMPLE_ROWS} rows (drawn without replacement, kept in row order; the same sample for every k),
 * and one more {@link FastKMeans} run on all rows, started from the centres of the best sample run, gives the start:
 * the ten runs then cost about as much as two runs on all rows. When the sample holds fewer than k distinct rows, that
 * k is started as below the threshold.
 *
 * <p>Minimum standard deviations per column as in {@link EmSegmenter}. The k values of an automatic search are fitted
 * in parallel, each deterministically, so the result is the same for any thread count. Labels are the most probable
 * component, computed from the copied-out mixture as the model does for new rows.
 */
final class FastEmSegmenter implements AllAtOnceSegmenter {

    /** k-means runs whose best result starts EM. */
    static final int START_RUNS = 10;

    /** Above this many rows the k-means starts are scored on a seeded sample of this many rows. */
    static final int SAMPLE_ROWS = 10_000;

    /** Mixed into the seed for drawing the sample, so it is not the stream of the first k-means run. */
    private static final long SAMPLE_SEED_SALT = 0x53414D504C45L;

    private final int threads;

    private final int sampleRows;

    /** @param threads threads to use, at least 1 */
    FastEmSegmenter(final int threads) {
        this(threads, SAMPLE_ROWS);
    }

    /**
     * @param threads threads to use, at least 1
     * @param sampleRows the row threshold and sample size of the k-means starts (tests and measurements)
     */
    FastEmSegmenter(final int threads, final int sampleRows) {
        this.threads = Math.max(1, threads);
        this.sampleRows = sampleRows;
    }

    @Override
    public List<RawFit> fitAll(final double[][] x, final int[] ks, final SegmentationConfig config,
        final ProgressListener progress) throws SegmentationException, CanceledException {
        final int n = x.length;
        final int d = x[0].length;
        final double[] flat = FlatSegmenter.flatten(x);
        final double[] floors = EmSegmenter.minStdDevs(x, config.minStdDev());
        final String note = EmSegmenter.floorNote(floors, config.minStdDev());
        final boolean sampled = n > sampleRows;
        final double[] sample = sampled ? sample(flat, n, d, sampleRows, config.seed()) : null;
        // the k-means starts of every k: independent tasks
        final boolean[] onSample = new boolean[ks.length];
        final List<Parallel.Task<FastKMeans.Run>> starts = new ArrayList<>();
        for (int i = 0; i < ks.length; i++) {
            final int k = ks[i];
            onSample[i] = sampled && hasDistinctRows(sample, sampleRows, d, k);
            final double[] data = onSample[i] ? sample : flat;
            final int rows = onSample[i] ? sampleRows : n;
            for (int r = 0; r < START_RUNS; r++) {
                final long seed = config.seed() + r;
                starts.add(() -> FastKMeans.run(data, rows, d, k, KMeansInit.KMEANS_PLUS_PLUS, config.maxIterations(),
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
            final FastKMeans.Run chosen = best;
            final boolean fromSample = onSample[i];
            final int k = ks[i];
            fits.add(() -> {
                final int[] start = fromSample
                    ? FastKMeans.runFrom(flat, n, d, k, chosen.centers(), config.maxIterations(), progress).labels()
                    : chosen.labels();
                return FastEm.run(flat, n, d, k, start, floors, config.maxIterations(), progress);
            });
        }
        final List<FastEm.Fit> fitted = Parallel.run(fits, threads, Progress.sub(progress, 0.3, 1, ""), "EM fit ");
        final List<RawFit> out = new ArrayList<>(ks.length);
        for (int i = 0; i < ks.length; i++) {
            final FastEm.Fit f = fitted.get(i);
            final EmParameters params = new EmParameters(f.priors(), f.means(), f.stdDevs());
            final int[] labels = params.mostProbable(x);
            final String seeds = "greedy k-means++, seeds " + config.seed() + ".." + (config.seed() + START_RUNS - 1);
            final String start = onSample[i]
                ? "best of " + START_RUNS + " fast k-means runs on a seeded sample of " + sampleRows + " of the " + n
                    + " rows (" + seeds + "), then one fast k-means run on all rows from its centres"
                : "best of " + START_RUNS + " fast k-means runs (" + seeds + ")";
            out.add(new RawFit(ks[i], labels, null, params, new double[0],
                "fast EM: diagonal Gaussian mixture, k=" + ks[i] + ", start: " + start + ", maxIterations="
                    + config.maxIterations() + ", minStdDev=" + config.minStdDev() + ", " + f.iterations()
                    + " iterations" + (f.converged() ? "" : " (not converged)") + note));
        }
        progress.progress(1, "EM done");
        return out;
    }

    /**
     * @return {@code m} of the {@code n} rows, drawn without replacement with a generator seeded from {@code seed}
     *         (selection sampling: every row is kept with probability rows still needed / rows left), in row order
     */
    static double[] sample(final double[] flat, final int n, final int d, final int m, final long seed) {
        final SplittableRandom rnd = new SplittableRandom(seed ^ SAMPLE_SEED_SALT);
        final double[] out = new double[m * d];
        int taken = 0;
        for (int i = 0; i < n && taken < m; i++) {
            if (rnd.nextInt(n - i) < m - taken) {
                System.arraycopy(flat, i * d, out, taken * d, d);
                taken++;
            }
        }
        return out;
    }

    /** @return whether the {@code n} rows hold at least {@code k} rows that differ in value (k-means needs k) */
    static boolean hasDistinctRows(final double[] flat, final int n, final int d, final int k) {
        final int[] found = new int[k];
        int count = 0;
        for (int i = 0; i < n && count < k; i++) {
            boolean seen = false;
            for (int f = 0; f < count && !seen; f++) {
                seen = true;
                for (int a = 0; a < d && seen; a++) {
                    seen = flat[i * d + a] == flat[found[f] * d + a];
                }
            }
            if (!seen) {
                found[count++] = i;
            }
        }
        return count >= k;
    }
}
