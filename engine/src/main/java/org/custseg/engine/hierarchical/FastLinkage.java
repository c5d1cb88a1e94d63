package org.custseg.engine.hierarchical;

/**
 * The linkage criteria of the fast exact hierarchical path ({@link FastHierarchical}). All use Euclidean distance
 * on the rows as given (the caller scales them).
 */
public enum FastLinkage {

    /**
     * Classic Ward: merge the pair of clusters whose union increases the total within-cluster sum of squares the
     * least, {@code ΔSSE(a,b) = n_a n_b / (n_a + n_b) * ||c_a - c_b||²}. This is the Ward of SciPy
     * ({@code method='ward'}), scikit-learn and R ({@code hclust(method = "ward.D2")}); it is <em>not</em> Weka's
     * {@code WARD} link type, which sums unsquared distances. Merge height {@code sqrt(2 * ΔSSE)}, as SciPy reports
     * it. Needs O(n·d) memory.
     */
    WARD,

    /** Single linkage: cluster distance = smallest Euclidean distance between members. O(n·d) memory (Prim MST). */
    SINGLE,

    /**
     * Complete linkage: cluster distance = largest Euclidean distance between members. Needs a condensed distance
     * matrix of {@code n(n-1)/2} doubles.
     */
    COMPLETE,

    /**
     * Average linkage (UPGMA): cluster distance = mean Euclidean distance over all member pairs. Needs a condensed
     * distance matrix of {@code n(n-1)/2} doubles.
     */
    AVERAGE
}
