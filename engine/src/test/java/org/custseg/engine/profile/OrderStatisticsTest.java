package org.custseg.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Selection gives bit for bit the quantiles, minimum and maximum of the sorted values. */
class OrderStatisticsTest {

    private static final double[] PROBS = {0, 0.1, 0.25, 0.5, 0.5, 0.75, 0.9, 0.999, 1};

    /** The reference: sort, then type 7 on the sorted values (the profiler's and report's former code). */
    private static double sortedType7(final double[] values, final double p) {
        final double[] s = values.clone();
        Arrays.sort(s);
        final double h = (s.length - 1) * p;
        final int lo = (int) Math.floor(h);
        final int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    private static void assertSame(final double expected, final double actual, final String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
            what + ": expected " + expected + " but was " + actual);
    }

    private static void assertMatchesSort(final double[] values, final String what) {
        final double[] work = values.clone();
        final double[] q = OrderStatistics.quantiles(work, work.length, PROBS);
        for (int i = 0; i < PROBS.length; i++) {
            assertSame(sortedType7(values, PROBS[i]), q[i], what + ", p = " + PROBS[i]);
        }
        final double[] sorted = values.clone();
        Arrays.sort(sorted);
        assertSame(sorted[0], OrderStatistics.min(values, values.length), what + ", min");
        assertSame(sorted[sorted.length - 1], OrderStatistics.max(values, values.length), what + ", max");
        // the values are only reordered
        Arrays.sort(work);
        assertTrue(Arrays.equals(sorted, work), what + ": the values changed");
        final double[] five = OrderStatistics.fiveNumbers(values.clone(), values.length);
        final double[] expected = {sorted[0], sortedType7(values, 0.25), sortedType7(values, 0.5),
            sortedType7(values, 0.75), sorted[sorted.length - 1]};
        for (int i = 0; i < 5; i++) {
            assertSame(expected[i], five[i], what + ", five numbers " + i);
        }
    }

    @Test
    void randomDataWithTiesGivesTheSortedQuantiles() {
        final Random rnd = new Random(42);
        for (int trial = 0; trial < 300; trial++) {
            final int n = 1 + rnd.nextInt(trial < 200 ? 60 : 5000);
            final double[] v = new double[n];
            final int kind = trial % 4;
            for (int i = 0; i < n; i++) {
                switch (kind) {
                    case 0: // few distinct values: counts, frequencies
                        v[i] = rnd.nextInt(5);
                        break;
                    case 1: // skewed amounts with many zeros
                        v[i] = rnd.nextDouble() < 0.3 ? 0 : Math.exp(rnd.nextGaussian() * 2 + 5);
                        break;
                    case 2: // negative and positive, rounded (ties)
                        v[i] = Math.round(rnd.nextGaussian() * 20) / 4.0;
                        break;
                    default: // continuous, with infinities now and then
                        v[i] = rnd.nextDouble() < 0.01 ? Double.POSITIVE_INFINITY : rnd.nextGaussian();
                        break;
                }
            }
            assertMatchesSort(v, "trial " + trial + " (n = " + n + ")");
        }
    }

    @Test
    void orderedAndConstantInputsAreHandled() {
        final int n = 100_000;
        final double[] up = new double[n];
        final double[] down = new double[n];
        final double[] same = new double[n];
        final double[] organ = new double[n];
        final double[] sawtooth = new double[n];
        for (int i = 0; i < n; i++) {
            up[i] = i;
            down[i] = n - i;
            same[i] = 3.5;
            organ[i] = Math.min(i, n - i);
            sawtooth[i] = i % 7;
        }
        assertMatchesSort(up, "ascending");
        assertMatchesSort(down, "descending");
        assertMatchesSort(same, "constant");
        assertMatchesSort(organ, "organ pipe");
        assertMatchesSort(sawtooth, "sawtooth");
    }

    @Test
    void wholeNumbersAreCountedExactly() {
        final Random rnd = new Random(9);
        final double[] counts = new double[20_000];
        final double[] negative = new double[5_000];
        final double[] huge = new double[3_000];
        final double[] wide = new double[3_000];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = rnd.nextDouble() < 0.4 ? 0 : rnd.nextInt(30);
        }
        for (int i = 0; i < negative.length; i++) {
            negative[i] = rnd.nextInt(4095) - 2000; // a range of 4,095 values: counted
        }
        for (int i = 0; i < huge.length; i++) {
            huge[i] = 0x1p53 - rnd.nextInt(100); // whole, but beyond the counted magnitudes: selected
        }
        for (int i = 0; i < wide.length; i++) {
            wide[i] = rnd.nextInt(1_000_000); // whole, but too wide a range: selected
        }
        assertMatchesSort(counts, "counts with many zeros");
        assertMatchesSort(negative, "negative whole numbers");
        assertMatchesSort(huge, "whole numbers near 2^53");
        assertMatchesSort(wide, "whole numbers in a wide range");
        assertMatchesSort(new double[] {2, 2, Double.POSITIVE_INFINITY, 1}, "whole with an infinity");
    }

    @Test
    void oneAndTwoValues() {
        assertMatchesSort(new double[] {7}, "n = 1");
        assertMatchesSort(new double[] {9, -2}, "n = 2");
        assertMatchesSort(new double[] {4, 4}, "n = 2, tied");
        // h = 0.25 between -2 and 9: -2 + 0.25 * 11
        assertEquals(0.75, OrderStatistics.quantiles(new double[] {9, -2}, 2, 0.25)[0], 0);
    }

    @Test
    void onlyTheFirstNValuesCount() {
        final double[] v = {5, 1, 3, 100, -100};
        final double[] q = OrderStatistics.quantiles(v, 3, 0, 0.5, 1);
        assertEquals(1, q[0], 0);
        assertEquals(3, q[1], 0);
        assertEquals(5, q[2], 0);
        assertEquals(100, v[3], 0);
        assertEquals(-100, v[4], 0);
        assertEquals(1, OrderStatistics.min(new double[] {5, 1, 3, -100}, 3), 0);
        assertEquals(5, OrderStatistics.max(new double[] {5, 1, 3, 100}, 3), 0);
    }

    @Test
    void noValuesGiveNaN() {
        final double[] q = OrderStatistics.quantiles(new double[0], 0, 0.25, 0.75);
        assertTrue(Double.isNaN(q[0]) && Double.isNaN(q[1]));
        for (final double x : OrderStatistics.fiveNumbers(new double[] {3}, 0)) {
            assertTrue(Double.isNaN(x));
        }
    }

    @Test
    void signedZerosComeOutAsFromTheSort() {
        // the sort puts -0.0 before 0.0; the quantiles, min and max keep that (e.g. -0.0 printed as a minimum)
        assertMatchesSort(new double[] {0.0, -0.0, 0.0, -0.0, 1, -1}, "mixed zeros");
        assertMatchesSort(new double[] {0.0, -0.0}, "two zeros");
        assertMatchesSort(new double[] {-0.0, 0.0, 0.0}, "zeros");
        assertSame(-0.0, OrderStatistics.min(new double[] {0.0, -0.0, 0.0}, 3), "min of zeros");
        assertSame(0.0, OrderStatistics.max(new double[] {-0.0, 0.0, -0.0}, 3), "max of zeros");
        assertTrue(OrderStatistics.hasNegativeZero(new double[] {1, -0.0}, 2));
        assertTrue(!OrderStatistics.hasNegativeZero(new double[] {1, 0.0, -0.0}, 2));
    }

    @Test
    void probabilitiesMustBeOrderedAndInRange() {
        assertThrows(IllegalArgumentException.class, () -> OrderStatistics.quantiles(new double[] {1, 2}, 2, 0.75,
            0.25));
        assertThrows(IllegalArgumentException.class, () -> OrderStatistics.quantiles(new double[] {1, 2}, 2, 1.5));
        assertThrows(IllegalArgumentException.class, () -> OrderStatistics.quantiles(new double[] {1, 2}, 2,
            Double.NaN));
    }

    @Test
    void selectFixesOneIndex() {
        final Random rnd = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            final int n = 1 + rnd.nextInt(300);
            final double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = rnd.nextInt(1 + trial % 40);
            }
            final double[] sorted = v.clone();
            Arrays.sort(sorted);
            final int k = rnd.nextInt(n);
            OrderStatistics.select(v, 0, n, k);
            assertEquals(sorted[k], v[k], 0);
            for (int i = 0; i < n; i++) {
                assertTrue(i < k ? v[i] <= v[k] : v[i] >= v[k], "trial " + trial + " index " + i);
            }
        }
    }
}
