package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.model.EmParameters;
import org.junit.jupiter.api.Test;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.config.KCriterion;

/** The engine's own diagonal EM against Weka's {@code EM} as the oracle. */
class FastEmTest {

    private static SegmentationConfig.Builder em(final int k, final HierarchicalEngine engine) {
        return SegmentationConfig.builder(Algorithm.EM).k(k).engine(engine);
    }

    @Test
    void sampleDataKThreeGivesPublishedSizes() throws Exception {
        final SegmentationResult r =
            Segmentation.run(SampleData.behavioural(), em(3, HierarchicalEngine.FAST).build(), ProgressListener.NONE);
        assertArrayEquals(new int[] {386, 224, 50}, r.sizes());
        assertTrue(r.wekaOptions().startsWith("fast EM"), r.wekaOptions());
    }

    /**
     * Weka as the oracle, on the same start: Weka's EM is stopped after 3 iterations, the fast EM continues from that
     * mixture, and Weka's own full run continues from the same point; the fast EM's log-likelihood (the engine's
     * total over the rows for both) is at least Weka's, up to the shared stopping rule (average improvement per row
     * below 1e-6, so n * 1e-6 in total) in all cases but at most one, which may be lower by at most 0.5 % (measured:
     * equal to 12 digits in seven of eight cases; bank-like 1500 x 17 at k = 5 ends 0.13 % lower: the minimum standard
     * deviations make the path sensitive to the smallest difference in rounding). From their own k-means starts the engines may end in different local optima
     * (measured: equal at k = 3 on these sets; at k = 5 the fast one lower by up to 2.3 % on one set), which this
     * test does not compare.
     */
    @Test
    void fromTheSameStartTheLogLikelihoodIsAtLeastWekas() throws Exception {
        final List<Object[]> sets = new ArrayList<>();
        sets.add(new Object[] {"sample", SampleData.behavioural()});
        sets.add(new Object[] {"bank-like 2000x6", BankLikeData.make(2000, 6, 41)});
        sets.add(new Object[] {"bank-like 1500x17", BankLikeData.make(1500, 17, 32)});
        sets.add(new Object[] {"blobs", Blobs.make(new int[] {300, 200, 120, 80}, 5, 33).matrix});
        final List<String> lower = new ArrayList<>();
        for (final Object[] set : sets) {
            final FeatureMatrix data = (FeatureMatrix) set[1];
            for (final int k : new int[] {3, 5}) {
                final SegmentationResult early = Segmentation.run(data,
                    em(k, HierarchicalEngine.WEKA).maxIterations(3).build(), ProgressListener.NONE);
                final SegmentationResult full =
                    Segmentation.run(data, em(k, HierarchicalEngine.WEKA).build(), ProgressListener.NONE);
                final double[][] x = FastKMeansTest.scaled(data, early.model());
                final int n = x.length;
                final FastEm.Fit f = FastEm.runFrom(FlatSegmenter.flatten(x), n, x[0].length,
                    early.model().emParameters(), EmSegmenter.minStdDevs(x, 1e-6), 500, ProgressListener.NONE);
                final EmParameters p = new EmParameters(f.priors(), f.means(), f.stdDevs());
                double ll = 0;
                for (final double[] row : x) {
                    ll += p.logDensity(row);
                }
                final String what = set[0] + " k=" + k + " from Weka's 3-iteration mixture: fast " + ll + " weka "
                    + full.logLikelihood();
                System.out.println(what);
                if (ll < full.logLikelihood() - FastEm.TOLERANCE * n) {
                    lower.add(what);
                    assertTrue(ll >= full.logLikelihood() - 0.005 * Math.abs(full.logLikelihood()), what);
                }
            }
        }
        System.out.println("lower than Weka from the same start: " + lower);
        assertTrue(lower.size() <= 1, lower.toString());
    }

    @Test
    void identicalForAnyThreadCount() throws Exception {
        final FeatureMatrix data = BankLikeData.make(2500, 7, 51);
        final SegmentationConfig auto = SegmentationConfig.builder(Algorithm.EM).kMin(2).kMax(5)
            .criterion(KCriterion.BIC).engine(HierarchicalEngine.FAST).build();
        final SegmentationResult one = Segmentation.run(data, auto, ProgressListener.NONE, 1);
        for (final int threads : new int[] {2, 5}) {
            final SegmentationResult r = Segmentation.run(data, auto, ProgressListener.NONE, threads);
            assertArrayEquals(one.labels(), r.labels());
            assertEquals(one.model().toJson(), r.model().toJson());
            assertEquals(one.kSelection(), r.kSelection());
        }
    }

    /**
     * Above {@link FastEmSegmenter#SAMPLE_ROWS} rows the k-means starts are scored on a seeded sample: still identical
     * for any thread count (automatic k, every k from the same sample).
     */
    @Test
    void aboveTheSampleThresholdIdenticalForAnyThreadCount() throws Exception {
        final FeatureMatrix data = BankLikeData.make(FastEmSegmenter.SAMPLE_ROWS + 3000, 5, 61);
        final SegmentationConfig auto = SegmentationConfig.builder(Algorithm.EM).kMin(2).kMax(3)
            .criterion(KCriterion.BIC).engine(HierarchicalEngine.FAST).build();
        final SegmentationResult one = Segmentation.run(data, auto, ProgressListener.NONE, 1);
        assertTrue(one.wekaOptions().contains("on a seeded sample of " + FastEmSegmenter.SAMPLE_ROWS + " of the "
            + (FastEmSegmenter.SAMPLE_ROWS + 3000) + " rows"), one.wekaOptions());
        final SegmentationResult two = Segmentation.run(data, auto, ProgressListener.NONE, 2);
        assertArrayEquals(one.labels(), two.labels());
        assertEquals(one.model().toJson(), two.model().toJson());
        assertEquals(one.kSelection(), two.kSelection());
        assertEquals(one.logLikelihood(), two.logLikelihood(), 0);
    }

    /**
     * On blobs with clear structure the start scored on a sample reaches the same mixture as the start scored on all
     * rows (same labels, log-likelihood equal to 1e-9 relative), and the sample's rows are drawn without replacement
     * in row order, the same for the same seed.
     */
    @Test
    void sampledStartReachesTheMixtureOfTheFullStartOnClearBlobs() throws Exception {
        final FeatureMatrix data = Blobs.make(new int[] {9000, 7000, 5000, 3000}, 5, 71).matrix;
        final SegmentationConfig cfg = em(4, HierarchicalEngine.FAST).build();
        final double[][] scaled = FastKMeansTest.scaled(data,
            Segmentation.run(data, cfg, ProgressListener.NONE, 1).model());
        final RawFit sampled = new FastEmSegmenter(1, 4000).fitAll(scaled, new int[] {4}, cfg, ProgressListener.NONE)
            .get(0);
        final RawFit full = new FastEmSegmenter(1, Integer.MAX_VALUE)
            .fitAll(scaled, new int[] {4}, cfg, ProgressListener.NONE).get(0);
        assertTrue(sampled.wekaOptions().contains("seeded sample of 4000 of the 24000 rows"), sampled.wekaOptions());
        assertTrue(full.wekaOptions().contains("start: best of 10 fast k-means runs (greedy"), full.wekaOptions());
        assertTrue(samePartition(full.labels(), sampled.labels()), "the same segments, maybe numbered differently");
        final double llSampled = sampled.em().label(scaled, new int[scaled.length], null);
        final double llFull = full.em().label(scaled, new int[scaled.length], null);
        assertEquals(llFull, llSampled, 1e-9 * Math.abs(llFull));
        // the sample: m rows of the n, distinct, in row order, the same for the same seed
        final double[] flat = new double[30];
        for (int i = 0; i < flat.length; i++) {
            flat[i] = i;
        }
        final double[] a = FastEmSegmenter.sample(flat, 30, 1, 12, 5);
        assertArrayEquals(a, FastEmSegmenter.sample(flat, 30, 1, 12, 5));
        for (int i = 1; i < a.length; i++) {
            assertTrue(a[i] > a[i - 1], java.util.Arrays.toString(a));
        }
        assertTrue(!java.util.Arrays.equals(a, FastEmSegmenter.sample(flat, 30, 1, 12, 6)));
    }

    /** @return whether the two labellings put the same rows together (labels may be numbered differently) */
    private static boolean samePartition(final int[] a, final int[] b) {
        final java.util.Map<Integer, Integer> ab = new java.util.HashMap<>();
        final java.util.Map<Integer, Integer> ba = new java.util.HashMap<>();
        for (int i = 0; i < a.length; i++) {
            final Integer x = ab.putIfAbsent(a[i], b[i]);
            final Integer y = ba.putIfAbsent(b[i], a[i]);
            if (x != null && x.intValue() != b[i] || y != null && y.intValue() != a[i]) {
                return false;
            }
        }
        return true;
    }

    /** A sample with fewer distinct rows than k is not used for that k (k-means needs k distinct rows). */
    @Test
    void distinctRowsAreCountedByValue() {
        final double[] flat = {1, 2, 1, 2, 0.0, 3, -0.0, 3, 1, 2};
        assertTrue(FastEmSegmenter.hasDistinctRows(flat, 5, 2, 2));
        assertTrue(!FastEmSegmenter.hasDistinctRows(flat, 5, 2, 3), "-0.0 and 0.0 are the same value");
        assertTrue(FastEmSegmenter.hasDistinctRows(flat, 2, 1, 2));
    }
}
