/**
 * Fast exact agglomerative hierarchical clustering (classic Ward, single, complete and average linkage on Euclidean
 * distance) in O(n²) time: {@link org.custseg.engine.hierarchical.FastHierarchical} builds a
 * {@link org.custseg.engine.hierarchical.Dendrogram} that can be cut into any number of clusters. Plain Java, no Weka.
 */
package org.custseg.engine.hierarchical;
