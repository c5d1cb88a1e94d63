package org.custseg.engine.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.custseg.engine.data.FeatureMatrix;

/**
 * Seeded synthetic tables resembling a bank's card-customer data (never used to tune the engine): skewed amounts
 * (log-normal balances, purchases, credit limits in whole hundreds), frequencies in [0, 1] with many exact 0s and 1s,
 * small counts, and duplicated customers; a few latent customer types so that segments exist but overlap.
 */
final class BankLikeData {

    private BankLikeData() {
    }

    /**
     * @param n rows
     * @param d columns (at least 1; columns cycle through amount, frequency and count kinds)
     * @param seed seed
     * @return the matrix (no missing values)
     */
    static FeatureMatrix make(final int n, final int d, final long seed) {
        final Random rnd = new Random(seed);
        final int types = 4;
        final double[][] typeShift = new double[types][d];
        for (int t = 0; t < types; t++) {
            for (int j = 0; j < d; j++) {
                typeShift[t][j] = rnd.nextGaussian();
            }
        }
        final double[][] v = new double[n][d];
        final List<String> cols = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            cols.add("c" + j);
        }
        final List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("r" + i);
            if (i > 10 && rnd.nextDouble() < 0.03) {
                v[i] = v[rnd.nextInt(i)].clone(); // duplicated customer
                continue;
            }
            final int t = rnd.nextInt(10) < 5 ? 0 : rnd.nextInt(types);
            for (int j = 0; j < d; j++) {
                final double z = typeShift[t][j] + 0.8 * rnd.nextGaussian();
                v[i][j] = switch (j % 3) {
                    case 0 -> Math.round(Math.exp(6 + 1.2 * z)) * 100.0; // amount, whole hundreds
                    case 1 -> Math.max(0, Math.min(1, Math.round((0.5 + 0.35 * z) * 12) / 12.0)); // frequency
                    default -> Math.max(0, Math.round(2 + 2 * z)); // count
                };
            }
        }
        return new FeatureMatrix(cols, ids, v);
    }
}
