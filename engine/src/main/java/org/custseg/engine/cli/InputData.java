package org.custseg.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.custseg.engine.SegmentationException;
import org.custseg.engine.data.ColumnKind;
import org.custseg.engine.data.ColumnSelection;
import org.custseg.engine.data.CsvTable;
import org.custseg.engine.data.FeatureMatrix;

/**
 * The customer CSV as the command line uses it: the feature matrix, the identifier column, and which columns were
 * used or skipped and why. Reading, typing, the default column choice and their error messages are
 * {@link CsvTable}'s (UTF-8 with or without BOM, RFC 4180 quoting, blank or NA cells missing, identifier-like columns
 * skipped); this record adds the wording the command line prints and picks the text columns that are profiled as
 * categories: every text column that is not the identifier and has 2 to {@value #MAX_CATEGORIES} distinct values
 * (e.g. region, gender, card type). They describe the segments in the profile; they never take part in the
 * segmentation.
 *
 * @param source the file read
 * @param features the feature matrix; row ids are the identifier values (or 1-based row numbers)
 * @param idColumn the header of the identifier column in assignments.csv ({@code "row"} when rows are numbered)
 * @param idColumnDescription how the identifier was chosen, for the summary
 * @param usedColumns the feature columns, in file order (or in {@code --columns} order)
 * @param skippedColumns columns not used, with the reason, in file order
 * @param categories text columns profiled as categories: name &rarr; one value per row ({@code null} = missing)
 */
public record InputData(Path source, FeatureMatrix features, String idColumn, String idColumnDescription,
    List<String> usedColumns, Map<String, String> skippedColumns, Map<String, String[]> categories) {

    /** Most distinct values a text column may have to be profiled as categories. */
    public static final int MAX_CATEGORIES = 20;

    /** Copies the collections. */
    public InputData {
        usedColumns = List.copyOf(usedColumns);
        skippedColumns = Collections.unmodifiableMap(new LinkedHashMap<>(skippedColumns));
        final Map<String, String[]> c = new LinkedHashMap<>();
        categories.forEach((k, v) -> c.put(k, v.clone()));
        categories = Collections.unmodifiableMap(c);
    }

    /**
     * Reads the file and selects columns.
     *
     * @param file the CSV file
     * @param columns the requested feature columns, empty for the default selection
     * @param idColumn the requested identifier column, {@code null} for the default
     * @return the data
     * @throws SegmentationException naming the file, column, row and value when the content is unusable
     */
    public static InputData read(final Path file, final List<String> columns, final String idColumn)
        throws SegmentationException {
        return read(file, columns, idColumn, false);
    }

    /**
     * Reads the file and selects columns; with {@code nominalAllowed} text columns named in {@code columns} become
     * nominal features (K-Medoids with Gower distance) and are profiled as categories too.
     *
     * @param file the CSV file
     * @param columns the requested feature columns, empty for the default selection
     * @param idColumn the requested identifier column, {@code null} for the default
     * @param nominalAllowed whether requested text columns become nominal features
     * @return the data
     * @throws SegmentationException naming the file, column, row and value when the content is unusable
     */
    public static InputData read(final Path file, final List<String> columns, final String idColumn,
        final boolean nominalAllowed) throws SegmentationException {
        final CsvTable table = CsvTable.read(file);
        final ColumnSelection sel = table.selectFeatures(columns, idColumn, nominalAllowed);
        final String id = sel.idColumn();
        final String description;
        if (idColumn != null) {
            description = idColumn + " (--id-column)";
        } else if (id != null) {
            description = id + " (first identifier-like column with unique values)";
        } else {
            description = "row number (no identifier column with unique values; choose one with --id-column)";
        }
        final Map<String, String> skipped = new LinkedHashMap<>(sel.skippedColumns());
        final List<String> nominal = new ArrayList<>();
        for (int c = 0; c < sel.features().columns(); c++) {
            if (sel.features().isNominal(c)) {
                nominal.add(sel.features().columnNames().get(c));
            }
        }
        final Map<String, String[]> categories = categories(table, sel.usedColumns(), nominal, id);
        categories.keySet().stream().filter(c -> !nominal.contains(c))
            .forEach(c -> skipped.put(c, skipped.getOrDefault(c, "text") + "; profiled as categories"));
        return new InputData(file, sel.features(), id == null ? "row" : id, description, sel.usedColumns(),
            skipped, categories);
    }

    /**
     * The text columns profiled as categories: every text column that is neither a feature nor the identifier and has
     * 2 to {@value #MAX_CATEGORIES} distinct values.
     *
     * @param table the table read
     * @param features the feature columns (never categories)
     * @param id the identifier column, or {@code null}
     * @return name &rarr; one value per row ({@code null} = missing), in file order
     */
    public static Map<String, String[]> categories(final CsvTable table, final List<String> features, final String id) {
        return categories(table, features, List.of(), id);
    }

    /**
     * The text columns profiled as categories: every text column that is the identifier or a feature other than a
     * nominal (Gower) feature is left out; the rest with 2 to {@value #MAX_CATEGORIES} distinct values are profiled.
     *
     * @param table the table read
     * @param features the feature columns (never categories unless nominal)
     * @param nominalFeatures the nominal feature columns (K-Medoids with Gower distance), profiled as categories too
     * @param id the identifier column, or {@code null}
     * @return name &rarr; one value per row ({@code null} = missing), in file order
     */
    public static Map<String, String[]> categories(final CsvTable table, final List<String> features,
        final List<String> nominalFeatures, final String id) {
        final Map<String, String[]> categories = new LinkedHashMap<>();
        for (final String c : table.header()) {
            final boolean nominalFeature = nominalFeatures.contains(c);
            if ((features.contains(c) && !nominalFeature) || c.equals(id) || table.kind(c) != ColumnKind.TEXT) {
                continue;
            }
            final List<String> cells = table.column(c);
            final String[] values = new String[cells.size()];
            final Set<String> distinct = new HashSet<>();
            for (int r = 0; r < values.length; r++) {
                final String v = cells.get(r);
                values[r] = CsvTable.isMissingToken(v) ? null : v;
                if (values[r] != null) {
                    distinct.add(values[r]);
                }
            }
            if (distinct.size() >= 2 && distinct.size() <= MAX_CATEGORIES) {
                categories.put(c, values);
            }
        }
        return categories;
    }
}
