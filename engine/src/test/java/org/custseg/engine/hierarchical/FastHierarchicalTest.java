package org.custseg.engine.hierarchical;

import static org.custseg.engine.hierarchical.HierarchicalTestData.canonical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** API behaviour of {@link FastHierarchical} and {@link Dendrogram}: validation, cutting, determinism, progress. */
class FastHierarchicalTest {

    /** Four points on a line: 0, 1, 3, 7 (distances 1, 2, 4 between neighbours). */
    private static final double[][] LINE = {{0}, {1}, {3}, {7}};

    @Test
    void singleCompleteAverageHeightsOnALine() throws Exception {
        // single: {0,1}@1, {0,1,3}@2, all@4
        assertArrayEquals(new double[] {1, 2, 4},
            FastHierarchical.cluster(LINE, FastLinkage.SINGLE, null).heights(), 1e-12);
        // complete: {0,1}@1, {0,1,3}@max(3,2)=3, all@7
        assertArrayEquals(new double[] {1, 3, 7},
            FastHierarchical.cluster(LINE, FastLinkage.COMPLETE, null).heights(), 1e-12);
        // average: {0,1}@1, {0,1}+{3}@(3+2)/2=2.5, all@(7+6+4)/3
        assertArrayEquals(new double[] {1, 2.5, 17.0 / 3},
            FastHierarchical.cluster(LINE, FastLinkage.AVERAGE, null).heights(), 1e-12);
    }

    @Test
    void mergeListFollowsScipyConvention() throws Exception {
        final Dendrogram t = FastHierarchical.cluster(LINE, FastLinkage.SINGLE, null);
        assertEquals(4, t.size());
        assertEquals(3, t.mergeCount());
        assertArrayEquals(new int[] {0, 2, 3}, t.mergeLeft());
        assertArrayEquals(new int[] {1, 4, 5}, t.mergeRight());
        assertArrayEquals(new int[] {2, 3, 4}, t.mergeSizes());
        assertEquals(FastLinkage.SINGLE, t.linkage());
    }

    @Test
    void cutNumbersByFirstOccurrenceAndCoversAllK() throws Exception {
        final double[][] x = {{10}, {0}, {10.5}, {0.2}, {30}};
        final Dendrogram t = FastHierarchical.cluster(x, FastLinkage.WARD, null);
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, t.cut(1));
        assertArrayEquals(new int[] {0, 1, 0, 1, 2}, t.cut(3));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, t.cut(5));
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.cut(6));
        assertTrue(e.getMessage().contains("k = 6"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> t.cut(0));
    }

    @ParameterizedTest
    @EnumSource(FastLinkage.class)
    void oneAndTwoRows(final FastLinkage linkage) throws Exception {
        final Dendrogram one = FastHierarchical.cluster(new double[][] {{1, 2}}, linkage, null);
        assertEquals(1, one.size());
        assertEquals(0, one.heights().length);
        assertArrayEquals(new int[] {0}, one.cut(1));
        final Dendrogram two = FastHierarchical.cluster(new double[][] {{1, 2}, {4, 6}}, linkage, null);
        assertArrayEquals(new double[] {5}, two.heights(), 1e-12);
        assertArrayEquals(new int[] {0, 1}, two.cut(2));
    }

    @Test
    void rejectsNaNNamingTheRow() {
        final double[][] x = {{1, 2}, {3, 4}, {5, Double.NaN}};
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> FastHierarchical.cluster(x, FastLinkage.WARD, null));
        assertTrue(e.getMessage().contains("Row 3") && e.getMessage().contains("column 2")
            && e.getMessage().contains("NaN"), e.getMessage());
        final double[][] inf = {{1, 2}, {Double.POSITIVE_INFINITY, 4}};
        final IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
            () -> FastHierarchical.cluster(inf, FastLinkage.AVERAGE, null));
        assertTrue(e2.getMessage().contains("Row 2") && e2.getMessage().contains("Infinity"), e2.getMessage());
    }

    @Test
    void rejectsEmptyAndRaggedInput() {
        final IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
            () -> FastHierarchical.cluster(new double[0][], FastLinkage.WARD, null));
        assertTrue(empty.getMessage().contains("no rows"), empty.getMessage());
        final IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
            () -> FastHierarchical.cluster(new double[][] {{1, 2}, {3}}, FastLinkage.SINGLE, null));
        assertTrue(ragged.getMessage().contains("Row 2 has 1 values"), ragged.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FastHierarchical.cluster(new double[][] {{1}}, null, null));
    }

    @ParameterizedTest
    @EnumSource(FastLinkage.class)
    void shuffledRowsGiveTheSamePartition(final FastLinkage linkage) throws Exception {
        final double[][] x = HierarchicalTestData.blobs(7, 250, 3, 5, 1.0);
        final List<Integer> perm = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            perm.add(i);
        }
        Collections.shuffle(perm, new Random(99));
        final double[][] y = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[perm.get(i)];
        }
        final Dendrogram tx = FastHierarchical.cluster(x, linkage, null);
        final Dendrogram ty = FastHierarchical.cluster(y, linkage, null);
        assertArrayEquals(tx.heights(), ty.heights(), 1e-9);
        for (final int k : new int[] {2, 4, 5, 8}) {
            final int[] lx = tx.cut(k);
            final int[] ly = ty.cut(k);
            final int[] back = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                back[perm.get(i)] = ly[i];
            }
            assertArrayEquals(lx, canonical(back), linkage + " k = " + k);
        }
    }

    @ParameterizedTest
    @EnumSource(FastLinkage.class)
    void tiesAndDuplicatesAreDeterministic(final FastLinkage linkage) throws Exception {
        // integer grid with many duplicate rows and tied distances
        final Random rnd = new Random(5);
        final double[][] x = new double[300][2];
        for (final double[] row : x) {
            row[0] = rnd.nextInt(6);
            row[1] = rnd.nextInt(6);
        }
        final Dendrogram a = FastHierarchical.cluster(x, linkage, null);
        final Dendrogram b = FastHierarchical.cluster(x, linkage, null);
        assertArrayEquals(a.heights(), b.heights());
        assertArrayEquals(a.mergeLeft(), b.mergeLeft());
        assertArrayEquals(a.mergeRight(), b.mergeRight());
        // duplicates merge at height 0 first, so the cut into as many clusters as there are distinct points is
        // exactly the set of grid cells
        final java.util.Set<java.util.List<Double>> distinct = new java.util.HashSet<>();
        for (final double[] row : x) {
            distinct.add(java.util.List.of(row[0], row[1]));
        }
        final int cells = distinct.size();
        final int[] cut = a.cut(cells);
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                final boolean same = x[i][0] == x[j][0] && x[i][1] == x[j][1];
                assertEquals(same, cut[i] == cut[j]);
            }
        }
        assertEquals(0.0, a.heights()[x.length - cells - 1]);
        assertTrue(a.heights()[x.length - cells] > 0);
    }

    @ParameterizedTest
    @EnumSource(FastLinkage.class)
    void reportsProgressAndHonoursCancellation(final FastLinkage linkage) throws Exception {
        final double[][] x = HierarchicalTestData.blobs(3, 600, 3, 4, 1.0);
        final List<Double> fractions = new ArrayList<>();
        FastHierarchical.cluster(x, linkage, new ProgressListener() {
            @Override
            public void progress(final double fraction, final String message) {
                fractions.add(fraction);
            }

            @Override
            public void checkCanceled() {
                // not canceled
            }
        });
        assertTrue(fractions.size() >= 5, "progress reported " + fractions.size() + " times");
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress never goes back");
        }
        final int[] checks = {0};
        final CanceledException e = assertThrows(CanceledException.class,
            () -> FastHierarchical.cluster(x, linkage, new ProgressListener() {
                @Override
                public void progress(final double fraction, final String message) {
                    // ignored
                }

                @Override
                public void checkCanceled() throws CanceledException {
                    if (++checks[0] == 3) {
                        throw new CanceledException("stop");
                    }
                }
            }));
        assertEquals("stop", e.getMessage());
    }

    @Test
    void maxRowsFollowsTheMatrixBudget() {
        final long gb = 1L << 30;
        assertEquals(16_384, FastHierarchical.maxRows(FastLinkage.COMPLETE, 2 * gb));
        assertEquals(23_170, FastHierarchical.maxRows(FastLinkage.AVERAGE, 4 * gb));
        assertEquals(FastHierarchical.MAX_ROWS_MATRIX, FastHierarchical.maxRows(FastLinkage.AVERAGE, 1000 * gb));
        for (final long heap : new long[] {gb / 4, gb, 2 * gb, 4 * gb, 16 * gb}) {
            final long n = FastHierarchical.maxRows(FastLinkage.COMPLETE, heap);
            assertTrue(4.0 * n * (n - 1) <= heap * FastHierarchical.MATRIX_HEAP_FRACTION, "fits " + heap);
            assertTrue(n == FastHierarchical.MAX_ROWS_MATRIX
                || 4.0 * (n + 1) * n > heap * FastHierarchical.MATRIX_HEAP_FRACTION, "largest for " + heap);
        }
        assertEquals(FastHierarchical.MAX_ROWS_NN_CHAIN, FastHierarchical.maxRows(FastLinkage.WARD, 2 * gb));
        assertEquals(FastHierarchical.MAX_ROWS_NN_CHAIN, FastHierarchical.maxRows(FastLinkage.SINGLE, 2 * gb));
    }

    @Test
    void refusesMoreRowsThanTheHeapAllows() {
        final long limit = FastHierarchical.maxRows(FastLinkage.COMPLETE, Runtime.getRuntime().maxMemory());
        // rows of zero columns would be rejected first, so use one cheap column
        final double[][] x = new double[(int)limit + 1][1];
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> FastHierarchical.cluster(x, FastLinkage.COMPLETE, null));
        assertTrue(e.getMessage().contains("k-means") && e.getMessage().contains("sample"), e.getMessage());
    }
}
