package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.config.KMeansInit;
import org.custseg.engine.data.FeatureMatrix;
import org.junit.jupiter.api.Test;

/**
 * Above {@link FastKMeansSegmenter#SCREEN_ROWS} rows the fast k-means compares its restarts after Lloyd reaches a
 * tolerance and runs only the best one of each k to an exact fixed point. These tests use tables just above that
 * limit: the result is still a fixed point, as good as running every restart to the end, the same for any thread
 * count, and its description says what was done.
 */
class FastKMeansScreeningTest {

    private static final int ROWS = FastKMeansSegmenter.SCREEN_ROWS + 2_000;

    private static SegmentationConfig.Builder kmeans(final int k) {
        return SegmentationConfig.builder(Algorithm.KMEANS).k(k).engine(HierarchicalEngine.FAST).restarts(10);
    }

    @Test
    void screensOnlyAboveTheRowLimitAndWithSeveralRestarts() {
        assertFalse(FastKMeansSegmenter.screens(FastKMeansSegmenter.SCREEN_ROWS, 10));
        assertTrue(FastKMeansSegmenter.screens(FastKMeansSegmenter.SCREEN_ROWS + 1, 10));
        assertFalse(FastKMeansSegmenter.screens(1_000_000, 1));
    }

    /**
     * The screened result against the best of the same ten seeds each run to its own exact fixed point (the rule below
     * the row limit): its SSE is at most 0.5 % higher, in every case, and equal or lower in most. It is a fixed point.
     */
    @Test
    void screenedResultIsAFixedPointAndAsGoodAsRunningEveryRestart() throws Exception {
        int lowerOrEqual = 0;
        int cases = 0;
        for (final FeatureMatrix data : new FeatureMatrix[] {BankLikeData.make(ROWS, 6, 31),
            Blobs.make(new int[] {6000, 3000, 2000, 700, 300}, 5, 32).matrix, BankLikeData.make(ROWS, 17, 33)}) {
            for (final int k : new int[] {2, 4, 7}) {
                final SegmentationResult r = Segmentation.run(data, kmeans(k).build(), ProgressListener.NONE);
                final String what = data.columns() + " columns k=" + k;
                assertTrue(r.wekaOptions().contains("tolerance"), r.wekaOptions());
                FastKMeansTest.assertFixedPoint(what, data, r);
                final double full = bestOfFullRuns(data, r, k);
                System.out.println(what + ": screened " + r.sse() + ", every restart to the end " + full);
                assertTrue(r.sse() <= full * 1.005, what + ": screened " + r.sse() + " against " + full);
                if (r.sse() <= full * (1 + 1e-12)) {
                    lowerOrEqual++;
                }
                cases++;
            }
        }
        assertTrue(lowerOrEqual >= cases * 2 / 3, lowerOrEqual + " of " + cases);
    }

    /** The best objective of {@link FastKMeans#run} (exact fixed point and refinement) over seeds 1..10. */
    private static double bestOfFullRuns(final FeatureMatrix data, final SegmentationResult r, final int k)
        throws Exception {
        final double[][] x = FastKMeansTest.scaled(data, r.model());
        final double[] flat = FlatSegmenter.flatten(x);
        double best = Double.POSITIVE_INFINITY;
        for (long seed = 1; seed <= 10; seed++) {
            best = Math.min(best, FastKMeans.run(flat, x.length, x[0].length, k, KMeansInit.KMEANS_PLUS_PLUS, 500,
                seed, ProgressListener.NONE).objective());
        }
        return best;
    }

    @Test
    void screenedAutomaticKIsTheSameForAnyThreadCount() throws Exception {
        final FeatureMatrix data = BankLikeData.make(ROWS, 8, 34);
        for (final KMeansInit init : new KMeansInit[] {KMeansInit.KMEANS_PLUS_PLUS, KMeansInit.RANDOM}) {
            final SegmentationConfig auto = SegmentationConfig.builder(Algorithm.KMEANS).kMin(2).kMax(6).restarts(4)
                .init(init).engine(HierarchicalEngine.FAST).build();
            final SegmentationResult one = Segmentation.run(data, auto, ProgressListener.NONE, 1);
            assertTrue(one.wekaOptions().contains("tolerance"), one.wekaOptions());
            for (final int threads : new int[] {2, 5}) {
                final SegmentationResult r = Segmentation.run(data, auto, ProgressListener.NONE, threads);
                assertArrayEquals(one.labels(), r.labels(), init + " threads " + threads);
                assertEquals(one.model().toJson(), r.model().toJson(), init + " threads " + threads);
                assertEquals(one.kSelection(), r.kSelection(), init + " threads " + threads);
            }
        }
    }

    /**
     * A screening run stops at the tolerance: with a tolerance of 0 it runs until no label changes; with a tolerance
     * it stops no later, and with a huge one after the first iteration; the objective it reports is that of its
     * labels against its centres.
     */
    @Test
    void screeningRunStopsAtTheTolerance() throws Exception {
        final FeatureMatrix data = BankLikeData.make(3000, 5, 35);
        final SegmentationResult ref = Segmentation.run(data, kmeans(2).build(), ProgressListener.NONE);
        final double[][] x = FastKMeansTest.scaled(data, ref.model());
        final int n = x.length;
        final int d = x[0].length;
        final double[] flat = FlatSegmenter.flatten(x);
        final double var = FastKMeansSegmenter.meanVariance(flat, n, d);
        assertEquals(1.0, var, 1e-9, "z-scored columns have variance 1");
        int stoppedEarly = 0;
        for (long seed = 1; seed <= 10; seed++) {
            final FastKMeans.Run exact = screen(flat, n, d, seed, 0);
            final FastKMeans.Run tol = screen(flat, n, d, seed, 1e-4 * var);
            final FastKMeans.Run huge = screen(flat, n, d, seed, 1e300);
            assertTrue(exact.converged(), "seed " + seed);
            assertTrue(tol.iterations() <= exact.iterations(), "seed " + seed);
            assertEquals(1, huge.iterations(), "seed " + seed);
            if (tol.iterations() < exact.iterations()) {
                stoppedEarly++;
            }
            double objective = 0;
            for (int i = 0; i < n; i++) {
                objective += FastKMeans.sq(flat, i * d, tol.centers(), tol.labels()[i] * d, d);
            }
            assertEquals(objective, tol.objective(), 0, "seed " + seed);
        }
        assertTrue(stoppedEarly > 0, "the tolerance never ended a run early on this data");
    }

    private static FastKMeans.Run screen(final double[] flat, final int n, final int d, final long seed,
        final double tol) throws Exception {
        final int[] labels = new int[n];
        final double[] c = FastKMeans.seed(flat, n, d, 2, KMeansInit.KMEANS_PLUS_PLUS, seed, labels,
            ProgressListener.NONE);
        return FastKMeans.screen(flat, n, d, 2, c, labels, 500, tol, ProgressListener.NONE);
    }
}
