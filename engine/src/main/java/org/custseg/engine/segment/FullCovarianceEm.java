package org.custseg.engine.segment;

import java.util.Locale;
import java.util.Random;

import org.custseg.engine.config.Distance;
import org.custseg.engine.metrics.Distances;
import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.model.EmParameters;

/**
 * Gaussian mixture with a full covariance matrix per component, fitted by expectation-maximisation (our own
 * implementation; the diagonal mixture stays with Weka's {@code EM} in {@link EmSegmenter}).
 *
 * <h2>Start</h2>
 * Seeded k-means: a k-means++ start drawn with {@code new Random(seed)} followed by up to 100 Lloyd iterations; its
 * hard segments give the first priors, means and covariance matrices.
 *
 * <h2>Iterations</h2>
 * E-step: membership probabilities from the current mixture (log space, log-sum-exp). M-step: priors, means and
 * weighted covariance matrices. Stops when the total log-likelihood improves by less than {@code 1e-8 · |logL|}
 * (at least 1e-10), or after {@code maxIterations} iterations.
 *
 * <h2>Regularisation on the diagonal</h2>
 * Every component covariance is {@code S_j + diag(f_a²)}, where {@code S_j} is the weighted covariance of the rows and
 * {@code f_a} the per-column floor of the diagonal EM ({@link EmSegmenter#minStdDevs}: the larger of the configured
 * minimum standard deviation and {@code step / sqrt(12)}, {@code step} being the column's smallest gap between two
 * values). The ridge keeps every matrix positive definite when a component collapses onto a few identical rows
 * (gridded counts and amounts, duplicate customers) and stops the likelihood from rewarding such spikes; on
 * continuous data it is negligible (1e-12 in z-scored units with the default minimum of 1e-6). A component whose weight
 * falls below 1e-9 of the rows is an error asking for a smaller k.
 */
final class FullCovarianceEm implements Segmenter {

    @Override
    public RawFit fit(final double[][] x, final int k, final SegmentationConfig config, final ProgressListener progress)
        throws SegmentationException, CanceledException {
        final int n = x.length;
        final int d = x[0].length;
        final double[] floor = EmSegmenter.minStdDevs(x, config.minStdDev());
        final double[] ridge = new double[d];
        for (int a = 0; a < d; a++) {
            ridge[a] = floor[a] * floor[a];
        }
        progress.progress(0, "full-covariance EM: k-means start");
        final int[] start = kMeans(x, k, config.seed(), progress);
        double[][] resp = new double[n][k];
        for (int i = 0; i < n; i++) {
            resp[i][start[i]] = 1;
        }
        EmParameters mix = mStep(x, resp, k, ridge);
        double prevLogL = Double.NEGATIVE_INFINITY;
        int iterations = 0;
        for (int it = 0; it < config.maxIterations(); it++) {
            progress.checkCanceled();
            iterations = it + 1;
            final double logL = eStep(mix, x, resp);
            if (it % 5 == 0) {
                progress.progress(Math.min(0.95, (double) it / config.maxIterations()),
                    String.format(Locale.ROOT, "full-covariance EM iteration %d, log-likelihood %.4f", it + 1, logL));
            }
            final boolean converged = logL - prevLogL < Math.max(1e-10, 1e-8 * Math.abs(logL));
            mix = mStep(x, resp, k, ridge);
            if (converged) {
                break;
            }
            prevLogL = logL;
        }
        final int[] labels = mix.mostProbable(x);
        progress.progress(1, "full-covariance EM done");
        final StringBuilder desc = new StringBuilder("full-covariance Gaussian mixture (own EM, k-means start, seed ")
            .append(config.seed()).append(", ").append(iterations).append(" iterations, ridge on the diagonal:");
        for (final double r : ridge) {
            desc.append(' ').append(String.format(Locale.ROOT, "%.3g", r));
        }
        return new RawFit(k, labels, null, mix, new double[0], desc.append(')').toString());
    }

    /**
     * E-step: each row's component probabilities (computed from log-joints shifted by their maximum).
     *
     * @param resp filled with the probabilities
     * @return the log-likelihood of the rows under {@code mix}
     */
    private static double eStep(final EmParameters mix, final double[][] x, final double[][] resp) {
        double logL = 0;
        for (int i = 0; i < x.length; i++) {
            final double[] lj = mix.logJoint(x[i]);
            double max = Double.NEGATIVE_INFINITY;
            for (final double v : lj) {
                max = Math.max(max, v);
            }
            double s = 0;
            for (int j = 0; j < lj.length; j++) {
                resp[i][j] = Math.exp(lj[j] - max);
                s += resp[i][j];
            }
            for (int j = 0; j < lj.length; j++) {
                resp[i][j] /= s;
            }
            logL += max + Math.log(s);
        }
        return logL;
    }

    /** M-step: priors, means, weighted covariances plus the ridge. */
    static EmParameters mStep(final double[][] x, final double[][] resp, final int k, final double[] ridge)
        throws SegmentationException {
        final int n = x.length;
        final int d = x[0].length;
        final double[] priors = new double[k];
        final double[][] means = new double[k][d];
        final double[][][] cov = new double[k][d][d];
        for (int j = 0; j < k; j++) {
            double w = 0;
            for (int i = 0; i < n; i++) {
                final double r = resp[i][j];
                w += r;
                for (int a = 0; a < d; a++) {
                    means[j][a] += r * x[i][a];
                }
            }
            if (!(w > 1e-9 * n)) {
                throw new SegmentationException("Full-covariance EM lost component " + (j + 1) + " of k = " + k
                    + " (no rows belong to it): choose a smaller k.");
            }
            for (int a = 0; a < d; a++) {
                means[j][a] /= w;
            }
            final double[] t = new double[d];
            for (int i = 0; i < n; i++) {
                final double r = resp[i][j];
                if (r == 0) {
                    continue;
                }
                for (int a = 0; a < d; a++) {
                    t[a] = x[i][a] - means[j][a];
                }
                for (int a = 0; a < d; a++) {
                    final double ra = r * t[a];
                    for (int b = 0; b <= a; b++) {
                        cov[j][a][b] += ra * t[b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    cov[j][a][b] /= w;
                    cov[j][b][a] = cov[j][a][b];
                }
                cov[j][a][a] += ridge[a];
            }
            priors[j] = w / n;
        }
        try {
            return EmParameters.full(priors, means, cov);
        } catch (final IllegalArgumentException e) {
            throw new SegmentationException("Full-covariance EM for k = " + k + " produced a singular covariance matrix ("
                + e.getMessage() + "): choose a smaller k or the diagonal covariance.", e);
        }
    }

    /** @return k starting centres by seeded k-means++ (squared-distance weighted draws) */
    private static double[][] plusPlusStart(final double[][] x, final int k, final long seed)
        throws SegmentationException {
        final int n = x.length;
        final Random rnd = new Random(seed);
        final double[][] c = new double[k][];
        c[0] = x[rnd.nextInt(n)].clone();
        final double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = sq(x[i], c[0]);
        }
        for (int j = 1; j < k; j++) {
            double sum = 0;
            for (final double v : w) {
                sum += v;
            }
            if (!(sum > 0)) {
                throw new SegmentationException("Full-covariance EM needs k = " + k
                    + " distinct rows to start from: choose a smaller k.");
            }
            final double r = rnd.nextDouble() * sum;
            double acc = 0;
            int pick = -1;
            for (int i = 0; i < n; i++) {
                if (w[i] > 0) {
                    acc += w[i];
                    pick = i;
                    if (acc > r) {
                        break;
                    }
                }
            }
            c[j] = x[pick].clone();
            for (int i = 0; i < n; i++) {
                w[i] = Math.min(w[i], sq(x[i], c[j]));
            }
        }
        return c;
    }

    /** Seeded k-means++ start and Lloyd iterations; returns hard labels (every label used). */
    static int[] kMeans(final double[][] x, final int k, final long seed, final ProgressListener progress)
        throws CanceledException, SegmentationException {
        final int n = x.length;
        final int d = x[0].length;
        final double[][] c = plusPlusStart(x, k, seed);
        final int[] labels = new int[n];
        for (int it = 0; it < 100; it++) {
            progress.checkCanceled();
            boolean changed = it == 0;
            for (int i = 0; i < n; i++) {
                final int best = Distances.nearest(c, x[i], Distance.EUCLIDEAN);
                if (labels[i] != best) {
                    labels[i] = best;
                    changed = true;
                }
            }
            final double[][] sum = new double[k][d];
            final int[] cnt = new int[k];
            for (int i = 0; i < n; i++) {
                cnt[labels[i]]++;
                for (int a = 0; a < d; a++) {
                    sum[labels[i]][a] += x[i][a];
                }
            }
            for (int j = 0; j < k; j++) {
                if (cnt[j] == 0) {
                    throw new SegmentationException("Full-covariance EM: the k-means start left segment " + (j + 1)
                        + " of k = " + k + " empty: choose a smaller k.");
                }
                for (int a = 0; a < d; a++) {
                    c[j][a] = sum[j][a] / cnt[j];
                }
            }
            if (!changed) {
                break;
            }
        }
        return labels;
    }

    private static double sq(final double[] a, final double[] b) {
        return Distances.squaredEuclidean(a, b);
    }
}
