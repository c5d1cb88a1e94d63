package org.custseg.engine.profile;

/**
 * One segment &times; nominal attribute &times; category row of the long profile table. The test columns
 * (chi-square, p, adjusted p, Cramér's V) belong to the segment &times; attribute pair and repeat on each of its
 * category rows.
 *
 * <p>The test is Pearson's chi-square on the 2 &times; c table (segment vs rest of the population) &times;
 * (categories present), df = c &minus; 1, p from Apache Commons Math's chi-square distribution. Cramér's V for a
 * 2 &times; c table is sqrt(&chi;&sup2; / N).
 *
 * @param segment segment name
 * @param attribute attribute name
 * @param category the category
 * @param count rows of the segment in this category
 * @param segmentShare count / non-missing rows of the segment (NaN when the segment has none)
 * @param populationShare share of the category among non-missing rows of the whole population
 * @param missing missing values of this attribute in the segment
 * @param chiSquare chi-square statistic
 * @param pValue p-value of the chi-square test
 * @param adjustedP Benjamini–Hochberg adjusted p-value (same family as the numeric tests)
 * @param cramersV Cramér's V, in [0, 1]
 * @param note empty, or why the test is undefined
 */
public record NominalProfileRow(String segment, String attribute, String category, int count, double segmentShare,
    double populationShare, int missing, double chiSquare, double pValue, double adjustedP, double cramersV,
    String note) {
}
