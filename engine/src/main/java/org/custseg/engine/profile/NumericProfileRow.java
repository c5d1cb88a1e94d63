package org.custseg.engine.profile;

/**
 * One segment &times; numeric attribute row of the long profile table.
 *
 * <p>Statistics are over the non-missing values of the attribute in the segment. Quartiles use linear
 * interpolation between order statistics (R type 7, Excel {@code QUARTILE.INC}). Standard deviations are sample
 * standard deviations (n&minus;1). Any statistic that is undefined is {@code NaN} and {@link #note()} says why.
 *
 * @param segment segment name
 * @param attribute attribute name
 * @param n non-missing values in the segment
 * @param missing missing values in the segment
 * @param mean segment mean
 * @param sd segment standard deviation (NaN when n &lt; 2)
 * @param min minimum
 * @param q1 first quartile
 * @param median median
 * @param q3 third quartile
 * @param max maximum
 * @param populationMean mean over all rows (all segments, including "no segment")
 * @param populationSd standard deviation over all rows
 * @param ratio segment mean / population mean (NaN when the population mean is 0)
 * @param effect Cohen's d against the rest of the population: (mean &minus; restMean) / pooled SD, pooled SD =
 *            sqrt(((n&minus;1)s&sup2; + (m&minus;1)r&sup2;) / (n + m &minus; 2)); &plusmn;Infinity when the pooled SD
 *            is 0 but the means differ, 0 when the attribute is constant
 * @param pValue two-sided p-value of the configured test against the rest
 * @param adjustedP Benjamini–Hochberg adjusted p-value over all segment &times; attribute tests of the profile
 * @param level level word from {@link #effect()}
 * @param note empty, or why a statistic/test is undefined, e.g. "test undefined: fewer than 2 values in segment"
 */
public record NumericProfileRow(String segment, String attribute, int n, int missing, double mean, double sd,
    double min, double q1, double median, double q3, double max, double populationMean, double populationSd,
    double ratio, double effect, double pValue, double adjustedP, Level level, String note) {
}
