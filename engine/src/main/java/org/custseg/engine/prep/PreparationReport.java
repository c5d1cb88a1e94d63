package org.custseg.engine.prep;

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
}
