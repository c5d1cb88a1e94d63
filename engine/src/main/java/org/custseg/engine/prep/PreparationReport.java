package org.custseg.engine.prep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What data preparation did, as data: callers word the facts themselves from the fields, and tell the two kinds of
 * warning apart by field, never by their text.
 *
 * @param usedColumns the feature columns used for clustering, in order
 * @param droppedConstantColumns columns left out because all their values were equal
 * @param droppedRows rows left out by {@link org.custseg.engine.config.MissingPolicy#DROP_ROWS}
 * @param imputedCounts per column, how many values were imputed (only columns with at least one)
 * @param preparationWarnings the engine's wording of the three facts above (dropped rows, imputed values, constant
 *            columns), for callers that print warnings as they are
 * @param otherWarnings every other warning, e.g. "k was tried only up to ..." or "k = 9 was skipped: ..."
 */
public record PreparationReport(List<String> usedColumns, List<String> droppedConstantColumns, int droppedRows,
    Map<String, Integer> imputedCounts, List<String> preparationWarnings, List<String> otherWarnings) {

    /** Copies all collections into unmodifiable ones. */
    public PreparationReport {
        usedColumns = List.copyOf(usedColumns);
        droppedConstantColumns = List.copyOf(droppedConstantColumns);
        imputedCounts = Collections.unmodifiableMap(new LinkedHashMap<>(imputedCounts));
        preparationWarnings = List.copyOf(preparationWarnings);
        otherWarnings = List.copyOf(otherWarnings);
    }

    /**
     * @return every warning: first the wording of the preparation facts, then the others (human-readable)
     */
    public List<String> warnings() {
        final List<String> all = new ArrayList<>(preparationWarnings);
        all.addAll(otherWarnings);
        return List.copyOf(all);
    }
}
