package org.custseg.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.custseg.engine.ProgressListener;
import org.junit.jupiter.api.Test;

class ClusterMetricsTest {

    // two segments on a line: {0, 1} and {4, 5}
    private static final double[][] X = {{0}, {1}, {4}, {5}};
    private static final int[] L = {0, 0, 1, 1};

    @Test
    void silhouetteByHand() throws Exception {
        // row 0: a = 1, b = (4 + 5) / 2 = 4.5 -> 3.5/4.5; row 1: a = 1, b = 3.5 -> 2.5/3.5; rows 2, 3 mirror these
        final double expected = (3.5 / 4.5 + 2.5 / 3.5) / 2;
        assertEquals(expected, ClusterMetrics.silhouette(X, L, 2, 1, ProgressListener.NONE), 1e-12);
    }

    @Test
    void singletonScoresZero() throws Exception {
        // {0}, {1, 2}: row 0 scores 0; row 1: a = 1, b = 1 -> 0; row 2: a = 1, b = 2 -> 0.5
        final double s = ClusterMetrics.silhouette(new double[][] {{0}, {1}, {2}}, new int[] {0, 1, 1}, 2, 1,
            ProgressListener.NONE);
        assertEquals(0.5 / 3, s, 1e-12);
    }

    @Test
    void calinskiHarabaszDaviesBouldinAndSseByHand() {
        // centroids 0.5 and 4.5, overall 2.5: B = 2*4 + 2*4 = 16, W = 4 * 0.25 = 1; CH = (16/1) / (1/2) = 32
        assertEquals(32, ClusterMetrics.calinskiHarabasz(X, L, 2), 1e-12);
        // spreads 0.5 and 0.5, centroid distance 4: DB = 1/4
        assertEquals(0.25, ClusterMetrics.daviesBouldin(X, L, 2), 1e-12);
        assertEquals(1.0, ClusterMetrics.sse(X, L, 2), 1e-12);
    }

    @Test
    void sampledSilhouetteAboveTheExactLimitIsSeededAndSensible() throws Exception {
        final int n = ClusterMetrics.SILHOUETTE_EXACT_MAX_ROWS + 500;
        final Random rnd = new Random(3);
        final double[][] x = new double[n][2];
        final int[] l = new int[n];
        for (int i = 0; i < n; i++) {
            l[i] = i % 2;
            x[i][0] = l[i] * 50 + rnd.nextGaussian();
            x[i][1] = rnd.nextGaussian();
        }
        final double a = ClusterMetrics.silhouette(x, l, 2, 9, ProgressListener.NONE);
        assertEquals(a, ClusterMetrics.silhouette(x, l, 2, 9, ProgressListener.NONE));
        assertTrue(a > 0.95, "well separated: " + a);
    }

    @Test
    void sampleIsSortedDistinctAndSeeded() {
        final int[] s = ClusterMetrics.sample(100, 30, 5);
        assertEquals(30, s.length);
        for (int i = 1; i < s.length; i++) {
            assertTrue(s[i] > s[i - 1]);
        }
        assertEquals(java.util.Arrays.toString(s), java.util.Arrays.toString(ClusterMetrics.sample(100, 30, 5)));
    }
}
