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
 */
record RawFit(int k, int[] labels, double[][] centers, EmParameters em, double[] mergeHeights, String wekaOptions) {
}
