package org.custseg.engine.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.data.CsvTable;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Scaling;
import org.custseg.engine.segment.Segmentation;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.engine.segment.SegmentationResult;
import org.junit.jupiter.api.Test;

/** Stability on separated blobs, on a segment of uniform noise, and on the sample data. */
class SegmentStabilityTest {

    /** Three tight Gaussian blobs 20 SD apart in 3 columns. */
    static FeatureMatrix blobs(final int perBlob, final long seed) {
        final Random rnd = new Random(seed);
        final List<String> ids = new ArrayList<>();
        final double[][] v = new double[3 * perBlob][3];
        for (int b = 0; b < 3; b++) {
            for (int i = 0; i < perBlob; i++) {
                final int r = b * perBlob + i;
                for (int j = 0; j < 3; j++) {
                    v[r][j] = (b == j ? 20 : 0) + rnd.nextGaussian();
                }
                ids.add("r" + r);
            }
        }
        return new FeatureMatrix(List.of("a", "b", "c"), ids, v);
    }

    /**
     * Two tight blobs far apart plus a block of uniform noise between them, in 6 columns. k = 4 must cut the noise
     * into two halves, and a cube can be halved equally well along any of its 6 axes: which cut wins depends on the
     * chance details of the sample, so the noise halves change from resample to resample.
     */
    static FeatureMatrix blobsAndNoise(final long seed) {
        final int d = 6;
        final Random rnd = new Random(seed);
        final List<String> ids = new ArrayList<>();
        final List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            final double[] row = new double[d];
            for (int j = 0; j < d; j++) {
                row[j] = (j == 0 ? (i % 2 == 0 ? -40 : 40) : 0) + 0.5 * rnd.nextGaussian();
            }
            rows.add(row);
        }
        for (int i = 0; i < 200; i++) {
            final double[] row = new double[d];
            for (int j = 0; j < d; j++) {
                row[j] = -10 + 20 * rnd.nextDouble();
            }
            rows.add(row);
        }
        final List<String> cols = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            cols.add("x" + j);
        }
        for (int i = 0; i < rows.size(); i++) {
            ids.add("r" + i);
        }
        return new FeatureMatrix(cols, ids, rows.toArray(new double[0][]));
    }

    private static StabilityResult run(final FeatureMatrix m, final SegmentationConfig c, final StabilityConfig sc)
        throws Exception {
        final SegmentationResult r = Segmentation.run(m, c, ProgressListener.NONE);
        return SegmentStability.assess(m, c, r.labels(), r.k(), sc, ProgressListener.NONE);
    }

    @Test
    void separatedBlobsAreHighlyStableForEveryAlgorithm() throws Exception {
        final FeatureMatrix m = blobs(60, 7);
        for (final Algorithm a : Algorithm.values()) {
            final StabilityResult s = run(m, SegmentationConfig.builder(a).k(3).build(),
                new StabilityConfig(10, StabilityConfig.Method.BOOTSTRAP, 0.5, 3, 2));
            assertEquals(3, s.segments().size());
            for (final StabilityResult.Segment seg : s.segments()) {
                assertTrue(seg.meanJaccard() >= 0.9, a + " " + seg);
                assertEquals(10, seg.compared(), a + " " + seg);
                assertEquals(0, seg.dissolved(), a + " " + seg);
                assertEquals(StabilityVerdict.HIGHLY_STABLE, seg.verdict());
            }
            assertEquals(0, s.failedResamples());
        }
    }

    @Test
    void subsamplingAlsoFindsSeparatedBlobsStable() throws Exception {
        final StabilityResult s = run(blobs(60, 8), SegmentationConfig.builder(Algorithm.KMEANS).k(3).build(),
            new StabilityConfig(10, StabilityConfig.Method.SUBSAMPLE, 0.5, 3, 2));
        for (final StabilityResult.Segment seg : s.segments()) {
            assertTrue(seg.minJaccard() >= 0.9, seg.toString());
        }
    }

    @Test
    void noiseSegmentsAreClearlyLessStableThanTheBlobs() throws Exception {
        final FeatureMatrix m = blobsAndNoise(11);
        final SegmentationConfig c =
            SegmentationConfig.builder(Algorithm.KMEANS).k(4).scaling(Scaling.NONE).build();
        final SegmentationResult r = Segmentation.run(m, c, ProgressListener.NONE);
        final StabilityResult s = SegmentStability.assess(m, c, r.labels(), r.k(),
            new StabilityConfig(20, StabilityConfig.Method.BOOTSTRAP, 0.5, 5, 2), ProgressListener.NONE);
        // which segments hold the tight blobs (rows 0 and 1 are one from each blob)
        final int[] l = r.labels();
        double blobMin = 1;
        double noiseMax = 0;
        for (int seg = 0; seg < 4; seg++) {
            final double mean = s.segment(seg).meanJaccard();
            if (seg == l[0] || seg == l[1]) {
                blobMin = Math.min(blobMin, mean);
            } else {
                noiseMax = Math.max(noiseMax, mean);
                assertTrue(s.segment(seg).verdict().unstable(), s.segment(seg).toString());
                assertTrue(s.segment(seg).dissolved() >= 3, s.segment(seg).toString());
            }
            System.out.println("segment " + (seg + 1) + " size " + s.segment(seg).size() + " mean Jaccard " + mean
                + " min " + s.segment(seg).minJaccard() + " dissolved " + s.segment(seg).dissolved() + " "
                + s.segment(seg).verdict());
        }
        assertTrue(blobMin >= 0.95, "blobs " + blobMin);
        assertTrue(noiseMax < 0.7, "noise halves " + noiseMax);
        assertTrue(blobMin - noiseMax >= 0.25, "blobs " + blobMin + " vs noise " + noiseMax);
    }

    @Test
    void sameSeedSameFiguresForAnyThreadCount() throws Exception {
        final FeatureMatrix m = blobsAndNoise(12);
        final SegmentationConfig c = SegmentationConfig.builder(Algorithm.KMEANS).k(4).restarts(2).build();
        final SegmentationResult r = Segmentation.run(m, c, ProgressListener.NONE);
        final StabilityResult one = SegmentStability.assess(m, c, r.labels(), 4,
            new StabilityConfig(8, StabilityConfig.Method.BOOTSTRAP, 0.5, 9, 1), ProgressListener.NONE);
        final StabilityResult three = SegmentStability.assess(m, c, r.labels(), 4,
            new StabilityConfig(8, StabilityConfig.Method.BOOTSTRAP, 0.5, 9, 3), ProgressListener.NONE);
        assertEquals(one, three);
        final StabilityResult otherSeed = SegmentStability.assess(m, c, r.labels(), 4,
            new StabilityConfig(8, StabilityConfig.Method.BOOTSTRAP, 0.5, 10, 3), ProgressListener.NONE);
        assertTrue(!one.equals(otherSeed), "a different seed draws different resamples");
    }

    @Test
    void sampleDataKMeansThreeSegmentsAreStable() throws Exception {
        final FeatureMatrix m = CsvTable.read(sampleFile()).selectFeatures(List.of("Avg_Credit_Limit",
            "Total_Credit_Cards", "Total_visits_bank", "Total_visits_online", "Total_calls_made"), "Sl_No")
            .features();
        final StabilityResult s = run(m, SegmentationConfig.builder(Algorithm.KMEANS).k(3).build(),
            StabilityConfig.defaults(1));
        for (final StabilityResult.Segment seg : s.segments()) {
            System.out.println("sample segment " + (seg.index() + 1) + ": " + seg);
            assertTrue(seg.meanJaccard() >= 0.85, seg.toString());
        }
        assertEquals(386, s.segment(0).size());
    }

    @Test
    void handComputedJaccardOnATinyCase() throws Exception {
        // four points on a line in two obvious pairs; the refit always separates them: every Jaccard is 1
        final FeatureMatrix m = new FeatureMatrix(List.of("x"), List.of("a", "b", "c", "d", "e", "f"),
            new double[][] {{0}, {0.1}, {0.2}, {10}, {10.1}, {10.2}});
        final SegmentationConfig c = SegmentationConfig.builder(Algorithm.KMEANS).k(2).build();
        // deliberately wrong original labels: {a,b,d} and {c,e,f}; any refit gives {a,b,c} {d,e,f}, so when all six
        // rows are drawn the best Jaccard of {a,b,d} is |{a,b}| / |{a,b,c,d}| = 0.5 and dissolved
        final StabilityResult s = SegmentStability.assess(m, c, new int[] {0, 0, 1, 0, 1, 1}, 2,
            new StabilityConfig(1, StabilityConfig.Method.SUBSAMPLE, 0.99, 1, 1), ProgressListener.NONE);
        assertEquals(0.5, s.segment(0).meanJaccard(), 1e-12);
        assertEquals(0.5, s.segment(1).meanJaccard(), 1e-12);
        assertEquals(1, s.segment(0).dissolved());
        assertEquals(StabilityVerdict.DISSOLVES, s.segment(0).verdict());
    }

    @Test
    void resamplesOfLargeTablesDrawAtMostTheCap() {
        final int cap = StabilityConfig.MAX_RESAMPLE_ROWS;
        final int[] large = java.util.stream.IntStream.range(0, cap + 70_000).map(i -> 3 * i).toArray();
        final int[] small = java.util.stream.IntStream.range(0, 1_000).toArray();
        final StabilityConfig boot = new StabilityConfig(5, StabilityConfig.Method.BOOTSTRAP, 0.5, 4, 1);
        final StabilityConfig half = new StabilityConfig(5, StabilityConfig.Method.SUBSAMPLE, 0.5, 4, 1);
        final StabilityConfig tenth = new StabilityConfig(5, StabilityConfig.Method.SUBSAMPLE, 0.1, 4, 1);
        assertEquals(cap, SegmentStability.draw(large, boot, 0).length);
        assertEquals(cap, SegmentStability.draw(large, half, 0).length);
        assertEquals(Math.round(0.1 * large.length), SegmentStability.draw(large, tenth, 0).length);
        assertEquals(1_000, SegmentStability.draw(small, boot, 0).length);
        assertEquals(500, SegmentStability.draw(small, half, 0).length);
        // drawn rows come from the kept rows only, and a subsample has no repeats
        final int[] sub = SegmentStability.draw(large, half, 1);
        assertEquals(cap, java.util.Arrays.stream(sub).distinct().count());
        for (final int i : SegmentStability.draw(large, boot, 1)) {
            assertEquals(0, i % 3, "row " + i + " is not one of the kept rows");
        }
    }

    @Test
    void aTableAboveTheCapIsAssessedOnCappedResamplesWithTheSameFiguresForAnyThreadCount() throws Exception {
        final FeatureMatrix m = blobs(StabilityConfig.MAX_RESAMPLE_ROWS / 3 + 10_000, 21);
        final SegmentationConfig c = SegmentationConfig.builder(Algorithm.KMEANS).k(3).restarts(2).build();
        final SegmentationResult r = Segmentation.run(m, c, ProgressListener.NONE);
        final StabilityResult one = SegmentStability.assess(m, c, r.labels(), 3,
            new StabilityConfig(4, StabilityConfig.Method.BOOTSTRAP, 0.5, 9, 1), ProgressListener.NONE);
        final StabilityResult two = SegmentStability.assess(m, c, r.labels(), 3,
            new StabilityConfig(4, StabilityConfig.Method.BOOTSTRAP, 0.5, 9, 2), ProgressListener.NONE);
        assertEquals(one, two);
        for (final StabilityResult.Segment seg : one.segments()) {
            assertEquals(4, seg.compared(), seg.toString());
            assertTrue(seg.minJaccard() >= 0.99, seg.toString());
        }
    }

    @Test
    void verdictBands() {
        assertEquals(StabilityVerdict.DISSOLVES, StabilityVerdict.of(0.59));
        assertEquals(StabilityVerdict.PATTERN, StabilityVerdict.of(0.6));
        assertEquals(StabilityVerdict.STABLE, StabilityVerdict.of(0.75));
        assertEquals(StabilityVerdict.HIGHLY_STABLE, StabilityVerdict.of(0.85));
        assertEquals(StabilityVerdict.UNKNOWN, StabilityVerdict.of(Double.NaN));
        assertTrue(StabilityVerdict.PATTERN.unstable());
        assertTrue(!StabilityVerdict.STABLE.unstable());
    }

    @Test
    void badSettingsNameTheSetting() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new StabilityConfig(0, StabilityConfig.Method.BOOTSTRAP, 0.5, 1, 0));
        assertTrue(e.getMessage().contains("resamples"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> new StabilityConfig(5, StabilityConfig.Method.SUBSAMPLE, 1.0, 1, 0));
        assertThrows(SegmentationException.class, () -> SegmentStability.assess(blobs(3, 1),
            SegmentationConfig.builder(Algorithm.KMEANS).k(2).build(), new int[] {0, -1, -1, -1, -1, -1, -1, -1, -1},
            2, StabilityConfig.defaults(1), ProgressListener.NONE));
    }

    static Path sampleFile() {
        return org.custseg.engine.SampleFixture.file();
    }
}
