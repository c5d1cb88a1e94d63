package org.custseg.knime.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.custseg.engine.CanceledException;
import org.custseg.engine.chart.SegmentationCharts;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.segment.KSelectionRow;
import org.custseg.engine.prep.PreparationReport;
import org.custseg.engine.segment.Segmentation;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.engine.segment.QualityVerdict;
import org.custseg.engine.segment.SegmentationResult;
import org.custseg.knime.port.SegmentationModelPortObject;
import org.custseg.knime.port.SegmentationModelPortObjectSpec;
import org.custseg.engine.stability.SegmentStability;
import org.custseg.engine.stability.StabilityConfig;
import org.custseg.engine.stability.StabilityResult;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.KNIMEConstants;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;

/**
 * Node model shared by the K-Means, Hierarchical and EM Segmenter. It only translates: settings to
 * {@link SegmentationConfig}, the input table to a {@link FeatureMatrix}, the execution monitor to a progress
 * callback, and the {@link SegmentationResult} to three tables and the model port.
 *
 * <p>Ports: in 0 data; out 0 data with segment columns, out 1 segment summary, out 2 k selection, out 3 model,
 * out 4 diagnostic charts (PNG image; appended last so connections of older workflows stay valid).
 */
public abstract class AbstractSegmenterNodeModel extends AbstractStatelessNodeModel<SegmenterSettings> {

    /** Flow variable holding the chosen number of segments. */
    public static final String FLOW_VAR_K = "segmentation_k";
    /** Flow variable holding the name of the criterion used to judge k. */
    public static final String FLOW_VAR_CRITERION = "segmentation_criterion";
    /** Flow variable holding the value of that criterion at the chosen k. */
    public static final String FLOW_VAR_CRITERION_VALUE = "segmentation_criterion_value";
    /**
     * Flow variable holding the quality verdict in plain words (silhouette and its reading, plus a note when automatic
     * k chose the smallest k tried); see {@code QualityVerdict}.
     */
    public static final String FLOW_VAR_QUALITY = "segmentation_quality";

    private final Algorithm m_algorithm;

    /**
     * @param options the algorithm's part of this node (its own settings)
     */
    protected AbstractSegmenterNodeModel(final SegmenterOptions options) {
        super(new PortType[]{BufferedDataTable.TYPE}, new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE,
            BufferedDataTable.TYPE, SegmentationModelPortObject.TYPE, ImagePortObject.TYPE},
            () -> new SegmenterSettings(options));
        m_algorithm = options.algorithm();
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec in = (DataTableSpec)inSpecs[0];
        final List<String> columns = settings().selectedColumns(in);
        final SegmentationConfig config = settings().toConfig();
        final int k = config.k();
        final List<String> absent = settings().includedButAbsent(in);
        final List<String> skipped = settings().defaultSkippedColumns(in);
        if (!absent.isEmpty()) {
            setWarningMessage("The input lacks the selected column" + (absent.size() == 1 ? " " : "s ")
                + TableConverter.quote(absent) + "; segmenting on the remaining " + columns.size()
                + ". Check the column selection.");
        } else if (!skipped.isEmpty()) {
            setWarningMessage(DefaultColumns.warning(skipped));
        }
        // with an automatic k the model spec (which names the segments) is only known after execution
        return new PortObjectSpec[]{
            SegmentColumns.appendedSpec(in, SegmentColumns.appendedColumns(in, m_algorithm, k, false)),
            summarySpec(columns, settings().selectedNominalColumns(in), settings().stabilityEnabled()),
            SegmentColumns.kSelectionSpec(),
            config.automaticK() ? null : new SegmentationModelPortObjectSpec(columns, m_algorithm, k),
            ChartPort.spec()};
    }

    /**
     * Threads for the engine's fast segmenters: KNIME's thread limit ({@code KNIMEConstants.GLOBAL_THREAD_POOL}, set in
     * the preferences or with {@code -Dorg.knime.core.maxThreads}), at most the number of processors. The result does
     * not depend on it.
     *
     * @return at least 1
     */
    static int engineThreads() {
        final int limit = KNIMEConstants.GLOBAL_THREAD_POOL.getMaxThreads();
        return Math.max(1, Math.min(limit, Runtime.getRuntime().availableProcessors()));
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec in = table.getDataTableSpec();
        final List<String> columns = settings().selectedColumns(in);
        final SegmentationConfig config = settings().toConfig();

        exec.setMessage("Reading " + columns.size() + " column(s)");
        final List<String> nominal = settings().selectedNominalColumns(in);
        final FeatureMatrix data = nominal.isEmpty()
            ? TableConverter.toFeatureMatrix(table, columns, exec.createSubProgress(0.05), "the node's column selection")
            : TableConverter.toMixedFeatureMatrix(table, columns, exec.createSubProgress(0.05),
                "the node's column selection");

        final SegmentationResult result;
        final StabilityConfig stabilityConfig = settings().stabilityConfig();
        StabilityResult stability = null;
        try {
            result = Segmentation.run(data, config,
                new MonitorProgress(exec.createSubProgress(stabilityConfig == null ? 0.85 : 0.45)), engineThreads());
            if (stabilityConfig != null) {
                exec.setMessage("Stability: refitting on " + stabilityConfig.resamples() + " resamples");
                stability = SegmentStability.assess(data, config, result.labels(), result.k(), stabilityConfig,
                    new MonitorProgress(exec.createSubProgress(0.4)));
            }
        } catch (final CanceledException e) {
            throw new CanceledExecutionException(e.getMessage());
        }
        final List<String> skipped = settings().defaultSkippedColumns(in);
        final String prepared = warningFor(result.preparation());
        String warning = skipped.isEmpty() ? prepared
            : DefaultColumns.warning(skipped) + (prepared == null ? "" : " " + prepared);
        final QualityVerdict verdict = QualityVerdict.of(result, config);
        if (verdict.warrantsWarning()) {
            warning = (warning == null ? "" : warning + " ") + verdict.text();
        }
        if (stability != null && !stability.warnings().isEmpty()) {
            warning = (warning == null ? "" : warning + " ") + String.join(" ", stability.warnings());
        }
        if (warning != null) {
            setWarningMessage(warning);
        }

        exec.setMessage("Writing segments");
        final SegmentationModel model = result.model();
        final int k = result.k();
        final String[] names = new String[k];
        for (int i = 0; i < k; i++) {
            names[i] = result.segmentName(i);
        }
        final DataTableSpec outSpec =
            SegmentColumns.appendedSpec(in, SegmentColumns.appendedColumns(in, m_algorithm, k, false));
        final BufferedDataTable out0 = SegmentTableWriter.append(table, outSpec, result.labels(), names,
            result.distances(), m_algorithm == Algorithm.EM ? result.memberships() : null, null, model.fingerprint(),
            exec.createSubExecutionContext(0.08));
        final BufferedDataTable out1 =
            summaryTable(result, columns, data, summarySpec(columns, nominal, stability != null), stability, exec);
        final BufferedDataTable out2 = kSelectionTable(result.kSelection(), exec);
        exec.setMessage("Drawing the diagnostic charts");
        final ImagePortObject charts;
        try {
            charts = ChartPort.image(SegmentationCharts.panel(data, result, config));
        } catch (final CanceledException e) {
            throw new CanceledExecutionException(e.getMessage());
        }

        pushFlowVariableInt(FLOW_VAR_K, k);
        pushFlowVariableString(FLOW_VAR_CRITERION, config.automaticK() ? config.criterion().name() : "SILHOUETTE");
        pushFlowVariableDouble(FLOW_VAR_CRITERION_VALUE, result.criterionValue());
        pushFlowVariableString(FLOW_VAR_QUALITY, verdict.text());
        return new PortObject[]{out0, out1, out2, new SegmentationModelPortObject(model, columns), charts};
    }

    /**
     * Composes the node warning from the data preparation report.
     *
     * @param report the report
     * @return the warning, or {@code null} if there is nothing to warn about
     */
    static String warningFor(final PreparationReport report) {
        final List<String> parts = new ArrayList<>();
        final List<String> constant = report.droppedConstantColumns();
        if (!constant.isEmpty()) {
            parts.add("Ignored " + constant.size() + " constant column" + (constant.size() == 1 ? "" : "s")
                + " (" + String.join(", ", constant) + ")");
        }
        if (report.droppedRows() > 0) {
            parts.add(report.droppedRows() + " row" + (report.droppedRows() == 1 ? "" : "s")
                + " with missing values got no segment (their Segment cell is missing)");
        }
        int imputed = 0;
        for (final Map.Entry<String, Integer> e : report.imputedCounts().entrySet()) {
            imputed += e.getValue();
        }
        if (imputed > 0) {
            parts.add("Imputed " + imputed + " missing value" + (imputed == 1 ? "" : "s") + " in "
                + report.imputedCounts().size() + " column" + (report.imputedCounts().size() == 1 ? "" : "s")
                + " (" + describeCounts(report.imputedCounts()) + ")");
        }
        // the three facts above are worded here from the report's data; add the engine's other warnings (e.g.
        // skipped k values)
        for (final String w : report.otherWarnings()) {
            parts.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
        }
        return parts.isEmpty() ? null : String.join("; ", parts) + ".";
    }

    private static String describeCounts(final Map<String, Integer> counts) {
        final List<String> s = new ArrayList<>();
        for (final Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > 0) {
                s.add(e.getKey() + ": " + e.getValue());
            }
        }
        return String.join(", ", s);
    }

    private DataTableSpec summarySpec(final List<String> columns, final List<String> nominal,
        final boolean stability) {
        return SegmentColumns.summarySpec(columns, nominal, m_algorithm == Algorithm.KMEDOIDS, stability);
    }

    private static BufferedDataTable summaryTable(final SegmentationResult result, final List<String> columns,
        final FeatureMatrix data, final DataTableSpec spec, final StabilityResult stability,
        final ExecutionContext exec) throws CanceledExecutionException {
        final int[] medoids = result.medoidRows();
        final int first = medoids == null ? 3 : 4;
        // one set of means per segment everywhere: the mean of the observed values of the segment's rows (missing
        // cells not counted, imputed values never), the number the CLI's segments.csv and the Profiler show
        final double[][] means = observedMeans(data, result.labels(), result.k());
        final int[] sizes = result.sizes();
        long assigned = 0;
        for (final int s : sizes) {
            assigned += s;
        }
        final BufferedDataContainer c = exec.createDataContainer(spec);
        for (int i = 0; i < result.k(); i++) {
            exec.checkCanceled();
            final DataCell[] cells = new DataCell[spec.getNumColumns()];
            cells[0] = new StringCell(result.segmentName(i));
            cells[1] = new IntCell(sizes[i]);
            cells[2] = assigned == 0 ? DataType.getMissingCell() : new DoubleCell(sizes[i] / (double)assigned);
            if (medoids != null) {
                cells[3] = new StringCell(data.rowId(medoids[i])); // the real customer representing the segment
            }
            for (int f = 0; f < columns.size(); f++) {
                if (data.isNominal(f)) {
                    // a nominal feature: the medoid's category (a mean of category codes means nothing)
                    final double code = data.value(medoids[i], f);
                    cells[first + f] = Double.isNaN(code) ? DataType.getMissingCell()
                        : new StringCell(data.levels(f).get((int)code));
                    continue;
                }
                final double v = means[i][f];
                cells[first + f] = Double.isNaN(v) ? DataType.getMissingCell() : new DoubleCell(v);
            }
            if (stability != null) {
                final StabilityResult.Segment seg = stability.segment(i);
                final int at = first + columns.size();
                cells[at] = cell(seg.meanJaccard());
                cells[at + 1] = cell(seg.minJaccard());
                cells[at + 2] = new StringCell(seg.verdict().words());
                cells[at + 3] = new IntCell(seg.dissolved());
            }
            c.addRowToTable(new DefaultRow(new RowKey(result.segmentName(i)), cells));
        }
        c.close();
        return c.getTable();
    }

    /**
     * @return [segment][column] the mean of the observed (non-missing) values of the rows with that label
     *         ({@code NaN} when a segment has none); unassigned rows (label -1) count nowhere
     */
    static double[][] observedMeans(final FeatureMatrix data, final int[] labels, final int k) {
        final int cols = data.columnNames().size();
        final double[][] sum = new double[k][cols];
        final long[][] count = new long[k][cols];
        for (int r = 0; r < labels.length; r++) {
            if (labels[r] < 0) {
                continue;
            }
            for (int c = 0; c < cols; c++) {
                final double v = data.value(r, c);
                if (!Double.isNaN(v)) {
                    sum[labels[r]][c] += v;
                    count[labels[r]][c]++;
                }
            }
        }
        for (int s = 0; s < k; s++) {
            for (int c = 0; c < cols; c++) {
                sum[s][c] = count[s][c] == 0 ? Double.NaN : sum[s][c] / count[s][c];
            }
        }
        return sum;
    }

    private static BufferedDataTable kSelectionTable(final List<KSelectionRow> rows, final ExecutionContext exec) {
        final BufferedDataContainer c = exec.createDataContainer(SegmentColumns.kSelectionSpec());
        for (final KSelectionRow row : rows) {
            c.addRowToTable(new DefaultRow(new RowKey("k=" + row.k()), new IntCell(row.k()),
                cell(row.silhouette()), cell(row.calinskiHarabasz()), cell(row.daviesBouldin()), cell(row.sse()),
                cell(row.bic()), row.chosen() ? BooleanCell.TRUE : BooleanCell.FALSE));
        }
        c.close();
        return c.getTable();
    }

    private static DataCell cell(final double v) {
        return Double.isNaN(v) ? DataType.getMissingCell() : new DoubleCell(v);
    }

    /** @return the algorithm of this node */
    protected final Algorithm algorithm() {
        return m_algorithm;
    }
}
