package org.custseg.engine.hierarchical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.custseg.engine.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * Fast Ward against a plain scalar nearest-neighbour chain, <b>bit for bit</b>: the same merges in the same order
 * with identical heights, on data full of exact ties (small integers, duplicated rows), on a single Gaussian without
 * cluster structure, on blobs, on 1 to 30 columns and on the sample data.
 *
 * <p>The reference below is written the obvious way: one candidate at a time, row-major centroids, each squared
 * distance summed over columns 0..d-1, ΔSSE as {@code n_a n_b / (n_a + n_b) * sum}, the documented rules (chain
 * starts at the smallest active slot; ties: the chain's previous element, then the smallest slot; the merged cluster
 * takes the larger slot; centroid {@code (n_lo c_lo + n_hi c_hi) / (n_lo + n_hi)}). The fast search computes the
 * squared distances column by column for blocks of candidates (SIMD), so this test pins that its summation order,
 * cost formula and tie-breaking are exactly those of the simple loop: any reordering of the additions would change
 * some heights in the last bits and, with ties, the merges.
 *
 * <p>The rows are sorted lexicographically first, so the fast path's canonical row order is the identity and both
 * work on the same positions.
 */
class WardScalarReferenceTest {

    /** The scalar reference; returns the merges in discovery order as a dendrogram. */
    static Dendrogram scalarWard(final double[][] x) {
        final int n = x.length;
        final int d = x[0].length;
        final double[][] c = new double[n][];
        final double[] size = new double[n];
        final List<Integer> active = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            c[i] = x[i].clone();
            size[i] = 1;
            active.add(i);
        }
        final int[] fa = new int[n - 1];
        final int[] fb = new int[n - 1];
        final double[] fh = new double[n - 1];
        final int[] chain = new int[n];
        int len = 0;
        int merges = 0;
        while (active.size() > 1) {
            if (len == 0) {
                chain[len++] = active.get(0); // active stays ascending
            }
            final int a = chain[len - 1];
            final int prev = len >= 2 ? chain[len - 2] : -1;
            double best = Double.POSITIVE_INFINITY;
            int bestSlot = -1;
            for (final int k : active) {
                if (k == a) {
                    continue;
                }
                double acc = 0;
                for (int j = 0; j < d; j++) {
                    final double diff = c[a][j] - c[k][j];
                    acc += diff * diff;
                }
                final double cost = size[a] * size[k] / (size[a] + size[k]) * acc;
                final boolean better;
                if (bestSlot < 0 || cost < best) {
                    better = true;
                } else if (cost > best) {
                    better = false;
                } else if (k == prev) {
                    better = true;
                } else {
                    better = bestSlot != prev && k < bestSlot;
                }
                if (better) {
                    best = cost;
                    bestSlot = k;
                }
            }
            if (bestSlot != prev) {
                chain[len++] = bestSlot;
                continue;
            }
            len -= 2;
            final int lo = Math.min(a, prev);
            final int hi = Math.max(a, prev);
            fa[merges] = lo;
            fb[merges] = hi;
            fh[merges] = Math.sqrt(2 * best);
            merges++;
            final double nt = size[lo] + size[hi];
            for (int j = 0; j < d; j++) {
                c[hi][j] = (size[lo] * c[lo][j] + size[hi] * c[hi][j]) / nt;
            }
            size[hi] = nt;
            active.remove(Integer.valueOf(lo));
        }
        return new Dendrogram(FastLinkage.WARD, n, fa, fb, fh);
    }

    private static void assertSameTree(final String what, final double[][] data) throws Exception {
        final double[][] x = data.clone();
        Arrays.sort(x, Arrays::compare);
        final Dendrogram fast = FastHierarchical.cluster(x, FastLinkage.WARD, ProgressListener.NONE);
        final Dendrogram ref = scalarWard(x);
        assertArrayEquals(ref.mergeLeft(), fast.mergeLeft(), what + ": left ids");
        assertArrayEquals(ref.mergeRight(), fast.mergeRight(), what + ": right ids");
        final double[] hr = ref.heights();
        final double[] hf = fast.heights();
        for (int i = 0; i < hr.length; i++) {
            assertEquals(Double.doubleToRawLongBits(hr[i]), Double.doubleToRawLongBits(hf[i]),
                what + ": height of merge " + i + " (" + hr[i] + " vs " + hf[i] + ")");
        }
    }

    private static double[][] gaussian(final long seed, final int n, final int d) {
        final Random rnd = new Random(seed);
        final double[][] x = new double[n][d];
        for (final double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = rnd.nextGaussian();
            }
        }
        return x;
    }

    /** Small integers (many exact ties) with a fifth of the rows repeated. */
    private static double[][] tiedIntegers(final long seed, final int n, final int d, final int range) {
        final Random rnd = new Random(seed);
        final double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            if (i > 0 && rnd.nextInt(5) == 0) {
                x[i] = x[rnd.nextInt(i)].clone();
                continue;
            }
            for (int j = 0; j < d; j++) {
                x[i][j] = rnd.nextInt(range);
            }
        }
        return x;
    }

    /** Bank-like columns: skewed amounts with zeros, [0,1] frequencies in twelfths, counts; some rows duplicated. */
    private static double[][] bankLike(final long seed, final int n, final int d) {
        final Random rnd = new Random(seed);
        final double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            if (i > 10 && rnd.nextInt(20) == 0) {
                x[i] = x[rnd.nextInt(i)].clone();
                continue;
            }
            for (int j = 0; j < d; j++) {
                switch (j % 3) {
                    case 0:
                        x[i][j] = rnd.nextInt(10) == 0 ? 0 : Math.round(Math.exp(6 + 2 * rnd.nextGaussian())) / 100.0;
                        break;
                    case 1:
                        x[i][j] = Math.round(rnd.nextDouble() * 12) / 12.0;
                        break;
                    default:
                        x[i][j] = Math.min(40, (int)(-Math.log(rnd.nextDouble()) * 4));
                        break;
                }
            }
        }
        return x;
    }

    /**
     * Rows that are column permutations of one random vector: many pairs are at mathematically equal distances whose
     * floating-point sums differ only in the order of the same terms, so which one is nearer depends on the exact
     * order of the additions (a search that summed in another order would pick other neighbours).
     */
    private static double[][] permutationsOfOneVector(final long seed, final int n, final int d) {
        final Random rnd = new Random(seed);
        final double[] v = new double[d];
        for (int j = 0; j < d; j++) {
            v[j] = rnd.nextDouble() * 3 - 1;
        }
        final double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = v.clone();
            for (int j = d - 1; j > 0; j--) {
                final int r = rnd.nextInt(j + 1);
                final double tmp = x[i][j];
                x[i][j] = x[i][r];
                x[i][r] = tmp;
            }
        }
        return x;
    }

    @Test
    void rowsWhoseDistancesTieUpToRounding() throws Exception {
        for (final int d : new int[] {5, 6, 9, 17}) {
            assertSameTree("permutations of one vector, d = " + d, permutationsOfOneVector(d, 500, d));
        }
    }

    @Test
    void tiedIntegersAndDuplicates() throws Exception {
        for (final int d : new int[] {1, 2, 3, 4, 6, 17}) {
            for (final long seed : new long[] {1, 2}) {
                assertSameTree("integers 0..2, d = " + d + ", seed " + seed, tiedIntegers(seed, 400, d, 3));
            }
        }
        assertSameTree("integers 0..4, d = 5", tiedIntegers(3, 700, 5, 5));
        assertSameTree("all rows identical", new double[50][3]);
    }

    @Test
    void singleGaussianWithoutStructure() throws Exception {
        for (final int d : new int[] {2, 5, 8, 9, 17, 30}) {
            assertSameTree("one Gaussian, d = " + d, gaussian(40 + d, 500, d));
        }
    }

    @Test
    void blobsAndBankLikeColumns() throws Exception {
        assertSameTree("blobs 17 columns", HierarchicalTestData.blobs(7, 600, 17, 8, 1.0));
        assertSameTree("blobs 5 columns", HierarchicalTestData.blobs(8, 900, 5, 4, 0.7));
        assertSameTree("bank-like 17 columns", bankLike(9, 800, 17));
        assertSameTree("bank-like 7 columns", bankLike(10, 600, 7));
    }

    @Test
    void sampleData() throws Exception {
        assertSameTree("sample data (5 behavioural columns, z-scored)", HierarchicalTestData.sampleZScored());
    }
}
