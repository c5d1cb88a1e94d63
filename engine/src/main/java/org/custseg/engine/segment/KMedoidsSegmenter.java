package org.custseg.engine.segment;

import java.util.Arrays;
import java.util.Random;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.metrics.ClusterMetrics;
import org.custseg.engine.metrics.MedoidMetric;

/**
 * K-Medoids: k real rows (the medoids) are chosen so that the total dissimilarity of every row to its nearest medoid
 * (the objective, "TD") is as small as a swap-based local search can make it. Our own implementation of the eager swap
 * search described by Schubert and Rousseeuw, "Fast and eager k-medoids clustering" (FasterPAM, 2021).
 *
 * <h2>Start</h2>
 * A seeded k-means++-style start: the first medoid is a uniformly random row, each further medoid a row drawn with
 * probability proportional to its squared dissimilarity to the nearest medoid chosen so far ({@code new Random(seed)}).
 *
 * <h2>Eager swaps</h2>
 * Each row keeps its nearest and second-nearest medoid. For a candidate row c, one pass over all rows gives, for every
 * medoid m at once, the change of TD if m were replaced by c (the removal loss of m, corrected by the rows that c
 * would take over). The best of these k swaps is done at once if it lowers TD (by more than 1e-12 of TD, so rounding
 * cannot loop). Candidates are visited cyclically in row order; the search ends when a whole cycle of candidates
 * brings no swap, or after {@code maxIterations} cycles. Each candidate costs O(n) dissimilarities, a cycle O(n^2).
 *
 * <h2>Restarts and large data (CLARA)</h2>
 * Up to {@value #EXACT_MAX_ROWS} rows the search runs on all rows, {@code restarts} times with seeds
 * {@code seed, seed+1, ...}; the lowest TD wins (ties to the earlier run). Above that, the CLARA scheme (Kaufman and
 * Rousseeuw): run r draws a seeded random sample of {@value #CLARA_SAMPLE_ROWS} rows
 * ({@code ClusterMetrics.sample(n, s, seed + r)}), searches medoids on the sample, then assigns all rows to them; the
 * medoids with the lowest TD over all rows win. Every row is assigned in both cases.
 *
 * <p>Labels are the nearest medoid, ties to the lower index, the rule the model applies to new rows.
 */
final class KMedoidsSegmenter implements Segmenter {

    /** Largest number of rows searched exactly (all rows); above it CLARA sampling is used. */
    static final int EXACT_MAX_ROWS = 3_000;

    /** Rows per CLARA sample. */
    static final int CLARA_SAMPLE_ROWS = 1_000;

    private final MedoidMetric metric;

    /** @param metric the dissimilarity between prepared rows */
    KMedoidsSegmenter(final MedoidMetric metric) {
        this.metric = metric;
    }

    @Override
    public RawFit fit(final double[][] x, final int k, final SegmentationConfig config, final ProgressListener progress)
        throws SegmentationException, CanceledException {
        final int n = x.length;
        final boolean clara = n > EXACT_MAX_ROWS;
        final int runs = config.restarts();
        double bestTd = Double.POSITIVE_INFINITY;
        int[] bestMedoids = null;
        for (int r = 0; r < runs; r++) {
            progress.checkCanceled();
            progress.progress((double) r / runs, (clara ? "k-medoids sample " : "k-medoids run ") + (r + 1) + " of "
                + runs);
            final long seed = config.seed() + r;
            final int[] rows;
            if (clara) {
                rows = ClusterMetrics.sample(n, Math.min(n, Math.max(CLARA_SAMPLE_ROWS, 10 * k)), seed);
            } else {
                rows = identity(n);
            }
            final double[][] sub = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                sub[i] = x[rows[i]];
            }
            final int[] local = search(sub, k, metric, seed, config.maxIterations(), progress);
            final int[] medoids = new int[k];
            for (int j = 0; j < k; j++) {
                medoids[j] = rows[local[j]];
            }
            final double td = totalDissimilarity(x, medoids, metric, progress);
            if (td < bestTd) {
                bestTd = td;
                bestMedoids = medoids;
            }
        }
        final double[][] centers = new double[k][];
        for (int j = 0; j < k; j++) {
            centers[j] = x[bestMedoids[j]].clone();
        }
        final int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = nearest(x[i], x, bestMedoids, metric);
        }
        progress.progress(1, "k-medoids done");
        final String desc = "k-medoids (FasterPAM-style eager swaps, " + metric.name() + ", k-means++-style start, "
            + (clara ? "CLARA: best of " + runs + " seeded samples of " + Math.min(n, Math.max(CLARA_SAMPLE_ROWS, 10 * k))
                + " rows, all rows assigned" : "best of " + runs + " seeded runs")
            + ", seeds " + config.seed() + ".." + (config.seed() + runs - 1) + ", total dissimilarity "
            + bestTd + ")";
        return new RawFit(k, labels, centers, null, new double[0], desc, null, bestMedoids.clone());
    }

    private static int[] identity(final int n) {
        final int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** @return index (into {@code medoids}) of the medoid nearest to {@code row}, ties to the lower index */
    static int nearest(final double[] row, final double[][] x, final int[] medoids, final MedoidMetric metric) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int j = 0; j < medoids.length; j++) {
            final double d = metric.between(row, x[medoids[j]]);
            if (d < bestD) {
                bestD = d;
                best = j;
            }
        }
        return best;
    }

    /**
     * @param x rows
     * @param medoids row indices of the medoids
     * @param metric the dissimilarity
     * @param progress cancellation
     * @return the sum over rows of the dissimilarity to the nearest medoid
     * @throws CanceledException if canceled
     */
    static double totalDissimilarity(final double[][] x, final int[] medoids, final MedoidMetric metric,
        final ProgressListener progress) throws CanceledException {
        double td = 0;
        for (int i = 0; i < x.length; i++) {
            if ((i & 4095) == 0) {
                progress.checkCanceled();
            }
            double best = Double.POSITIVE_INFINITY;
            for (final int m : medoids) {
                best = Math.min(best, metric.between(x[i], x[m]));
            }
            td += best;
        }
        return td;
    }

    /**
     * The seeded start followed by eager swaps, on all rows of {@code x}.
     *
     * @param x rows (at least k distinct)
     * @param k number of medoids
     * @param metric dissimilarity
     * @param seed seed of the start
     * @param maxCycles largest number of candidate cycles
     * @param progress cancellation
     * @return the medoids' row indices (in the order found)
     * @throws CanceledException if canceled
     */
    static int[] search(final double[][] x, final int k, final MedoidMetric metric, final long seed,
        final int maxCycles, final ProgressListener progress) throws CanceledException {
        final int n = x.length;
        final int[] medoids = start(x, k, metric, seed);
        final boolean[] isMedoid = new boolean[n];
        for (final int m : medoids) {
            isMedoid[m] = true;
        }
        // dm[o * k + j] = d(o, medoid j)
        final double[] dm = medoidDistances(x, medoids, metric);
        final int[] near = new int[n];
        final double[] dn = new double[n];
        final double[] ds = new double[n];
        double td = updateNearest(dm, n, k, near, dn, ds);
        final double[] removal = new double[k];
        removalLoss(near, dn, ds, removal);
        final double[] dc = new double[n];
        final double[] delta = new double[k];
        int lastSwap = -1;
        int c = 0;
        int visited = 0;
        int cycles = 0;
        while (cycles < maxCycles) {
            if ((visited & 63) == 0) {
                progress.checkCanceled();
            }
            if (c == lastSwap || (lastSwap < 0 && visited >= n)) {
                break; // a whole cycle without a swap
            }
            if (!isMedoid[c]) {
                final double gain = swapChanges(x, c, metric, removal, near, dn, ds, dc, delta);
                int best = 0;
                for (int j = 1; j < k; j++) {
                    if (delta[j] < delta[best]) {
                        best = j;
                    }
                }
                final double change = delta[best] + gain;
                if (change < -1e-12 * Math.max(td, Double.MIN_NORMAL)) {
                    isMedoid[medoids[best]] = false;
                    isMedoid[c] = true;
                    medoids[best] = c;
                    for (int o = 0; o < n; o++) {
                        dm[o * k + best] = dc[o];
                    }
                    td = updateNearest(dm, n, k, near, dn, ds);
                    removalLoss(near, dn, ds, removal);
                    lastSwap = c;
                }
            }
            visited++;
            c++;
            if (c == n) {
                c = 0;
                cycles++;
            }
        }
        return medoids;
    }

    /** @return {@code dm[o * k + j]}: the dissimilarity of row o to medoid j */
    private static double[] medoidDistances(final double[][] x, final int[] medoids, final MedoidMetric metric) {
        final int n = x.length;
        final int k = medoids.length;
        final double[] dm = new double[n * k];
        for (int o = 0; o < n; o++) {
            for (int j = 0; j < k; j++) {
                dm[o * k + j] = metric.between(x[o], x[medoids[j]]);
            }
        }
        return dm;
    }

    /**
     * The change of the total deviation if candidate row {@code c} replaced each medoid: fills {@code delta[j]} with
     * the part depending on the replaced medoid j (starting from its removal loss) and {@code dc} with each row's
     * dissimilarity to c.
     *
     * @return the part every replacement shares (rows that move to c)
     */
    private static double swapChanges(final double[][] x, final int c, final MedoidMetric metric,
        final double[] removal, final int[] near, final double[] dn, final double[] ds, final double[] dc,
        final double[] delta) {
        System.arraycopy(removal, 0, delta, 0, delta.length);
        double gain = 0;
        for (int o = 0; o < x.length; o++) {
            final double d = metric.between(x[o], x[c]);
            dc[o] = d;
            if (d < dn[o]) {
                gain += d - dn[o];
                delta[near[o]] += dn[o] - ds[o];
            } else if (d < ds[o]) {
                delta[near[o]] += d - ds[o];
            }
        }
        return gain;
    }

    private static double updateNearest(final double[] dm, final int n, final int k, final int[] near,
        final double[] dn, final double[] ds) {
        double td = 0;
        for (int o = 0; o < n; o++) {
            int b = -1;
            double d1 = Double.POSITIVE_INFINITY;
            double d2 = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                final double d = dm[o * k + j];
                if (d < d1) {
                    d2 = d1;
                    d1 = d;
                    b = j;
                } else if (d < d2) {
                    d2 = d;
                }
            }
            near[o] = b;
            dn[o] = d1;
            ds[o] = d2;
            td += d1;
        }
        return td;
    }

    private static void removalLoss(final int[] near, final double[] dn, final double[] ds, final double[] removal) {
        Arrays.fill(removal, 0);
        for (int o = 0; o < near.length; o++) {
            removal[near[o]] += ds[o] - dn[o];
        }
    }

    /** The seeded k-means++-style start (squared dissimilarity weights). */
    static int[] start(final double[][] x, final int k, final MedoidMetric metric, final long seed) {
        final int n = x.length;
        final Random rnd = new Random(seed);
        final int[] medoids = new int[k];
        medoids[0] = rnd.nextInt(n);
        final double[] w = new double[n];
        for (int o = 0; o < n; o++) {
            final double d = metric.between(x[o], x[medoids[0]]);
            w[o] = d * d;
        }
        for (int j = 1; j < k; j++) {
            double sum = 0;
            for (int o = 0; o < n; o++) {
                sum += w[o];
            }
            int pick = -1;
            if (sum > 0) {
                final double r = rnd.nextDouble() * sum;
                double acc = 0;
                for (int o = 0; o < n; o++) {
                    if (w[o] > 0) {
                        acc += w[o];
                        pick = o;
                        if (acc > r) {
                            break;
                        }
                    }
                }
            } else {
                // fewer distinct rows than k (possible in a sample): the first row not yet a medoid
                for (int o = 0; o < n && pick < 0; o++) {
                    boolean used = false;
                    for (int q = 0; q < j; q++) {
                        used |= medoids[q] == o;
                    }
                    pick = used ? -1 : o;
                }
            }
            medoids[j] = pick;
            for (int o = 0; o < n; o++) {
                final double d = metric.between(x[o], x[pick]);
                w[o] = Math.min(w[o], d * d);
            }
        }
        return medoids;
    }

    /**
     * Mean silhouette width under {@code metric}, exact up to {@code maxRows} rows, else on the seeded sample
     * {@code ClusterMetrics.sample(n, maxRows, seed)} (as {@link ClusterMetrics#silhouette} does for Euclidean).
     *
     * @param x rows
     * @param labels labels in 0..k-1
     * @param k number of segments
     * @param metric dissimilarity
     * @param seed seed of the sample
     * @param maxRows largest number of rows used
     * @param progress cancellation
     * @return the mean silhouette, {@code NaN} when {@code k < 2} or {@code k >= n}
     * @throws CanceledException if canceled
     */
    static double silhouette(final double[][] x, final int[] labels, final int k, final MedoidMetric metric,
        final long seed, final int maxRows, final ProgressListener progress) throws CanceledException {
        final double[] s = silhouettes(x, labels, k, metric, seed, maxRows, progress).values;
        if (s == null) {
            return Double.NaN;
        }
        double total = 0;
        for (final double v : s) {
            total += v;
        }
        return total / s.length;
    }

    /** Per-row silhouettes of the rows {@code rows} (indices into x). */
    static final class Silhouettes {
        final int[] rows;
        final double[] values;

        Silhouettes(final int[] rows, final double[] values) {
            this.rows = rows;
            this.values = values;
        }
    }

    static Silhouettes silhouettes(final double[][] x, final int[] labels, final int k, final MedoidMetric metric,
        final long seed, final int maxRows, final ProgressListener progress) throws CanceledException {
        final int n = x.length;
        if (k < 2 || k >= n) {
            return new Silhouettes(new int[0], null);
        }
        final int[] idx = n <= maxRows ? identity(n) : ClusterMetrics.sample(n, maxRows, seed);
        final int m = idx.length;
        final int[] lab = new int[m];
        for (int i = 0; i < m; i++) {
            lab[i] = labels[idx[i]];
        }
        final int[] size = ClusterMetrics.sizes(lab, k);
        final double[] sums = new double[m * k];
        for (int i = 0; i < m; i++) {
            if ((i & 255) == 0) {
                progress.checkCanceled();
            }
            for (int j = i + 1; j < m; j++) {
                final double d = metric.between(x[idx[i]], x[idx[j]]);
                sums[i * k + lab[j]] += d;
                sums[j * k + lab[i]] += d;
            }
        }
        final double[] s = new double[m];
        for (int i = 0; i < m; i++) {
            final int own = lab[i];
            if (size[own] <= 1) {
                continue;
            }
            final double a = sums[i * k + own] / (size[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int q = 0; q < k; q++) {
                if (q != own && size[q] > 0) {
                    b = Math.min(b, sums[i * k + q] / size[q]);
                }
            }
            final double den = Math.max(a, b);
            s[i] = den == 0 ? 0 : (b - a) / den;
        }
        return new Silhouettes(idx, s);
    }
}
