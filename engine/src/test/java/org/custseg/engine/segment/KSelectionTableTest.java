package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.custseg.engine.config.KCriterion;
import org.junit.jupiter.api.Test;

/** The one formatter of the automatic-k table: columns, decimals, empty cells and the "Chosen k" line. */
class KSelectionTableTest {

    private static final List<KSelectionRow> ROWS = List.of(
        new KSelectionRow(2, 0.25, 100.0, 1.5, 900.0, Double.NaN, false),
        new KSelectionRow(3, 0.515625, 832.125, 0.8125, 412.25, -1234.75, true),
        new KSelectionRow(4, Double.NaN, 700.0, 0.9, 300.0, -1000.0, false));

    @Test
    void cellsFollowTheHeaderWithFixedDecimalsAndEmptyUndefinedValues() {
        assertEquals(List.of("k", "Silhouette", "Calinski-Harabasz", "Davies-Bouldin", "SSE"),
            KSelectionTable.header(false));
        assertEquals(List.of("k", "Silhouette", "Calinski-Harabasz", "Davies-Bouldin", "SSE", "BIC"),
            KSelectionTable.header(true));
        // half-even on the exact value: 832.125 -> 832.1, 0.8125 -> 0.812, 412.25 -> 412.2, -1234.75 -> -1234.8
        assertEquals(List.of("3", "0.516", "832.1", "0.812", "412.2", "-1234.8"),
            KSelectionTable.cells(ROWS.get(1), true));
        assertEquals(List.of("4", "", "700.0", "0.900", "300.0"), KSelectionTable.cells(ROWS.get(2), false));
        assertEquals(List.of("2", "0.250", "100.0", "1.500", "900.0", ""), KSelectionTable.cells(ROWS.get(0), true));
    }

    @Test
    void theChosenLineShowsTheTablesCellOfTheCriterion() {
        assertEquals("Chosen k = 3 by silhouette over 2..4 (silhouette 0.516)",
            KSelectionTable.chosenLine(ROWS, 3, KCriterion.SILHOUETTE, 2, 4));
        assertEquals("Chosen k = 3 by calinski-harabasz over 2..4 (calinski-harabasz 832.1)",
            KSelectionTable.chosenLine(ROWS, 3, KCriterion.CALINSKI_HARABASZ, 2, 4));
        assertEquals("Chosen k = 3 by davies-bouldin over 2..4 (davies-bouldin 0.812)",
            KSelectionTable.chosenLine(ROWS, 3, KCriterion.DAVIES_BOULDIN, 2, 4));
        assertEquals("Chosen k = 3 by bic over 2..4 (bic -1234.8)",
            KSelectionTable.chosenLine(ROWS, 3, KCriterion.BIC, 2, 4));
        for (final KCriterion c : KCriterion.values()) {
            final int column = KSelectionTable.header(true).indexOf(switch (c) {
                case SILHOUETTE -> "Silhouette";
                case CALINSKI_HARABASZ -> "Calinski-Harabasz";
                case DAVIES_BOULDIN -> "Davies-Bouldin";
                case SSE_KNEE -> "SSE";
                case BIC -> "BIC";
            });
            assertEquals(KSelectionTable.cells(ROWS.get(1), true).get(column),
                KSelectionTable.criterionCell(ROWS.get(1), c), c.name());
        }
        // no value when the chosen row's criterion is undefined
        final List<KSelectionRow> undefined = List.of(new KSelectionRow(2, Double.NaN, 1, 1, 1, Double.NaN, true));
        assertEquals("Chosen k = 2 by silhouette over 2..2", KSelectionTable.chosenLine(undefined, 2,
            KCriterion.SILHOUETTE, 2, 2));
    }
}
