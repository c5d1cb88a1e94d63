package org.custseg.engine.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;

/**
 * Internal clustering quality measures on scaled data with labels {@code 0..k-1} (every label used at least once).
 * All distances are Euclidean.
 *
 * <ul>
 * <li><b>Silhouette</b>: mean over rows of {@code (b - a) / max(a, b)}, where {@code a} is the mean distance to the
 * other members of the row's segment and {@code b} the smallest mean distance to another segment; a row alone in its
 * segment scores 0 (as in scikit-learn). Exact for up to {@link #SILHOUETTE_EXACT_MAX_ROWS} rows; above that it is
 * computed on a seeded random sample of that many rows (distances only between sampled rows), so it stays O(s^2).</li>
 * <li><b>Calinski-Harabasz</b>: {@code (B / (k - 1)) / (W / (n - k))} with B the between- and W the within-segment
 * sum of squares.</li>
 * <li><b>Davies-Bouldin</b>: mean over segments of {@code max_j (s_i + s_j) / d(c_i, c_j)}, with {@code s_i} the mean
 * distance of members to their centroid.</li>
 * <li><b>SSE</b>: sum of squared distances to the segment means.</li>
 * </ul>
 */
public final class ClusterMetrics {

    /** Row count up to which the silhouette is computed exactly; larger inputs use a seeded sample of this size. */
    public static final int SILHOUETTE_EXACT_MAX_ROWS = 10_000;

    private ClusterMetrics() {
    }

    /**
     * @param x rows
     * @param labels segment per row, 0..k-1
     * @param k number of segments
     * @return {@code [k][d]} segment means
     */
    public static double[][] centroids(final double[][] x, final int[] labels, final int k) {
        final int d = x.length == 0 ? 0 : x[0].length;
        final double[][] c = new double[k][d];
        final int[] size = new int[k];
        for (int i = 0; i < x.length; i++) {
            size[labels[i]]++;
            for (int j = 0; j < d; j++) {
                c[labels[i]][j] += x[i][j];
            }
        }
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < d; j++) {
                c[s][j] = size[s] == 0 ? Double.NaN : c[s][j] / size[s];
            }
        }
        return c;
    }

    /**
     * @param a a point
     * @param b another point
     * @return squared Euclidean distance
     */
    public static double squaredDistance(final double[] a, final double[] b) {
        return Distances.squaredEuclidean(a, b);
    }

    /**
     * @param x rows
     * @param labels labels
     * @param k number of segments
     * @return sum of squared distances to the segment means
     */
    public static double sse(final double[][] x, final int[] labels, final int k) {
        final double[][] c = centroids(x, labels, k);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += squaredDistance(x[i], c[labels[i]]);
        }
        return s;
    }

    /**
     * @param x rows
     * @param labels labels
     * @param k number of segments
     * @return the Calinski-Harabasz index, {@code NaN} when {@code k < 2} or {@code k >= n}, infinite when every
     *         segment is a single point
     */
    public static double calinskiHarabasz(final double[][] x, final int[] labels, final int k) {
        final int n = x.length;
        if (k < 2 || k >= n) {
            return Double.NaN;
        }
        final double[][] c = centroids(x, labels, k);
        final int d = x[0].length;
        final double[] all = new double[d];
        for (final double[] row : x) {
            for (int j = 0; j < d; j++) {
                all[j] += row[j] / n;
            }
        }
        final int[] size = sizes(labels, k);
        double between = 0;
        for (int s = 0; s < k; s++) {
            between += size[s] * squaredDistance(c[s], all);
        }
        double within = 0;
        for (int i = 0; i < n; i++) {
            within += squaredDistance(x[i], c[labels[i]]);
        }
        if (within == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return (between / (k - 1)) / (within / (n - k));
    }

    /**
     * @param x rows
     * @param labels labels
     * @param k number of segments
     * @return the Davies-Bouldin index ({@code NaN} when {@code k < 2})
     */
    public static double daviesBouldin(final double[][] x, final int[] labels, final int k) {
        if (k < 2) {
            return Double.NaN;
        }
        final double[][] c = centroids(x, labels, k);
        final int[] size = sizes(labels, k);
        final double[] spread = new double[k];
        for (int i = 0; i < x.length; i++) {
            spread[labels[i]] += Math.sqrt(squaredDistance(x[i], c[labels[i]]));
        }
        for (int s = 0; s < k; s++) {
            spread[s] = size[s] == 0 ? 0 : spread[s] / size[s];
        }
        double total = 0;
        for (int a = 0; a < k; a++) {
            double worst = 0;
            for (int b = 0; b < k; b++) {
                if (a != b) {
                    final double dist = Math.sqrt(squaredDistance(c[a], c[b]));
                    final double r = dist == 0 ? Double.POSITIVE_INFINITY : (spread[a] + spread[b]) / dist;
                    worst = Math.max(worst, r);
                }
            }
            total += worst;
        }
        return total / k;
    }

    /**
     * Mean silhouette width; exact up to {@link #SILHOUETTE_EXACT_MAX_ROWS} rows, otherwise on a sample of that many
     * rows drawn with {@code new Random(seed)}.
     *
     * @param x rows
     * @param labels labels
     * @param k number of segments
     * @param seed seed for the sample (unused when exact)
     * @param progress cancellation is checked every few hundred rows
     * @return the mean silhouette, {@code NaN} when {@code k < 2} or {@code k >= n}
     * @throws CanceledException if canceled
     */
    public static double silhouette(final double[][] x, final int[] labels, final int k, final long seed,
        final ProgressListener progress) throws CanceledException {
        return silhouette(x, labels, k, seed, SILHOUETTE_EXACT_MAX_ROWS, progress);
    }

    /**
     * Adds the Euclidean distance from sampled row i to every later sampled row j to every labelling's sums:
     * {@code sums[base[i * K + q] + lab[j * K + q]]} and {@code sums[base[j * K + q] + lab[i * K + q]]} for each of
     * the K labellings q. Each distance is summed over the columns in order and each total receives its distances in
     * ascending row order, whatever K is.
     */
    private static void addDistanceSums(final double[] rows, final int[] lab, final int[] base, final int nk,
        final int i, final int d, final double[] sums) {
        final int m = lab.length / nk;
        final int oi = i * d;
        final int bi = i * nk;
        int j = i + 1;
        // four rows at a time: four independent sums keep the processor busy
        for (; j + 3 < m; j += 4) {
            final int o0 = j * d;
            final int o1 = o0 + d;
            final int o2 = o1 + d;
            final int o3 = o2 + d;
            double q0 = 0;
            double q1 = 0;
            double q2 = 0;
            double q3 = 0;
            for (int c = 0; c < d; c++) {
                final double v = rows[oi + c];
                final double t0 = v - rows[o0 + c];
                final double t1 = v - rows[o1 + c];
                final double t2 = v - rows[o2 + c];
                final double t3 = v - rows[o3 + c];
                q0 += t0 * t0;
                q1 += t1 * t1;
                q2 += t2 * t2;
                q3 += t3 * t3;
            }
            final double d0 = Math.sqrt(q0);
            final double d1 = Math.sqrt(q1);
            final double d2 = Math.sqrt(q2);
            final double d3 = Math.sqrt(q3);
            final int bj = j * nk;
            for (int q = 0; q < nk; q++) {
                final int si = base[bi + q];
                final int li = lab[bi + q];
                sums[si + lab[bj + q]] += d0;
                sums[si + lab[bj + nk + q]] += d1;
                sums[si + lab[bj + 2 * nk + q]] += d2;
                sums[si + lab[bj + 3 * nk + q]] += d3;
                sums[base[bj + q] + li] += d0;
                sums[base[bj + nk + q] + li] += d1;
                sums[base[bj + 2 * nk + q] + li] += d2;
                sums[base[bj + 3 * nk + q] + li] += d3;
            }
        }
        for (; j < m; j++) {
            final int oj = j * d;
            double sq = 0;
            for (int c = 0; c < d; c++) {
                final double t = rows[oi + c] - rows[oj + c];
                sq += t * t;
            }
            final double dist = Math.sqrt(sq);
            final int bj = j * nk;
            for (int q = 0; q < nk; q++) {
                sums[base[bi + q] + lab[bj + q]] += dist;
                sums[base[bj + q] + lab[bi + q]] += dist;
            }
        }
    }

    /**
     * Mean silhouette width, exact up to {@code maxRows} rows, otherwise on a sample of {@code maxRows} rows drawn
     * with {@code new Random(seed)}.
     *
     * @param x rows
     * @param labels labels
     * @param k number of segments
     * @param seed seed for the sample (unused when exact)
     * @param maxRows largest number of rows used (at least 2)
     * @param progress cancellation is checked every few hundred rows
     * @return the mean silhouette, {@code NaN} when {@code k < 2} or {@code k >= n}
     * @throws CanceledException if canceled
     */
    public static double silhouette(final double[][] x, final int[] labels, final int k, final long seed,
        final int maxRows, final ProgressListener progress) throws CanceledException {
        return silhouettes(x, new int[][] {labels}, new int[] {k}, seed, maxRows, progress)[0];
    }

    /**
     * The mean silhouette width of several labellings of the same rows (e.g. one per k), each exactly the value of
     * {@link #silhouette(double[][], int[], int, long, int, ProgressListener)}: the sample of rows depends only on the
     * row count, {@code maxRows} and the seed, so every distance between sampled rows is computed once and added to
     * every labelling's sums.
     *
     * @param x rows
     * @param labels per labelling the label of every row
     * @param ks per labelling its number of segments
     * @param seed seed for the sample (unused when exact)
     * @param maxRows largest number of rows used (at least 2)
     * @param progress cancellation is checked every few hundred rows
     * @return per labelling the mean silhouette, {@code NaN} where {@code k < 2} or {@code k >= n}
     * @throws CanceledException if canceled
     */
    public static double[] silhouettes(final double[][] x, final int[][] labels, final int[] ks, final long seed,
        final int maxRows, final ProgressListener progress) throws CanceledException {
        final int n = x.length;
        final double[] out = new double[ks.length];
        Arrays.fill(out, Double.NaN);
        final int[] use = new int[ks.length]; // the labellings with a silhouette
        int nk = 0;
        for (int q = 0; q < ks.length; q++) {
            if (ks[q] >= 2 && ks[q] < n) {
                use[nk++] = q;
            }
        }
        if (nk == 0) {
            return out;
        }
        final int[] idx = n <= maxRows ? null : sample(n, maxRows, seed);
        final int m = idx == null ? n : idx.length;
        final int d = x[0].length;
        // the sampled rows copied into one contiguous array; per sampled row i and labelling q its label and where its
        // sums start: sums[base + s] = sum of distances from row i to the sampled rows of segment s under q
        final double[] rows = new double[m * d];
        final int[] lab = new int[m * nk];
        final int[] base = new int[m * nk];
        final int[] offset = new int[nk + 1];
        for (int q = 0; q < nk; q++) {
            offset[q + 1] = offset[q] + m * ks[use[q]];
        }
        for (int i = 0; i < m; i++) {
            final int row = idx == null ? i : idx[i];
            System.arraycopy(x[row], 0, rows, i * d, d);
            for (int q = 0; q < nk; q++) {
                lab[i * nk + q] = labels[use[q]][row];
                base[i * nk + q] = offset[q] + i * ks[use[q]];
            }
        }
        final double[] sums = new double[offset[nk]];
        for (int i = 0; i < m; i++) {
            if ((i & 255) == 0) {
                progress.checkCanceled();
            }
            addDistanceSums(rows, lab, base, nk, i, d, sums);
        }
        for (int q = 0; q < nk; q++) {
            out[use[q]] = meanWidth(lab, base, nk, q, ks[use[q]], sums);
        }
        return out;
    }

    /** The mean silhouette width of labelling q from its distance sums (see {@link #silhouettes}). */
    private static double meanWidth(final int[] lab, final int[] base, final int nk, final int q, final int k,
        final double[] sums) {
        final int m = lab.length / nk;
        final int[] size = new int[k];
        for (int i = 0; i < m; i++) {
            size[lab[i * nk + q]]++;
        }
        double total = 0;
        for (int i = 0; i < m; i++) {
            final int own = lab[i * nk + q];
            if (size[own] <= 1) {
                continue; // singleton: 0
            }
            final int b0 = base[i * nk + q];
            final double a = sums[b0 + own] / (size[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int s = 0; s < k; s++) {
                if (s != own && size[s] > 0) {
                    b = Math.min(b, sums[b0 + s] / size[s]);
                }
            }
            final double denom = Math.max(a, b);
            total += denom == 0 ? 0 : (b - a) / denom;
        }
        return total / m;
    }

    /**
     * @param n population size
     * @param m sample size (&lt;= n)
     * @param seed seed
     * @return m distinct indices in ascending order, drawn with {@code new Random(seed)} (partial Fisher-Yates)
     */
    public static int[] sample(final int n, final int m, final long seed) {
        // a partial Fisher-Yates shuffle of 0..n-1 that stores only the positions it has changed, so it needs memory
        // for m values, not n, and draws the same sample as shuffling a full array would
        final Map<Integer, Integer> moved = new HashMap<>(4 * m / 3 + 1);
        final Random rnd = new Random(seed);
        final int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            final int j = i + rnd.nextInt(n - i);
            final int atI = moved.getOrDefault(i, i);
            out[i] = moved.getOrDefault(j, j);
            moved.put(j, atI); // position i is never read again
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * @param labels labels
     * @param k number of segments
     * @return size of each segment
     */
    public static int[] sizes(final int[] labels, final int k) {
        final int[] size = new int[k];
        for (final int l : labels) {
            size[l]++;
        }
        return size;
    }
}
