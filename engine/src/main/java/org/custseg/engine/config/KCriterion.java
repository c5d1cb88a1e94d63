package org.custseg.engine.config;

/**
 * The rule that picks k when it is chosen automatically. Ties are resolved in favour of the smaller k.
 */
public enum KCriterion {
    /** Default: the highest mean silhouette width. */
    SILHOUETTE,
    /** The highest Calinski-Harabasz index. */
    CALINSKI_HARABASZ,
    /** The lowest Davies-Bouldin index. */
    DAVIES_BOULDIN,
    /** The knee of the SSE curve (see {@code KneeDetector} in the metrics package). */
    SSE_KNEE,
    /** The lowest Bayesian information criterion; EM only. */
    BIC
}
