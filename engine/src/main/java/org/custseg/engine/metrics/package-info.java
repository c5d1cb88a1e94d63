/**
 * Cluster quality measures used to choose k: silhouette, Calinski-Harabasz, Davies-Bouldin, SSE
 * ({@link org.custseg.engine.metrics.ClusterMetrics}) and the SSE knee ({@link org.custseg.engine.metrics.KneeDetector}).
 */
package org.custseg.engine.metrics;
