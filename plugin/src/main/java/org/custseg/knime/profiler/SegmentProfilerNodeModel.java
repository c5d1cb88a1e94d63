package org.custseg.knime.profiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.custseg.engine.CanceledException;
import org.custseg.engine.chart.DiagnosticPlots;
import org.custseg.engine.profile.ProfileConfig;
import org.custseg.engine.profile.ProfileData;
import org.custseg.engine.profile.SegmentProfile;
import org.custseg.engine.profile.SegmentProfiler;
import org.custseg.knime.common.AbstractStatelessNodeModel;
import org.custseg.knime.common.ChartPort;
import org.custseg.knime.common.DefaultColumns;
import org.custseg.knime.common.MonitorProgress;
import org.custseg.knime.common.NamingTableReader;
import org.custseg.knime.common.SegmentedTableReader;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;

/**
 * Model of the <i>Segment Profiler</i> node. Translation only: settings to {@link ProfileConfig}, the input table to
 * {@link ProfileData}, the naming table to persona overrides, the execution monitor to a progress callback, and the
 * {@link SegmentProfile} to three tables ({@link ProfileTables}).
 *
 * <p>Ports: in 0 data with a segment column; optional in 1 naming table (segment &rarr; name); optional in 2 a
 * segmenter's segment summary (its stability columns are copied into the summary). Out 0 long profile, out 1
 * segment summary, out 2 wide means.
 *
 * <p>Rows whose segment cell is missing or empty (e.g. rows a segmenter left unassigned because of missing values)
 * are unassigned: counted in the warning and in a last summary row, never profiled, so no "(no segment)" group reaches
 * the profile, the Segment Recommender or the Segment Report.
 */
public final class SegmentProfilerNodeModel extends AbstractStatelessNodeModel<ProfilerSettings> {

    /** Input port of the optional segmenter summary (stability). */
    public static final int IN_SEGMENTER_SUMMARY = 2;

    /** Most attributes in the effect-size heat map of the image output (those with the largest effects). */
    static final int HEATMAP_ROWS = 30;

    /**
     * Creates the model with one data input, two optional inputs (naming, segmenter summary), three table outputs and
     * the effect-size heat map as an image output (appended last, so connections of older workflows stay valid).
     */
    public SegmentProfilerNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE,
                ImagePortObject.TYPE},
            ProfilerSettings::new);
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final DataTableSpec in = (DataTableSpec)inSpecs[0];
        final String segment = settings().segmentColumn(in);
        final List<List<String>> attributes = settings().attributeColumns(in, segment);
        settings().toConfig(Map.of());
        final List<String> skipped = settings().defaultSkippedColumns(in, segment);
        if (!skipped.isEmpty()) {
            setWarningMessage(DefaultColumns.warning(skipped));
        }
        if (inSpecs.length > 1 && inSpecs[1] != null) {
            settings().namingColumns((DataTableSpec)inSpecs[1]);
        }
        final boolean stability = SegmenterSummary.hasStability(segmenterSummarySpec(inSpecs));
        return new PortObjectSpec[]{ProfileTables.longSpec(), ProfileTables.summarySpec(stability),
            ProfileTables.wideSpec(attributes.get(0)), ChartPort.spec()};
    }

    private static DataTableSpec segmenterSummarySpec(final PortObjectSpec[] inSpecs) {
        return inSpecs.length > IN_SEGMENTER_SUMMARY ? (DataTableSpec)inSpecs[IN_SEGMENTER_SUMMARY] : null;
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final BufferedDataTable table = (BufferedDataTable)inObjects[0];
        final DataTableSpec in = table.getDataTableSpec();
        final String segmentColumn = settings().segmentColumn(in);
        final List<List<String>> attributes = settings().attributeColumns(in, segmentColumn);
        final List<String> warnings = new ArrayList<>();
        final List<String> skipped = settings().defaultSkippedColumns(in, segmentColumn);
        if (!skipped.isEmpty()) {
            final String w = DefaultColumns.warning(skipped);
            warnings.add(w.substring(0, w.length() - 1));
        }

        final Map<String, String> names = new LinkedHashMap<>();
        if (inObjects.length > 1 && inObjects[1] != null) {
            exec.setMessage("Reading the naming table");
            final BufferedDataTable naming = (BufferedDataTable)inObjects[1];
            names.putAll(NamingTableReader.read(naming, settings().namingColumns(naming.getDataTableSpec()), 1,
                warnings, exec));
        }
        final ProfileConfig config = settings().toConfig(names);

        exec.setMessage("Reading " + (attributes.get(0).size() + attributes.get(1).size()) + " attribute(s)");
        final SegmentedTableReader rows = SegmentedTableReader.read(table, segmentColumn, attributes.get(0),
            attributes.get(1), "can be profiled in one go", exec.createSubProgress(0.2));
        if (rows.unassigned() > 0) {
            warnings.add(rows.unassignedText() + ": they are unassigned (counted in the last row of the segment "
                + "summary), not profiled and not recommended on");
        }
        final ProfileData data = rows.profileData();
        final String missingValues = rows.missingValuesWarning();
        if (missingValues != null) {
            warnings.add(missingValues);
        }
        Map<String, DataCell[]> stability = null;
        if (inObjects.length > IN_SEGMENTER_SUMMARY && inObjects[IN_SEGMENTER_SUMMARY] != null) {
            final BufferedDataTable segmenterSummary = (BufferedDataTable)inObjects[IN_SEGMENTER_SUMMARY];
            if (SegmenterSummary.hasStability(segmenterSummary.getDataTableSpec())) {
                stability = SegmenterSummary.stabilityCells(segmenterSummary);
            } else {
                warnings.add("The segmenter summary (input 2) has no stability columns (the segmenter's stability "
                    + "resamples are 0), so the summary shows no stability");
            }
        }

        final SegmentProfile profile;
        try {
            profile = SegmentProfiler.profile(data, config, new MonitorProgress(exec.createSubProgress(0.6)));
        } catch (final CanceledException e) {
            throw new CanceledExecutionException(e.getMessage());
        }
        for (final String w : profile.warnings()) {
            // the missing-label count is reported above in the node's own words
            if (!w.contains(SegmentProfile.NO_SEGMENT)) {
                warnings.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
            }
        }
        if (!names.isEmpty()) {
            final Set<String> unknown = new LinkedHashSet<>(names.keySet());
            unknown.removeAll(profile.segments());
            if (!unknown.isEmpty()) {
                warnings.add(unknown.size() + " name(s) in the naming table are for segments that are not in the "
                    + "data and were ignored (" + listed(new ArrayList<>(unknown)) + ")");
            }
        }

        exec.setMessage("Writing the profile tables");
        final BufferedDataTable longTable = ProfileTables.longTable(profile, exec.createSubExecutionContext(0.15));
        if (stability != null) {
            final Set<String> absent = new LinkedHashSet<>(profile.segments());
            absent.removeAll(stability.keySet());
            if (!absent.isEmpty()) {
                warnings.add(absent.size() + " segment(s) are not in the segmenter summary (input 2) and have no "
                    + "stability (" + listed(new ArrayList<>(absent)) + "); connect the summary of the segmenter "
                    + "that made the segment column");
            }
        }
        final BufferedDataTable summary =
            ProfileTables.summaryTable(profile, rows.unassigned(), stability, exec.createSubExecutionContext(0.03));
        final BufferedDataTable wide = ProfileTables.wideTable(profile, exec.createSubExecutionContext(0.02));
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("; ", warnings) + ".");
        }
        final ImagePortObject heatmap = ChartPort.image(DiagnosticPlots.effectHeatmap(profile.segments(),
            profile.numericAttributes(), profile.effects(), HEATMAP_ROWS));
        return new PortObject[]{longTable, summary, wide, heatmap};
    }

    private static String listed(final List<String> items) {
        return SegmentedTableReader.listed(items);
    }
}
