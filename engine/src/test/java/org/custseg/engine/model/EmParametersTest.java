package org.custseg.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link EmParameters#label} labels many rows at once with cached logarithms; every value must be bit for bit what the
 * per-row methods give ({@link EmParameters#probabilities}, {@link EmParameters#mostProbable(double[])},
 * {@link EmParameters#logDensity}), so results do not depend on which path computed them.
 */
class EmParametersTest {

    private static EmParameters randomMixture(final Random rnd, final int k, final int d, final boolean full) {
        final double[] priors = new double[k];
        final double[][] means = new double[k][d];
        final double[][] sds = new double[k][d];
        final double[][][] cov = new double[k][d][d];
        for (int j = 0; j < k; j++) {
            priors[j] = j == 0 && k > 3 ? Double.MIN_NORMAL : rnd.nextDouble() + 0.01; // one negligible component
            for (int a = 0; a < d; a++) {
                means[j][a] = rnd.nextGaussian() * 2;
                sds[j][a] = Math.exp(rnd.nextGaussian() * 2);
                cov[j][a][a] = sds[j][a] * sds[j][a] * (d + 1);
                for (int b = 0; b < a; b++) {
                    cov[j][a][b] = cov[j][b][a] = 0.3 * sds[j][a] * sds[j][b];
                }
            }
        }
        return full ? EmParameters.full(priors, means, cov) : new EmParameters(priors, means, sds);
    }

    @Test
    void labellingManyRowsGivesThePerRowValuesBitForBit() {
        final Random rnd = new Random(9);
        int rowsChecked = 0;
        int tiesOrUnderflows = 0;
        for (int t = 0; t < 24; t++) {
            final int k = 2 + rnd.nextInt(6);
            final int d = 1 + rnd.nextInt(17);
            final EmParameters p = randomMixture(rnd, k, d, t % 4 == 3);
            final double[][] rows = new double[300][d];
            for (int i = 0; i < rows.length; i++) {
                for (int a = 0; a < d; a++) {
                    // some rows far out, where all but one probability underflow to 0
                    rows[i][a] = rnd.nextGaussian() * (i % 10 == 0 ? 1e3 : 3);
                }
            }
            rows[1] = p.means()[k - 1].clone(); // a row on a component mean
            final int[] labels = new int[rows.length];
            final double[][] memberships = new double[rows.length][];
            final double logL = p.label(rows, labels, memberships);
            final int[] labelsOnly = new int[rows.length];
            final double logL2 = p.label(rows, labelsOnly, null);
            double expectedLogL = 0;
            for (int i = 0; i < rows.length; i++) {
                final double[] pr = p.probabilities(rows[i]);
                assertEquals(EmParameters.mostProbable(pr), labels[i], "mixture " + t + " row " + i);
                assertEquals(labels[i], labelsOnly[i]);
                assertEquals(pr.length, memberships[i].length);
                for (int j = 0; j < k; j++) {
                    assertEquals(Double.doubleToRawLongBits(pr[j]), Double.doubleToRawLongBits(memberships[i][j]),
                        "mixture " + t + " row " + i + " component " + j);
                    if (pr[j] == 0) {
                        tiesOrUnderflows++;
                    }
                }
                expectedLogL += p.logDensity(rows[i]);
                rowsChecked++;
            }
            assertEquals(Double.doubleToRawLongBits(expectedLogL), Double.doubleToRawLongBits(logL), "mixture " + t);
            assertEquals(Double.doubleToRawLongBits(expectedLogL), Double.doubleToRawLongBits(logL2));
            final int[] viaArray = p.mostProbable(rows);
            for (int i = 0; i < rows.length; i++) {
                assertEquals(labels[i], viaArray[i]);
            }
        }
        assertEquals(24 * 300, rowsChecked);
        assertTrue(tiesOrUnderflows > 100, "underflowing probabilities exercised: " + tiesOrUnderflows);
    }
}
