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
        orderStatistics(values, n, probabilities, out);
        return out;
    }

    /**
     * Minimum, quartiles and maximum of the first {@code n} values (reordered, not sorted).
     *
     * @param values the values, no {@code NaN}; its first {@code n} entries are permuted
     * @param n the number of values used (the first {@code n})
     * @return {@code {min, q1, median, q3, max}} as read from the sorted values, all {@code NaN} when {@code n == 0}
     */
    public static double[] fiveNumbers(final double[] values, final int n) {
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        final double[] q = new double[3];
        final double[] extremes = orderStatistics(values, n, new double[] {0.25, 0.5, 0.75}, q);
        return new double[] {extremes[0], q[0], q[1], q[2], extremes[1]};
    }

    /** Whole numbers spanning at most this many values are counted instead of selected. */
    private static final int COUNTING_RANGE = 1 << 12;

    /** Whole numbers up to this magnitude are exact in double arithmetic (with room to spare). */
    private static final double EXACT_WHOLE = 0x1p52;

    /**
     * One pass for the minimum and maximum, and whether a {@code -0.0} is present or every value is a whole number
     * in a short range; then the quantiles (into {@code out}) by the cheapest exact way: sorting when a {@code -0.0}
     * is present (only the sort orders it before {@code 0.0}), counting for whole numbers in a short range (counts,
     * visits, tenure in months), selection otherwise.
     *
     * @return {@code {min, max}} as the first and last value of the sorted values
     */
    private static double[] orderStatistics(final double[] values, final int n, final double[] probabilities,
        final double[] out) {
        double min = values[0];
        double max = values[0];
        boolean negativeZero = false;
        boolean whole = true;
        for (int i = 0; i < n; i++) {
            final double x = values[i];
            if (x < min) {
                min = x;
            } else if (x > max) {
                max = x;
            }
            negativeZero |= x == 0 && Double.doubleToRawLongBits(x) == NEGATIVE_ZERO;
            whole &= x == Math.rint(x);
        }
        if (negativeZero) {
            Arrays.sort(values, 0, n);
            for (int i = 0; i < probabilities.length; i++) {
                out[i] = sortedQuantile(values, n, probabilities[i]);
            }
            return new double[] {values[0], values[n - 1]};
        }
        if (whole && min >= -EXACT_WHOLE && max <= EXACT_WHOLE && max - min < COUNTING_RANGE) {
            countedQuantiles(values, n, min, (int) (max - min) + 1, probabilities, out);
        } else {
            selectQuantiles(values, n, probabilities, out);
        }
        return new double[] {min, max};
    }

    /**
     * Type-7 quantiles of whole numbers {@code min .. min + range - 1} from their counts: the order statistic at an
     * index is the value whose cumulative count first exceeds it, the same double as the sorted array holds there
     * (the difference to {@code min} and back is exact for such numbers; no {@code -0.0} among them).
     */
    private static void countedQuantiles(final double[] values, final int n, final double min, final int range,
        final double[] probabilities, final double[] out) {
        final int[] count = new int[range];
        for (int i = 0; i < n; i++) {
            count[(int) (values[i] - min)]++;
        }
        for (int i = 0; i < probabilities.length; i++) {
            final double h = (n - 1) * probabilities[i];
            final int lo = (int) Math.floor(h);
            final int hi = Math.min(lo + 1, n - 1);
            final double xlo = countedAt(count, min, lo);
            final double xhi = hi == lo ? xlo : countedAt(count, min, hi);
            out[i] = xlo + (h - lo) * (xhi - xlo);
        }
    }

    /** @return the value at index {@code t} of the sorted values described by their counts */
    private static double countedAt(final int[] count, final double min, final int t) {
        long seen = 0;
        for (int v = 0; v < count.length; v++) {
            seen += count[v];
            if (seen > t) {
                return min + v;
            }
        }
        throw new IllegalStateException("index " + t + " beyond the counted values");
    }

    /** Type-7 quantiles by selection (no {@code NaN} or {@code -0.0} among the values, {@code n > 0}). */
    private static void selectQuantiles(final double[] values, final int n, final double[] probabilities,
        final double[] out) {
        // the order statistics every quantile needs (lo and hi of each), found together: one partition serves all
        final int[] targets = new int[2 * probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            final int lo = (int) Math.floor((n - 1) * probabilities[i]);
            targets[2 * i] = lo;
            targets[2 * i + 1] = Math.min(lo + 1, n - 1);
        }
        final int count = distinctSorted(targets);
        selectAll(values, 0, n - 1, targets, 0, count, budget(n));
        for (int i = 0; i < probabilities.length; i++) {
            out[i] = sortedQuantile(values, n, probabilities[i]); // its two order statistics are in place
        }
    }

    /** Sorts {@code a} (non-decreasing input from pairs) and moves its distinct values to the front. */
    private static int distinctSorted(final int[] a) {
        Arrays.sort(a);
        int m = 0;
        for (int i = 0; i < a.length; i++) {
            if (m == 0 || a[i] != a[m - 1]) {
                a[m++] = a[i];
            }
        }
        return m;
    }

    private static int budget(final int length) {
        return 3 * (32 - Integer.numberOfLeadingZeros(Math.max(1, length))) + 8;
    }

    /**
     * The type-7 quantile of sorted values (as {@link #quantiles} computes it).
     *
     * @param sorted ascending values
     * @param n the number of values used (the first {@code n}), at least 1
     * @param p the probability in [0, 1]
     * @return the quantile
     */
    public static double sortedQuantile(final double[] sorted, final int n, final double p) {
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
        selectAll(a, from, to - 1, new int[] {k}, 0, 1, budget(to - from));
    }

    /**
     * Puts the values a sort would put at the indices {@code ks[kFrom..kTo)} (ascending, distinct, all in
     * {@code [lo, hi]}) there, by partitioning {@code a[lo..hi]} and going on in the parts that hold targets.
     *
     * @param budget partitioning rounds left on this path before the rest is sorted instead
     */
    private static void selectAll(final double[] a, final int lo0, final int hi, final int[] ks, final int kFrom0,
        final int kTo, final int budget0) {
        int lo = lo0;
        int kFrom = kFrom0;
        int budget = budget0;
        while (kFrom < kTo && hi > lo) {
            if (hi - lo < SMALL) {
                insertionSort(a, lo, hi);
                return;
            }
            if (--budget < 0) {
                Arrays.sort(a, lo, hi + 1);
                return;
            }
            final int j = partition(a, lo, hi);
            int m = kFrom; // ks[kFrom..m) lie left of j
            while (m < kTo && ks[m] < j) {
                m++;
            }
            if (m > kFrom) {
                selectAll(a, lo, j - 1, ks, kFrom, m, budget);
            }
            kFrom = m < kTo && ks[m] == j ? m + 1 : m; // a[j] is in place
            lo = j + 1;
        }
    }

    /**
     * Hoare's partitioning of {@code a[lo..hi]} (more than two values) around the median of its first, middle and
     * last value; both scans stop at values equal to the pivot, so runs of equal values still split evenly.
     *
     * @return the pivot's final index {@code j}: {@code a[lo..j) <= a[j] <= a(j..hi]}
     */
    private static int partition(final double[] a, final int lo, final int hi) {
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
        return j;
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
