package org.custseg.engine.config;

/**
 * Link type for hierarchical clustering. {@link #WARD}, {@link #SINGLE}, {@link #COMPLETE} and {@link #AVERAGE} are
 * available in both engines (the fast engine's WARD is the classic squared-Euclidean Ward, Weka's is not); the others
 * only with {@link HierarchicalEngine#WEKA}.
 */
public enum Linkage {
    /** Ward's minimum-variance method. */
    WARD,
    /** Minimum pairwise distance. */
    SINGLE,
    /** Maximum pairwise distance. */
    COMPLETE,
    /** Mean pairwise distance (UPGMA). */
    AVERAGE,
    /** Weka only: mean distance of the merged cluster. */
    MEAN,
    /** Weka only: distance between centroids. */
    CENTROID,
    /** Weka only: adjusted complete linkage. */
    ADJCOMPLETE,
    /** Weka only: neighbour joining. */
    NEIGHBOR_JOINING;

    /** @return whether the fast engine supports this link type */
    public boolean fastEngineSupports() {
        return this == WARD || this == SINGLE || this == COMPLETE || this == AVERAGE;
    }
}
