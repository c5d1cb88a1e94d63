package org.custseg.knime.profiler;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
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

    private static final int CHECK_EVERY = 1000;

    private static final long MAX_ROWS = Integer.MAX_VALUE - 8L;

    private static final int LISTED = 5;

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
        final int[] unassigned = new int[1];
        final ProfileData data =
            readData(table, segmentColumn, attributes, warnings, unassigned, exec.createSubProgress(0.2));
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
            // the missing-label count is reported by readData in the node's own words
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
            ProfileTables.summaryTable(profile, unassigned[0], stability, exec.createSubExecutionContext(0.03));
        final BufferedDataTable wide = ProfileTables.wideTable(profile, exec.createSubExecutionContext(0.02));
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("; ", warnings) + ".");
        }
        final ImagePortObject heatmap = ChartPort.image(DiagnosticPlots.effectHeatmap(profile.segments(),
            profile.numericAttributes(), profile.effects(), HEATMAP_ROWS));
        return new PortObject[]{longTable, summary, wide, heatmap};
    }

    /**
     * Reads the segmented rows; rows with a missing or empty segment cell are counted in {@code unassigned[0]} and
     * left out.
     */
    private static ProfileData readData(final BufferedDataTable table, final String segmentColumn,
        final List<List<String>> attributes, final List<String> warnings, final int[] unassigned,
        final ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException {
        final long size = table.size();
        if (size > MAX_ROWS) {
            throw new InvalidSettingsException("The input table has " + size + " rows; at most " + MAX_ROWS
                + " rows can be profiled in one go. Sample the table first.");
        }
        final int n = (int)size;
        final DataTableSpec spec = table.getDataTableSpec();
        final int segIdx = spec.findColumnIndex(segmentColumn);
        final List<String> numNames = attributes.get(0);
        final List<String> nomNames = attributes.get(1);
        final int[] numIdx = indices(spec, numNames);
        final int[] nomIdx = indices(spec, nomNames);
        final String[] labels = new String[n];
        final double[][] num = new double[numIdx.length][n];
        final String[][] nom = new String[nomIdx.length][n];
        final int[] numMissing = new int[numIdx.length];
        final int[] nomMissing = new int[nomIdx.length];
        int missingLabels = 0;
        int r = 0;
        int seen = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                if (seen % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    exec.setProgress(seen / (double)Math.max(1, n), "Reading row " + (seen + 1) + " of " + n);
                }
                seen++;
                final DataRow row = it.next();
                final DataCell label = row.getCell(segIdx);
                labels[r] = NamingTableReader.text(label);
                if (labels[r] == null || labels[r].isBlank()) {
                    missingLabels++;
                    continue; // unassigned: counted, not profiled
                }
                for (int a = 0; a < numIdx.length; a++) {
                    final DataCell c = row.getCell(numIdx[a]);
                    if (c.isMissing()) {
                        num[a][r] = Double.NaN;
                        numMissing[a]++;
                    } else {
                        num[a][r] = ((DoubleValue)c).getDoubleValue();
                    }
                }
                for (int a = 0; a < nomIdx.length; a++) {
                    final DataCell c = row.getCell(nomIdx[a]);
                    if (c.isMissing()) {
                        nomMissing[a]++;
                    } else {
                        nom[a][r] = ((StringValue)c).getStringValue();
                    }
                }
                r++;
            }
        }
        if (missingLabels > 0) {
            warnings.add(missingLabels + " of " + n + " row(s) have a missing or empty segment in \"" + segmentColumn
                + "\": they are unassigned (counted in the last row of the segment summary), not profiled and not "
                + "recommended on");
        }
        unassigned[0] = missingLabels;
        if (r == 0) {
            throw new InvalidSettingsException("No row of the input has a segment in \"" + segmentColumn + "\" ("
                + n + " row(s), all with a missing or empty segment cell); connect data with a segment column, "
                + "e.g. the first output of a segmenter.");
        }
        final List<String> missingParts = new ArrayList<>();
        long missingTotal = 0;
        for (int a = 0; a < numIdx.length; a++) {
            if (numMissing[a] > 0) {
                missingParts.add(numNames.get(a) + ": " + numMissing[a]);
                missingTotal += numMissing[a];
            }
        }
        for (int a = 0; a < nomIdx.length; a++) {
            if (nomMissing[a] > 0) {
                missingParts.add(nomNames.get(a) + ": " + nomMissing[a]);
                missingTotal += nomMissing[a];
            }
        }
        if (missingTotal > 0) {
            warnings.add(missingTotal + " missing attribute value(s) were left out of the statistics of their "
                + "attribute in " + missingParts.size() + " attribute(s) (" + listed(missingParts) + ")");
        }
        final int kept = r;
        final ProfileData.Builder b = ProfileData.builder(Arrays.copyOf(labels, kept));
        for (int a = 0; a < numIdx.length; a++) {
            b.numeric(numNames.get(a), Arrays.copyOf(num[a], kept));
        }
        for (int a = 0; a < nomIdx.length; a++) {
            b.nominal(nomNames.get(a), Arrays.copyOf(nom[a], kept));
        }
        return b.build();
    }

    private static int[] indices(final DataTableSpec spec, final List<String> names) {
        final int[] idx = new int[names.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = spec.findColumnIndex(names.get(i));
        }
        return idx;
    }

    private static String listed(final List<String> items) {
        if (items.size() <= LISTED) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LISTED)) + ", ... " + (items.size() - LISTED) + " more";
    }
}
