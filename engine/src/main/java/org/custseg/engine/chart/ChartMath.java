package org.custseg.engine.chart;

import java.util.Arrays;
import java.util.function.ToDoubleBiFunction;

import org.custseg.engine.metrics.ClusterMetrics;

/** The numbers behind the diagnostic charts: per-row silhouettes of a seeded sample, principal axes. */
public final class ChartMath {

    private ChartMath() {
    }

    /**
     * Per-row silhouette widths (Euclidean distance) of a seeded sample.
     *
     * @param x rows (scaled)
     * @param labels segment per row, 0..k-1
     * @param k number of segments
     * @param seed seed of the sample ({@link ClusterMetrics#sample})
     * @param maxRows largest number of rows
     * @return {@code [0]} the rows' indices (ascending), {@code [1]} their silhouettes, as doubles
     */
    public static double[][] silhouettes(final double[][] x, final int[] labels, final int k, final long seed,
        final int maxRows) {
        return silhouettes(x, labels, k, seed, maxRows,
            (a, b) -> Math.sqrt(ClusterMetrics.squaredDistance(a, b)));
    }

    /**
     * Per-row silhouette widths with any distance (e.g. Gower) of a seeded sample.
     *
     * @param x rows
     * @param labels segment per row, 0..k-1
     * @param k number of segments
     * @param seed seed of the sample ({@link ClusterMetrics#sample})
     * @param maxRows largest number of rows
     * @param distance the distance between two rows
     * @return {@code [0]} the rows' indices (ascending), {@code [1]} their silhouettes, as doubles
     */
    public static double[][] silhouettes(final double[][] x, final int[] labels, final int k, final long seed,
        final int maxRows, final ToDoubleBiFunction<double[], double[]> distance) {
        final int n = x.length;
        final int[] idx;
        if (n <= maxRows) {
            idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
        } else {
            idx = ClusterMetrics.sample(n, maxRows, seed);
        }
        final int m = idx.length;
        final int[] size = new int[k];
        for (final int i : idx) {
            size[labels[i]]++;
        }
        final double[] sums = new double[m * k];
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                final double d = distance.applyAsDouble(x[idx[i]], x[idx[j]]);
                sums[i * k + labels[idx[j]]] += d;
                sums[j * k + labels[idx[i]]] += d;
            }
        }
        final double[][] out = new double[2][m];
        for (int i = 0; i < m; i++) {
            out[0][i] = idx[i];
            final int own = labels[idx[i]];
            if (size[own] <= 1) {
                continue;
            }
            final double a = sums[i * k + own] / (size[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int s = 0; s < k; s++) {
                if (s != own && size[s] > 0) {
                    b = Math.min(b, sums[i * k + s] / size[s]);
                }
            }
            final double den = Math.max(a, b);
            out[1][i] = den == 0 ? 0 : (b - a) / den;
        }
        return out;
    }

    /**
     * The first two principal components of {@code x} (covariance of the rows, Jacobi eigenvalue method).
     *
     * @param x rows (scaled), at least two columns
     * @return {@code [0]} and {@code [1]}: the two unit axes; {@code [2]}: {mean..}; {@code [3]}: {share of variance
     *         of axis 1, of axis 2}
     */
    public static double[][] principalAxes(final double[][] x) {
        final int d = x[0].length;
        final double[] mean = columnMeans(x);
        final double[][] c = covariance(x, mean);
        final double[][] v = jacobiDiagonalise(c);
        final Integer[] order = new Integer[d];
        double total = 0;
        for (int a = 0; a < d; a++) {
            order[a] = a;
            total += c[a][a];
        }
        Arrays.sort(order, (a, b) -> Double.compare(c[b][b], c[a][a]));
        final double[][] out = new double[4][];
        for (int q = 0; q < 2; q++) {
            out[q] = signedAxis(v, order[Math.min(q, d - 1)]);
        }
        out[2] = mean;
        out[3] = new double[] {total > 0 ? c[order[0]][order[0]] / total : 0,
            d > 1 && total > 0 ? c[order[1]][order[1]] / total : 0};
        return out;
    }

    /** @return the mean of each column of {@code x} (each row's value divided by n, then summed) */
    private static double[] columnMeans(final double[][] x) {
        final int n = x.length;
        final int d = x[0].length;
        final double[] mean = new double[d];
        for (final double[] row : x) {
            for (int a = 0; a < d; a++) {
                mean[a] += row[a] / n;
            }
        }
        return mean;
    }

    /** @return the (population) covariance matrix of the rows of {@code x}, symmetric */
    private static double[][] covariance(final double[][] x, final double[] mean) {
        final int n = x.length;
        final int d = mean.length;
        final double[][] c = new double[d][d];
        for (final double[] row : x) {
            for (int a = 0; a < d; a++) {
                final double ta = row[a] - mean[a];
                for (int b = 0; b <= a; b++) {
                    c[a][b] += ta * (row[b] - mean[b]) / n;
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < a; b++) {
                c[b][a] = c[a][b];
            }
        }
        return c;
    }

    /**
     * Cyclic Jacobi rotations until the off-diagonal part of {@code c} vanishes (at most 100 sweeps). On return
     * {@code c}'s diagonal holds the eigenvalues.
     *
     * @param c symmetric matrix, diagonalised in place
     * @return the eigenvectors, as columns
     */
    private static double[][] jacobiDiagonalise(final double[][] c) {
        final int d = c.length;
        final double[][] v = new double[d][d];
        for (int a = 0; a < d; a++) {
            v[a][a] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            if (offDiagonalSquares(c) < 1e-22) {
                break;
            }
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    if (Math.abs(c[p][q]) < 1e-300) {
                        continue;
                    }
                    rotate(c, v, p, q);
                }
            }
        }
        return v;
    }

    /** @return the sum of the squares of the entries above the diagonal */
    private static double offDiagonalSquares(final double[][] c) {
        final int d = c.length;
        double off = 0;
        for (int p = 0; p < d; p++) {
            for (int q = p + 1; q < d; q++) {
                off += c[p][q] * c[p][q];
            }
        }
        return off;
    }

    /** One Jacobi rotation zeroing {@code c[p][q]}: applied to the columns and rows of c and the columns of v. */
    private static void rotate(final double[][] c, final double[][] v, final int p, final int q) {
        final int d = c.length;
        final double theta = (c[q][q] - c[p][p]) / (2 * c[p][q]);
        final double t = Math.signum(theta == 0 ? 1 : theta)
            / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        final double cs = 1 / Math.sqrt(t * t + 1);
        final double sn = t * cs;
        for (int r = 0; r < d; r++) {
            final double crp = c[r][p];
            final double crq = c[r][q];
            c[r][p] = cs * crp - sn * crq;
            c[r][q] = sn * crp + cs * crq;
        }
        for (int r = 0; r < d; r++) {
            final double cpr = c[p][r];
            final double cqr = c[q][r];
            c[p][r] = cs * cpr - sn * cqr;
            c[q][r] = sn * cpr + cs * cqr;
        }
        for (int r = 0; r < d; r++) {
            final double vrp = v[r][p];
            final double vrq = v[r][q];
            v[r][p] = cs * vrp - sn * vrq;
            v[r][q] = sn * vrp + cs * vrq;
        }
    }

    /**
     * Column {@code col} of {@code v} with the sign convention that its largest loading is positive, so the picture
     * does not flip between runs.
     */
    private static double[] signedAxis(final double[][] v, final int col) {
        final int d = v.length;
        final double[] axis = new double[d];
        int big = 0;
        for (int a = 1; a < d; a++) {
            if (Math.abs(v[a][col]) > Math.abs(v[big][col])) {
                big = a;
            }
        }
        final double sign = v[big][col] < 0 ? -1 : 1;
        for (int a = 0; a < d; a++) {
            axis[a] = sign * v[a][col];
        }
        return axis;
    }
}
