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
import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.prep.Preprocessor;
import org.junit.jupiter.api.Test;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.KCriterion;
import org.custseg.engine.config.Covariance;

/** Full-covariance EM: log-likelihood against an independent computation, BIC against the diagonal mixture. */
class FullCovarianceEmTest {

    /** Three tilted, elongated groups (correlation about 0.9 within each), plus a skewed amount column. */
    static FeatureMatrix correlated(final int n, final long seed) {
        final Random r = new Random(seed);
        final double[][] centre = {{0, 0, 0}, {6, -2, 3}, {-3, 5, -4}};
        final double[] angle = {0.7, -0.6, 1.3};
        final double[][] v = new double[n][4];
        final List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final int g = i % 3;
            final double u = r.nextGaussian() * 3;
            final double w = r.nextGaussian() * 0.6;
            v[i][0] = centre[g][0] + Math.cos(angle[g]) * u - Math.sin(angle[g]) * w;
            v[i][1] = centre[g][1] + Math.sin(angle[g]) * u + Math.cos(angle[g]) * w;
            v[i][2] = centre[g][2] + 0.8 * u + r.nextGaussian() * 0.5;
            v[i][3] = Math.exp(1 + 0.5 * g + r.nextGaussian() * 0.3) + 0.3 * v[i][0];
            ids.add("R" + i);
        }
        return new FeatureMatrix(List.of("a", "b", "c", "amount"), ids, v);
    }

    /** log N(x; m, S) by Gaussian elimination with partial pivoting (no Cholesky), independent of the engine. */
    static double logNormal(final double[] x, final double[] m, final double[][] s) {
        final int d = x.length;
        final double[][] a = new double[d][d + 1];
        for (int i = 0; i < d; i++) {
            System.arraycopy(s[i], 0, a[i], 0, d);
            a[i][d] = x[i] - m[i];
        }
        double logDet = 0;
        for (int col = 0; col < d; col++) {
            int p = col;
            for (int i = col + 1; i < d; i++) {
                if (Math.abs(a[i][col]) > Math.abs(a[p][col])) {
                    p = i;
                }
            }
            final double[] t = a[col];
            a[col] = a[p];
            a[p] = t;
            logDet += Math.log(Math.abs(a[col][col]));
            for (int i = col + 1; i < d; i++) {
                final double f = a[i][col] / a[col][col];
                for (int j = col; j <= d; j++) {
                    a[i][j] -= f * a[col][j];
                }
            }
        }
        final double[] y = new double[d]; // y = S^-1 (x - m)
        for (int i = d - 1; i >= 0; i--) {
            double v = a[i][d];
            for (int j = i + 1; j < d; j++) {
                v -= a[i][j] * y[j];
            }
            y[i] = v / a[i][i];
        }
        double q = 0;
        for (int i = 0; i < d; i++) {
            q += (x[i] - m[i]) * y[i];
        }
        return -0.5 * q - 0.5 * logDet - 0.5 * d * Math.log(2 * Math.PI);
    }

    @Test
    void logLikelihoodMatchesAnIndependentComputation() throws Exception {
        final FeatureMatrix data = correlated(600, 3);
        final SegmentationConfig c = SegmentationConfig.builder(Algorithm.EM).k(3).covariance(Covariance.FULL).build();
        final SegmentationResult r = Segmentation.run(data, c, null);
        final EmParameters em = r.model().emParameters();
        assertTrue(em.isFull());
        final double[][][] cov = em.covariances();
        final double[][] x = Preprocessor.fit(data, c.missing(), c.scaling(), ProgressListener.NONE).scaled();
        double logL = 0;
        for (final double[] row : x) {
            double s = 0;
            for (int j = 0; j < 3; j++) {
                s += em.priors()[j] * Math.exp(logNormal(row, em.means()[j], cov[j]));
            }
            logL += Math.log(s);
        }
        assertEquals(logL, r.logLikelihood(), 1e-9 * Math.abs(logL));
        // BIC with k - 1 + k d + k d (d + 1) / 2 parameters
        final int p = 2 + 3 * 4 + 3 * 10;
        assertEquals(-2 * logL + p * Math.log(600), em.bic(600, r.logLikelihood()), 1e-6);
        // the fitted covariance is a weighted covariance plus a tiny ridge: the planted correlation shows
        final double corr = cov[0][0][1] / Math.sqrt(cov[0][0][0] * cov[0][1][1]);
        assertTrue(Math.abs(corr) > 0.8, "correlation " + corr);
    }

    @Test
    void betterBicThanTheDiagonalMixtureOnCorrelatedData() throws Exception {
        final FeatureMatrix data = correlated(900, 11);
        final SegmentationConfig full = SegmentationConfig.builder(Algorithm.EM).k(3).covariance(Covariance.FULL)
            .build();
        final SegmentationConfig diag = full.toBuilder().covariance(Covariance.DIAGONAL).build();
        final SegmentationResult f = Segmentation.run(data, full, null);
        final SegmentationResult g = Segmentation.run(data, diag, null);
        final double bicFull = f.model().emParameters().bic(900, f.logLikelihood());
        final double bicDiag = g.model().emParameters().bic(900, g.logLikelihood());
        System.out.println("correlated data, k=3: BIC full " + bicFull + ", diagonal " + bicDiag + "; sizes full "
            + java.util.Arrays.toString(f.sizes()) + ", diagonal " + java.util.Arrays.toString(g.sizes()));
        assertTrue(bicFull < bicDiag, bicFull + " vs " + bicDiag);
        assertArrayEquals(new int[] {300, 300, 300}, f.sizes(), "the planted groups");
        // automatic k by BIC finds the three groups with full covariances
        final SegmentationResult auto = Segmentation.run(data, full.toBuilder().k(0).kMin(2).kMax(6)
            .criterion(KCriterion.BIC).build(), null);
        assertEquals(3, auto.k());
    }

    @Test
    void modelRoundTripAndReproducibility() throws Exception {
        final FeatureMatrix data = correlated(300, 5);
        final SegmentationConfig c = SegmentationConfig.builder(Algorithm.EM).k(3).covariance(Covariance.FULL).build();
        final SegmentationResult r = Segmentation.run(data, c, null);
        final SegmentationModel back = SegmentationModel.fromJson(r.model().toJson());
        assertEquals(r.model(), back);
        assertArrayEquals(r.labels(), back.assign(data, ProgressListener.NONE).labels());
        assertArrayEquals(r.labels(), Segmentation.run(data, c, null).labels());
        assertTrue(r.model().parametersDescription().contains("covariance=FULL"));
        // the sample data (gridded counts, duplicates) fits without a singular matrix
        final SegmentationResult sample = Segmentation.run(SampleData.behavioural(), c, null);
        System.out.println("sample data, full covariance k=3: sizes " + java.util.Arrays.toString(sample.sizes())
            + ", BIC " + sample.model().emParameters().bic(660, sample.logLikelihood()));
        assertEquals(660, java.util.Arrays.stream(sample.sizes()).sum());
    }
}
