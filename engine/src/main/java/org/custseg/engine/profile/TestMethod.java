package org.custseg.engine.profile;

/**
 * The significance test of a segment against the rest of the population for a numeric attribute.
 */
public enum TestMethod {
    /**
     * Welch's two-sample t-test (unequal variances, Welch–Satterthwaite degrees of freedom; Apache Commons Math
     * {@code TTest.tTest(double[], double[])}), two-sided. Needs at least two non-missing values on each side and
     * some variance.
     */
    WELCH_T,
    /**
     * Mann–Whitney U test (Wilcoxon rank-sum), two-sided, normal approximation with average ranks for ties
     * (Apache Commons Math {@code MannWhitneyUTest}). Robust to skewed attributes such as amounts.
     */
    MANN_WHITNEY_U
}
