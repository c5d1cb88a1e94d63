package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.model.EmParameters;
import org.custseg.engine.prep.PreparedData;
import org.custseg.engine.prep.Preprocessor;
import org.junit.jupiter.api.Test;

import weka.clusterers.EM;
import weka.core.Instances;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;
import org.custseg.engine.config.KCriterion;

class EmTest {

    @Test
    void ourMembershipProbabilitiesEqualWekasDistributionForInstance() throws Exception {
        final FeatureMatrix m = SampleData.behavioural();
        final PreparedData p = Preprocessor.fit(m, MissingPolicy.FAIL, Scaling.ZSCORE, ProgressListener.NONE);
        final Instances data = WekaData.toInstances(p.scaled());
        final EM em = EmSegmenter.build(data, 3, SegmentationConfig.builder(Algorithm.EM).k(3).build());
        final EmParameters params = EmSegmenter.parameters(em, m.columns());
        double worst = 0;
        for (int i = 0; i < data.numInstances(); i++) {
            final double[] weka = em.distributionForInstance(data.instance(i));
            final double[] ours = params.probabilities(p.scaled()[i]);
            for (int j = 0; j < 3; j++) {
                worst = Math.max(worst, Math.abs(weka[j] - ours[j]));
            }
            assertEquals(em.clusterInstance(data.instance(i)), argMax(ours));
        }
        assertTrue(worst < 1e-9, "largest difference " + worst);
    }

    @Test
    void bicIsComputedAndChoosesItsMinimum() throws Exception {
        final SegmentationResult r = Segmentation.run(SampleData.behavioural(), SegmentationConfig
            .builder(Algorithm.EM).kMin(2).kMax(4).criterion(KCriterion.BIC).build(), ProgressListener.NONE);
        assertEquals(3, r.kSelection().size());
        KSelectionRow best = null;
        for (final KSelectionRow row : r.kSelection()) {
            assertTrue(Double.isFinite(row.bic()), row.toString());
            if (best == null || row.bic() < best.bic()) {
                best = row;
            }
        }
        assertEquals(best.k(), r.k());
        assertEquals(best.bic(), r.criterionValue());
        // BIC = -2 logL + p ln n with p = (k-1) + 2kd
        final int k = r.k();
        assertEquals(-2 * r.logLikelihood() + ((k - 1) + 2 * k * 5) * Math.log(660), r.criterionValue(), 1e-6);
    }

    @Test
    void bicIsRejectedForOtherAlgorithms() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SegmentationConfig.builder(Algorithm.KMEANS).criterion(KCriterion.BIC).build());
        assertTrue(e.getMessage().contains("criterion = BIC"), e.getMessage());
    }

    private static int argMax(final double[] v) {
        int b = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[b]) {
                b = i;
            }
        }
        return b;
    }
}
