package org.custseg.engine.segment;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;

import weka.clusterers.SimpleKMeans;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.core.Utils;
import org.custseg.engine.config.KMeansInit;

/**
 * k-means on Weka's {@code SimpleKMeans}: {@code restarts} runs with seeds {@code seed, seed+1, ...}; the run with the
 * lowest objective (sum of squared Euclidean distances, or of Manhattan distances, to the run's centres) wins, ties
 * to the earlier run. The distance never rescales columns ({@code dontNormalize}); instance order is preserved.
 * Each Weka build runs through {@link WekaRunner}, so cancellation is noticed within 100 ms. Final labels are the
 * nearest centre of the winning run, exactly the rule the model applies to new rows; they come from the same single
 * pass ({@link NearestCentre}) that computes each run's objective.
 */
final class KMeansSegmenter implements Segmenter {

    @Override
    public RawFit fit(final double[][] x, final int k, final SegmentationConfig config, final ProgressListener progress)
        throws SegmentationException, CanceledException {
        final Instances data = WekaData.toInstances(x);
        double best = Double.POSITIVE_INFINITY;
        double[][] bestCenters = null;
        NearestCentre bestAssignment = null;
        String bestOptions = null;
        int fewer = Integer.MAX_VALUE;
        for (int r = 0; r < config.restarts(); r++) {
            progress.checkCanceled();
            progress.progress((double) r / config.restarts(), "k-means run " + (r + 1) + " of " + config.restarts());
            final SimpleKMeans km = new SimpleKMeans();
            final double[][] centers;
            try {
                km.setNumClusters(k);
                km.setInitializationMethod(new SelectedTag(initTag(config.init()), SimpleKMeans.TAGS_SELECTION));
                km.setDistanceFunction(WekaData.distance(config.distance()));
                km.setMaxIterations(config.maxIterations());
                km.setSeed(WekaData.seed(config.seed() + r));
                km.setPreserveInstancesOrder(true);
                km.setNumExecutionSlots(1);
                km.getCapabilities().testWithFail(data);
                WekaRunner.run(() -> {
                    km.buildClusterer(data);
                    return null;
                }, progress);
                final Instances c = km.getClusterCentroids();
                centers = new double[c.numInstances()][];
                for (int i = 0; i < centers.length; i++) {
                    centers[i] = c.instance(i).toDoubleArray();
                }
            } catch (final CanceledException e) {
                throw e;
            } catch (final Exception e) {
                throw new SegmentationException("Weka k-means failed for k = " + k + ": " + WekaData.message(e), e);
            }
            if (centers.length < k) {
                fewer = Math.min(fewer, centers.length);
                continue;
            }
            // one pass: labels, the run's objective and the rows with a tied nearest centre
            final NearestCentre assigned = NearestCentre.assign(x, centers, config.distance());
            if (assigned.objective < best) {
                best = assigned.objective;
                bestCenters = centers;
                bestAssignment = assigned;
                bestOptions = Utils.joinOptions(km.getOptions());
            }
        }
        if (bestCenters == null) {
            throw new SegmentationException("k-means found only " + fewer + " distinct centres for k = " + k
                + " (the data has too few distinct rows for this initialisation): choose a smaller k.");
        }
        progress.progress(1, "k-means done");
        return new RawFit(k, bestAssignment.labels, bestCenters, null, new double[0],
            bestOptions + " (best of " + config.restarts() + " runs, seeds " + config.seed() + ".."
                + (config.seed() + config.restarts() - 1) + ")", bestAssignment.ties);
    }

    private static int initTag(final KMeansInit init) {
        return switch (init) {
            case KMEANS_PLUS_PLUS -> SimpleKMeans.KMEANS_PLUS_PLUS;
            case RANDOM -> SimpleKMeans.RANDOM;
            case FARTHEST_FIRST -> SimpleKMeans.FARTHEST_FIRST;
            case CANOPY -> SimpleKMeans.CANOPY;
        };
    }
}
