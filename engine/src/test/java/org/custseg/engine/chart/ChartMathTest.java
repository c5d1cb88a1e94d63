package org.custseg.engine.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.metrics.ClusterMetrics;
import org.junit.jupiter.api.Test;

/** The charts' math: silhouettes and principal axes against direct computations. */
class ChartMathTest {

    static double[][] blobs(final int n, final long seed, final int[] labels) {
        final Random r = new Random(seed);
        final double[][] c = {{0, 0, 0}, {5, 1, -1}, {1, 6, 2}};
        final double[][] x = new double[n][3];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int a = 0; a < 3; a++) {
                x[i][a] = c[i % 3][a] + r.nextGaussian();
            }
        }
        return x;
    }

    @Test
    void silhouettesAverageToTheEngineSilhouette() throws Exception {
        final int[] labels = new int[300];
        final double[][] x = blobs(300, 1, labels);
        final double[][] s = ChartMath.silhouettes(x, labels, 3, 1, 1000);
        double mean = 0;
        for (final double v : s[1]) {
            mean += v / s[1].length;
        }
        assertEquals(ClusterMetrics.silhouette(x, labels, 3, 1, ProgressListener.NONE), mean, 1e-12);
        // above the limit: the seeded sample of ClusterMetrics.sample
        final double[][] t = ChartMath.silhouettes(x, labels, 3, 7, 100);
        assertEquals(100, t[0].length);
        assertEquals((double)ClusterMetrics.sample(300, 100, 7)[0], t[0][0]);
    }

    @Test
    void principalAxesOfAnElongatedCloud() {
        final Random r = new Random(3);
        final double[][] x = new double[2000][3];
        final double[] dir = {2 / 3.0, 2 / 3.0, 1 / 3.0}; // unit length
        for (final double[] row : x) {
            final double u = r.nextGaussian() * 5;
            for (int a = 0; a < 3; a++) {
                row[a] = dir[a] * u + r.nextGaussian() * 0.3;
            }
        }
        final double[][] axes = ChartMath.principalAxes(x);
        for (int a = 0; a < 3; a++) {
            assertEquals(dir[a], axes[0][a], 0.01);
        }
        double dot = 0;
        for (int a = 0; a < 3; a++) {
            dot += axes[0][a] * axes[1][a];
        }
        assertEquals(0, dot, 1e-9);
        assertTrue(axes[3][0] > 0.95, "share " + axes[3][0]);
    }
}
