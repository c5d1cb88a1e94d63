package org.custseg.engine.stability;

/**
 * Settings of a stability assessment; validates itself.
 *
 * @param resamples number of resamples B (1..1000)
 * @param method how the resamples are drawn
 * @param subsampleFraction {@link Method#SUBSAMPLE} only: the share of rows drawn without replacement, in (0, 1)
 * @param seed random seed of the resampling; the same seed gives the same figures on any machine and thread count
 * @param threads worker threads, 0 = one per available processor
 */
public record StabilityConfig(int resamples, Method method, double subsampleFraction, long seed, int threads) {

    /**
     * Default number of resamples. Hennig's {@code clusterboot} uses 100; 20 keeps the cost below the automatic-k fit
     * it assesses (k-means, k 2..8: measured 0.18-0.27 times that fit on 2,000 bank-like rows and 0.56-0.80 times on
     * 10,000, one and two threads; {@code StabilityBenchmark}, BENCHMARKS.md), while B = 50 cost 1.5-1.9 times it at
     * 10,000 rows. With 20 resamples the mean Jaccard of a segment has a standard error of at most about 0.05
     * (values in [0, 1] with a standard deviation rarely above 0.2), enough to tell the verdict bands apart.
     */
    public static final int DEFAULT_RESAMPLES = 20;

    /**
     * Most rows one resample draws. Above it a bootstrap draws this many rows with replacement ("m out of n") and a
     * subsample draws its share but no more than this many, so that B refits of a million-row table cost about B
     * refits of 50,000 rows (and memory for 50,000 row references each), not B full fits. At or below it every
     * resample is exactly as before. 50,000 customers compare every segment of up to k = 50 on at least hundreds of
     * rows even when a segment holds 1 % of them.
     */
    public static final int MAX_RESAMPLE_ROWS = 50_000;

    /** Largest number of resamples accepted. */
    public static final int MAX_RESAMPLES = 1000;

    /** Default subsample share (half the rows, as {@code clusterboot}'s subsetting default). */
    public static final double DEFAULT_SUBSAMPLE_FRACTION = 0.5;

    /** How the rows of one resample are drawn. */
    public enum Method {
        /** n rows drawn with replacement, at most {@link #MAX_RESAMPLE_ROWS} (the default; Hennig's recommendation). */
        BOOTSTRAP,
        /** a share of the rows drawn without replacement. */
        SUBSAMPLE
    }

    /** Validates every setting. */
    public StabilityConfig {
        if (resamples < 1 || resamples > MAX_RESAMPLES) {
            throw new IllegalArgumentException("Setting stability resamples = " + resamples
                + " is not allowed: use 1.." + MAX_RESAMPLES + " (default " + DEFAULT_RESAMPLES + ").");
        }
        if (method == null) {
            throw new IllegalArgumentException("Setting stability method is missing: use BOOTSTRAP or SUBSAMPLE.");
        }
        if (!(subsampleFraction > 0 && subsampleFraction < 1)) {
            throw new IllegalArgumentException("Setting stability subsample fraction = " + subsampleFraction
                + " is not allowed: use a share strictly between 0 and 1 (default 0.5).");
        }
        if (threads < 0) {
            throw new IllegalArgumentException(
                "Setting stability threads = " + threads + " is not allowed: use 0 (all processors) or more.");
        }
    }

    /**
     * @param seed the seed
     * @return {@link #DEFAULT_RESAMPLES} bootstrap resamples, all processors
     */
    public static StabilityConfig defaults(final long seed) {
        return new StabilityConfig(DEFAULT_RESAMPLES, Method.BOOTSTRAP, DEFAULT_SUBSAMPLE_FRACTION, seed, 0);
    }

    /** @return the number of threads to use (at least 1) */
    public int effectiveThreads() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
