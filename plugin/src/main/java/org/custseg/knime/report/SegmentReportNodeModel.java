package org.custseg.knime.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.custseg.engine.CanceledException;
import org.custseg.engine.profile.ProfileConfig;
import org.custseg.engine.profile.SegmentProfile;
import org.custseg.engine.profile.SegmentProfiler;
import org.custseg.engine.report.HtmlReport;
import org.custseg.engine.report.ReportInput;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.knime.common.AbstractSegmenterNodeModel;
import org.custseg.knime.common.AbstractStatelessNodeModel;
import org.custseg.knime.common.DefaultColumns;
import org.custseg.knime.common.MonitorProgress;
import org.custseg.knime.common.NamingTableReader;
import org.custseg.knime.common.SegmentedTableReader;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Model of the <i>Segment Report</i> node. Translation only: the input table read by the plugin's one
 * {@link SegmentedTableReader} (as the Profiler reads it), the engine's
 * {@link SegmentProfiler} for the statistics, the optional recommendations and k-selection tables to the report's
 * actions and k scan, and the engine's {@link HtmlReport} (the command line's report) for the HTML file.
 *
 * <p>Ports: in 0 customers with a segment column; optional in 1 recommendations (Segment Recommender out 0);
 * optional in 2 k-selection (segmenter out 2); optional in 3 naming table (segment &rarr; persona, as the profiler's);
 * optional in 4 and 5 the Segment Profiler's profile (out 0) and segment summary (out 1). Out 0 one row: file path,
 * number of segments, number of actions.
 *
 * <p>With inputs 4 and 5 connected, every statistic of the report is the Profiler's (computed once, with the
 * Profiler's settings; stability when the Profiler's summary has it); input 0 only gives the values of the box plots.
 * Without them (workflows made before the inputs existed) the node profiles input 0 itself with default settings,
 * as before, and says so in the report. Rows with a missing or empty segment are unassigned either way: counted,
 * never profiled as a segment. The quality verdict is the segmenter's flow variable {@code segmentation_quality}
 * when a segmenter is upstream.
 */
public final class SegmentReportNodeModel extends AbstractStatelessNodeModel<ReportSettings> {

    /** Input port of the Profiler's profile table (optional). */
    public static final int IN_PROFILE = 4;
    /** Input port of the Profiler's segment summary (optional). */
    public static final int IN_PROFILE_SUMMARY = 5;

    /** Creates the model with one data input, five optional table inputs and one table output. */
    public SegmentReportNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL, BufferedDataTable.TYPE_OPTIONAL,
            BufferedDataTable.TYPE_OPTIONAL, BufferedDataTable.TYPE_OPTIONAL, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[]{BufferedDataTable.TYPE}, ReportSettings::new);
    }

    private static Object port(final Object[] in, final int i) {
        return i < in.length ? in[i] : null;
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec in = (DataTableSpec)inSpecs[0];
        final String segment = settings().segmentColumn(in);
        settings().attributeColumns(in, segment);
        final ReportTarget target = ReportTarget.resolve(settings().outputLocation());
        final ReportSettings.OverwritePolicy policy = settings().overwritePolicy();
        if (inSpecs.length > 1 && inSpecs[1] != null) {
            ReportTables.checkRecommendations((DataTableSpec)inSpecs[1]);
        }
        if (inSpecs.length > 2 && inSpecs[2] != null) {
            ReportTables.checkKSelection((DataTableSpec)inSpecs[2]);
        }
        if (inSpecs.length > 3 && inSpecs[3] != null) {
            settings().namingColumns((DataTableSpec)inSpecs[3]);
        }
        ProfilerOutputs.check((DataTableSpec)port(inSpecs, IN_PROFILE), (DataTableSpec)port(inSpecs,
            IN_PROFILE_SUMMARY));
        final List<String> warnings = new ArrayList<>();
        final List<String> skipped = settings().defaultSkippedColumns(in, segment);
        if (!skipped.isEmpty()) {
            warnings.add(DefaultColumns.warning(skipped));
        }
        final String exists = target.configureWarning(policy);
        if (exists != null) {
            warnings.add(exists);
        }
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join(" ", warnings));
        }
        return new PortObjectSpec[]{ReportTables.outputSpec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec in = table.getDataTableSpec();
        final String segmentColumn = settings().segmentColumn(in);
        final List<String> attributes = settings().attributeColumns(in, segmentColumn);
        final ReportSettings.OverwritePolicy policy = settings().overwritePolicy();
        final ReportTarget target = ReportTarget.resolve(settings().outputLocation());
        target.checkBeforeWriting(policy);
        final List<String> warnings = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        notes.add("Segment column: " + segmentColumn + ".");
        notes.add("Attributes (" + attributes.size() + "): " + String.join(", ", attributes) + ".");
        final List<String> skipped = settings().defaultSkippedColumns(in, segmentColumn);
        if (!skipped.isEmpty()) {
            final String w = DefaultColumns.warning(skipped);
            warnings.add(w.substring(0, w.length() - 1));
            notes.add("Identifier-like columns left out: " + String.join(", ", skipped) + ".");
        }

        final BufferedDataTable profileTable = (BufferedDataTable)port(inObjects, IN_PROFILE);
        final BufferedDataTable profileSummary = (BufferedDataTable)port(inObjects, IN_PROFILE_SUMMARY);
        final boolean fromProfiler = profileTable != null && profileSummary != null;
        final ProfilerOutputs fromTables = fromProfiler ? ProfilerOutputs.read(profileTable, profileSummary) : null;
        final List<String> shown = fromProfiler ? fromTables.attributes() : attributes;
        for (final String a : shown) {
            final org.knime.core.data.DataColumnSpec col = in.getColumnSpec(a);
            if (col == null || !col.getType().isCompatible(DoubleValue.class)) {
                throw new InvalidSettingsException("The Profiler's attribute \"" + a + "\" (input 4) is " + (col == null
                    ? "not a column of input 0" : "not numeric in input 0") + "; connect the table the Profiler "
                    + "profiled (with its segment column) to input 0.");
            }
        }
        if (fromProfiler) {
            notes.set(1, "Attributes (" + shown.size() + "): " + String.join(", ", shown) + " (the Segment Profiler's).");
            notes.add("Statistics, persona names and descriptions: the Segment Profiler's (inputs 4 and 5), computed "
                + "once with the Profiler's settings; input 0 gives only the values of the box plots.");
            if (inObjects.length > 3 && inObjects[3] != null) {
                warnings.add("The naming table (input 3) is not used when the Profiler's outputs (inputs 4 and 5) are "
                    + "connected: their persona names are the Profiler's; connect the naming table to the Profiler");
            }
        } else {
            notes.add("Statistics computed by this node with the Profiler's default settings (Welch's t-test, "
                + "default thresholds); connect the Segment Profiler's first two outputs to inputs 4 and 5 to show "
                + "the Profiler's own numbers.");
        }

        exec.setMessage("Reading " + shown.size() + " attribute(s)");
        final SegmentedTableReader rows = SegmentedTableReader.read(table, segmentColumn, shown, List.of(),
            "fit in one report", exec.createSubProgress(0.2));
        final String[] allLabels = rows.labels();
        final double[][] allValues = rows.numeric();
        final int unassigned = rows.unassigned();
        if (unassigned > 0) {
            final String w = rows.unassignedText() + ": they are unassigned, shown only in the box plots of all "
                + "customers, never profiled as a segment";
            warnings.add(w);
            notes.add(w + ".");
        }
        final SegmentProfile profile;
        if (fromProfiler) {
            profile = null;
        } else {
            final Map<String, String> names = new LinkedHashMap<>();
            if (inObjects.length > 3 && inObjects[3] != null) {
                exec.setMessage("Reading the naming table");
                final BufferedDataTable naming = (BufferedDataTable)inObjects[3];
                names.putAll(NamingTableReader.read(naming, settings().namingColumns(naming.getDataTableSpec()), 3,
                    warnings, exec));
                notes.add("Persona names: " + names.size() + " from the naming table (input 3).");
            }
            // the segmented rows only, as the Profiler does
            try {
                profile = SegmentProfiler.profile(rows.profileData(),
                    ProfileConfig.builder().personaNames(names).build(),
                    new MonitorProgress(exec.createSubProgress(0.4)));
            } catch (final CanceledException e) {
                throw new CanceledExecutionException(e.getMessage());
            }
            for (final String w : profile.warnings()) {
                notes.add("Warning: " + w);
            }
        }
        final List<String> segments = fromProfiler ? fromTables.segmentNames() : ReportTables.segments(profile);

        List<ReportInput.Action> actions = List.of();
        if (inObjects.length > 1 && inObjects[1] != null) {
            exec.setMessage("Reading the recommendations");
            final List<String> unknown = new ArrayList<>();
            actions = ReportTables.actions((BufferedDataTable)inObjects[1], segments, unknown, exec);
            if (!unknown.isEmpty()) {
                warnings.add(unknown.size() + " segment(s) of the recommendations table (input 1) are not in the "
                    + "data and were left out of the report (" + String.join(", ", unknown) + ")");
            }
            notes.add("Recommendations: " + actions.size() + " action(s) from input 1.");
        }
        ReportInput.KSelection ks = null;
        if (inObjects.length > 2 && inObjects[2] != null) {
            ks = ReportTables.kSelection((BufferedDataTable)inObjects[2]);
        }

        final List<ReportInput.Fact> facts = new ArrayList<>();
        facts.add(new ReportInput.Fact("Segments", Integer.toString(segments.size())));
        final String quality = quality();
        if (quality != null) {
            facts.add(new ReportInput.Fact("Quality", quality));
        }
        // the segmenter's verdict already carries the k-range note; without it, the k scan gives the largest-k one
        final String largest = quality == null ? ReportTables.largestKNote(ks) : null;
        if (largest != null) {
            facts.add(new ReportInput.Fact("Number of segments", largest));
        }
        facts.add(new ReportInput.Fact("Segment column", segmentColumn));
        facts.add(new ReportInput.Fact("Customers", Integer.toString(allLabels.length)));
        if (unassigned > 0) {
            facts.add(new ReportInput.Fact("Unassigned", unassigned + " of " + allLabels.length
                + " (no segment; not profiled)"));
        }
        facts.add(new ReportInput.Fact("Attributes", String.join(", ", shown)));
        final String footer = fromProfiler
            ? SegmentationModel.ENGINE_VERSION + " · KNIME node Segment Report · statistics of the Segment Profiler"
            : SegmentationModel.ENGINE_VERSION
                + " · KNIME node Segment Report · Welch's t-test, Benjamini-Hochberg, levels from Cohen's d";
        ReportInput input = fromProfiler
            ? fromTables.reportInput(settings().title(), "KNIME table (input 0)", allLabels, allValues, ks, actions,
                facts, notes, footer)
            : ReportTables.reportInput(settings().title(), "KNIME table (input 0)", profile, allLabels, allValues, ks,
                actions, facts, notes);
        if (fromProfiler && fromTables.stability() != null) {
            input = input.withStability(fromTables.stability());
        }

        exec.setMessage("Rendering the report");
        exec.checkCanceled();
        final String html = HtmlReport.render(input);
        exec.setProgress(0.95, "Writing " + target.describe());
        target.write(html, policy);

        final BufferedDataContainer c = exec.createDataContainer(ReportTables.outputSpec());
        c.addRowToTable(new DefaultRow(RowKey.createRowKey(0L), new StringCell(target.describe()),
            new IntCell(segments.size()), new IntCell(actions.size())));
        c.close();
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("; ", warnings) + ".");
        }
        return new PortObject[]{c.getTable()};
    }

    /**
     * @return the quality verdict of the segmenter upstream (its flow variable, the engine's {@code QualityVerdict}
     *         text without the leading "Quality: "), or {@code null} when no segmenter is upstream
     */
    private String quality() {
        try {
            final String q = peekFlowVariableString(AbstractSegmenterNodeModel.FLOW_VAR_QUALITY);
            return q == null || q.isBlank() ? null : q.startsWith("Quality: ") ? q.substring("Quality: ".length()) : q;
        } catch (final NoSuchElementException e) {
            return null;
        }
    }
}
