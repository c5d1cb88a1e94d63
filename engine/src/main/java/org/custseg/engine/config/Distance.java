package org.custseg.engine.config;

/** Distance used by k-means and Weka's hierarchical engine (never with Weka's own normalisation). */
public enum Distance {
    /** Default: Euclidean distance. */
    EUCLIDEAN,
    /** Manhattan (city-block) distance; Weka's k-means then uses per-segment medians as centres. */
    MANHATTAN,
    /** K-Medoids only: Gower's dissimilarity for mixed numeric and nominal columns ({@link GowerDistance}). */
    GOWER
}
