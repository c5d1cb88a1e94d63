package org.custseg.engine.hierarchical;

import java.util.Arrays;

/**
 * The result of {@link FastHierarchical#cluster}: an immutable binary merge tree over {@code n} rows with
 * {@code n - 1} merges in ascending order of height.
 *
 * <p><b>Merge list.</b> It follows SciPy's linkage-matrix convention: ids {@code 0..n-1} are the rows, and merge
 * {@code i} (0-based) creates the cluster with id {@code n + i}. Merge {@code i} joins {@link #mergeLeft()}{@code [i]}
 * and {@link #mergeRight()}{@code [i]} (left is the smaller id) at height {@link #heights()}{@code [i]}; the new
 * cluster has {@link #mergeSizes()}{@code [i]} rows.
 *
 * <p><b>Heights.</b> Single, complete and average linkage: the Euclidean cluster distance at which the merge happens.
 * Ward: {@code sqrt(2 * ΔSSE)} where {@code ΔSSE} is the increase of the within-cluster sum of squared Euclidean
 * distances; this equals the Euclidean distance for two single rows and is the height SciPy and R's
 * {@code ward.D2} report.
 *
 * <p><b>Order and ties.</b> Merges are ordered by height; merges of equal height keep the order in which the
 * algorithm found them, which is deterministic (see {@link FastHierarchical}). All four linkages are monotone, so
 * this order is a valid agglomeration order and {@link #cut(int)} applies the first {@code n - k} merges.
 */
public final class Dendrogram {

    private final FastLinkage linkage;
    private final int n;
    /** A row belonging to each side of merge i, in sorted order (used for cutting). */
    private final int[] repA;
    private final int[] repB;
    private final int[] left;
    private final int[] right;
    private final int[] sizes;
    private final double[] heights;

    /**
     * Builds the dendrogram from merges recorded in the order an algorithm found them.
     *
     * @param linkage the linkage used
     * @param n the number of rows
     * @param foundA for merge j (in discovery order), a row contained in the first merged cluster
     * @param foundB for merge j, a row contained in the second merged cluster
     * @param foundHeights the merge heights in discovery order; arrays are not retained
     */
    Dendrogram(final FastLinkage linkage, final int n, final int[] foundA, final int[] foundB,
        final double[] foundHeights) {
        if (foundA.length != n - 1 && !(n == 0 && foundA.length == 0)) {
            throw new IllegalStateException("expected " + (n - 1) + " merges, got " + foundA.length);
        }
        this.linkage = linkage;
        this.n = n;
        final int m = foundA.length;
        final int[] order = sortedOrder(foundHeights);
        repA = new int[m];
        repB = new int[m];
        heights = new double[m];
        left = new int[m];
        right = new int[m];
        sizes = new int[m];
        final int[] parent = new int[n];
        final int[] clusterId = new int[n];
        final int[] clusterSize = new int[n];
        for (int r = 0; r < n; r++) {
            parent[r] = r;
            clusterId[r] = r;
            clusterSize[r] = 1;
        }
        for (int i = 0; i < m; i++) {
            final int j = order[i];
            repA[i] = foundA[j];
            repB[i] = foundB[j];
            heights[i] = foundHeights[j];
            final int ra = find(parent, foundA[j]);
            final int rb = find(parent, foundB[j]);
            if (ra == rb) {
                throw new IllegalStateException("merge " + j + " joins a cluster with itself");
            }
            final int ia = clusterId[ra];
            final int ib = clusterId[rb];
            left[i] = Math.min(ia, ib);
            right[i] = Math.max(ia, ib);
            final int size = clusterSize[ra] + clusterSize[rb];
            sizes[i] = size;
            // union by size keeps find() shallow
            final int root = clusterSize[ra] >= clusterSize[rb] ? ra : rb;
            final int child = root == ra ? rb : ra;
            parent[child] = root;
            clusterSize[root] = size;
            clusterId[root] = n + i;
        }
    }

    /** Indices 0..m-1 sorted by (height, discovery index): deterministic and stable. */
    private static int[] sortedOrder(final double[] h) {
        final int m = h.length;
        // sort (height, index) pairs; the index breaks ties, so the result is the stable order
        final Integer[] idx = new Integer[m];
        for (int i = 0; i < m; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (x, y) -> {
            final int c = Double.compare(h[x], h[y]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        final int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    private static int find(final int[] parent, final int x) {
        int r = x;
        while (parent[r] != r) {
            r = parent[r];
        }
        int y = x;
        while (parent[y] != r) {
            final int next = parent[y];
            parent[y] = r;
            y = next;
        }
        return r;
    }

    /** @return the linkage that produced this tree */
    public FastLinkage linkage() {
        return linkage;
    }

    /** @return the number of rows (leaves) */
    public int size() {
        return n;
    }

    /** @return the number of merges, {@code size() - 1} (0 for an empty tree) */
    public int mergeCount() {
        return heights.length;
    }

    /** @return a copy of the {@code n - 1} merge heights, ascending in merge order */
    public double[] heights() {
        return heights.clone();
    }

    /** @return a copy of the smaller cluster id of every merge (SciPy convention, see class doc) */
    public int[] mergeLeft() {
        return left.clone();
    }

    /** @return a copy of the larger cluster id of every merge (SciPy convention, see class doc) */
    public int[] mergeRight() {
        return right.clone();
    }

    /** @return a copy of the number of rows in the cluster created by every merge */
    public int[] mergeSizes() {
        return sizes.clone();
    }

    /**
     * Cuts the tree into {@code k} clusters by applying the first {@code n - k} merges.
     *
     * @param k the number of clusters, {@code 1 <= k <= size()}
     * @return a label in {@code 0..k-1} per row; labels are numbered by first occurrence in row order (row 0 has label
     *         0, the first row not in row 0's cluster has label 1, ...)
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public int[] cut(final int k) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException(
                "Cannot cut a tree over " + n + " rows into k = " + k + " clusters; k must be between 1 and " + n + ".");
        }
        final int[] parent = new int[n];
        for (int r = 0; r < n; r++) {
            parent[r] = r;
        }
        for (int i = 0; i < n - k; i++) {
            final int ra = find(parent, repA[i]);
            final int rb = find(parent, repB[i]);
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
        final int[] labelOfRoot = new int[n];
        Arrays.fill(labelOfRoot, -1);
        final int[] labels = new int[n];
        int next = 0;
        for (int r = 0; r < n; r++) {
            final int root = find(parent, r);
            if (labelOfRoot[root] < 0) {
                labelOfRoot[root] = next++;
            }
            labels[r] = labelOfRoot[root];
        }
        return labels;
    }
}
