package org.custseg.engine.segment;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.model.EmParameters;

import weka.clusterers.EM;
import weka.core.Instances;
import weka.core.Utils;

/**
 * EM on Weka's {@code EM} with a fixed number of components (never Weka's cross-validated {@code -N -1}; automatic k
 * is the engine's scan). After fitting, the mixture is copied out as plain values ({@link EmParameters}); labels are
 * the most probable component computed from those values, the same rule the model applies to new rows. The Weka
 * build runs through {@link WekaRunner}, so cancellation is noticed within 100 ms.
 */
final class EmSegmenter implements Segmenter {

    @Override
    public RawFit fit(final double[][] x, final int k, final SegmentationConfig config, final ProgressListener progress)
        throws SegmentationException, CanceledException {
        progress.checkCanceled();
        progress.progress(Double.NaN, "fitting EM");
        final Instances data = WekaData.toInstances(x);
        final EmParameters params;
        final String options;
        try {
            final EM em = WekaRunner.run(() -> build(data, k, config), progress);
            options = Utils.joinOptions(em.getOptions());
            params = parameters(em, x[0].length);
            if (params.k() < k) {
                throw new SegmentationException("EM found only " + params.k() + " components for k = " + k
                    + " (its k-means initialisation found fewer distinct centres): choose a smaller k.");
            }
        } catch (final SegmentationException | CanceledException e) {
            throw e;
        } catch (final Exception e) {
            throw new SegmentationException("Weka EM failed for k = " + k + ": " + WekaData.message(e), e);
        }
        progress.checkCanceled();
        final int[] labels = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            final double[] p = params.probabilities(x[i]);
            int best = 0;
            for (int j = 1; j < p.length; j++) {
                if (p[j] > p[best]) {
                    best = j;
                }
            }
            labels[i] = best;
        }
        progress.progress(1, "EM done");
        return new RawFit(k, labels, null, params, new double[0], options);
    }

    /** Builds Weka's EM with our settings (package-private so a test can compare probabilities with Weka's). */
    static EM build(final Instances data, final int k, final SegmentationConfig config) throws Exception {
        final EM em = new EM();
        em.setNumClusters(k);
        em.setMaxIterations(config.maxIterations());
        em.setMinStdDev(config.minStdDev());
        em.setSeed(WekaData.seed(config.seed()));
        em.setNumExecutionSlots(1);
        em.getCapabilities().testWithFail(data);
        em.buildClusterer(data);
        return em;
    }

    static EmParameters parameters(final EM em, final int d) throws Exception {
        final int k = em.numberOfClusters();
        final double[] priors = em.getClusterPriors().clone();
        final double[][][] normal = em.getClusterModelsNumericAtts();
        final double[][] means = new double[k][d];
        final double[][] sds = new double[k][d];
        for (int j = 0; j < k; j++) {
            for (int a = 0; a < d; a++) {
                means[j][a] = normal[j][a][0];
                sds[j][a] = normal[j][a][1];
            }
        }
        return new EmParameters(priors, means, sds);
    }
}
