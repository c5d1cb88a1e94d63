package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.metrics.ClusterMetrics;
import org.junit.jupiter.api.Test;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;

/** What a fixed-k run reports besides the labels: the silhouette estimate, distances and memberships. */
class FixedKOutputsTest {

    private static FeatureMatrix blobs(final int n, final int d, final long seed) {
        final Random rnd = new Random(seed);
        final double[][] v = new double[n][d];
        final List<String> ids = new ArrayList<>();
        final List<String> cols = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            cols.add("x" + j);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                v[i][j] = (i % 4) * 1.5 * ((i + j) % 3 == 0 ? 1 : -1) + rnd.nextGaussian();
            }
            ids.add("r" + i);
        }
        return new FeatureMatrix(cols, ids, v);
    }

    private static double[][] values(final FeatureMatrix m) {
        final double[][] v = new double[m.rows()][m.columns()];
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v[i].length; j++) {
                v[i][j] = m.value(i, j);
            }
        }
        return v;
    }

    @Test
    void criterionValueIsTheSilhouetteExactOrOnTheDocumentedSample() throws Exception {
        for (final int n : new int[] {Segmentation.FIXED_K_SILHOUETTE_ROWS, 6_000}) {
            final FeatureMatrix data = blobs(n, 4, n);
            final SegmentationResult r = Segmentation.run(data, SegmentationConfig.builder(Algorithm.KMEANS).k(4)
                .scaling(Scaling.NONE).seed(2).build(), ProgressListener.NONE);
            final double[][] x = values(data);
            final double exact = ClusterMetrics.silhouette(x, r.labels(), 4, 2, n, ProgressListener.NONE);
            if (n <= Segmentation.FIXED_K_SILHOUETTE_ROWS) {
                assertEquals(exact, r.criterionValue(), 1e-12);
            } else {
                assertEquals(ClusterMetrics.silhouette(x, r.labels(), 4, 2, Segmentation.FIXED_K_SILHOUETTE_ROWS,
                    ProgressListener.NONE), r.criterionValue(), 1e-15);
                assertEquals(exact, r.criterionValue(), 0.03, "a sample estimate close to the exact value");
            }
        }
    }

    @Test
    void distancesAndSseAgreeAndDroppedRowsAreMarked() throws Exception {
        final FeatureMatrix full = blobs(300, 3, 8);
        final double[][] v = values(full);
        v[17][1] = Double.NaN;
        final List<String> ids = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            ids.add("r" + i);
        }
        final FeatureMatrix data = new FeatureMatrix(full.columnNames(), ids, v);
        for (final Algorithm alg : new Algorithm[] {Algorithm.KMEANS, Algorithm.EM}) {
            final SegmentationResult r = Segmentation.run(data, SegmentationConfig.builder(alg).k(3)
                .missing(MissingPolicy.DROP_ROWS).scaling(Scaling.NONE).seed(1).build(), ProgressListener.NONE);
            final double[] dist = r.distances();
            final double[][] means = r.centroidsScaled();
            final int[] labels = r.labels();
            assertEquals(-1, labels[17]);
            assertTrue(Double.isNaN(dist[17]));
            double sse = 0;
            for (int i = 0; i < v.length; i++) {
                if (i == 17) {
                    continue;
                }
                final double sq = ClusterMetrics.squaredDistance(v[i], means[labels[i]]);
                assertEquals(Math.sqrt(sq), dist[i], 1e-12);
                sse += sq;
            }
            assertEquals(sse, r.sse(), 1e-9 * sse);
            if (alg == Algorithm.EM) {
                final double[][] mem = r.memberships();
                for (int j = 0; j < 3; j++) {
                    assertTrue(Double.isNaN(mem[17][j]));
                }
                for (int i = 0; i < v.length; i++) {
                    if (i != 17) {
                        assertEquals(1.0, mem[i][0] + mem[i][1] + mem[i][2], 1e-9);
                        assertEquals(labels[i], argMax(mem[i]));
                    }
                }
            }
        }
    }

    private static int argMax(final double[] p) {
        int best = 0;
        for (int j = 1; j < p.length; j++) {
            if (p[j] > p[best]) {
                best = j;
            }
        }
        return best;
    }
}
