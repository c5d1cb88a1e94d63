package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.model.SegmentationModel;
import org.junit.jupiter.api.Test;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.Scaling;
import org.custseg.engine.config.HierarchicalEngine;

/** The fused nearest-centre pass and the renumbering that reassigns only tied rows. */
class NearestCentreTest {

    @Test
    void matchesTheModelsRuleAndFindsTies() {
        // centres 0 and 2 on a line (and a duplicate of centre 0): row 1 is tied between them
        final double[][] centers = {{0}, {2}, {0}};
        final double[][] x = {{-1}, {1}, {3}, {0.5}};
        for (final Distance d : Distance.values()) {
            final NearestCentre a = NearestCentre.assign(x, centers, d);
            double objective = 0;
            for (int i = 0; i < x.length; i++) {
                final int expected = SegmentationModel.nearest(centers, x[i], d);
                assertEquals(expected, a.labels[i], d + " row " + i);
                final double diff = Math.abs(x[i][0] - centers[expected][0]);
                objective += d == Distance.MANHATTAN ? diff : diff * diff;
            }
            assertEquals(objective, a.objective, 1e-12);
            // row 0 (-1): centres 0 and 2 tie at distance 1; row 1 (1): centres 0, 1, 2 tie; row 3: 0 and 2 tie
            assertArrayEquals(new int[] {0, 1, 3}, a.ties, d.name());
        }
    }

    @Test
    void randomRowsAgreeWithTheModelsRule() {
        final Random rnd = new Random(4);
        final double[][] centers = new double[5][3];
        for (final double[] c : centers) {
            for (int j = 0; j < 3; j++) {
                c[j] = rnd.nextInt(3); // a coarse grid makes ties likely
            }
        }
        final double[][] x = new double[400][3];
        for (final double[] row : x) {
            for (int j = 0; j < 3; j++) {
                row[j] = rnd.nextInt(5) * 0.5;
            }
        }
        for (final Distance d : Distance.values()) {
            final NearestCentre a = NearestCentre.assign(x, centers, d);
            int ties = 0;
            for (int i = 0; i < x.length; i++) {
                assertEquals(SegmentationModel.nearest(centers, x[i], d), a.labels[i]);
                int atMin = 0;
                double min = Double.POSITIVE_INFINITY;
                for (final double[] c : centers) {
                    double s = 0;
                    for (int j = 0; j < 3; j++) {
                        s += d == Distance.MANHATTAN ? Math.abs(c[j] - x[i][j]) : (c[j] - x[i][j]) * (c[j] - x[i][j]);
                    }
                    if (s < min) {
                        min = s;
                        atMin = 1;
                    } else if (s == min) {
                        atMin++;
                    }
                }
                if (atMin > 1) {
                    assertEquals(i, a.ties[ties++]);
                }
            }
            assertEquals(ties, a.ties.length);
        }
    }

    @Test
    void kMeansLabelsAreTheNearestRenumberedCentreEvenWithTies() throws Exception {
        // integer-valued rows on a small grid: many rows lie exactly between two centres
        final Random rnd = new Random(9);
        final int n = 600;
        final double[][] v = new double[n][2];
        final List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            v[i][0] = rnd.nextInt(7);
            v[i][1] = rnd.nextInt(7);
            ids.add("r" + i);
        }
        final FeatureMatrix data = new FeatureMatrix(List.of("a", "b"), ids, v);
        for (final Distance d : List.of(Distance.EUCLIDEAN, Distance.MANHATTAN)) { // GOWER: K-Medoids only
            for (final int k : new int[] {2, 4, 6}) {
                final SegmentationResult r = Segmentation.run(data, SegmentationConfig.builder(Algorithm.KMEANS).k(k)
                    .distance(d).restarts(2).scaling(Scaling.NONE).seed(3)
                    .engine(d == Distance.EUCLIDEAN ? HierarchicalEngine.FAST : HierarchicalEngine.WEKA).build(),
                    ProgressListener.NONE);
                final double[][] centers = r.model().kMeansCenters();
                final int[] labels = r.labels();
                for (int i = 0; i < n; i++) {
                    assertEquals(SegmentationModel.nearest(centers, v[i], d), labels[i], d + " k " + k + " row " + i);
                }
            }
        }
    }
}
