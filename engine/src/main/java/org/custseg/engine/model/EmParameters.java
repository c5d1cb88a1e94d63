package org.custseg.engine.model;

import java.util.Arrays;

/**
 * A fitted diagonal Gaussian mixture as plain values (taken from Weka's {@code EM} after fitting, in scaled space).
 * Membership probabilities are computed here, not by Weka:
 * {@code p(j | x) ∝ prior_j · Π_a N(x_a; mean_ja, sd_ja)}, evaluated in log space and normalised with the
 * log-sum-exp trick.
 *
 * @param priors mixing weights, one per component
 * @param means {@code [k][d]} component means
 * @param stdDevs {@code [k][d]} component standard deviations (&gt; 0)
 */
public record EmParameters(double[] priors, double[][] means, double[][] stdDevs) {

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    /** Validates shapes and copies. */
    public EmParameters {
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
     *         {@code k d} means, {@code k d} standard deviations)
     */
    public double bic(final int n, final double logLikelihood) {
        final int k = priors.length;
        final int d = means[0].length;
        final int params = (k - 1) + 2 * k * d;
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
        for (int i = 0; i < permutation.length; i++) {
            p[i] = priors[permutation[i]];
            m[i] = means[permutation[i]];
            s[i] = stdDevs[permutation[i]];
        }
        return new EmParameters(p, m, s);
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
            && Arrays.deepEquals(stdDevs, e.stdDevs);
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
