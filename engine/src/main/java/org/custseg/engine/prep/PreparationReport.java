package org.custseg.engine.prep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What data preparation did.
 *
 * @param usedColumns the feature columns used for clustering, in order
 * @param droppedConstantColumns columns left out because all their values were equal
 * @param droppedRows rows left out by {@link org.custseg.engine.config.MissingPolicy#DROP_ROWS}
 * @param imputedCounts per column, how many values were imputed (only columns with at least one)
 * @param warnings human-readable warnings
 */
public record PreparationReport(List<String> usedColumns, List<String> droppedConstantColumns, int droppedRows,
    Map<String, Integer> imputedCounts, List<String> warnings) {

    /** Copies all collections into unmodifiable ones. */
    public PreparationReport {
        usedColumns = List.copyOf(usedColumns);
        droppedConstantColumns = List.copyOf(droppedConstantColumns);
        imputedCounts = Collections.unmodifiableMap(new LinkedHashMap<>(imputedCounts));
        warnings = List.copyOf(warnings);
    }

    /**
     * @return the warnings other than those restating {@link #droppedConstantColumns()}, {@link #droppedRows()} and
     *         {@link #imputedCounts()} (which callers show from those fields, so each fact is printed once), e.g. "k
     *         was tried only up to ..."
     */
    public List<String> otherWarnings() {
        final List<String> out = new ArrayList<>();
        for (final String w : warnings) {
            if (!(w.startsWith("Constant column") || w.startsWith("Imputed missing values")
                || w.contains("rows were left out because they have missing values"))) {
                out.add(w);
            }
        }
        return out;
    }
}
