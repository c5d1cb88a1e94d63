package org.custseg.engine.segment;

/**
 * One row of the automatic-k table.
 *
 * @param k the number of segments tried
 * @param silhouette mean silhouette width (exact, or on a seeded sample for large inputs), higher is better
 * @param calinskiHarabasz Calinski-Harabasz index, higher is better
 * @param daviesBouldin Davies-Bouldin index, lower is better
 * @param sse sum of squared Euclidean distances to the segment means in scaled space
 * @param bic Bayesian information criterion (EM only, lower is better), {@code NaN} otherwise
 * @param chosen whether this k was chosen
 */
public record KSelectionRow(int k, double silhouette, double calinskiHarabasz, double daviesBouldin, double sse,
    double bic, boolean chosen) {

    KSelectionRow withChosen(final boolean c) {
        return new KSelectionRow(k, silhouette, calinskiHarabasz, daviesBouldin, sse, bic, c);
    }
}
