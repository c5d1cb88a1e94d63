package org.custseg.engine.lift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Campaign read-out: per group (segment &times; action) the response of treated customers against their holdout.
 *
 * <h2>Response (yes/no)</h2>
 * Response rates p1 (treated) and p0 (holdout), absolute lift p1 - p0 and relative lift p1 / p0 - 1. Confidence
 * interval of p1 - p0 by Newcombe's hybrid score method (Newcombe 1998, "Interval estimation for the difference
 * between independent proportions", Statistics in Medicine 17, method 10): with Wilson score intervals (l1, u1) and
 * (l0, u0), lower = d - sqrt((p1 - l1)^2 + (u0 - p0)^2), upper = d + sqrt((u1 - p1)^2 + (p0 - l0)^2). p-value: the
 * two-sided pooled two-proportion z-test.
 *
 * <h2>Values</h2>
 * Mean value treated and holdout, their difference, and a percentile bootstrap interval of the difference (groups
 * resampled separately, seeded); p-value: twice the smaller share of bootstrap differences on either side of 0
 * (at least 1/B).
 *
 * <h2>Multiple testing</h2>
 * All p-values of one read-out (response and value, every group) are adjusted together by Holm's step-down method,
 * which keeps the chance of any false "significant" at most alpha; significant = adjusted p &lt; alpha.
 */
public final class CampaignLift {

    /** Default confidence level and significance: 95% / 0.05. */
    public static final double DEFAULT_ALPHA = 0.05;

    /** Default number of bootstrap resamples for values. */
    public static final int DEFAULT_BOOTSTRAP = 2000;

    private CampaignLift() {
    }

    /**
     * One customer's outcome.
     *
     * @param group the segment &times; action label, e.g. "Segment 2 / service-experience"
     * @param holdout whether the customer was held out
     * @param responded whether the customer responded ({@code null} = not recorded)
     * @param value the value of the response (NaN = not recorded)
     */
    public record Outcome(String group, boolean holdout, Boolean responded, double value) {
    }

    /**
     * One group's read-out.
     *
     * @param group the group
     * @param treated treated customers with a recorded response
     * @param treatedResponders of those, responders
     * @param holdout holdout customers with a recorded response
     * @param holdoutResponders of those, responders
     * @param treatedRate p1
     * @param holdoutRate p0
     * @param absoluteLift p1 - p0
     * @param relativeLift p1 / p0 - 1 (NaN when p0 = 0)
     * @param lower lower confidence limit of p1 - p0
     * @param upper upper confidence limit of p1 - p0
     * @param p two-sided p-value of the z-test
     * @param adjustedP Holm-adjusted p-value
     * @param significant adjusted p &lt; alpha
     * @param treatedMeanValue mean value treated (NaN when no values)
     * @param holdoutMeanValue mean value holdout
     * @param valueLift difference of the means
     * @param valueLower bootstrap lower limit
     * @param valueUpper bootstrap upper limit
     * @param valueP bootstrap p-value
     * @param valueAdjustedP Holm-adjusted
     * @param valueSignificant adjusted p &lt; alpha
     */
    public record Row(String group, int treated, int treatedResponders, int holdout, int holdoutResponders,
        double treatedRate, double holdoutRate, double absoluteLift, double relativeLift, double lower, double upper,
        double p, double adjustedP, boolean significant, double treatedMeanValue, double holdoutMeanValue,
        double valueLift, double valueLower, double valueUpper, double valueP, double valueAdjustedP,
        boolean valueSignificant) {
    }

    /**
     * @param outcomes the outcomes
     * @param alpha 1 - confidence level, and the significance level after adjustment
     * @param bootstrap bootstrap resamples for values
     * @param seed seed of the bootstrap
     * @return one row per group, in order of first appearance
     */
    public static List<Row> readOut(final List<Outcome> outcomes, final double alpha, final int bootstrap,
        final long seed) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("Setting alpha = " + alpha + " is not allowed: use e.g. 0.05.");
        }
        final Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        for (final Outcome o : outcomes) {
            groups.computeIfAbsent(o.group(), g -> new ArrayList<>()).add(o);
        }
        final double z = new NormalDistribution().inverseCumulativeProbability(1 - alpha / 2);
        final List<double[]> raw = new ArrayList<>();
        final List<String> names = new ArrayList<>(groups.keySet());
        int gi = 0;
        for (final String g : names) {
            int n1 = 0;
            int x1 = 0;
            int n0 = 0;
            int x0 = 0;
            final List<Double> v1 = new ArrayList<>();
            final List<Double> v0 = new ArrayList<>();
            for (final Outcome o : groups.get(g)) {
                if (o.responded() != null) {
                    if (o.holdout()) {
                        n0++;
                        x0 += o.responded() ? 1 : 0;
                    } else {
                        n1++;
                        x1 += o.responded() ? 1 : 0;
                    }
                }
                if (!Double.isNaN(o.value())) {
                    (o.holdout() ? v0 : v1).add(o.value());
                }
            }
            final double[] ci = newcombe(x1, n1, x0, n0, z);
            final double[] vals = values(v1, v0, alpha, bootstrap, seed + gi);
            raw.add(new double[] {n1, x1, n0, x0, ci[0], ci[1], zTest(x1, n1, x0, n0), vals[0], vals[1], vals[2],
                vals[3], vals[4]});
            gi++;
        }
        // Holm over every p-value of this read-out
        final List<Double> ps = new ArrayList<>();
        for (final double[] r : raw) {
            ps.add(r[6]);
            ps.add(r[11]);
        }
        final double[] adj = holm(ps.stream().mapToDouble(Double::doubleValue).toArray());
        final List<Row> rows = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            final double[] r = raw.get(i);
            final int n1 = (int) r[0];
            final int x1 = (int) r[1];
            final int n0 = (int) r[2];
            final int x0 = (int) r[3];
            final double p1 = n1 == 0 ? Double.NaN : x1 / (double) n1;
            final double p0 = n0 == 0 ? Double.NaN : x0 / (double) n0;
            rows.add(new Row(names.get(i), n1, x1, n0, x0, p1, p0, p1 - p0, p0 > 0 ? p1 / p0 - 1 : Double.NaN, r[4],
                r[5], r[6], adj[2 * i], adj[2 * i] < alpha, r[7], r[8], r[7] - r[8], r[9], r[10], r[11],
                adj[2 * i + 1], adj[2 * i + 1] < alpha));
        }
        return rows;
    }

    /**
     * @param x successes
     * @param n trials
     * @param z normal quantile
     * @return Wilson score interval {lower, upper}; NaNs when n = 0
     */
    public static double[] wilson(final int x, final int n, final double z) {
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        final double p = x / (double) n;
        final double z2 = z * z;
        final double denom = 1 + z2 / n;
        final double centre = p + z2 / (2 * n);
        final double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {(centre - half) / denom, (centre + half) / denom};
    }

    /**
     * @param x1 treated responders
     * @param n1 treated
     * @param x0 holdout responders
     * @param n0 holdout
     * @param z normal quantile
     * @return Newcombe hybrid score interval of p1 - p0 {lower, upper}; NaNs when a group is empty
     */
    public static double[] newcombe(final int x1, final int n1, final int x0, final int n0, final double z) {
        if (n1 == 0 || n0 == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        final double p1 = x1 / (double) n1;
        final double p0 = x0 / (double) n0;
        final double[] w1 = wilson(x1, n1, z);
        final double[] w0 = wilson(x0, n0, z);
        final double d = p1 - p0;
        return new double[] {d - Math.sqrt(sq(p1 - w1[0]) + sq(w0[1] - p0)),
            d + Math.sqrt(sq(w1[1] - p1) + sq(p0 - w0[0]))};
    }

    private static double sq(final double v) {
        return v * v;
    }

    /** Two-sided pooled z-test p-value; NaN when a group is empty, 1 when the pooled rate is 0 or 1. */
    static double zTest(final int x1, final int n1, final int x0, final int n0) {
        if (n1 == 0 || n0 == 0) {
            return Double.NaN;
        }
        final double pooled = (x1 + x0) / (double) (n1 + n0);
        final double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n0));
        if (se == 0) {
            return 1;
        }
        final double zz = Math.abs(x1 / (double) n1 - x0 / (double) n0) / se;
        return 2 * (1 - new NormalDistribution().cumulativeProbability(zz));
    }

    /** {mean1, mean0, lower, upper, p}; NaNs when either side has no value. */
    private static double[] values(final List<Double> v1, final List<Double> v0, final double alpha,
        final int bootstrap, final long seed) {
        if (v1.isEmpty() || v0.isEmpty()) {
            return new double[] {mean(v1), mean(v0), Double.NaN, Double.NaN, Double.NaN};
        }
        final double[] a = v1.stream().mapToDouble(Double::doubleValue).toArray();
        final double[] b = v0.stream().mapToDouble(Double::doubleValue).toArray();
        final SplittableRandom rnd = new SplittableRandom(seed);
        final double[] diffs = new double[bootstrap];
        int below = 0;
        int above = 0;
        for (int r = 0; r < bootstrap; r++) {
            diffs[r] = resampledMean(a, rnd) - resampledMean(b, rnd);
            below += diffs[r] <= 0 ? 1 : 0;
            above += diffs[r] >= 0 ? 1 : 0;
        }
        Arrays.sort(diffs);
        final double lo = diffs[(int) Math.floor(alpha / 2 * (bootstrap - 1))];
        final double hi = diffs[(int) Math.ceil((1 - alpha / 2) * (bootstrap - 1))];
        final double p = Math.min(1, Math.max(1.0 / bootstrap, 2.0 * Math.min(below, above) / bootstrap));
        return new double[] {mean(v1), mean(v0), lo, hi, p};
    }

    private static double resampledMean(final double[] v, final SplittableRandom rnd) {
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[rnd.nextInt(v.length)];
        }
        return s / v.length;
    }

    private static double mean(final List<Double> v) {
        return v.isEmpty() ? Double.NaN : v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /**
     * Holm's step-down adjustment; NaN p-values are left NaN and not counted.
     *
     * @param p raw p-values
     * @return adjusted p-values, same order
     */
    public static double[] holm(final double[] p) {
        final Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
            m += Double.isNaN(p[i]) ? 0 : 1;
        }
        Arrays.sort(order, (x, y) -> Double.compare(Double.isNaN(p[x]) ? 2 : p[x], Double.isNaN(p[y]) ? 2 : p[y]));
        final double[] adj = new double[p.length];
        Arrays.fill(adj, Double.NaN);
        double running = 0;
        for (int r = 0; r < m; r++) {
            final int i = order[r];
            running = Math.max(running, Math.min(1, (m - r) * p[i]));
            adj[i] = running;
        }
        return adj;
    }
}
