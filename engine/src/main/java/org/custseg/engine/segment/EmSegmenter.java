package org.custseg.engine.segment;

import java.util.Arrays;
import java.util.Locale;

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
 *
 * <h2>Minimum standard deviation per column</h2>
 * A diagonal Gaussian mixture fitted to values recorded on a grid (counts, amounts in whole thousands) with many
 * duplicate rows can place a small component on a few identical values of one column and shrink its standard
 * deviation there far below the grid step. Its density then becomes a spike, the log-likelihood grows with every
 * such component, and BIC (which charges only {@code ln n} per parameter) keeps preferring more components: on the
 * sample data with the configured floor of 1e-6 alone, BIC chose the largest k tried. A spread finer than the grid
 * says nothing about the customers, so each column's floor is raised to
 * {@code max(minStdDev, step / sqrt(12))}, where {@code step} is the smallest positive difference between two values of
 * the column (in scaled units) and {@code step / sqrt(12)} is the standard deviation of a uniform distribution over
 * one step. For continuous columns the step is tiny and the configured minimum applies unchanged; the grid floor
 * moves with the scaling, so gridded data gets the same fit under every scaling. Weka applies a floor as follows: a
 * component standard deviation at or below it is replaced by the column's overall standard deviation (and by the
 * floor if that is smaller still). When a grid floor is in force, the options string names it after Weka's options,
 * because Weka's command line has no option for per-column floors.
 */
final class EmSegmenter implements Segmenter {

    /** Standard deviation of a uniform distribution over one grid step, per unit of step: {@code 1 / sqrt(12)}. */
    static final double GRID_STEP_TO_STD_DEV = 1 / Math.sqrt(12);

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
            options = Utils.joinOptions(em.getOptions())
                + floorNote(minStdDevs(x, config.minStdDev()), config.minStdDev());
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
        final int[] labels = params.mostProbable(x);
        progress.progress(1, "EM done");
        return new RawFit(k, labels, null, params, new double[0], options);
    }

    /**
     * Builds Weka's EM with our settings, including the per-column minimum standard deviations of
     * {@link #minStdDevs(double[][], double)} (package-private so tests can compare with Weka).
     */
    static EM build(final Instances data, final int k, final SegmentationConfig config) throws Exception {
        final EM em = new EM();
        em.setNumClusters(k);
        em.setMaxIterations(config.maxIterations());
        em.setMinStdDev(config.minStdDev());
        em.setMinStdDevPerAtt(minStdDevs(columns(data), config.minStdDev()));
        em.setSeed(WekaData.seed(config.seed()));
        em.setNumExecutionSlots(1);
        em.getCapabilities().testWithFail(data);
        em.buildClusterer(data);
        return em;
    }

    /**
     * @param x rows (scaled)
     * @param minStdDev the configured minimum standard deviation
     * @return per column {@code max(minStdDev, step / sqrt(12))}, {@code step} being the smallest positive difference
     *         between two of the column's values ({@code minStdDev} for a constant column)
     */
    static double[] minStdDevs(final double[][] x, final double minStdDev) {
        final int d = x[0].length;
        final double[] floors = new double[d];
        final double[] v = new double[x.length];
        for (int a = 0; a < d; a++) {
            for (int i = 0; i < x.length; i++) {
                v[i] = x[i][a];
            }
            Arrays.sort(v);
            double step = Double.POSITIVE_INFINITY;
            for (int i = 1; i < v.length; i++) {
                final double gap = v[i] - v[i - 1];
                if (gap > 0 && gap < step) {
                    step = gap;
                }
            }
            floors[a] = Double.isFinite(step) ? Math.max(minStdDev, step * GRID_STEP_TO_STD_DEV) : minStdDev;
        }
        return floors;
    }

    private static double[][] columns(final Instances data) {
        final double[][] x = new double[data.numInstances()][data.numAttributes()];
        for (int i = 0; i < x.length; i++) {
            for (int a = 0; a < x[i].length; a++) {
                x[i][a] = data.instance(i).value(a);
            }
        }
        return x;
    }

    /** @return empty if no floor exceeds the configured one, else a note listing the floors per column */
    static String floorNote(final double[] floors, final double minStdDev) {
        if (Arrays.stream(floors).noneMatch(f -> f > minStdDev)) {
            return "";
        }
        final StringBuilder sb = new StringBuilder(" (minimum std dev per column from the value grid, scaled units:");
        for (final double f : floors) {
            sb.append(' ').append(String.format(Locale.ROOT, "%.4g", f));
        }
        return sb.append(')').toString();
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
