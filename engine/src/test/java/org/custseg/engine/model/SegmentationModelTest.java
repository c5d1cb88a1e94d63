package org.custseg.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.prep.Preprocessing;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;
import org.junit.jupiter.api.Test;

class SegmentationModelTest {

    /** Two k-means centres in z-space: (-1, -1) and (1, 1); raw = 10 + 2 * z for both features. */
    private static SegmentationModel kMeans(final MissingPolicy missing) {
        final double fill = missing == MissingPolicy.IMPUTE_MEAN ? 14.0 : Double.NaN;
        final Preprocessing p = new Preprocessing(List.of("x", "y"), missing, Scaling.ZSCORE,
            new double[] {fill, fill}, new double[] {10, 10}, new double[] {2, 2});
        final double[][] c = {{-1, -1}, {1, 1}};
        return new SegmentationModel(Algorithm.KMEANS, p, List.of("Segment 1", "Segment 2"), c, Distance.EUCLIDEAN, c,
            null, "-N 2", "test");
    }

    private static FeatureMatrix rows(final List<String> cols, final double[]... v) {
        final String[] ids = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            ids[i] = "n" + i;
        }
        return new FeatureMatrix(cols, List.of(ids), v);
    }

    @Test
    void assignsByNameAfterScalingAndReportsUnassignableRows() throws Exception {
        final SegmentationModel m = kMeans(MissingPolicy.FAIL);
        // columns in another order plus an extra one: matched by name
        final Assignment a = m.assign(rows(List.of("extra", "y", "x"), new double[] {0, 7, 8}, new double[] {0, 13, 12},
            new double[] {0, Double.NaN, 12}, new double[] {0, 12, Double.POSITIVE_INFINITY}), ProgressListener.NONE);
        assertArrayEquals(new int[] {0, 1, -1, -1}, a.labels());
        // row 0 raw (8, 7) -> z (-1, -1.5): distance 0.5 to centre 0
        assertEquals(0.5, a.distances()[0], 1e-12);
        assertNull(a.reasons()[0]);
        assertTrue(a.reasons()[2].contains("missing value in column \"y\""), a.reasons()[2]);
        assertTrue(a.reasons()[3].contains("infinite value in column \"x\""), a.reasons()[3]);
        assertTrue(Double.isNaN(a.distances()[2]));
        assertNull(a.memberships());
    }

    @Test
    void imputingModelFillsTheStoredValue() throws Exception {
        final Assignment a = kMeans(MissingPolicy.IMPUTE_MEAN)
            .assign(rows(List.of("x", "y"), new double[] {Double.NaN, 13}), ProgressListener.NONE);
        assertEquals(1, a.labels()[0]); // x := 14 -> z 2
    }

    @Test
    void missingColumnsAreNamed() {
        final SegmentationException e = assertThrows(SegmentationException.class, () -> kMeans(MissingPolicy.FAIL)
            .assign(rows(List.of("z"), new double[] {1}), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("columns \"x\", \"y\""), e.getMessage());
    }

    @Test
    void jsonRoundTripIsExactAndVersioned() throws Exception {
        final SegmentationModel m = kMeans(MissingPolicy.FAIL);
        final String json = m.toJson();
        assertTrue(json.contains("\"formatVersion\": 1"), json);
        final SegmentationModel back = SegmentationModel.fromJson(json);
        assertEquals(m, back);
        assertEquals(json, back.toJson());
        assertTrue(Double.isNaN(back.preprocessing().fillValue(0)));
        assertEquals(List.of("x", "y"), back.featureNames());
        assertArrayEquals(new double[] {8, 8}, back.centroidsOriginal()[0], 1e-12);
    }

    @Test
    void emModelRoundTripsAndReturnsProbabilities() throws Exception {
        final Preprocessing p = new Preprocessing(List.of("x"), MissingPolicy.FAIL, Scaling.NONE,
            new double[] {Double.NaN}, new double[] {0}, new double[] {1});
        final EmParameters em = new EmParameters(new double[] {0.5, 0.5}, new double[][] {{0}, {4}},
            new double[][] {{1}, {1}});
        final SegmentationModel m = new SegmentationModel(Algorithm.EM, p, List.of("Segment 1", "Segment 2"),
            new double[][] {{0}, {4}}, null, null, em, "-N 2", "test");
        final SegmentationModel back = SegmentationModel.fromJson(m.toJson());
        final Assignment a = back.assign(rows(List.of("x"), new double[] {2}, new double[] {3}), ProgressListener.NONE);
        assertEquals(0.5, a.memberships()[0][0], 1e-12); // midway: equal densities
        // at x = 3: ratio of densities exp(-4.5) / exp(-0.5) = exp(-4)
        assertEquals(1 / (1 + Math.exp(4)), a.memberships()[1][0], 1e-12);
        assertEquals(1, a.labels()[1]);
    }

    @Test
    void rejectsNewerFormatsAndGarbage() {
        final String newer = kMeans(MissingPolicy.FAIL).toJson().replace("\"formatVersion\": 1", "\"formatVersion\": 2");
        assertTrue(assertThrows(SegmentationException.class, () -> SegmentationModel.fromJson(newer)).getMessage()
            .contains("format version 2"));
        assertThrows(SegmentationException.class, () -> SegmentationModel.fromJson("{not json"));
        assertTrue(assertThrows(SegmentationException.class, () -> SegmentationModel.fromJson("{\"formatVersion\": 1}"))
            .getMessage().contains("algorithm"));
    }
}
