package org.custseg.engine.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.segment.Segmentation;
import org.custseg.engine.segment.SegmentationConfig;

/**
 * Cluster-wise stability by resampling, after Hennig (2007, "Cluster-wise assessment of cluster stability",
 * Computational Statistics &amp; Data Analysis 52, 258-271), the method of R's {@code fpc::clusterboot}.
 *
 * <h2>Method</h2>
 * For each of B resamples: draw rows from the segmented rows (bootstrap: as many rows with replacement;
 * subsample: a share without replacement; both at most {@link StabilityConfig#MAX_RESAMPLE_ROWS}, see below),
 * refit through {@link Segmentation#run} with exactly the same settings and the same k (so every algorithm the
 * entry point knows is covered, preparation and scaling included), then
 * compare on the distinct original rows that were drawn: for each original segment A (restricted to the drawn rows)
 * and each refitted segment B, the Jaccard similarity |A ∩ B| / |A ∪ B|; the segment's value in this resample is the
 * largest over B. Per segment the mean and minimum over the resamples, how many resamples dissolved it (best
 * Jaccard at most 0.5) and how many recovered it (at least 0.75), and a verdict ({@link StabilityVerdict}).
 * Overall stability is the size-weighted mean of the segments' means.
 *
 * <h2>Reproducibility and parallelism</h2>
 * Resample b draws its rows from its own random stream, derived from the seed and b only; resamples run in parallel
 * on {@link StabilityConfig#effectiveThreads()} threads and are combined in the order b = 0..B-1, so the same seed
 * gives identical figures for any thread count. A refit that fails (e.g. an empty segment in a small resample) is
 * counted in {@link StabilityResult#failedResamples()} and left out of the means.
 *
 * <h2>Large tables</h2>
 * A resample draws at most {@link StabilityConfig#MAX_RESAMPLE_ROWS} rows (bootstrap: that many with replacement, an
 * "m out of n" bootstrap; subsample: the share, but no more than that), so the cost does not grow with the table
 * beyond that size. Below it nothing changes. Above it each refit sees fewer customers than the fit it assesses, so
 * the figures are, if anything, conservative: a segment found again on 50,000 drawn customers is found on more.
 *
 * <h2>Cost</h2>
 * B refits with a fixed k on at most {@link StabilityConfig#MAX_RESAMPLE_ROWS} rows each (plus each refit's
 * silhouette on at most 1,000 rows); a resample holds one reference per drawn row, not a copy of the rows.
 */
public final class SegmentStability {

    private static final int MAX_WARNINGS = 3;

    private SegmentStability() {
    }

    /**
     * @param data the feature matrix that was segmented (all input rows)
     * @param config the settings that were used; k is fixed to {@code labels}' number of segments for the refits
     * @param labels per input row its 0-based segment, or -1 for a row without segment (left out of the resamples)
     * @param k the number of segments
     * @param sc the resampling settings
     * @param progress progress and cancellation ({@code null} = none)
     * @return per segment stability
     * @throws SegmentationException when fewer than 2 rows have a segment, or the shapes do not agree
     * @throws CanceledException if canceled
     */
    public static StabilityResult assess(final FeatureMatrix data, final SegmentationConfig config, final int[] labels,
        final int k, final StabilityConfig sc, final ProgressListener progress)
        throws SegmentationException, CanceledException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(sc, "stability config");
        final ProgressListener p = progress == null ? ProgressListener.NONE : progress;
        if (labels.length != data.rows()) {
            throw new SegmentationException("Stability: " + labels.length + " segment labels for " + data.rows()
                + " rows; give one label per row.");
        }
        final int[] kept = IntStream.range(0, labels.length).filter(i -> labels[i] >= 0).toArray();
        final int n = kept.length;
        if (n < 2) {
            throw new SegmentationException("Stability needs at least 2 rows with a segment, but " + n
                + (n == 1 ? " has one." : " have one."));
        }
        final int[] sizes = new int[k];
        for (final int i : kept) {
            if (labels[i] >= k) {
                throw new SegmentationException("Stability: label " + labels[i] + " is outside 0.." + (k - 1) + ".");
            }
            sizes[labels[i]]++;
        }
        final SegmentationConfig refit;
        try {
            refit = config.toBuilder().k(k).build();
        } catch (final IllegalArgumentException e) {
            throw new SegmentationException("Stability: " + e.getMessage(), e);
        }
        final int b = sc.resamples();
        final double[][] jaccard = new double[b][];
        final String[] failures = new String[b];
        runResamples(b, sc, p, (rr, inner) -> {
            try {
                jaccard[rr] = one(data, refit, labels, kept, k, sc, rr, inner);
            } catch (final SegmentationException e) {
                failures[rr] = e.getMessage();
            }
        });
        // combine in resample order: the result does not depend on the thread count
        final List<String> warnings = new ArrayList<>();
        final int failed = failureWarnings(failures, warnings);
        final List<StabilityResult.Segment> segments = new ArrayList<>();
        double weighted = 0;
        int weight = 0;
        for (int s = 0; s < k; s++) {
            final StabilityResult.Segment seg = segment(s, sizes[s], jaccard);
            segments.add(seg);
            if (!Double.isNaN(seg.meanJaccard())) {
                weighted += seg.meanJaccard() * sizes[s];
                weight += sizes[s];
            }
        }
        p.progress(1, "Stability done");
        return new StabilityResult(segments, weight == 0 ? Double.NaN : weighted / weight, b, failed, sc.method(),
            warnings);
    }

    /** One resample's work: refit resample {@code r} and store its result, polling {@code inner} for cancellation. */
    @FunctionalInterface
    private interface ResampleTask {
        void run(int r, ProgressListener inner) throws CanceledException;
    }

    /**
     * Runs resamples 0..b-1 on {@link StabilityConfig#effectiveThreads()} daemon threads, reporting progress and
     * polling cancellation on the calling thread; a cancellation or failure stops the others.
     */
    private static void runResamples(final int b, final StabilityConfig sc, final ProgressListener p,
        final ResampleTask task) throws CanceledException {
        final AtomicBoolean canceled = new AtomicBoolean();
        final ProgressListener inner = cancelOnly(canceled);
        final AtomicInteger done = new AtomicInteger();
        final ExecutorService pool = Executors.newFixedThreadPool(Math.min(sc.effectiveThreads(), b), r -> {
            final Thread t = new Thread(r, "custseg-stability");
            t.setDaemon(true);
            return t;
        });
        try {
            final List<Future<?>> futures = new ArrayList<>();
            for (int r = 0; r < b; r++) {
                final int rr = r;
                futures.add(pool.submit(() -> {
                    task.run(rr, inner);
                    done.incrementAndGet();
                    return null;
                }));
            }
            for (final Future<?> f : futures) {
                await(f, p, done, b);
            }
        } catch (final CanceledException | RuntimeException e) {
            canceled.set(true);
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return a listener for the resamples that ignores progress and cancels once {@code canceled} is set */
    private static ProgressListener cancelOnly(final AtomicBoolean canceled) {
        return new ProgressListener() {
            @Override
            public void progress(final double fraction, final String message) {
                // per-resample progress is summarised by the calling thread
            }

            @Override
            public void checkCanceled() throws CanceledException {
                if (canceled.get()) {
                    throw new CanceledException("Stability assessment canceled.");
                }
            }
        };
    }

    /** Waits for one resample, reporting progress and polling cancellation every 100 ms. */
    private static void await(final Future<?> f, final ProgressListener p, final AtomicInteger done, final int b)
        throws CanceledException {
        while (true) {
            p.checkCanceled();
            p.progress((double) done.get() / b, "Stability: resample " + done.get() + " of " + b);
            try {
                f.get(100, TimeUnit.MILLISECONDS);
                return;
            } catch (final TimeoutException e) {
                // poll cancellation again
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CanceledException("Interrupted during the stability assessment.");
            } catch (final ExecutionException e) {
                final Throwable c = e.getCause();
                if (c instanceof CanceledException ce) {
                    throw ce;
                }
                if (c instanceof RuntimeException re) {
                    throw re;
                }
                if (c instanceof Error er) {
                    throw er; // e.g. out of memory: the caller reports it as such, not as an internal error
                }
                throw new IllegalStateException("Stability resample failed: " + c, c);
            }
        }
    }

    /**
     * Adds a warning for each of the first {@value #MAX_WARNINGS} failed resamples (and one for the rest).
     *
     * @return the number of failed resamples
     */
    private static int failureWarnings(final String[] failures, final List<String> warnings) {
        int failed = 0;
        for (int r = 0; r < failures.length; r++) {
            if (failures[r] != null) {
                failed++;
                if (failed <= MAX_WARNINGS) {
                    warnings.add("Stability resample " + (r + 1) + " could not be refitted: " + failures[r]);
                }
            }
        }
        if (failed > MAX_WARNINGS) {
            warnings.add("... and " + (failed - MAX_WARNINGS) + " more resamples could not be refitted.");
        }
        return failed;
    }

    /** @return segment {@code s}'s stability over the resamples that compared it, in resample order */
    private static StabilityResult.Segment segment(final int s, final int size, final double[][] jaccard) {
        double sum = 0;
        double min = Double.NaN;
        int compared = 0;
        int dissolved = 0;
        int recovered = 0;
        for (final double[] row : jaccard) {
            if (row == null || Double.isNaN(row[s])) {
                continue;
            }
            final double j = row[s];
            sum += j;
            min = compared == 0 ? j : Math.min(min, j);
            compared++;
            if (j <= StabilityVerdict.DISSOLVED_AT) {
                dissolved++;
            }
            if (j >= StabilityVerdict.RECOVERED_AT) {
                recovered++;
            }
        }
        final double mean = compared == 0 ? Double.NaN : sum / compared;
        return new StabilityResult.Segment(s, size, mean, min, compared, dissolved, recovered,
            StabilityVerdict.of(mean));
    }

    /**
     * The random stream of resample {@code r}: depends on the seed and r only.
     *
     * @param seed the seed
     * @param r the resample index
     * @return the stream
     */
    static SplittableRandom stream(final long seed, final int r) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + (r + 1) * 0xBF58476D1CE4E5B9L);
    }

    /** One resample: draw, refit, best Jaccard per original segment ({@code NaN} when none of its rows was drawn). */
    private static double[] one(final FeatureMatrix data, final SegmentationConfig refit, final int[] labels,
        final int[] kept, final int k, final StabilityConfig sc, final int r, final ProgressListener inner)
        throws SegmentationException, CanceledException {
        final int[] drawn = draw(kept, sc, r);
        // the resample shares the rows' storage (no copy per resample) and names rows by their own ids
        final int[] refitted = Segmentation.run(data.rowsAt(drawn), refit, inner).labels();
        return bestJaccard(labels, kept, k, drawn, refitted);
    }

    /**
     * @return the rows resample {@code r} draws from {@code kept} (bootstrap: with replacement; subsample: sorted),
     *         at most {@link StabilityConfig#MAX_RESAMPLE_ROWS}
     */
    static int[] draw(final int[] kept, final StabilityConfig sc, final int r) {
        final int n = kept.length;
        final SplittableRandom rnd = stream(sc.seed(), r);
        if (sc.method() == StabilityConfig.Method.BOOTSTRAP) {
            final int[] drawn = new int[Math.min(n, StabilityConfig.MAX_RESAMPLE_ROWS)];
            for (int i = 0; i < drawn.length; i++) {
                drawn[i] = kept[rnd.nextInt(n)];
            }
            return drawn;
        }
        final int m = Math.min(StabilityConfig.MAX_RESAMPLE_ROWS,
            Math.max(2, (int) Math.round(sc.subsampleFraction() * n)));
        final int[] perm = kept.clone();
        for (int i = 0; i < m; i++) { // partial Fisher-Yates
            final int j = i + rnd.nextInt(n - i);
            final int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        final int[] drawn = Arrays.copyOf(perm, m);
        Arrays.sort(drawn);
        return drawn;
    }

    /**
     * @return per original segment the best Jaccard similarity with a refitted segment, on the distinct drawn rows
     *         ({@code NaN} when none of its rows was drawn)
     */
    private static double[] bestJaccard(final int[] labels, final int[] kept, final int k, final int[] drawn,
        final int[] refitted) {
        // compare on the distinct drawn rows: a duplicate of a row has the same values, hence the same segment
        final int rows = labels.length;
        final int[] newLabel = new int[rows];
        Arrays.fill(newLabel, -2); // -2 = not drawn
        for (int i = 0; i < drawn.length; i++) {
            if (newLabel[drawn[i]] == -2) {
                newLabel[drawn[i]] = refitted[i];
            }
        }
        final long[][] both = new long[k][k];
        final long[] a = new long[k];
        final long[] bSize = new long[k];
        for (final int i : kept) {
            final int nl = newLabel[i];
            if (nl == -2) {
                continue;
            }
            a[labels[i]]++;
            if (nl >= 0) {
                bSize[nl]++;
                both[labels[i]][nl]++;
            }
        }
        final double[] best = new double[k];
        for (int s = 0; s < k; s++) {
            if (a[s] == 0) {
                best[s] = Double.NaN;
                continue;
            }
            double max = 0;
            for (int t = 0; t < k; t++) {
                final long inter = both[s][t];
                final long union = a[s] + bSize[t] - inter;
                if (union > 0) {
                    max = Math.max(max, (double) inter / union);
                }
            }
            best[s] = max;
        }
        return best;
    }
}
