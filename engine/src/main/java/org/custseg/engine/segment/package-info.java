/**
 * Segmentation: settings ({@link org.custseg.engine.segment.SegmentationConfig}), the entry point
 * ({@link org.custseg.engine.segment.Segmentation#run}) and its result
 * ({@link org.custseg.engine.segment.SegmentationResult}).
 *
 * <p>Three algorithms sit behind one package-private interface: k-means (Weka {@code SimpleKMeans}, best of
 * {@code restarts} seeded runs), EM (Weka {@code EM} with a fixed number of components) and hierarchical clustering
 * (the fast exact engine of {@code org.custseg.engine.hierarchical}, or Weka's {@code HierarchicalClusterer}). Weka
 * types never leave this package. Weka's distance functions are always created with {@code dontNormalize}, so the
 * engine's scaling ({@link org.custseg.engine.config.Scaling}) is the only scaling; the exact Weka options string is
 * reported with every result.
 *
 * <p>Numbering is stable: segment 0 ("Segment 1") is the largest; equal sizes are ordered by the smallest row index
 * among their members.
 */
package org.custseg.engine.segment;
