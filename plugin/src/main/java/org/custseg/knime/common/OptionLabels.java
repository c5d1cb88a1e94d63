package org.custseg.knime.common;

import java.util.Map;

/**
 * Readable labels of the engine's option values, shown in the dialogs. The stored setting value is always the enum
 * constant's name (for example {@code KMEANS_PLUS_PLUS}); only the label is for people.
 */
public final class OptionLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
        Map.entry("KCriterion.SILHOUETTE", "Silhouette (higher is better)"),
        Map.entry("KCriterion.CALINSKI_HARABASZ", "Calinski-Harabasz (higher is better)"),
        Map.entry("KCriterion.DAVIES_BOULDIN", "Davies-Bouldin (lower is better)"),
        Map.entry("KCriterion.SSE_KNEE", "Elbow (knee) of the within-segment sum of squares"),
        Map.entry("KCriterion.BIC", "BIC (lower is better)"),
        Map.entry("MissingPolicy.FAIL", "Fail on missing values"),
        Map.entry("MissingPolicy.DROP_ROWS", "Leave rows with missing values without a segment"),
        Map.entry("MissingPolicy.IMPUTE_MEAN", "Replace missing values with the column mean"),
        Map.entry("MissingPolicy.IMPUTE_MEDIAN", "Replace missing values with the column median"),
        Map.entry("Scaling.ZSCORE", "Z-score (mean 0, standard deviation 1)"),
        Map.entry("Scaling.MINMAX", "Min-max (range 0 to 1)"),
        Map.entry("Scaling.NONE", "None (original units)"),
        Map.entry("KMeansInit.KMEANS_PLUS_PLUS", "k-means++"),
        Map.entry("KMeansInit.RANDOM", "Random rows"),
        Map.entry("KMeansInit.FARTHEST_FIRST", "Farthest first"),
        Map.entry("KMeansInit.CANOPY", "Canopy"),
        Map.entry("Distance.EUCLIDEAN", "Euclidean"),
        Map.entry("Distance.MANHATTAN", "Manhattan"),
        Map.entry("Distance.GOWER", "Gower (numeric and text columns)"),
        Map.entry("Covariance.DIAGONAL", "Diagonal (Weka EM)"),
        Map.entry("Covariance.FULL", "Full covariance matrices"),
        Map.entry("Linkage.WARD", "Ward"),
        Map.entry("Linkage.SINGLE", "Single"),
        Map.entry("Linkage.COMPLETE", "Complete"),
        Map.entry("Linkage.AVERAGE", "Average"),
        Map.entry("Linkage.MEAN", "Mean (Weka engine only)"),
        Map.entry("Linkage.CENTROID", "Centroid (Weka engine only)"),
        Map.entry("Linkage.ADJCOMPLETE", "Adjusted complete (Weka engine only)"),
        Map.entry("Linkage.NEIGHBOR_JOINING", "Neighbor joining (Weka engine only)"),
        Map.entry("HierarchicalEngine.FAST", "Fast (built-in, exact)"),
        Map.entry("HierarchicalEngine.WEKA", "Weka HierarchicalClusterer"),
        Map.entry("Method.BOOTSTRAP", "Bootstrap (customers drawn with replacement)"),
        Map.entry("Method.SUBSAMPLE", "Subsample (half the customers, without replacement)"));

    private OptionLabels() {
    }

    /**
     * @param value an option value
     * @return its readable label (the constant's name if none is defined)
     */
    public static String label(final Enum<?> value) {
        return LABELS.getOrDefault(value.getDeclaringClass().getSimpleName() + "." + value.name(), value.name());
    }
}
