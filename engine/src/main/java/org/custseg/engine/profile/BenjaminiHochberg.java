package org.custseg.engine.profile;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Benjamini–Hochberg false-discovery-rate adjustment of p-values.
 *
 * <p>For m defined p-values sorted ascending p(1) &le; ... &le; p(m), the adjusted value of p(i) is
 * min over j &ge; i of min(1, m &middot; p(j) / j) (the step-up minimum keeps the adjusted values monotone).
 * {@code NaN} entries (undefined tests) are not counted in m and stay {@code NaN}. Ties are handled by the step-up
 * minimum, so equal p-values get equal adjusted values.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {
    }

    /**
     * @param p raw p-values in [0, 1], {@code NaN} for undefined tests; not modified
     * @return the adjusted p-values in the same order
     */
    public static double[] adjust(final double[] p) {
        final double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        final Integer[] idx = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                idx[m++] = i;
            }
        }
        final Integer[] order = Arrays.copyOf(idx, m);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).thenComparingInt(i -> i));
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            final int i = order[rank - 1];
            running = Math.min(running, Math.min(1.0, p[i] * m / rank));
            out[i] = running;
        }
        return out;
    }
}
