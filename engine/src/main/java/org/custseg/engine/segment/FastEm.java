package org.custseg.engine.segment;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;

/**
 * The engine's own EM for a Gaussian mixture with diagonal covariances over a contiguous row-major matrix
 * {@code x[i * d + a]}; self-contained (one algorithm, one class).
 *
 * <h2>Start</h2>
 * From a hard partition: priors are the segment shares, means and standard deviations those of the segment's rows.
 * {@link FastEmSegmenter} passes the labels of a {@link FastKMeans} result: up to
 * {@value FastEmSegmenter#SAMPLE_ROWS} rows the best (lowest SSE) of {@value FastEmSegmenter#START_RUNS} runs on all
 * rows; above, the best of {@value FastEmSegmenter#START_RUNS} runs scored on a seeded sample of
 * {@value FastEmSegmenter#SAMPLE_ROWS} rows, followed by one run on all rows from its centres.
 *
 * <h2>Iterations</h2>
 * E-step: per row the log of prior times density for every component, normalised with the log-sum-exp trick (no
 * underflow however far a row lies from a component); M-step: priors, means and standard deviations weighted by the
 * responsibilities, accumulated in the same pass. Iterations stop when the average log-likelihood per row improves by
 * less than {@value #TOLERANCE} (Weka's EM uses the same rule and threshold) or after {@code maxIterations}. The
 * minimum standard deviations can make a step lower the likelihood; then the iterations stop and the mixture before
 * that step is kept (as Weka's EM does).
 *
 * <h2>Minimum standard deviation</h2>
 * The rule of the Weka engine ({@link EmSegmenter}): a component's standard deviation in column a at or below the
 * column's floor {@code floors[a]} is replaced by the column's overall (sample) standard deviation, and by the floor
 * if that is smaller still.
 */
final class FastEm {

    /** Convergence threshold on the change of the average log-likelihood per row. */
    static final double TOLERANCE = 1e-6;

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private FastEm() {
    }

    /**
     * A fitted mixture.
     *
     * @param priors mixing weights
     * @param means {@code [k][d]}
     * @param stdDevs {@code [k][d]}
     * @param logLikelihood total log-likelihood of the rows under the parameters <em>before</em> the last M-step
     * @param iterations EM iterations done
     * @param converged whether the tolerance was reached
     */
    record Fit(double[] priors, double[][] means, double[][] stdDevs, double logLikelihood, int iterations,
        boolean converged) {
    }

    /**
     * @param x row-major rows
     * @param n rows
     * @param d columns
     * @param k components
     * @param start per row a label in {@code 0..k-1}, every label used
     * @param floors per column the minimum standard deviation
     * @param maxIterations at least 1
     * @param cancel checked once per iteration
     * @return the fit
     * @throws CanceledException if canceled
     */
    static Fit run(final double[] x, final int n, final int d, final int k, final int[] start, final double[] floors,
        final int maxIterations, final ProgressListener cancel) throws CanceledException {
        final double[] overall = overallStdDevs(x, n, d);
        final double[] priors = new double[k];
        final double[][] means = new double[k][d];
        final double[][] sds = new double[k][d];
        // M-step from the hard start
        final double[] w = new double[k];
        final double[][] s1 = new double[k][d];
        final double[][] s2 = new double[k][d];
        for (int i = 0; i < n; i++) {
            final int j = start[i];
            w[j] += 1;
            final int io = i * d;
            for (int a = 0; a < d; a++) {
                final double v = x[io + a];
                s1[j][a] += v;
                s2[j][a] += v * v;
            }
        }
        maximise(w, s1, s2, n, floors, overall, priors, means, sds);
        return iterate(x, n, d, k, floors, overall, priors, means, sds, maxIterations, cancel);
    }

    /**
     * EM from given parameters (used by tests to start from another implementation's mixture).
     *
     * @param x row-major rows
     * @param n rows
     * @param d columns
     * @param initial the starting mixture (copied)
     * @param floors per column the minimum standard deviation
     * @param maxIterations at least 1
     * @param cancel checked once per iteration
     * @return the fit
     * @throws CanceledException if canceled
     */
    static Fit runFrom(final double[] x, final int n, final int d, final org.custseg.engine.model.EmParameters initial,
        final double[] floors, final int maxIterations, final ProgressListener cancel) throws CanceledException {
        return iterate(x, n, d, initial.k(), floors, overallStdDevs(x, n, d), initial.priors(), initial.means(),
            initial.stdDevs(), maxIterations, cancel);
    }

    private static Fit iterate(final double[] x, final int n, final int d, final int k, final double[] floors,
        final double[] overall, final double[] priors, final double[][] means, final double[][] sds,
        final int maxIterations, final ProgressListener cancel) throws CanceledException {
        final double[] w = new double[k];
        final double[][] s1 = new double[k][d];
        final double[][] s2 = new double[k][d];
        double previous = Double.NEGATIVE_INFINITY;
        double logL = Double.NEGATIVE_INFINITY;
        int it = 0;
        boolean converged = false;
        final double[] constant = new double[k];
        final double[][] inv = new double[k][d];
        final double[] lj = new double[k];
        final double[] prevPriors = new double[k];
        final double[][] prevMeans = new double[k][d];
        final double[][] prevSds = new double[k][d];
        while (it < maxIterations) {
            cancel.checkCanceled();
            it++;
            prepare(priors, sds, d, constant, inv, w, s1, s2);
            logL = expect(x, n, d, means, constant, inv, lj, w, s1, s2);
            if (it > 1 && logL / n - previous / n < TOLERANCE) {
                converged = true;
                if (logL < previous) {
                    // the floors can make a step lose likelihood: keep the mixture before that step
                    copyMixture(prevPriors, prevMeans, prevSds, priors, means, sds);
                    logL = previous;
                }
                break; // otherwise the parameters that gave logL are kept (no M-step from them)
            }
            previous = logL;
            copyMixture(priors, means, sds, prevPriors, prevMeans, prevSds);
            maximise(w, s1, s2, n, floors, overall, priors, means, sds);
        }
        return new Fit(priors, means, sds, logL, it, converged);
    }

    /** Per component the log density constant and inverse deviations; the weighted sums cleared. */
    private static void prepare(final double[] priors, final double[][] sds, final int d, final double[] constant,
        final double[][] inv, final double[] w, final double[][] s1, final double[][] s2) {
        for (int j = 0; j < priors.length; j++) {
            double c = Math.log(priors[j]) - d * LOG_SQRT_2PI;
            for (int a = 0; a < d; a++) {
                c -= Math.log(sds[j][a]);
                inv[j][a] = 1 / sds[j][a];
            }
            constant[j] = c;
            w[j] = 0;
            java.util.Arrays.fill(s1[j], 0);
            java.util.Arrays.fill(s2[j], 0);
        }
    }

    /**
     * E-step with the M-step's sums accumulated in the same pass.
     *
     * @return the total log-likelihood of the rows under the current parameters
     */
    private static double expect(final double[] x, final int n, final int d, final double[][] means,
        final double[] constant, final double[][] inv, final double[] lj, final double[] w, final double[][] s1,
        final double[][] s2) {
        final int k = constant.length;
        double logL = 0;
        for (int i = 0; i < n; i++) {
            final int io = i * d;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                final double[] m = means[j];
                final double[] iv = inv[j];
                double q = 0;
                for (int a = 0; a < d; a++) {
                    final double z = (x[io + a] - m[a]) * iv[a];
                    q += z * z;
                }
                final double v = constant[j] - 0.5 * q;
                lj[j] = v;
                if (v > max) {
                    max = v;
                }
            }
            double sum = 0;
            for (int j = 0; j < k; j++) {
                lj[j] = Math.exp(lj[j] - max);
                sum += lj[j];
            }
            logL += max + Math.log(sum);
            accumulate(x, io, d, lj, 1 / sum, w, s1, s2);
        }
        return logL;
    }

    /** Adds one row's responsibilities {@code lj[j] * norm} to the weighted sums. */
    private static void accumulate(final double[] x, final int io, final int d, final double[] lj, final double norm,
        final double[] w, final double[][] s1, final double[][] s2) {
        for (int j = 0; j < lj.length; j++) {
            final double r = lj[j] * norm;
            if (r == 0) {
                continue;
            }
            w[j] += r;
            final double[] a1 = s1[j];
            final double[] a2 = s2[j];
            for (int a = 0; a < d; a++) {
                final double v = x[io + a];
                final double rv = r * v;
                a1[a] += rv;
                a2[a] += rv * v;
            }
        }
    }

    /** Copies priors, means and deviations from one mixture into another. */
    private static void copyMixture(final double[] fromPriors, final double[][] fromMeans, final double[][] fromSds,
        final double[] toPriors, final double[][] toMeans, final double[][] toSds) {
        System.arraycopy(fromPriors, 0, toPriors, 0, fromPriors.length);
        for (int j = 0; j < fromPriors.length; j++) {
            System.arraycopy(fromMeans[j], 0, toMeans[j], 0, fromMeans[j].length);
            System.arraycopy(fromSds[j], 0, toSds[j], 0, fromSds[j].length);
        }
    }

    /** Priors, means and floored standard deviations from weighted sums. */
    private static void maximise(final double[] w, final double[][] s1, final double[][] s2, final int n,
        final double[] floors, final double[] overall, final double[] priors, final double[][] means,
        final double[][] sds) {
        final int k = w.length;
        final int d = floors.length;
        for (int j = 0; j < k; j++) {
            if (!(w[j] > 0)) {
                // a component without weight keeps its place with the overall spread and a negligible prior
                priors[j] = Double.MIN_NORMAL;
                for (int a = 0; a < d; a++) {
                    sds[j][a] = Math.max(overall[a], floors[a]);
                }
                continue;
            }
            priors[j] = w[j] / n;
            for (int a = 0; a < d; a++) {
                final double mean = s1[j][a] / w[j];
                final double var = Math.max(0, s2[j][a] / w[j] - mean * mean);
                double sd = Math.sqrt(var);
                if (sd <= floors[a]) {
                    sd = overall[a] > floors[a] ? overall[a] : floors[a];
                }
                means[j][a] = mean;
                sds[j][a] = sd;
            }
        }
    }

    private static double[] overallStdDevs(final double[] x, final int n, final int d) {
        final double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                mean[a] += x[i * d + a];
            }
        }
        for (int a = 0; a < d; a++) {
            mean[a] /= n;
        }
        final double[] sd = new double[d];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                final double t = x[i * d + a] - mean[a];
                sd[a] += t * t;
            }
        }
        for (int a = 0; a < d; a++) {
            sd[a] = n > 1 ? Math.sqrt(sd[a] / (n - 1)) : 0; // the sample standard deviation, as Weka's rule uses
        }
        return sd;
    }
}
