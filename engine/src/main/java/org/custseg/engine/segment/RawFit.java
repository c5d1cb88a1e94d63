package org.custseg.engine.segment;

import org.custseg.engine.model.EmParameters;

/**
 * What a segmenter produces for one k, before the stable renumbering.
 *
 * @param k the k requested
 * @param labels per clustered row a label in {@code 0..k-1} (arbitrary order)
 * @param centers k-means only: centres per raw label in scaled space, else {@code null}
 * @param em EM only: the mixture (components in raw label order), else {@code null}
 * @param mergeHeights hierarchical: the merge heights (may be empty), else empty
 * @param wekaOptions the exact Weka options string, or a description of the fast engine
 * @param nearestTies k-means only, optional: when not {@code null}, {@code labels} are the nearest of {@code centers}
 *            (ties to the lower index) and this lists, ascending, the rows whose nearest centre was tied; every other
 *            row keeps its centre under any renumbering of the centres, so only these rows need reassigning
 * @param medoids k-medoids only: per raw label the index of the medoid row (in the clustered rows), else {@code null}
 */
public record RawFit(int k, int[] labels, double[][] centers, EmParameters em, double[] mergeHeights, String wekaOptions,
    int[] nearestTies, int[] medoids) {

    /** A fit without medoids. */
    public RawFit(final int k, final int[] labels, final double[][] centers, final EmParameters em,
        final double[] mergeHeights, final String wekaOptions, final int[] nearestTies) {
        this(k, labels, centers, em, mergeHeights, wekaOptions, nearestTies, null);
    }

    /** A fit without tie information (labels not known to be nearest centres). */
    public RawFit(final int k, final int[] labels, final double[][] centers, final EmParameters em,
        final double[] mergeHeights, final String wekaOptions) {
        this(k, labels, centers, em, mergeHeights, wekaOptions, null, null);
    }
}
