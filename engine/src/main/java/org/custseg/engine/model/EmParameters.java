package org.custseg.engine.model;

import java.util.Arrays;

/**
 * A fitted Gaussian mixture as plain values, in scaled space: diagonal (taken from Weka's {@code EM} after fitting) or
 * with full covariance matrices ({@code FullCovarianceEm}). Membership probabilities are computed here, not by Weka:
 * {@code p(j | x) ∝ prior_j · N(x; mean_j, Σ_j)} with {@code Σ_j = diag(sd_j²)} for a diagonal mixture, evaluated in
 * log space and normalised with the log-sum-exp trick. A full covariance matrix is held as its Cholesky factor
 * {@code L_j} ({@code Σ_j = L_j L_jᵀ}, lower triangular, positive diagonal), so a density costs one triangular solve.
 *
 * @param priors mixing weights, one per component
 * @param means {@code [k][d]} component means
 * @param stdDevs {@code [k][d]} component standard deviations (&gt; 0); for a full mixture the square roots of the
 *            covariance diagonals
 * @param choleskyFactors {@code [k][d][d]} full mixture: the lower-triangular Cholesky factors of the covariance
 *            matrices; {@code null} for a diagonal mixture
 */
public record EmParameters(double[] priors, double[][] means, double[][] stdDevs, double[][][] choleskyFactors) {

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    /**
     * A diagonal mixture.
     *
     * @param priors mixing weights
     * @param means component means
     * @param stdDevs component standard deviations
     */
    public EmParameters(final double[] priors, final double[][] means, final double[][] stdDevs) {
        this(priors, means, stdDevs, null);
    }

    /**
     * A full-covariance mixture.
     *
     * @param priors mixing weights
     * @param means {@code [k][d]} component means
     * @param covariances {@code [k][d][d]} symmetric positive definite covariance matrices
     * @return the mixture
     * @throws IllegalArgumentException if a matrix is not symmetric positive definite
     */
    public static EmParameters full(final double[] priors, final double[][] means, final double[][][] covariances) {
        final int k = covariances.length;
        final double[][][] l = new double[k][][];
        final double[][] sd = new double[k][];
        for (int j = 0; j < k; j++) {
            l[j] = cholesky(covariances[j]);
            sd[j] = new double[covariances[j].length];
            for (int a = 0; a < sd[j].length; a++) {
                sd[j][a] = Math.sqrt(covariances[j][a][a]);
            }
        }
        return new EmParameters(priors, means, sd, l);
    }

    /**
     * @param c a symmetric positive definite matrix
     * @return its lower-triangular Cholesky factor
     * @throws IllegalArgumentException if {@code c} is not positive definite
     */
    public static double[][] cholesky(final double[][] c) {
        final int d = c.length;
        final double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            if (c[i].length != d) {
                throw new IllegalArgumentException("EM parameters: a covariance matrix must be square.");
            }
            for (int j = 0; j <= i; j++) {
                if (Math.abs(c[i][j] - c[j][i]) > 1e-9 * (Math.abs(c[i][j]) + Math.abs(c[j][i]) + 1e-300)) {
                    throw new IllegalArgumentException("EM parameters: a covariance matrix must be symmetric.");
                }
                double s = c[i][j];
                for (int q = 0; q < j; q++) {
                    s -= l[i][q] * l[j][q];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        throw new IllegalArgumentException(
                            "EM parameters: a covariance matrix is not positive definite.");
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    /** @return whether the mixture has full covariance matrices */
    public boolean isFull() {
        return choleskyFactors != null;
    }

    /** @return full mixture: {@code [k][d][d]} covariance matrices {@code L Lᵀ}; {@code null} for a diagonal one */
    public double[][][] covariances() {
        if (choleskyFactors == null) {
            return null;
        }
        final int k = choleskyFactors.length;
        final int d = means[0].length;
        final double[][][] c = new double[k][d][d];
        for (int j = 0; j < k; j++) {
            final double[][] l = choleskyFactors[j];
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    double s = 0;
                    for (int q = 0; q <= b; q++) {
                        s += l[a][q] * l[b][q];
                    }
                    c[j][a][b] = s;
                    c[j][b][a] = s;
                }
            }
        }
        return c;
    }

    @Override
    public double[][][] choleskyFactors() {
        if (choleskyFactors == null) {
            return null;
        }
        final double[][][] c = new double[choleskyFactors.length][][];
        for (int j = 0; j < c.length; j++) {
            c[j] = deepCopy(choleskyFactors[j]);
        }
        return c;
    }

    /** Validates shapes and copies. */
    public EmParameters {
        if (choleskyFactors != null) {
            final double[][][] c = new double[choleskyFactors.length][][];
            for (int j = 0; j < c.length; j++) {
                c[j] = deepCopy(choleskyFactors[j]);
            }
            choleskyFactors = c;
            if (c.length != priors.length) {
                throw new IllegalArgumentException("EM parameters need one covariance matrix per component.");
            }
            for (final double[][] l : c) {
                if (l.length != means[0].length) {
                    throw new IllegalArgumentException("EM parameters: a covariance factor needs d rows.");
                }
                for (int a = 0; a < l.length; a++) {
                    if (l[a].length != l.length || !(l[a][a] > 0)) {
                        throw new IllegalArgumentException(
                            "EM parameters: a Cholesky factor must be square with a positive diagonal.");
                    }
                }
            }
        }
        priors = priors.clone();
        means = deepCopy(means);
        stdDevs = deepCopy(stdDevs);
        if (means.length != priors.length || stdDevs.length != priors.length) {
            throw new IllegalArgumentException("EM parameters need one prior, mean row and std-dev row per component.");
        }
        for (int j = 0; j < priors.length; j++) {
            if (means[j].length != means[0].length || stdDevs[j].length != means[0].length) {
                throw new IllegalArgumentException("EM parameters: every component needs one value per feature.");
            }
            for (final double s : stdDevs[j]) {
                if (!(s > 0)) {
                    throw new IllegalArgumentException("EM parameters: standard deviations must be positive.");
                }
            }
        }
    }

    static double[][] deepCopy(final double[][] a) {
        final double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** @return number of components */
    public int k() {
        return priors.length;
    }

    @Override
    public double[] priors() {
        return priors.clone();
    }

    @Override
    public double[][] means() {
        return deepCopy(means);
    }

    @Override
    public double[][] stdDevs() {
        return deepCopy(stdDevs);
    }

    /**
     * @param x a scaled row
     * @return {@code log(prior_j) + log density_j(x)} per component
     */
    public double[] logJoint(final double[] x) {
        final double[] out = new double[priors.length];
        if (choleskyFactors != null) {
            final int d = x.length;
            final double[] z = new double[d];
            for (int j = 0; j < priors.length; j++) {
                final double[][] l = choleskyFactors[j];
                // solve L z = x - mean; then log N = -0.5 |z|^2 - d log sqrt(2 pi) - sum log L_aa
                double lp = Math.log(priors[j]);
                for (int a = 0; a < d; a++) {
                    double s = x[a] - means[j][a];
                    for (int q = 0; q < a; q++) {
                        s -= l[a][q] * z[q];
                    }
                    z[a] = s / l[a][a];
                    lp += -0.5 * z[a] * z[a] - LOG_SQRT_2PI - Math.log(l[a][a]);
                }
                out[j] = lp;
            }
            return out;
        }
        for (int j = 0; j < priors.length; j++) {
            double lp = Math.log(priors[j]);
            for (int a = 0; a < x.length; a++) {
                final double z = (x[a] - means[j][a]) / stdDevs[j][a];
                lp += -0.5 * z * z - LOG_SQRT_2PI - Math.log(stdDevs[j][a]);
            }
            out[j] = lp;
        }
        return out;
    }

    /**
     * @param x a scaled row
     * @return the log of the mixture density at x
     */
    public double logDensity(final double[] x) {
        return logSumExp(logJoint(x));
    }

    /**
     * The one rule turning membership probabilities into a segment: the most probable component, ties to the lower
     * index (used when fitting and when the model assigns new rows).
     *
     * @param probabilities per component
     * @return the index of the largest
     */
    public static int mostProbable(final double[] probabilities) {
        int best = 0;
        for (int j = 1; j < probabilities.length; j++) {
            if (probabilities[j] > probabilities[best]) {
                best = j;
            }
        }
        return best;
    }

    /**
     * @param rows rows
     * @return per row the most probable component ({@link #mostProbable(double[])})
     */
    public int[] mostProbable(final double[][] rows) {
        final int[] labels = new int[rows.length];
        label(rows, labels, null);
        return labels;
    }

    /**
     * Labels many rows in one pass: per row exactly the values of {@link #probabilities(double[])},
     * {@link #mostProbable(double[])} of those and {@link #logDensity(double[])} (the same arithmetic in the same
     * order), but for a diagonal mixture the logarithms of the priors and standard deviations are taken once, not per
     * row, and no array is allocated per row unless the probabilities are kept.
     *
     * @param rows scaled rows
     * @param labels filled with the most probable component per row (ties to the lower index)
     * @param memberships when not {@code null}, filled with a new array of membership probabilities per row
     * @return the total log-likelihood of the rows, {@code sum_i logDensity(rows[i])} summed in row order
     */
    public double label(final double[][] rows, final int[] labels, final double[][] memberships) {
        final int k = priors.length;
        final int d = means[0].length;
        final double[] logPrior = new double[k];
        final double[][] logSd = new double[k][d];
        for (int j = 0; j < k; j++) {
            logPrior[j] = Math.log(priors[j]);
            for (int a = 0; a < d; a++) {
                logSd[j][a] = Math.log(stdDevs[j][a]);
            }
        }
        double[] lj = new double[k];
        double[] p = new double[k];
        double logL = 0;
        for (int i = 0; i < rows.length; i++) {
            final double[] x = rows[i];
            if (choleskyFactors != null) {
                lj = logJoint(x);
            } else {
                // as logJoint, with the logarithms cached
                for (int j = 0; j < k; j++) {
                    final double[] m = means[j];
                    final double[] s = stdDevs[j];
                    final double[] ls = logSd[j];
                    double lp = logPrior[j];
                    for (int a = 0; a < x.length; a++) {
                        final double z = (x[a] - m[a]) / s[a];
                        lp += -0.5 * z * z - LOG_SQRT_2PI - ls[a];
                    }
                    lj[j] = lp;
                }
            }
            final double lse = logSumExp(lj);
            if (memberships != null) {
                p = new double[k];
                memberships[i] = p;
            }
            for (int j = 0; j < k; j++) {
                p[j] = Math.exp(lj[j] - lse);
            }
            labels[i] = mostProbable(p);
            logL += lse;
        }
        return logL;
    }

    /**
     * @param x a scaled row
     * @return membership probabilities per component (sum 1)
     */
    public double[] probabilities(final double[] x) {
        final double[] lj = logJoint(x);
        final double lse = logSumExp(lj);
        final double[] p = new double[lj.length];
        for (int j = 0; j < lj.length; j++) {
            p[j] = Math.exp(lj[j] - lse);
        }
        return p;
    }

    /**
     * Bayesian information criterion of this mixture (lower is better).
     *
     * <p>{@code logLikelihood} must be the <em>total</em> over the n rows, {@code sum_i} {@link #logDensity(double[])}
     * (Weka's {@code EM} reports the average per row instead; the engine does not use Weka's figure). On data recorded
     * on a grid with many duplicate rows (counts, rounded amounts) the density of a component whose standard deviation
     * shrinks far below the grid step becomes a spike, so logL, and with it the preference of BIC for more components,
     * grows without a real gain in fit. The EM segmenter therefore keeps every standard deviation above a per-column
     * floor derived from the grid step; BIC itself is the textbook formula.
     *
     * @param n number of rows the mixture was fitted on
     * @param logLikelihood total log-likelihood on those rows
     * @return {@code -2 logL + p ln n} with {@code p = (k - 1) + 2 k d} free parameters ({@code k - 1} priors,
     *         {@code k d} means, {@code k d} standard deviations), for a full mixture
     *         {@code p = (k - 1) + k d + k d (d + 1) / 2} (the covariance matrices instead of the standard deviations)
     */
    public double bic(final int n, final double logLikelihood) {
        final int k = priors.length;
        final int d = means[0].length;
        final int params = choleskyFactors != null ? (k - 1) + k * d + k * d * (d + 1) / 2 : (k - 1) + 2 * k * d;
        return -2 * logLikelihood + params * Math.log(n);
    }

    /**
     * @param permutation {@code permutation[newIndex] = oldIndex}
     * @return the same mixture with components reordered
     */
    public EmParameters permuted(final int[] permutation) {
        final double[] p = new double[permutation.length];
        final double[][] m = new double[permutation.length][];
        final double[][] s = new double[permutation.length][];
        final double[][][] l = choleskyFactors == null ? null : new double[permutation.length][][];
        for (int i = 0; i < permutation.length; i++) {
            p[i] = priors[permutation[i]];
            m[i] = means[permutation[i]];
            s[i] = stdDevs[permutation[i]];
            if (l != null) {
                l[i] = choleskyFactors[permutation[i]];
            }
        }
        return new EmParameters(p, m, s, l);
    }

    private static double logSumExp(final double[] v) {
        double max = Double.NEGATIVE_INFINITY;
        for (final double x : v) {
            max = Math.max(max, x);
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        double s = 0;
        for (final double x : v) {
            s += Math.exp(x - max);
        }
        return max + Math.log(s);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof EmParameters e && Arrays.equals(priors, e.priors) && Arrays.deepEquals(means, e.means)
            && Arrays.deepEquals(stdDevs, e.stdDevs) && Arrays.deepEquals(choleskyFactors, e.choleskyFactors);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(priors) + Arrays.deepHashCode(means)) + Arrays.deepHashCode(stdDevs);
    }

    @Override
    public String toString() {
        return "EmParameters[k=" + priors.length + ", priors=" + Arrays.toString(priors) + "]";
    }
}
