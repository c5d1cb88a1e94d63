package org.custseg.engine.config;

/**
 * Which implementation performs a segmentation: the engine's own code (FAST) or Weka's. The name is historical (it
 * was first the hierarchical engine); it now selects the k-means engine ({@link FastKMeans} or Weka's
 * {@code SimpleKMeans}) and the EM engine ({@link FastEm} or Weka's {@code EM}) too.
 */
public enum HierarchicalEngine {
    /** Default: the fast exact O(n^2) engine ({@code org.custseg.engine.hierarchical}). */
    FAST,
    /**
     * Weka's {@code HierarchicalClusterer}; refused above {@link #WEKA_MAX_ROWS} clustered rows because its time and
     * memory grow roughly with the cube of the row count. Its WARD link type is not classic Ward (it sums unsquared
     * distances to the centroid).
     */
    WEKA;

    /**
     * Largest number of rows given to Weka's engine (the sample size when sampling). Measured on the project machine
     * (17 columns, Ward): 2,000 rows 10.7 s, 5,000 rows 191 s, 8,950 rows 492 s with 6.35 GB heap; Weka fails with an
     * integer overflow from 46,341 rows.
     */
    public static final int WEKA_MAX_ROWS = 5_000;
}
