package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.data.FeatureMatrix;
import org.junit.jupiter.api.Test;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.MissingPolicy;

/** Each bad input gets its own message (or documented handling) from {@link Segmentation#run}. */
class BadInputTest {

    private static final double NA = Double.NaN;

    private static FeatureMatrix matrix(final double[][] v, final String... cols) {
        final String[] ids = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            ids[i] = "c" + (i + 1);
        }
        return new FeatureMatrix(List.of(cols), List.of(ids), v);
    }

    private static SegmentationException fail(final FeatureMatrix m, final SegmentationConfig c) {
        return assertThrows(SegmentationException.class, () -> Segmentation.run(m, c, ProgressListener.NONE));
    }

    private static SegmentationConfig kMeans(final int k) {
        return SegmentationConfig.builder(Algorithm.KMEANS).k(k).build();
    }

    @Test
    void oneRow() {
        final SegmentationException e = fail(matrix(new double[][] {{1, 2}}, "a", "b"), kMeans(3));
        assertTrue(e.getMessage().startsWith("Only 1 row is in the input") && e.getMessage().contains("at least 2 rows"),
            e.getMessage());
    }

    @Test
    void kLargerThanRows() {
        final SegmentationException e = fail(matrix(new double[][] {{1, 2}, {3, 1}, {5, 7}}, "a", "b"), kMeans(4));
        assertTrue(e.getMessage().contains("k = 4 but only 3 rows") && e.getMessage().contains("k <= 3"),
            e.getMessage());
    }

    @Test
    void kLargerThanDistinctRows() {
        final SegmentationException e =
            fail(matrix(new double[][] {{1, 2}, {1, 2}, {5, 7}, {5, 7}}, "a", "b"), kMeans(3));
        assertTrue(e.getMessage().contains("only 2 distinct rows"), e.getMessage());
    }

    @Test
    void automaticKIsCappedByTheRowsWithAWarning() throws Exception {
        final SegmentationResult r = Segmentation.run(
            matrix(new double[][] {{0, 0}, {0, 1}, {10, 10}, {10, 11}, {20, 0}}, "a", "b"),
            SegmentationConfig.builder(Algorithm.KMEANS).kMin(2).kMax(10).build(), ProgressListener.NONE);
        assertEquals(3, r.kSelection().size()); // k = 2..4 (silhouette needs k <= n - 1)
        assertTrue(r.preparation().warnings().stream().anyMatch(w -> w.contains("only up to 4")),
            r.preparation().warnings().toString());
    }

    @Test
    void allMissingColumn() {
        final SegmentationException e =
            fail(matrix(new double[][] {{1, NA}, {2, NA}, {3, NA}}, "a", "empty"), kMeans(2));
        assertTrue(e.getMessage().contains("\"empty\" has no values at all"), e.getMessage());
    }

    @Test
    void constantColumnIsDroppedWithAWarning() throws Exception {
        final SegmentationResult r = Segmentation.run(
            matrix(new double[][] {{1, 5}, {2, 5}, {10, 5}, {11, 5}}, "a", "same"), kMeans(2), ProgressListener.NONE);
        assertEquals(List.of("same"), r.preparation().droppedConstantColumns());
        assertEquals(List.of("a"), r.model().featureNames());
        assertTrue(r.preparation().warnings().stream().anyMatch(w -> w.contains("Constant column") && w.contains("same")));
        assertArrayEquals(new int[] {2, 2}, r.sizes());
    }

    @Test
    void allColumnsConstant() {
        final SegmentationException e = fail(matrix(new double[][] {{1, 5}, {1, 5}, {1, 5}}, "a", "b"), kMeans(2));
        assertTrue(e.getMessage().contains("Every feature column is constant"), e.getMessage());
    }

    @Test
    void infiniteValue() {
        final SegmentationException e = fail(
            matrix(new double[][] {{1, 2}, {2, Double.POSITIVE_INFINITY}, {3, 3}}, "a", "b"), kMeans(2));
        assertTrue(e.getMessage().contains("Column \"b\", row 2 (id \"c2\")") && e.getMessage().contains("infinite"),
            e.getMessage());
    }

    @Test
    void missingValuesFailByDefaultListingColumnsAndCounts() {
        final SegmentationException e = fail(
            matrix(new double[][] {{1, NA, 1}, {NA, NA, 2}, {3, 3, 3}, {4, 4, 4}}, "a", "b", "c"), kMeans(2));
        assertTrue(e.getMessage().contains("2 columns") && e.getMessage().contains("\"a\" (1 of 4 rows")
            && e.getMessage().contains("\"b\" (2 of 4 rows") && !e.getMessage().contains("\"c\""), e.getMessage());
    }

    @Test
    void dropRowsLabelsDroppedRowsMinusOne() throws Exception {
        final FeatureMatrix m = matrix(new double[][] {{0, 0}, {NA, 1}, {0, 1}, {10, 10}, {10, 11}}, "a", "b");
        final SegmentationResult r = Segmentation.run(m,
            SegmentationConfig.builder(Algorithm.KMEANS).k(2).missing(MissingPolicy.DROP_ROWS).build(),
            ProgressListener.NONE);
        assertEquals(5, r.rows());
        assertEquals(-1, r.labels()[1]);
        assertTrue(Double.isNaN(r.distances()[1]));
        assertEquals(1, r.preparation().droppedRows());
        assertEquals(r.labels()[0], r.labels()[2]);
    }

    @Test
    void dropRowsWithEveryRowMissing() {
        final SegmentationException e = fail(matrix(new double[][] {{NA, 1}, {1, NA}}, "a", "b"),
            SegmentationConfig.builder(Algorithm.KMEANS).k(2).missing(MissingPolicy.DROP_ROWS).build());
        assertTrue(e.getMessage().contains("Every one of the 2 rows has a missing value"), e.getMessage());
    }

    @Test
    void invalidSettingsNameTheSetting() {
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> SegmentationConfig.builder(Algorithm.KMEANS).k(1).build()).getMessage().contains("k = 1"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> SegmentationConfig.builder(Algorithm.KMEANS).kMin(5).kMax(3).build()).getMessage()
                .contains("kMax = 3"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> SegmentationConfig.builder(Algorithm.KMEANS).restarts(0).build()).getMessage()
                .contains("restarts = 0"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> SegmentationConfig.builder(Algorithm.EM).minStdDev(0).build()).getMessage()
                .contains("minStdDev = 0.0"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> SegmentationConfig.builder(Algorithm.KMEANS).sampleSize(100).build()).getMessage()
                .contains("sampleSize = 100"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> SegmentationConfig.builder(Algorithm.KMEANS).maxIterations(0).build()).getMessage()
                .contains("maxIterations = 0"));
    }
}
