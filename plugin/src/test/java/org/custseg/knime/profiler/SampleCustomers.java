package org.custseg.knime.profiler;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.segment.Segmentation;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.engine.segment.SegmentationResult;
import org.custseg.knime.testing.TestTables;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.IntCell;
import org.custseg.knime.testing.SampleData;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.InvalidSettingsException;

/**
 * The sample data {@code test-workflows/data/credit-card-customer-data.csv} as a KNIME table (integer columns, as
 * KNIME's CSV Reader types them) with a {@code Segment} column from the engine's k-means, k = 3, default settings
 * (the K-Means Segmenter node's defaults). Shared by the profiler and recommender node tests.
 */
public final class SampleCustomers {

    /** The five behavioural attributes. */
    public static final List<String> BEHAVIOUR = List.of("Avg_Credit_Limit", "Total_Credit_Cards",
        "Total_visits_bank", "Total_visits_online", "Total_calls_made");

    /** The identifier columns, which must not be profiled. */
    public static final List<String> IDENTIFIERS = List.of("Sl_No", "Customer Key");

    /** The table: the seven CSV columns followed by "Segment". */
    public final BufferedDataTable table;

    /** Values [row][column] of the seven CSV columns. */
    public final int[][] values;

    /** CSV header. */
    public final String[] header;

    /** Segment label per row. */
    public final String[] labels;

    private SampleCustomers(final BufferedDataTable table, final int[][] values, final String[] header,
        final String[] labels) {
        this.table = table;
        this.values = values;
        this.header = header;
        this.labels = labels;
    }

    /**
     * @return the sample with k-means (k = 3) segments
     * @throws Exception if the file cannot be read or the segmentation fails
     */
    public static SampleCustomers load() throws Exception {
        final String[] header = SampleData.get().header();
        final int[][] values = SampleData.get().values();
        final double[][] x = new double[values.length][BEHAVIOUR.size()];
        final List<String> ids = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            for (int a = 0; a < BEHAVIOUR.size(); a++) {
                x[r][a] = values[r][Arrays.asList(header).indexOf(BEHAVIOUR.get(a))];
            }
            ids.add("Row" + r);
        }
        final SegmentationResult result = Segmentation.run(new FeatureMatrix(BEHAVIOUR, ids, x),
            SegmentationConfig.builder(Algorithm.KMEANS).k(3).build(), ProgressListener.NONE);
        final String[] labels = new String[values.length];
        for (int r = 0; r < labels.length; r++) {
            labels[r] = result.segmentName(result.labels()[r]);
        }
        return new SampleCustomers(table(header, values, labels), values, header, labels);
    }

    /**
     * @param header column names
     * @param values integer values
     * @param labels segment labels ({@code null} = missing cell), or {@code null} for no segment column
     * @return the table
     */
    public static BufferedDataTable table(final String[] header, final int[][] values, final String[] labels) {
        final int cols = header.length + (labels == null ? 0 : 1);
        final String[] names = Arrays.copyOf(header, cols);
        final DataType[] types = new DataType[cols];
        Arrays.fill(types, IntCell.TYPE);
        if (labels != null) {
            names[cols - 1] = "Segment";
            types[cols - 1] = StringCell.TYPE;
        }
        final DataTableSpec spec = TestTables.spec(names, types);
        final List<DataRow> rows = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            final DataCell[] cells = new DataCell[cols];
            for (int c = 0; c < header.length; c++) {
                cells[c] = new IntCell(values[r][c]);
            }
            if (labels != null) {
                cells[cols - 1] = labels[r] == null ? DataType.getMissingCell() : new StringCell(labels[r]);
            }
            rows.add(new DefaultRow("Row" + r, cells));
        }
        return TestTables.table(spec, rows);
    }

    /**
     * @param label a segment label
     * @return the number of rows with it
     */
    public int size(final String label) {
        return (int)Arrays.stream(labels).filter(label::equals).count();
    }

    /**
     * @param size a segment size
     * @return the label of the (only) segment with that size
     */
    public String segmentOfSize(final int size) {
        for (final String l : new TreeSet<>(Arrays.asList(labels))) {
            if (size(l) == size) {
                return l;
            }
        }
        throw new AssertionError("No segment has " + size + " customers");
    }

    /**
     * @param column a CSV column
     * @return its values as doubles
     */
    public double[] column(final String column) {
        final int c = Arrays.asList(header).indexOf(column);
        return Arrays.stream(values).mapToDouble(r -> r[c]).toArray();
    }

    /**
     * Sets a column filter in saved settings to a manual include/exclude list (KNIME's name filter layout).
     *
     * @param settings the node settings
     * @param key the filter's key
     * @param include included columns
     * @param exclude excluded columns
     * @throws InvalidSettingsException if the filter is not in the settings
     */
    public static void setFilter(final NodeSettings settings, final String key, final List<String> include,
        final List<String> exclude) throws InvalidSettingsException {
        final NodeSettings f = settings.getNodeSettings(key);
        f.addString("filter-type", "STANDARD");
        f.addStringArray("included_names", include.toArray(new String[0]));
        f.addStringArray("excluded_names", exclude.toArray(new String[0]));
        f.addString("enforce_option", "EnforceInclusion");
    }
}
