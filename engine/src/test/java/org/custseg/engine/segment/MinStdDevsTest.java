package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The per-column minimum standard deviations of the EM segmenters ({@link EmSegmenter#minStdDevs}) take shortcuts on
 * large columns (distinct values hashed, a radix sort); the result must be bit for bit the one of sorting each column
 * with {@code Arrays.sort} and taking the smallest positive difference of neighbours, computed here independently.
 */
class MinStdDevsTest {

    /** The rule written out plainly: sort, smallest positive neighbour difference, {@code max(min, step * (1 / sqrt 12))}. */
    private static double reference(final double[] column, final double minStdDev) {
        final double[] v = column.clone();
        Arrays.sort(v);
        double step = Double.POSITIVE_INFINITY;
        for (int i = 1; i < v.length; i++) {
            final double gap = v[i] - v[i - 1];
            if (gap > 0 && gap < step) {
                step = gap;
            }
        }
        return Double.isFinite(step) ? Math.max(minStdDev, step * (1 / Math.sqrt(12))) : minStdDev;
    }

    private static double[] column(final int kind, final int n, final Random rnd) {
        final double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = switch (kind) {
                case 0 -> rnd.nextGaussian(); // continuous
                case 1 -> Math.round(rnd.nextGaussian() * 6) / 12.0; // shares of twelve
                case 2 -> Math.round(Math.exp(6 + 1.2 * rnd.nextGaussian())) * 100.0 / 2345.6; // scaled amounts
                case 3 -> rnd.nextBoolean() ? 0.0 : -0.0; // signed zeros only
                case 4 -> (rnd.nextInt(3) - 1) * 1e-300; // tiny values on a grid
                case 5 -> i * 0.37 - 50; // many distinct grid values: more than the hashed path collects
                case 6 -> rnd.nextInt(5) * 1e-5 + (rnd.nextInt(7) == 0 ? 3e-6 : 0); // differences near the bucket width
                case 7 -> rnd.nextInt(50) == 0 ? 1e300 * rnd.nextGaussian() : rnd.nextInt(4); // huge magnitudes
                case 8 -> rnd.nextInt(100) == 0 ? Double.POSITIVE_INFINITY : rnd.nextInt(9) * 0.25; // an infinity
                case 9 -> rnd.nextInt(100) == 0 ? Double.NaN : rnd.nextInt(9) * 0.5; // a NaN
                case 10 -> 7.25; // constant
                default -> rnd.nextInt(40) * 3.4641016151377546e-6 * (1 + 1e-16 * rnd.nextInt(3)); // grid at the limit
            };
        }
        if (kind == 5) {
            for (int i = n - 1; i > 0; i--) {
                final int j = rnd.nextInt(i + 1);
                final double t = c[i];
                c[i] = c[j];
                c[j] = t;
            }
        }
        return c;
    }

    @Test
    void sameBitsAsSortingEveryColumn() {
        final Random rnd = new Random(17);
        final int kinds = 12;
        int checked = 0;
        int abovePlainMinimum = 0;
        for (final int n : new int[] {3, 500, EmSegmenter.RADIX_MIN_ROWS - 1, EmSegmenter.RADIX_MIN_ROWS, 5000,
            40_000}) {
            final double[][] x = new double[n][kinds];
            for (int a = 0; a < kinds; a++) {
                final double[] c = column(a, n, rnd);
                for (int i = 0; i < n; i++) {
                    x[i][a] = c[i];
                }
            }
            for (final double min : new double[] {1e-6, 1e-3, 0.3, 0.0, 1e-320, 1e300}) {
                final double[] floors = EmSegmenter.minStdDevs(x, min);
                for (int a = 0; a < kinds; a++) {
                    final double[] c = new double[n];
                    for (int i = 0; i < n; i++) {
                        c[i] = x[i][a];
                    }
                    final double expected = reference(c, min);
                    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(floors[a]),
                        "n=" + n + " column kind " + a + " minStdDev " + min + ": " + expected + " vs " + floors[a]);
                    checked++;
                    if (expected > min) {
                        abovePlainMinimum++;
                    }
                }
            }
        }
        assertEquals(6 * 6 * kinds, checked);
        assertTrue(abovePlainMinimum > 50, "grid floors exercised: " + abovePlainMinimum);
    }

    @Test
    void radixSortOrdersAsArraysSort() {
        final Random rnd = new Random(3);
        final double[] v = new double[10_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = switch (i % 6) {
                case 0 -> rnd.nextGaussian() * 1e5;
                case 1 -> -0.0;
                case 2 -> 0.0;
                case 3 -> Double.NEGATIVE_INFINITY;
                case 4 -> Double.longBitsToDouble(rnd.nextLong() & 0x7fefffffffffffffL) * (rnd.nextBoolean() ? 1 : -1);
                default -> Double.MIN_VALUE * rnd.nextInt(5) * (rnd.nextBoolean() ? 1 : -1);
            };
        }
        final long[] keys = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            keys[i] = EmSegmenter.sortKey(v[i]);
        }
        final long[] sorted = EmSegmenter.radixSort(keys, new long[v.length]);
        final double[] expected = v.clone();
        Arrays.sort(expected);
        for (int i = 0; i < v.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]),
                Double.doubleToRawLongBits(EmSegmenter.fromSortKey(sorted[i])), "position " + i);
        }
        assertNotEquals(Double.doubleToRawLongBits(expected[0]), Double.doubleToRawLongBits(expected[v.length - 1]));
    }
}
