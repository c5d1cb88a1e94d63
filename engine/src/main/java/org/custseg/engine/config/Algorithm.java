package org.custseg.engine.config;

/** The segmentation algorithms offered by the engine. */
public enum Algorithm {
    /** k-means on Weka's {@code SimpleKMeans}, best of several seeded restarts. */
    KMEANS,
    /** Agglomerative hierarchical clustering (fast exact engine or Weka's {@code HierarchicalClusterer}). */
    HIERARCHICAL,
    /** Gaussian mixture (diagonal covariances) fitted by Weka's {@code EM}. */
    EM,
    /** K-Medoids (FasterPAM-style eager swaps, CLARA sampling for large data); medoids are real rows. */
    KMEDOIDS
}
