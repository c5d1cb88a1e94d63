package org.custseg.engine.profile;

import java.util.Arrays;

/**
 * Quantiles, minimum and maximum of unsorted values by selection instead of a full sort: the same doubles as sorting
 * the values ({@link Arrays#sort(double[])}) and reading the order statistics, in linear expected time.
 *
 * <p>Quantiles are R's type 7: with {@code h = (n - 1) p}, {@code lo = floor(h)} and {@code hi = min(lo + 1, n -
 * 1)}, the value {@code x[lo] + (h - lo) (x[hi] - x[lo])} of the ascending order statistics {@code x}; the
 * arithmetic is the same as on a sorted array, so the result is bit for bit the same.
 *
 * <p>The values must not contain {@code NaN} (callers leave missing values out). Selection compares with
 * {@code <}, which orders every other double as {@link Arrays#sort(double[])} does, except that the sort puts
 * {@code -0.0} before {@code 0.0}; when a {@code -0.0} is present the methods fall back to that sort, so signed
 * zeros come out exactly as before too.
 */
public final class OrderStatistics {

    /** Ranges at most this long are sorted by insertion. */
    private static final int SMALL = 16;

    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    private OrderStatistics() {
    }

    /**
     * Type-7 quantiles of the first {@code n} values of {@code values}, which are reordered (not sorted).
     *
     * @param values the values, no {@code NaN}; its first {@code n} entries are permuted
     * @param n the number of values used (the first {@code n})
     * @param probabilities the probabilities, in non-decreasing order, each in [0, 1]
     * @return the quantile for each probability, {@code NaN} each when {@code n == 0}
     * @throws IllegalArgumentException if the probabilities are not in non-decreasing order or outside [0, 1]
     */
    public static double[] quantiles(final double[] values, final int n, final double... probabilities) {
        final double[] out = new double[probabilities.length];
        double last = 0;
        for (final double p : probabilities) {
            if (!(p >= last && p <= 1)) {
                throw new IllegalArgumentException("Quantile probabilities must be in [0, 1] and non-decreasing: "
                    + Arrays.toString(probabilities));
            }
            last = p;
        }
        if (n == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        if (hasNegativeZero(values, n)) {
            Arrays.sort(values, 0, n);
            for (int i = 0; i < probabilities.length; i++) {
                out[i] = sortedQuantile(values, n, probabilities[i]);
            }
            return out;
        }
        int from = 0; // [0, from) holds the 'from' smallest values
        for (int i = 0; i < probabilities.length; i++) {
            final double h = (n - 1) * probabilities[i];
            final int lo = (int) Math.floor(h);
            final int hi = Math.min(lo + 1, n - 1);
            select(values, from, n, lo);
            from = lo;
            final double xlo = values[lo];
            final double xhi = hi == lo ? xlo : min(values, lo + 1, n);
            out[i] = xlo + (h - lo) * (xhi - xlo);
        }
        return out;
    }

    /**
     * The type-7 quantile of sorted values (as {@link #quantiles} computes it).
     *
     * @param sorted ascending values
     * @param n the number of values used (the first {@code n}), at least 1
     * @param p the probability in [0, 1]
     * @return the quantile
     */
    static double sortedQuantile(final double[] sorted, final int n, final double p) {
        final double h = (n - 1) * p;
        final int lo = (int) Math.floor(h);
        final int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * @param values values without {@code NaN}
     * @param n the number of values used (the first {@code n}), at least 1
     * @return the smallest, as the first value after {@link Arrays#sort(double[])} ({@code -0.0} before {@code 0.0})
     */
    public static double min(final double[] values, final int n) {
        double m = values[0];
        for (int i = 1; i < n; i++) {
            final double x = values[i];
            if (x < m || x == m && x == 0 && Double.doubleToRawLongBits(x) == NEGATIVE_ZERO) {
                m = x;
            }
        }
        return m;
    }

    /**
     * @param values values without {@code NaN}
     * @param n the number of values used (the first {@code n}), at least 1
     * @return the largest, as the last value after {@link Arrays#sort(double[])} ({@code 0.0} after {@code -0.0})
     */
    public static double max(final double[] values, final int n) {
        double m = values[0];
        for (int i = 1; i < n; i++) {
            final double x = values[i];
            if (x > m || x == m && x == 0 && Double.doubleToRawLongBits(x) != NEGATIVE_ZERO) {
                m = x;
            }
        }
        return m;
    }

    /**
     * @param values any values
     * @param n the number of values looked at (the first {@code n})
     * @return whether one of them is {@code -0.0}
     */
    public static boolean hasNegativeZero(final double[] values, final int n) {
        for (int i = 0; i < n; i++) {
            if (values[i] == 0 && Double.doubleToRawLongBits(values[i]) == NEGATIVE_ZERO) {
                return true;
            }
        }
        return false;
    }

    /** @return the smallest of {@code values[from..to)} by {@code <} (non-empty, no NaN, no -0.0) */
    private static double min(final double[] values, final int from, final int to) {
        double m = values[from];
        for (int i = from + 1; i < to; i++) {
            if (values[i] < m) {
                m = values[i];
            }
        }
        return m;
    }

    /**
     * Reorders {@code a[from..to)} so that {@code a[k]} holds the value a sort would put there, everything before it
     * is at most that value and everything after it at least that value. Quickselect with Hoare's partitioning
     * around a median of three (both scans stop at values equal to the pivot, so runs of equal values, common in
     * counts and amounts, still split evenly); after too many unbalanced rounds the rest of the range is sorted
     * instead, which bounds the worst case by the sort's.
     *
     * @param a values without {@code NaN} or {@code -0.0} (compared with {@code <})
     * @param from first index of the range
     * @param to end of the range (exclusive)
     * @param k the index to fix, {@code from <= k < to}
     */
    static void select(final double[] a, final int from, final int to, final int k) {
        int lo = from;
        int hi = to - 1;
        int budget = 3 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from))) + 8;
        while (hi > lo) {
            if (hi - lo < SMALL) {
                insertionSort(a, lo, hi);
                return;
            }
            if (--budget < 0) {
                Arrays.sort(a, lo, hi + 1);
                return;
            }
            final int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, lo, mid);
            }
            if (a[hi] < a[lo]) {
                swap(a, lo, hi);
            }
            if (a[hi] < a[mid]) {
                swap(a, mid, hi);
            }
            swap(a, lo, mid); // the median of the three is the pivot, at lo; a[hi] >= it stops the upward scan
            final double pivot = a[lo];
            int i = lo;
            int j = hi + 1;
            while (true) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (pivot < a[j]); // stops at lo at the latest: a[lo] is the pivot
                if (i >= j) {
                    break;
                }
                swap(a, i, j);
            }
            swap(a, lo, j);
            // now a[lo..j) <= pivot = a[j] <= a(j..hi]
            if (j == k) {
                return;
            }
            if (j > k) {
                hi = j - 1;
            } else {
                lo = j + 1;
            }
        }
    }

    private static void swap(final double[] a, final int i, final int j) {
        final double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** Sorts {@code a[lo..hi]} (inclusive) by insertion. */
    private static void insertionSort(final double[] a, final int lo, final int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            final double x = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }
}
