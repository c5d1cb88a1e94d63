package org.custseg.engine.segment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.custseg.engine.config.KCriterion;

/**
 * The one formatter of the automatic-k table ({@link KSelectionRow}s) for people: the report's table (k, silhouette,
 * Calinski-Harabasz, Davies-Bouldin, SSE, BIC when the algorithm has a likelihood), the criterion's label and values
 * for the k curve, and the command line's "Chosen k" line, whose value is the table's cell of the criterion's column.
 * Silhouette and Davies-Bouldin are shown with 3 decimals, Calinski-Harabasz, SSE and BIC with 1 (half-even); an
 * undefined value is an empty cell. (The CSV file k-selection.csv keeps full precision and is written by the
 * command line's CSV writer.)
 */
public final class KSelectionTable {

    private KSelectionTable() {
    }

    /**
     * @param withBic whether the BIC column is shown (algorithms with a likelihood)
     * @return the table's column headers
     */
    public static List<String> header(final boolean withBic) {
        final List<String> header =
            new ArrayList<>(List.of("k", "Silhouette", "Calinski-Harabasz", "Davies-Bouldin", "SSE"));
        if (withBic) {
            header.add("BIC");
        }
        return header;
    }

    /**
     * @param row one row of the table
     * @param withBic whether the BIC column is shown
     * @return the row's cells, in the order of {@link #header(boolean)}
     */
    public static List<String> cells(final KSelectionRow row, final boolean withBic) {
        final List<String> cells = new ArrayList<>(List.of(Integer.toString(row.k()), fmt(row.silhouette(), 3),
            fmt(row.calinskiHarabasz(), 1), fmt(row.daviesBouldin(), 3), fmt(row.sse(), 1)));
        if (withBic) {
            cells.add(fmt(row.bic(), 1));
        }
        return cells;
    }

    /**
     * @param row one row of the table
     * @param c the criterion that chose k
     * @return the criterion's value at that row ({@code NaN} when undefined)
     */
    public static double criterionValue(final KSelectionRow row, final KCriterion c) {
        switch (c) {
            case SILHOUETTE:
                return row.silhouette();
            case CALINSKI_HARABASZ:
                return row.calinskiHarabasz();
            case DAVIES_BOULDIN:
                return row.daviesBouldin();
            case SSE_KNEE:
                return row.sse();
            case BIC:
                return row.bic();
            default:
                return Double.NaN;
        }
    }

    /**
     * @param row one row of the table
     * @param c the criterion that chose k
     * @return the criterion's value at that row as the table shows it (empty when undefined)
     */
    public static String criterionCell(final KSelectionRow row, final KCriterion c) {
        final int decimals = c == KCriterion.SILHOUETTE || c == KCriterion.DAVIES_BOULDIN ? 3 : 1;
        return fmt(criterionValue(row, c), decimals);
    }

    /**
     * @param c a criterion
     * @return human words for it, with its direction
     */
    public static String criterionLabel(final KCriterion c) {
        switch (c) {
            case SILHOUETTE:
                return "Silhouette (higher is better)";
            case CALINSKI_HARABASZ:
                return "Calinski-Harabasz (higher is better)";
            case DAVIES_BOULDIN:
                return "Davies-Bouldin (lower is better)";
            case SSE_KNEE:
                return "Within-segment SSE (knee chosen)";
            case BIC:
                return "BIC (lower is better)";
            default:
                return c.name();
        }
    }

    /**
     * @param c a criterion
     * @return its command-line name, e.g. "calinski-harabasz"
     */
    public static String criterionName(final KCriterion c) {
        return c.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param rows the table
     * @param k the chosen k
     * @param c the criterion that chose it
     * @param kMin the smallest k tried
     * @param kMax the largest k tried
     * @return e.g. "Chosen k = 3 by silhouette over 2..8 (silhouette 0.516)" (the value left out when undefined)
     */
    public static String chosenLine(final List<KSelectionRow> rows, final int k, final KCriterion c, final int kMin,
        final int kMax) {
        final String crit = criterionName(c);
        final StringBuilder b =
            new StringBuilder("Chosen k = ").append(k).append(" by ").append(crit).append(" over ").append(kMin)
                .append("..").append(kMax);
        for (final KSelectionRow row : rows) {
            if (row.chosen() && Double.isFinite(criterionValue(row, c))) {
                b.append(" (").append(crit).append(' ').append(criterionCell(row, c)).append(')');
            }
        }
        return b.toString();
    }

    private static String fmt(final double v, final int decimals) {
        return Double.isFinite(v) ? new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString() : "";
    }
}
