package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.model.EmParameters;
import org.custseg.engine.prep.Preprocessor;
import org.junit.jupiter.api.Test;

import weka.clusterers.EM;
import weka.core.Instances;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;
import org.custseg.engine.config.KCriterion;

/**
 * BIC of the EM segmenter: the value is checked against the formula evaluated here from the fitted priors, means and
 * standard deviations, and the per-column standard-deviation floor that keeps BIC from rewarding components collapsed
 * onto duplicate values of gridded data.
 */
class EmBicTest {

    @Test
    void bicEqualsTheFormulaEvaluatedFromTheFittedParameters() throws Exception {
        final FeatureMatrix m = twoGroups(40, 11);
        final double[][] x = Preprocessor.fit(m, MissingPolicy.FAIL, Scaling.ZSCORE, ProgressListener.NONE).scaled();
        final int n = x.length;
        final double[] independent = new double[5];
        for (int k = 2; k <= 4; k++) {
            final SegmentationResult r = Segmentation.run(m, SegmentationConfig.builder(Algorithm.EM).kMin(k).kMax(k)
                .criterion(KCriterion.BIC).build(), ProgressListener.NONE);
            final EmParameters em = r.model().emParameters();
            final double[] priors = em.priors();
            final double[][] means = em.means();
            final double[][] sds = em.stdDevs();
            // total log-likelihood over all n rows, straight from the Gaussian density
            double logL = 0;
            for (final double[] row : x) {
                double density = 0;
                for (int j = 0; j < priors.length; j++) {
                    double comp = priors[j];
                    for (int a = 0; a < row.length; a++) {
                        final double z = (row[a] - means[j][a]) / sds[j][a];
                        comp *= Math.exp(-0.5 * z * z) / (sds[j][a] * Math.sqrt(2 * Math.PI));
                    }
                    density += comp;
                }
                logL += Math.log(density);
            }
            int params = priors.length - 1;
            for (int j = 0; j < priors.length; j++) {
                params += means[j].length + sds[j].length;
            }
            independent[k] = -2 * logL + params * Math.log(n);
            assertEquals(1, r.kSelection().size());
            assertEquals(logL, r.logLikelihood(), 1e-9 * Math.abs(logL), "the total, not the average per row");
            assertEquals(independent[k], r.kSelection().get(0).bic(), 1e-9 * Math.abs(independent[k]), "k = " + k);
            assertEquals(independent[k], r.criterionValue(), 1e-9 * Math.abs(independent[k]));
        }
        final SegmentationResult scan = Segmentation.run(m,
            SegmentationConfig.builder(Algorithm.EM).kMin(2).kMax(4).criterion(KCriterion.BIC).build(),
            ProgressListener.NONE);
        int argMin = 2;
        for (int k = 3; k <= 4; k++) {
            argMin = independent[k] < independent[argMin] ? k : argMin;
        }
        assertEquals(argMin, scan.k(), "the scan keeps the k with the smallest BIC");
        for (final KSelectionRow row : scan.kSelection()) {
            assertEquals(independent[row.k()], row.bic(), 1e-9 * Math.abs(independent[row.k()]), "k = " + row.k());
        }
    }

    @Test
    void gridFloorIsOneStepOverSqrt12PerColumn() {
        final double[][] x = {{0, 0.1, 4}, {2.5, 0.1000001, 4}, {2.5, 0.35, 4}, {12.5, 0.9, 4}, {5, 0.5, 4}};
        final double min = 1e-6;
        final double[] floors = EmSegmenter.minStdDevs(x, min);
        assertEquals(2.5 / Math.sqrt(12), floors[0], 1e-15, "grid column: step 2.5");
        assertEquals(min, floors[1], 0, "continuous column: step/sqrt(12) is below the configured minimum");
        assertEquals(min, floors[2], 0, "constant column");
        assertTrue(EmSegmenter.floorNote(floors, min).contains("0.7217"), EmSegmenter.floorNote(floors, min));
        assertEquals("", EmSegmenter.floorNote(new double[] {min, min}, min), "no note when only the setting applies");
        assertEquals(0.2, EmSegmenter.minStdDevs(x, 0.2)[1], 0, "a larger configured minimum wins");
    }

    @Test
    void noComponentCollapsesBelowTheGridStepOfTheSampleData() throws Exception {
        final FeatureMatrix m = SampleData.behavioural();
        final double[][] x = Preprocessor.fit(m, MissingPolicy.FAIL, Scaling.ZSCORE, ProgressListener.NONE).scaled();
        final Instances data = WekaData.toInstances(x);
        final SegmentationConfig config = SegmentationConfig.builder(Algorithm.EM).k(6).build();
        final double[] floors = EmSegmenter.minStdDevs(x, config.minStdDev());
        final int d = x[0].length;
        final EmParameters ours = EmSegmenter.parameters(EmSegmenter.build(data, 6, config), d);
        final EmParameters plain = EmSegmenter.parameters(plainWeka(data, 6, config), d);
        assertTrue(belowFloor(plain, floors) > 0, "control: with only minStdDev = 1e-6 a component collapses");
        assertEquals(0, belowFloor(ours, floors), "with the grid floor no component is narrower than the grid");
        assertTrue(logL(plain, x) > logL(ours, x), "the collapsed fit has the higher likelihood BIC would reward");
        // a fit that never goes below the floor is untouched: k = 3 is the same mixture with and without it
        final SegmentationConfig three = SegmentationConfig.builder(Algorithm.EM).k(3).build();
        final EmParameters a = EmSegmenter.parameters(EmSegmenter.build(data, 3, three), d);
        final EmParameters b = EmSegmenter.parameters(plainWeka(data, 3, three), d);
        assertArrayEquals(b.priors(), a.priors(), 0);
        for (int j = 0; j < 3; j++) {
            assertArrayEquals(b.means()[j], a.means()[j], 0);
            assertArrayEquals(b.stdDevs()[j], a.stdDevs()[j], 0);
        }
    }

    @Test
    void bicOnTheSampleDataNoLongerRunsToTheLargestK() throws Exception {
        final SegmentationResult r = Segmentation.run(SampleData.behavioural(),
            SegmentationConfig.builder(Algorithm.EM).kMin(2).kMax(10).criterion(KCriterion.BIC).build(),
            ProgressListener.NONE);
        assertEquals(9, r.kSelection().size());
        final KSelectionRow last = r.kSelection().get(8);
        assertTrue(r.k() < 10, "chosen k = " + r.k() + ": " + r.kSelection());
        assertTrue(last.bic() > r.criterionValue(), r.kSelection().toString());
        assertTrue(r.wekaOptions().contains("minimum std dev per column from the value grid"), r.wekaOptions());
    }

    /** Weka's EM with the same settings as the segmenter but without per-column floors. */
    private static EM plainWeka(final Instances data, final int k, final SegmentationConfig config) throws Exception {
        final EM em = new EM();
        em.setNumClusters(k);
        em.setMaxIterations(config.maxIterations());
        em.setMinStdDev(config.minStdDev());
        em.setSeed(WekaData.seed(config.seed()));
        em.setNumExecutionSlots(1);
        em.buildClusterer(data);
        return em;
    }

    private static int belowFloor(final EmParameters em, final double[] floors) {
        int count = 0;
        for (final double[] sd : em.stdDevs()) {
            for (int a = 0; a < sd.length; a++) {
                count += sd[a] < floors[a] ? 1 : 0;
            }
        }
        return count;
    }

    private static double logL(final EmParameters em, final double[][] x) {
        double s = 0;
        for (final double[] row : x) {
            s += em.logDensity(row);
        }
        return s;
    }

    /** Two seeded Gaussian groups in two continuous columns. */
    private static FeatureMatrix twoGroups(final int n, final long seed) {
        final Random rnd = new Random(seed);
        final double[][] v = new double[n][2];
        final List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final double c = i < n / 2 ? 0 : 6;
            v[i][0] = c + rnd.nextGaussian();
            v[i][1] = 3 * c + 2 * rnd.nextGaussian();
            ids.add("r" + i);
        }
        return new FeatureMatrix(List.of("a", "b"), ids, v);
    }
}
