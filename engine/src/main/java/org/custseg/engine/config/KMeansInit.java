package org.custseg.engine.config;

/** How k-means chooses its initial centres (Weka {@code SimpleKMeans -init}). */
public enum KMeansInit {
    /** Default: k-means++ (Weka's variant weights by distance, not squared distance). */
    KMEANS_PLUS_PLUS,
    /** k random rows. */
    RANDOM,
    /** Farthest-first traversal from a random start. */
    FARTHEST_FIRST,
    /** Canopy clustering. */
    CANOPY
}
