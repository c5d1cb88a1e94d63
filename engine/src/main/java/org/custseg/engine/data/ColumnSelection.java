package org.custseg.engine.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@link CsvTable#selectFeatures}: the feature matrix and an account of every column.
 *
 * @param features the numeric feature matrix (NaN = missing), row ids from {@code idColumn}
 * @param usedColumns the feature columns, in file order (or in the requested order)
 * @param skippedColumns every other column with the reason it was not used, in file order
 * @param idColumn the column the row ids come from, or {@code null} when rows are identified by their 1-based data row
 *            number ("1", "2", ...)
 */
public record ColumnSelection(FeatureMatrix features, List<String> usedColumns, Map<String, String> skippedColumns,
    String idColumn) {

    /** Copies the collections. */
    public ColumnSelection {
        usedColumns = List.copyOf(usedColumns);
        skippedColumns = Collections.unmodifiableMap(new LinkedHashMap<>(skippedColumns));
    }
}
