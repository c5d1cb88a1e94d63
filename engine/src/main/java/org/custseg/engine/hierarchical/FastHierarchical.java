package org.custseg.engine.hierarchical;

import java.util.Arrays;
import java.util.Locale;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;

/**
 * Fast exact agglomerative hierarchical clustering on Euclidean distance: classic Ward, single, complete and average
 * linkage in O(n²) distance evaluations, as an alternative to Weka's {@code HierarchicalClusterer} (which needs
 * O(n³)-like time and does not implement classic Ward).
 *
 * <h2>Algorithms</h2>
 * <ul>
 * <li><b>Ward</b>: nearest-neighbour chain over clusters represented only by their centroid and size. The cost of
 * merging {@code a} and {@code b} is the increase of the within-cluster sum of squares,
 * {@code ΔSSE = n_a n_b / (n_a + n_b) * ||c_a - c_b||²}. Time O(n²·d), memory O(n·d) (one copy of the data plus
 * a few arrays of length n; no distance matrix). The nearest-neighbour search computes every candidate's ΔSSE in full
 * (no pruning), over centroids stored column by column so that the JIT turns its loops into SIMD instructions; each
 * candidate's squared distance still adds its columns in order 0..d-1, so the costs, and every decision, are the
 * same bit for bit as those of a plain one-candidate-at-a-time loop.</li>
 * <li><b>Single</b>: Prim's minimum spanning tree computed with on-the-fly distances (O(n²·d) time, O(n·d)
 * memory), whose edges sorted by length are the single-linkage merges.</li>
 * <li><b>Complete, average (UPGMA)</b>: nearest-neighbour chain on a condensed distance matrix of
 * {@code n(n-1)/2} doubles updated with the Lance–Williams formulas (max; size-weighted mean). Time O(n²·d) to fill
 * the matrix plus O(n²) for the chain; memory {@code 4 n(n-1)} bytes, see {@link #maxRows}.</li>
 * </ul>
 * All four linkages are reducible, so the nearest-neighbour chain finds the same merges as the textbook greedy
 * algorithm; the merges are then sorted by height (see {@link Dendrogram}).
 *
 * <h2>Determinism, ties and row order</h2>
 * The algorithms are single-threaded and never depend on timing. Before clustering, the rows are put into a canonical
 * order: sorted lexicographically by their values (stable, so identical rows keep their input order). All further
 * decisions are taken on that order, so the tree, and every cut of it, is the same whatever the input row order, even
 * on data with tied distances (integer-valued features such as counts produce many exact ties, and then the
 * agglomeration is not unique: different tie-breaking gives different, equally valid trees). The only exception is
 * which of several identical rows stays apart when cutting into more clusters than there are distinct rows (identical
 * rows are merged at height 0 before anything else).
 * <p>On the canonical order (positions 0..n-1): a cluster is identified by a slot, the largest position among its
 * rows; the chain starts at the active cluster with the smallest slot; a nearest-neighbour search that finds several
 * clusters at the same minimal cost (compared exactly, as doubles) prefers the chain's previous element (needed for
 * termination) and otherwise the smallest slot. Prim's algorithm adds, among the vertices at equal minimal distance,
 * the one with the smallest position. Merges of equal height keep their discovery order. On data without tied distances the partition for every k is unique and identical to that of
 * any other exact implementation (Weka's for single/complete/average, SciPy's and scikit-learn's for Ward).
 *
 * <h2>Merge heights</h2>
 * Single/complete/average: the Euclidean cluster distance. Ward: {@code sqrt(2 * ΔSSE)}. This is the height SciPy's
 * {@code linkage(method='ward')} and R's {@code hclust(method='ward.D2')} report: both start from Euclidean distances
 * (for two single rows {@code sqrt(2 * ΔSSE)} is their distance) and update them with the Ward Lance–Williams formula
 * on squared distances, which keeps {@code d(a,b)² = 2 n_a n_b/(n_a+n_b) ||c_a-c_b||²} for every pair of clusters.
 * (Derived, and checked in the tests against the naive definition; SciPy itself is not available to the build.)
 */
public final class FastHierarchical {

    /**
     * Practical row limit for Ward and single linkage, whose memory is only O(n·d) (100,000 x 17 Ward: under 30 MB of
     * heap): their O(n²·d) time is what limits them. Measured (BENCHMARKS.md): Ward 100,000 x 17 took 189 s of CPU,
     * 100,000 x 5 130 s; since the column-wise Ward search (2026-12-06) 100,000 x 17 takes 140 s. Time grows with n²,
     * so this limit means roughly 10 minutes of CPU for 17 columns. Above it users are better served by k-means or by
     * clustering a seeded sample (1,000,000 rows would take about 4 hours).
     */
    public static final int MAX_ROWS_NN_CHAIN = 200_000;

    /**
     * Largest row count for complete/average linkage regardless of heap: the condensed matrix is one Java array, so
     * {@code n(n-1)/2} must stay below {@code Integer.MAX_VALUE - 8}.
     */
    public static final int MAX_ROWS_MATRIX = 65_535;

    /** Fraction of the heap the condensed distance matrix may take (the rest is left for the caller's data). */
    public static final double MATRIX_HEAP_FRACTION = 0.5;

    /** Cancellation is checked and progress reported at least every this many merges. */
    private static final int PROGRESS_EVERY = 64;

    private FastHierarchical() {
    }

    /**
     * The largest number of rows {@link #cluster} accepts for a linkage under a given heap.
     * <ul>
     * <li>{@link FastLinkage#COMPLETE}, {@link FastLinkage#AVERAGE}: the largest {@code n} whose condensed distance
     * matrix, {@code 8 * n(n-1)/2} bytes, fits in {@link #MATRIX_HEAP_FRACTION} of {@code heapBytes}, capped at
     * {@link #MAX_ROWS_MATRIX}. E.g. 1 GB heap: 11,585 rows; 2 GB: 16,384; 4 GB: 23,170; 8 GB: 32,768.</li>
     * <li>{@link FastLinkage#WARD}, {@link FastLinkage#SINGLE}: {@link #MAX_ROWS_NN_CHAIN} (time-bound), lowered only
     * for tiny heaps (1 KB per row is assumed for data copy and work arrays).</li>
     * </ul>
     *
     * @param linkage the linkage
     * @param heapBytes the heap available, e.g. {@code Runtime.getRuntime().maxMemory()}
     * @return the maximal number of rows
     */
    public static long maxRows(final FastLinkage linkage, final long heapBytes) {
        switch (linkage) {
            case COMPLETE:
            case AVERAGE:
                final double budgetDoubles = MATRIX_HEAP_FRACTION * Math.max(0L, heapBytes) / Double.BYTES;
                // n(n-1)/2 <= budget  <=>  n <= (1 + sqrt(1 + 8 budget)) / 2
                long n = (long)Math.floor((1 + Math.sqrt(1 + 8 * budgetDoubles)) / 2);
                while (n > 1 && (double)n * (n - 1) / 2 > budgetDoubles) {
                    n--;
                }
                return Math.min(n, MAX_ROWS_MATRIX);
            case WARD:
            case SINGLE:
            default:
                return Math.min(MAX_ROWS_NN_CHAIN, Math.max(0L, heapBytes) / 1024);
        }
    }

    /**
     * Clusters the rows agglomeratively.
     *
     * @param rows the rows, already scaled by the caller; all of the same length {@code d >= 1}; finite values only.
     *            Not modified and not retained.
     * @param linkage the linkage criterion
     * @param progress receives progress and is asked for cancellation in every outer loop; may be {@code null}
     * @return the dendrogram with {@code rows.length - 1} merges
     * @throws IllegalArgumentException if there are no rows, rows differ in length, a value is NaN or infinite (the
     *             message names the row and column), or there are more rows than {@link #maxRows} allows for the
     *             current heap
     * @throws CanceledException if the listener reports cancellation
     */
    public static Dendrogram cluster(final double[][] rows, final FastLinkage linkage, final ProgressListener progress)
        throws CanceledException {
        if (linkage == null) {
            throw new IllegalArgumentException("No linkage given; choose one of " + Arrays.toString(FastLinkage.values()));
        }
        final ProgressListener p = progress == null ? ProgressListener.NONE : progress;
        final int d = validate(rows);
        final int n = rows.length;
        final long limit = maxRows(linkage, Runtime.getRuntime().maxMemory());
        if (n > limit) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "Fast hierarchical clustering with %s linkage supports at most %,d rows with the current heap (%,d MB)"
                    + " but got %,d rows. Use k-means, cluster a seeded sample of the rows and assign the rest to the"
                    + " nearest segment centroid, or (complete/average linkage) give Java more memory (-Xmx).",
                linkage, limit, Runtime.getRuntime().maxMemory() >> 20, n));
        }
        if (n == 1) {
            return new Dendrogram(linkage, 1, new int[0], new int[0], new double[0]);
        }
        final int[] order = canonicalOrder(rows);
        // Ward keeps its own column-major copy (see WardClusters); the others work on a row-major copy
        final double[] flat = linkage == FastLinkage.WARD ? null : flatten(rows, order, d);
        final String label = "Hierarchical clustering (" + linkage.name().toLowerCase(Locale.ROOT) + " linkage)";
        final Merges found;
        switch (linkage) {
            case WARD:
                found = ward(rows, order, d, p, label);
                break;
            case SINGLE:
                found = single(flat, n, d, p, label);
                break;
            case COMPLETE:
            case AVERAGE:
            default:
                found = matrixChain(flat, n, d, linkage, p, label);
                break;
        }
        // map sorted positions back to input rows
        for (int i = 0; i < n - 1; i++) {
            found.a[i] = order[found.a[i]];
            found.b[i] = order[found.b[i]];
        }
        return new Dendrogram(linkage, n, found.a, found.b, found.h);
    }

    /** Merges in discovery order: two positions (one in each merged cluster) and the height. */
    private static final class Merges {
        final int[] a;
        final int[] b;
        final double[] h;

        Merges(final int[] a, final int[] b, final double[] h) {
            this.a = a;
            this.b = b;
            this.h = h;
        }
    }

    /** Input row indices sorted lexicographically by value; stable for identical rows. */
    private static int[] canonicalOrder(final double[][] rows) {
        final Integer[] idx = new Integer[rows.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (x, y) -> Arrays.compare(rows[x], rows[y]));
        final int[] order = new int[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = idx[i];
        }
        return order;
    }

    private static int validate(final double[][] rows) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException("There are no rows to cluster; hierarchical clustering needs at least one row.");
        }
        if (rows[0] == null || rows[0].length == 0) {
            throw new IllegalArgumentException("Row 1 has no values; every row needs at least one numeric feature.");
        }
        final int d = rows[0].length;
        if ((long)rows.length * d > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "%,d rows x %d columns is too large for hierarchical clustering; use k-means or a sample.", rows.length, d));
        }
        for (int r = 0; r < rows.length; r++) {
            final double[] row = rows[r];
            if (row == null || row.length != d) {
                throw new IllegalArgumentException("Row " + (r + 1) + " has " + (row == null ? 0 : row.length)
                    + " values but row 1 has " + d + "; all rows need the same columns.");
            }
            for (int c = 0; c < d; c++) {
                if (!Double.isFinite(row[c])) {
                    throw new IllegalArgumentException("Row " + (r + 1) + " (index " + r + "), column " + (c + 1)
                        + " is " + row[c] + "; hierarchical clustering needs finite values."
                        + " Remove or impute missing values and infinities before clustering.");
                }
            }
        }
        return d;
    }

    private static double[] flatten(final double[][] rows, final int[] order, final int d) {
        final double[] flat = new double[rows.length * d];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[order[r]], 0, flat, r * d, d);
        }
        return flat;
    }

    private static void report(final ProgressListener p, final String label, final double fraction, final int merges,
        final int n) {
        p.progress(Math.min(1.0, Math.max(0.0, fraction)), label + ": merge " + merges + " of " + (n - 1));
    }

    /** Removes {@code slot} from the ascending array {@code active[0..m)}; returns the new length. */
    private static int removeSlot(final int[] active, final int m, final int slot) {
        final int pos = Arrays.binarySearch(active, 0, m, slot);
        System.arraycopy(active, pos + 1, active, pos, m - pos - 1);
        return m - 1;
    }

    // ------------------------------------------------------------------------------------------------ Ward

    /** Candidates per block of the Ward search (the block's partial sums stay in the L1 cache between passes). */
    private static final int BLOCK = 512;

    /**
     * Ward by nearest-neighbour chain. Active clusters are kept packed at the front of the arrays (centroid columns,
     * size, slot; see {@link WardClusters}) so the search streams through contiguous memory; a removed cluster's
     * place is taken by the last one. Decisions never depend on the packing: ties are broken by slot, explicitly.
     * Steps per round: start the chain at the smallest active slot if it is empty; find the nearest neighbour of the
     * chain's top ({@link WardClusters#nearest}); push it, or, when it is the chain's previous element, record the
     * merge of the reciprocal nearest neighbours and merge them ({@link WardClusters#merge}).
     */
    private static Merges ward(final double[][] rows, final int[] order, final int d, final ProgressListener p,
        final String label) throws CanceledException {
        final int n = rows.length;
        final WardClusters w = new WardClusters(rows, order, d);
        final int[] chain = new int[n]; // slots
        int len = 0;
        final int[] fa = new int[n - 1];
        final int[] fb = new int[n - 1];
        final double[] fh = new double[n - 1];
        int merges = 0;
        int searches = 0;
        report(p, label, 0, 0, n);
        while (w.m > 1) {
            if (len == 0) {
                chain[len++] = w.smallestSlot();
            }
            final int a = chain[len - 1];
            final int prev = len >= 2 ? chain[len - 2] : -1;
            if ((++searches & (PROGRESS_EVERY - 1)) == 0) {
                p.checkCanceled();
            }
            final int ip = prev >= 0 ? w.where[prev] : -1;
            final int bestT = w.nearest(w.where[a], ip);
            if (bestT != ip) {
                chain[len++] = w.slotOf[bestT];
                continue;
            }
            // a and prev are reciprocal nearest neighbours: merge them into the larger slot
            len -= 2;
            final int lo = Math.min(a, prev);
            final int hi = Math.max(a, prev);
            fa[merges] = lo;
            fb[merges] = hi;
            fh[merges] = Math.sqrt(2 * w.best);
            w.merge(lo, hi);
            merges++;
            if (merges % PROGRESS_EVERY == 0) {
                p.checkCanceled();
                report(p, label, (double)merges / (n - 1), merges, n);
            }
        }
        report(p, label, 1, merges, n);
        return new Merges(fa, fb, fh);
    }

    /** Ward's active clusters, packed at the front of the arrays: index t in 0..m-1. */
    private static final class WardClusters {
        final int d;
        /** Centroids, one array per column: {@code col[j][t]} is coordinate j of packed cluster t. */
        final double[][] col;
        /** Squared distances, then ΔSSE, of the candidates of the current block (indexed like the clusters). */
        final double[] part;
        final double[] size;
        final int[] slotOf;
        /** Slot -> packed index. */
        final int[] where;
        /** Number of active clusters. */
        int m;
        /** ΔSSE of the neighbour the last {@link #nearest} call returned. */
        double best;

        /** Copies the rows in canonical order ({@code order[t]} is the input row at position t), column by column. */
        WardClusters(final double[][] rows, final int[] order, final int d) {
            final int n = rows.length;
            this.d = d;
            col = new double[d][n];
            for (int t = 0; t < n; t++) {
                for (int j = 0; j < d; j++) {
                    col[j][t] = rows[order[t]][j];
                }
            }
            part = new double[n];
            size = new double[n];
            slotOf = new int[n];
            where = new int[n];
            for (int i = 0; i < n; i++) {
                size[i] = 1;
                slotOf[i] = i;
                where[i] = i;
            }
            m = n;
        }

        /** @return the smallest slot of the active clusters, where an empty chain starts */
        int smallestSlot() {
            int first = slotOf[0];
            for (int t = 1; t < m; t++) {
                first = Math.min(first, slotOf[t]);
            }
            return first;
        }

        /** ΔSSE of merging packed clusters s and t: the same operations, in the same order, as {@link #nearest}. */
        double cost(final int s, final int t) {
            double acc = 0;
            for (int j = 0; j < d; j++) {
                final double x = col[j][s] - col[j][t];
                acc += x * x;
            }
            final double ns = size[s];
            final double nt = size[t];
            return ns * nt / (ns + nt) * acc;
        }

        /**
         * Finds the active cluster with the smallest ΔSSE to cluster {@code ia}; ties: the chain's previous element
         * {@code ip} wins, otherwise the smallest slot. Sets {@link #best} to that ΔSSE.
         * <p>Per block of candidates: their squared distances to {@code ia}, column by column (each candidate's sum
         * still adds its columns in order 0..d-1), then their ΔSSE, then the comparison. The first two are loops
         * without branches over arrays indexed alike, which the JIT compiles to SIMD instructions; there is no
         * pruning, every candidate's ΔSSE is computed in full.
         *
         * @param ia packed index of the chain's top
         * @param ip packed index of the chain's previous element, or -1
         * @return the packed index of the nearest neighbour
         */
        int nearest(final int ia, final int ip) {
            final double[] part = this.part;
            final double[] size = this.size;
            final int[] slotOf = this.slotOf;
            final int m = this.m;
            final double na = size[ia];
            double best = Double.POSITIVE_INFINITY;
            int bestT = -1;
            if (ip >= 0) {
                best = cost(ia, ip);
                bestT = ip;
            }
            for (int b = 0; b < m; b += BLOCK) {
                final int e = Math.min(m, b + BLOCK);
                squaredDistances(ia, b, e);
                for (int t = b; t < e; t++) {
                    final double nk = size[t];
                    part[t] = na * nk / (na + nk) * part[t];
                }
                if (ia >= b && ia < e) {
                    part[ia] = Double.POSITIVE_INFINITY;
                }
                if (ip >= b && ip < e) {
                    part[ip] = Double.POSITIVE_INFINITY;
                }
                for (int t = b; t < e; t++) {
                    final double cost = part[t];
                    // ties: the chain's previous element wins, otherwise the smallest slot
                    if (cost <= best && (cost < best || bestT != ip && slotOf[t] < slotOf[bestT])) {
                        best = cost;
                        bestT = t;
                    }
                }
            }
            this.best = best;
            return bestT;
        }

        /**
         * Sets {@code part[t]}, t in {@code [b, e)}, to the squared distance between clusters {@code ia} and t: column
         * by column (four per pass), so each sum adds its columns in order 0..d-1, as {@link #cost} does.
         */
        private void squaredDistances(final int ia, final int b, final int e) {
            final int d = this.d;
            final double[][] col = this.col;
            final double[] part = this.part;
            final double[] c0 = col[0];
            final double a0 = c0[ia];
            for (int t = b; t < e; t++) {
                final double x = a0 - c0[t];
                part[t] = x * x;
            }
            int j = 1;
            for (; j + 3 < d; j += 4) {
                final double[] c1 = col[j];
                final double[] c2 = col[j + 1];
                final double[] c3 = col[j + 2];
                final double[] c4 = col[j + 3];
                final double a1 = c1[ia];
                final double a2 = c2[ia];
                final double a3 = c3[ia];
                final double a4 = c4[ia];
                for (int t = b; t < e; t++) {
                    final double x1 = a1 - c1[t];
                    final double x2 = a2 - c2[t];
                    final double x3 = a3 - c3[t];
                    final double x4 = a4 - c4[t];
                    // left to right: the same as adding the four squares one after the other
                    part[t] = part[t] + x1 * x1 + x2 * x2 + x3 * x3 + x4 * x4;
                }
            }
            for (; j < d; j++) {
                final double[] cj = col[j];
                final double aj = cj[ia];
                for (int t = b; t < e; t++) {
                    final double x = aj - cj[t];
                    part[t] += x * x;
                }
            }
        }

        /**
         * Merges the clusters of slots {@code lo < hi} into slot {@code hi} (size-weighted centroid) and removes
         * {@code lo}: the last packed cluster moves into its place.
         */
        void merge(final int lo, final int hi) {
            final int tl = where[lo];
            final int th = where[hi];
            final double nl = size[tl];
            final double nh = size[th];
            final double nt = nl + nh;
            final int last = m - 1;
            for (int j = 0; j < d; j++) {
                final double[] cj = col[j];
                cj[th] = (nl * cj[tl] + nh * cj[th]) / nt;
                cj[tl] = cj[last];
            }
            size[th] = nt;
            if (tl != last) {
                size[tl] = size[last];
                slotOf[tl] = slotOf[last];
                where[slotOf[tl]] = tl;
            }
            m--;
        }
    }

    // ------------------------------------------------------------------------------------------------ single

    /**
     * Single linkage by Prim's algorithm. The vertices outside the tree are kept packed (coordinates, best squared
     * distance to the tree, its tree end, id; see {@link PrimFrontier}); a vertex that joins the tree is replaced by the
     * last one. Ties are broken by id explicitly, so the packing never changes a decision. Steps per added vertex:
     * update every outside vertex's distance to the tree with the vertex added last and pick the closest
     * ({@link PrimFrontier#closest}); record the edge; move that vertex into the tree ({@link PrimFrontier#join}).
     */
    private static Merges single(final double[] x, final int n, final int d, final ProgressListener p,
        final String label) throws CanceledException {
        final PrimFrontier f = new PrimFrontier(x, n, d);
        final int[] fa = new int[n - 1];
        final int[] fb = new int[n - 1];
        final double[] fh = new double[n - 1];
        report(p, label, 0, 0, n);
        for (int step = 0; step < n - 1; step++) {
            if ((step & (PROGRESS_EVERY - 1)) == 0) {
                p.checkCanceled();
                report(p, label, (double)step / (n - 1), step, n);
            }
            final int bestT = f.closest();
            final int next = f.id[bestT];
            fa[step] = Math.min(f.from[bestT], next);
            fb[step] = Math.max(f.from[bestT], next);
            fh[step] = Math.sqrt(f.bestVal);
            f.join(bestT);
        }
        report(p, label, 1, n - 1, n);
        return new Merges(fa, fb, fh);
    }

    /** Prim's vertices outside the tree, packed: index t in 0..m-1; the tree starts with vertex 0. */
    private static final class PrimFrontier {
        final int d;
        /** Coordinates, row-major. */
        final double[] px;
        /** Smallest squared distance to the tree so far. */
        final double[] best;
        /** The tree vertex at that distance. */
        final int[] from;
        /** Vertex id (position in canonical order). */
        final int[] id;
        /** Coordinates of the vertex added to the tree last. */
        final double[] cur;
        int curId;
        /** Number of vertices outside the tree. */
        int m;
        /** Squared distance of the vertex the last {@link #closest} call returned. */
        double bestVal;

        PrimFrontier(final double[] x, final int n, final int d) {
            this.d = d;
            final int m0 = n - 1;
            px = new double[m0 * d];
            System.arraycopy(x, d, px, 0, m0 * d);
            best = new double[m0];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            from = new int[m0];
            id = new int[m0];
            for (int t = 0; t < m0; t++) {
                id[t] = t + 1;
            }
            m = m0;
            cur = new double[d];
            System.arraycopy(x, 0, cur, 0, d);
            curId = 0;
        }

        /**
         * Lowers every outside vertex's distance to the tree by its distance to the vertex added last, and finds the
         * outside vertex closest to the tree (ties: smallest id). Sets {@link #bestVal} to its squared distance.
         *
         * @return its packed index
         */
        int closest() {
            final int d = this.d;
            final double[] px = this.px;
            final double[] best = this.best;
            final int[] from = this.from;
            final int[] id = this.id;
            final double[] cur = this.cur;
            final int curId = this.curId;
            final int m = this.m;
            int bestT = -1;
            double bestVal = Double.POSITIVE_INFINITY;
            for (int t = 0; t < m; t++) {
                final int to = t * d;
                final double bound = best[t];
                double acc = 0;
                boolean pruned = false;
                for (int i = 0; i < d; i++) {
                    final double y = cur[i] - px[to + i];
                    acc += y * y;
                    if ((i & 3) == 3 && acc >= bound) {
                        pruned = true;
                        break;
                    }
                }
                if (!pruned && acc < bound) {
                    best[t] = acc;
                    from[t] = curId;
                }
                final double v = best[t];
                if (v < bestVal || v == bestVal && bestT >= 0 && id[t] < id[bestT]) {
                    bestVal = v;
                    bestT = t;
                }
            }
            this.bestVal = bestVal;
            return bestT;
        }

        /** Moves the outside vertex at packed index {@code t} into the tree; the last packed vertex takes its place. */
        void join(final int t) {
            System.arraycopy(px, t * d, cur, 0, d);
            curId = id[t];
            final int last = m - 1;
            if (t != last) {
                System.arraycopy(px, last * d, px, t * d, d);
                best[t] = best[last];
                from[t] = from[last];
                id[t] = id[last];
            }
            m--;
        }
    }

    // ------------------------------------------------------------------------------------------------ complete / average

    /**
     * Index of pair (i, j), i != j, in the condensed upper-triangle matrix: {@code rowStart[min] + max} where
     * {@code rowStart[i] = i(2n-i-1)/2 - i - 1}.
     */
    private static int idx(final int i, final int j, final int[] rowStart) {
        return i < j ? rowStart[i] + j : rowStart[j] + i;
    }

    /**
     * Complete or average linkage by nearest-neighbour chain on a condensed distance matrix. Steps: fill the matrix
     * ({@link #fillDistances}, first half of the progress bar); then per round start the chain at the smallest active
     * slot if it is empty, find the nearest neighbour of the chain's top ({@link CondensedClusters#nearest}), and
     * push it or, when it is the chain's previous element, record the merge and update the matrix
     * ({@link CondensedClusters#merge}).
     */
    private static Merges matrixChain(final double[] x, final int n, final int d, final FastLinkage linkage,
        final ProgressListener p, final String label) throws CanceledException {
        final double[] dist = new double[(int)((long)n * (n - 1) / 2)];
        final int[] rowStart = new int[n];
        for (int i = 0; i < n; i++) {
            rowStart[i] = (int)((long)i * (2L * n - i - 1) / 2 - i - 1);
        }
        fillDistances(x, n, d, dist, p, label);
        final CondensedClusters s = new CondensedClusters(dist, rowStart, n, linkage == FastLinkage.COMPLETE);
        final int[] chain = new int[n];
        int len = 0;
        final int[] fa = new int[n - 1];
        final int[] fb = new int[n - 1];
        final double[] fh = new double[n - 1];
        int merges = 0;
        int searches = 0;
        while (s.m > 1) {
            if (len == 0) {
                chain[len++] = s.active[0];
            }
            final int a = chain[len - 1];
            final int prev = len >= 2 ? chain[len - 2] : -1;
            if ((++searches & (PROGRESS_EVERY - 1)) == 0) {
                p.checkCanceled();
            }
            final int bestSlot = s.nearest(a, prev);
            if (bestSlot != prev) {
                chain[len++] = bestSlot;
                continue;
            }
            len -= 2;
            final int lo = Math.min(a, prev);
            final int hi = Math.max(a, prev);
            fa[merges] = lo;
            fb[merges] = hi;
            fh[merges] = s.best;
            s.merge(lo, hi);
            merges++;
            if (merges % PROGRESS_EVERY == 0) {
                p.checkCanceled();
                report(p, label, 0.5 + 0.5 * merges / (n - 1), merges, n);
            }
        }
        report(p, label, 1, merges, n);
        return new Merges(fa, fb, fh);
    }

    /**
     * Fills the condensed matrix with the Euclidean distances of all pairs; reports the first half of the progress bar
     * (the fill costs O(n² d), the chain O(n²)).
     */
    private static void fillDistances(final double[] x, final int n, final int d, final double[] dist,
        final ProgressListener p, final String label) throws CanceledException {
        int pos = 0;
        for (int i = 0; i < n - 1; i++) {
            if ((i & (PROGRESS_EVERY - 1)) == 0) {
                p.checkCanceled();
                final double done = 1.0 - (double)(n - i) * (n - i) / ((double)n * n);
                p.progress(0.5 * done, label + ": computing distances");
            }
            final int io = i * d;
            for (int j = i + 1; j < n; j++) {
                final int jo = j * d;
                double acc = 0;
                for (int k = 0; k < d; k++) {
                    final double y = x[io + k] - x[jo + k];
                    acc += y * y;
                }
                dist[pos++] = Math.sqrt(acc);
            }
        }
    }

    /** Complete/average linkage's active clusters: the condensed distance matrix and the ascending active slots. */
    private static final class CondensedClusters {
        final double[] dist;
        final int[] rowStart;
        final boolean complete;
        final double[] size;
        /** Active slots, ascending, in {@code active[0..m)}. */
        final int[] active;
        int m;
        /** Distance of the neighbour the last {@link #nearest} call returned. */
        double best;

        CondensedClusters(final double[] dist, final int[] rowStart, final int n, final boolean complete) {
            this.dist = dist;
            this.rowStart = rowStart;
            this.complete = complete;
            size = new double[n];
            Arrays.fill(size, 1.0);
            active = new int[n];
            for (int i = 0; i < n; i++) {
                active[i] = i;
            }
            m = n;
        }

        /**
         * Finds the active cluster nearest to slot {@code a}; ties: the chain's previous element {@code prev} wins,
         * otherwise the smallest slot. Sets {@link #best} to its distance.
         *
         * @return its slot
         */
        int nearest(final int a, final int prev) {
            final double[] dist = this.dist;
            final int[] rowStart = this.rowStart;
            final int[] active = this.active;
            final int m = this.m;
            double best = Double.POSITIVE_INFINITY;
            int bestSlot = -1;
            if (prev >= 0) {
                best = dist[idx(a, prev, rowStart)];
                bestSlot = prev;
            }
            for (int t = 0; t < m; t++) {
                final int k = active[t];
                if (k == a || k == prev) {
                    continue;
                }
                final double v = dist[idx(a, k, rowStart)];
                if (v < best) {
                    best = v;
                    bestSlot = k;
                }
            }
            this.best = best;
            return bestSlot;
        }

        /**
         * Merges slots {@code lo < hi} into {@code hi}: updates hi's distances by Lance–Williams (max, or size-weighted
         * mean) and removes {@code lo} from the active slots.
         */
        void merge(final int lo, final int hi) {
            final double[] dist = this.dist;
            final int[] rowStart = this.rowStart;
            final int[] active = this.active;
            final boolean complete = this.complete;
            final int m = this.m;
            final double nl = size[lo];
            final double nh = size[hi];
            final double nt = nl + nh;
            for (int t = 0; t < m; t++) {
                final int k = active[t];
                if (k == lo || k == hi) {
                    continue;
                }
                final int ih = idx(hi, k, rowStart);
                final double dl = dist[idx(lo, k, rowStart)];
                final double dh = dist[ih];
                dist[ih] = complete ? Math.max(dl, dh) : (nl * dl + nh * dh) / nt;
            }
            size[hi] = nt;
            this.m = removeSlot(active, m, lo);
        }
    }
}
