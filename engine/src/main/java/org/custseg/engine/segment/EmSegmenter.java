package org.custseg.engine.segment;

import java.util.Arrays;
import java.util.Locale;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.model.EmParameters;

import weka.clusterers.EM;
import weka.core.Instances;
import weka.core.Utils;

/**
 * EM on Weka's {@code EM} with a fixed number of components (never Weka's cross-validated {@code -N -1}; automatic k
 * is the engine's scan). After fitting, the mixture is copied out as plain values ({@link EmParameters}); labels are
 * the most probable component computed from those values, the same rule the model applies to new rows. The Weka
 * build runs through {@link WekaRunner}, so cancellation is noticed within 100 ms.
 *
 * <h2>Minimum standard deviation per column</h2>
 * A diagonal Gaussian mixture fitted to values recorded on a grid (counts, amounts in whole thousands) with many
 * duplicate rows can place a small component on a few identical values of one column and shrink its standard
 * deviation there far below the grid step. Its density then becomes a spike, the log-likelihood grows with every
 * such component, and BIC (which charges only {@code ln n} per parameter) keeps preferring more components: on the
 * sample data with the configured floor of 1e-6 alone, BIC chose the largest k tried. A spread finer than the grid
 * says nothing about the customers, so each column's floor is raised to
 * {@code max(minStdDev, step / sqrt(12))}, where {@code step} is the smallest positive difference between two values of
 * the column (in scaled units) and {@code step / sqrt(12)} is the standard deviation of a uniform distribution over
 * one step. For continuous columns the step is tiny and the configured minimum applies unchanged; the grid floor
 * moves with the scaling, so gridded data gets the same fit under every scaling. Weka applies a floor as follows: a
 * component standard deviation at or below it is replaced by the column's overall standard deviation (and by the
 * floor if that is smaller still). When a grid floor is in force, the options string names it after Weka's options,
 * because Weka's command line has no option for per-column floors.
 */
final class EmSegmenter implements Segmenter {

    /** Standard deviation of a uniform distribution over one grid step, per unit of step: {@code 1 / sqrt(12)}. */
    static final double GRID_STEP_TO_STD_DEV = 1 / Math.sqrt(12);

    @Override
    public RawFit fit(final double[][] x, final int k, final SegmentationConfig config, final ProgressListener progress)
        throws SegmentationException, CanceledException {
        progress.checkCanceled();
        progress.progress(Double.NaN, "fitting EM");
        final Instances data = WekaData.toInstances(x);
        final EmParameters params;
        final String options;
        try {
            final EM em = WekaRunner.run(() -> build(data, k, config), progress);
            options = Utils.joinOptions(em.getOptions())
                + floorNote(minStdDevs(x, config.minStdDev()), config.minStdDev());
            params = parameters(em, x[0].length);
            if (params.k() < k) {
                throw new SegmentationException("EM found only " + params.k() + " components for k = " + k
                    + " (its k-means initialisation found fewer distinct centres): choose a smaller k.");
            }
        } catch (final SegmentationException | CanceledException e) {
            throw e;
        } catch (final Exception e) {
            throw new SegmentationException("Weka EM failed for k = " + k + ": " + WekaData.message(e), e);
        }
        progress.checkCanceled();
        final int[] labels = params.mostProbable(x);
        progress.progress(1, "EM done");
        return new RawFit(k, labels, null, params, new double[0], options);
    }

    /**
     * Builds Weka's EM with our settings, including the per-column minimum standard deviations of
     * {@link #minStdDevs(double[][], double)} (package-private so tests can compare with Weka).
     */
    static EM build(final Instances data, final int k, final SegmentationConfig config) throws Exception {
        final EM em = new EM();
        em.setNumClusters(k);
        em.setMaxIterations(config.maxIterations());
        em.setMinStdDev(config.minStdDev());
        em.setMinStdDevPerAtt(minStdDevs(columns(data), config.minStdDev()));
        em.setSeed(WekaData.seed(config.seed()));
        em.setNumExecutionSlots(1);
        em.getCapabilities().testWithFail(data);
        em.buildClusterer(data);
        return em;
    }

    /**
     * @param x rows (scaled)
     * @param minStdDev the configured minimum standard deviation
     * @return per column {@code max(minStdDev, step / sqrt(12))}, {@code step} being the smallest positive difference
     *         between two of the column's values ({@code minStdDev} for a constant column)
     */
    static double[] minStdDevs(final double[][] x, final double minStdDev) {
        final int n = x.length;
        final int d = x[0].length;
        final double[] floors = new double[d];
        final Distinct distinct = n >= RADIX_MIN_ROWS ? new Distinct(n / DISTINCT_SHARE, minStdDev) : null;
        long[] keys = null;
        long[] buffer = null;
        double[] v = null;
        for (int a = 0; a < d; a++) {
            if (distinct != null) {
                final double floor = distinct.floor(x, a, minStdDev);
                if (!Double.isNaN(floor)) {
                    floors[a] = floor;
                    continue;
                }
            }
            // the exact minimum gap of the sorted column
            double step = Double.POSITIVE_INFINITY;
            if (n < RADIX_MIN_ROWS) {
                v = v == null ? new double[n] : v;
                for (int i = 0; i < n; i++) {
                    v[i] = x[i][a];
                }
                Arrays.sort(v);
                for (int i = 1; i < n; i++) {
                    final double gap = v[i] - v[i - 1];
                    if (gap > 0 && gap < step) {
                        step = gap;
                    }
                }
            } else {
                keys = keys == null ? new long[n] : keys;
                buffer = buffer == null ? new long[n] : buffer;
                for (int i = 0; i < n; i++) {
                    keys[i] = sortKey(x[i][a]);
                }
                final long[] sorted = radixSort(keys, buffer);
                double previous = fromSortKey(sorted[0]);
                for (int i = 1; i < n; i++) {
                    final double value = fromSortKey(sorted[i]);
                    final double gap = value - previous;
                    if (gap > 0 && gap < step) {
                        step = gap;
                    }
                    previous = value;
                }
            }
            floors[a] = floorOfStep(step, minStdDev);
        }
        return floors;
    }

    private static double floorOfStep(final double step, final double minStdDev) {
        return Double.isFinite(step) ? Math.max(minStdDev, step * GRID_STEP_TO_STD_DEV) : minStdDev;
    }

    /** From this many rows on, {@link #minStdDevs} tries {@link Distinct} first and sorts a column by radix. */
    static final int RADIX_MIN_ROWS = 2048;

    /** {@link Distinct} gives up on a column with more distinct values than one in this many rows. */
    private static final int DISTINCT_SHARE = 8;

    /**
     * The floor of one column without sorting it, in one pass that usually ends early; the result is exactly the one of
     * the sorted column ({@code Arrays.sort}, then the smallest positive difference of neighbours).
     * <p>
     * The values are hashed into buckets of width {@code w = minStdDev * sqrt(12) / 2} (by {@code floor(v / w)}).
     * <ul>
     * <li>Two different values in one bucket: their difference {@code g} (computed in floating point) is checked to
     * satisfy {@code g / sqrt(12) <= minStdDev}. The smallest neighbour difference is at most {@code g} (rounding is
     * monotone), so the floor is {@code minStdDev}: continuous columns end here after a few thousand rows.</li>
     * <li>No such pair: every bucket holds one distinct value, so the column's distinct values are known; sorted, their
     * neighbour differences are exactly the positive neighbour differences of the sorted column (equal values only
     * add differences of 0). Grid-valued columns (counts, amounts in hundreds, shares of twelve) end here.</li>
     * <li>More distinct values than {@code rows / 8}, a value whose bucket number is not below 2^62 in magnitude (or
     * is NaN or infinite), or a failed check: gives up ({@code NaN}) and the column is sorted.</li>
     * </ul>
     */
    static final class Distinct {

        private static final long EMPTY = Long.MIN_VALUE;

        private static final double BUCKET_LIMIT = 0x1p62;

        private final int cap;

        private final double width;

        private final long[] buckets;

        private final double[] values;

        private final int mask;

        private final int shift;

        /**
         * @param cap the most distinct values to collect
         * @param minStdDev the configured minimum standard deviation
         */
        Distinct(final int cap, final double minStdDev) {
            this.cap = Math.max(16, cap);
            final double w = minStdDev / GRID_STEP_TO_STD_DEV / 2;
            this.width = w >= Double.MIN_NORMAL && w < Double.POSITIVE_INFINITY ? w : Double.NaN;
            final int size = Integer.highestOneBit(this.cap) * 4;
            this.buckets = new long[size];
            this.values = new double[size];
            this.mask = size - 1;
            this.shift = 64 - Integer.numberOfTrailingZeros(size);
        }

        /**
         * @return the floor of column {@code a}, or {@code NaN} when the column must be sorted instead
         */
        double floor(final double[][] x, final int a, final double minStdDev) {
            if (Double.isNaN(width)) {
                return Double.NaN;
            }
            Arrays.fill(buckets, EMPTY);
            int count = 0;
            for (final double[] row : x) {
                final double v = row[a];
                final double q = Math.floor(v / width);
                if (!(Math.abs(q) < BUCKET_LIMIT)) {
                    return Double.NaN; // NaN, infinite or too large for a bucket number
                }
                final long b = (long) q;
                int slot = (int) ((b * 0x9E3779B97F4A7C15L) >>> shift);
                while (true) {
                    final long held = buckets[slot];
                    if (held == EMPTY) {
                        if (++count > cap) {
                            return Double.NaN; // too many distinct values: sorting is cheaper
                        }
                        buckets[slot] = b;
                        values[slot] = v;
                        break;
                    }
                    if (held == b) {
                        final double other = values[slot];
                        if (other == v) {
                            break; // the same value again
                        }
                        final double g = Math.abs(v - other);
                        return g * GRID_STEP_TO_STD_DEV <= minStdDev ? minStdDev : Double.NaN;
                    }
                    slot = (slot + 1) & mask;
                }
            }
            final double[] sorted = new double[count];
            int c = 0;
            for (int s = 0; s <= mask; s++) {
                if (buckets[s] != EMPTY) {
                    sorted[c++] = values[s];
                }
            }
            Arrays.sort(sorted);
            double step = Double.POSITIVE_INFINITY;
            for (int i = 1; i < count; i++) {
                final double gap = sorted[i] - sorted[i - 1];
                if (gap > 0 && gap < step) {
                    step = gap;
                }
            }
            return floorOfStep(step, minStdDev);
        }
    }

    /** Bits per radix digit: four passes cover the 64 bits of a key. */
    private static final int RADIX_BITS = 16;

    /**
     * @param value a double
     * @return a key whose unsigned order is the order {@code Arrays.sort(double[])} gives ({@code -0.0} before
     *         {@code 0.0}; every NaN, made canonical, after {@code +Infinity})
     */
    static long sortKey(final double value) {
        final long bits = Double.doubleToLongBits(value);
        return bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
    }

    /** @return the double whose {@link #sortKey} is {@code key} */
    static double fromSortKey(final long key) {
        return Double.longBitsToDouble(key < 0 ? key ^ Long.MIN_VALUE : ~key);
    }

    /**
     * Least-significant-digit radix sort of keys as unsigned numbers; a digit that is the same in every key is skipped.
     *
     * @param keys the keys (overwritten)
     * @param buffer the same length as {@code keys}
     * @return the array ({@code keys} or {@code buffer}) holding the sorted keys
     */
    static long[] radixSort(final long[] keys, final long[] buffer) {
        final int n = keys.length;
        final int passes = (64 + RADIX_BITS - 1) / RADIX_BITS;
        final int buckets = 1 << RADIX_BITS;
        final int mask = buckets - 1;
        final int[][] counts = new int[passes][buckets];
        for (final long key : keys) {
            for (int p = 0; p < passes; p++) {
                counts[p][(int) (key >>> (p * RADIX_BITS)) & mask]++;
            }
        }
        long[] from = keys;
        long[] to = buffer;
        for (int p = 0; p < passes; p++) {
            final int[] c = counts[p];
            if (n == 0 || c[(int) (from[0] >>> (p * RADIX_BITS)) & mask] == n) {
                continue; // every key has this digit
            }
            int sum = 0;
            for (int b = 0; b < buckets; b++) {
                final int t = c[b];
                c[b] = sum;
                sum += t;
            }
            final int shift = p * RADIX_BITS;
            for (int i = 0; i < n; i++) {
                final long key = from[i];
                to[c[(int) (key >>> shift) & mask]++] = key;
            }
            final long[] t = from;
            from = to;
            to = t;
        }
        return from;
    }

    private static double[][] columns(final Instances data) {
        final double[][] x = new double[data.numInstances()][data.numAttributes()];
        for (int i = 0; i < x.length; i++) {
            for (int a = 0; a < x[i].length; a++) {
                x[i][a] = data.instance(i).value(a);
            }
        }
        return x;
    }

    /** @return empty if no floor exceeds the configured one, else a note listing the floors per column */
    static String floorNote(final double[] floors, final double minStdDev) {
        if (Arrays.stream(floors).noneMatch(f -> f > minStdDev)) {
            return "";
        }
        final StringBuilder sb = new StringBuilder(" (minimum std dev per column from the value grid, scaled units:");
        for (final double f : floors) {
            sb.append(' ').append(String.format(Locale.ROOT, "%.4g", f));
        }
        return sb.append(')').toString();
    }

    static EmParameters parameters(final EM em, final int d) throws Exception {
        final int k = em.numberOfClusters();
        final double[] priors = em.getClusterPriors().clone();
        final double[][][] normal = em.getClusterModelsNumericAtts();
        final double[][] means = new double[k][d];
        final double[][] sds = new double[k][d];
        for (int j = 0; j < k; j++) {
            for (int a = 0; a < d; a++) {
                means[j][a] = normal[j][a][0];
                sds[j][a] = normal[j][a][1];
            }
        }
        return new EmParameters(priors, means, sds);
    }
}
