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
 * <p>Ports: in 0 data with a segment column; optional in 1 naming table (segment &rarr; name). Out 0 long profile,
 * out 1 segment summary, out 2 wide means.
 */
public final class SegmentProfilerNodeModel extends AbstractStatelessNodeModel<ProfilerSettings> {

    private static final int CHECK_EVERY = 1000;

    private static final long MAX_ROWS = Integer.MAX_VALUE - 8L;

    private static final int LISTED = 5;

    /** Most attributes in the effect-size heat map of the image output (those with the largest effects). */
    static final int HEATMAP_ROWS = 30;

    /**
     * Creates the model with one data input, one optional naming input, three table outputs and the effect-size heat
     * map as an image output (appended last, so connections of older workflows stay valid).
     */
    public SegmentProfilerNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
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
        return new PortObjectSpec[]{ProfileTables.longSpec(), ProfileTables.summarySpec(),
            ProfileTables.wideSpec(attributes.get(0)), ChartPort.spec()};
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
        final ProfileData data =
            readData(table, segmentColumn, attributes, warnings, exec.createSubProgress(0.2));

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
        final BufferedDataTable summary = ProfileTables.summaryTable(profile, exec.createSubExecutionContext(0.03));
        final BufferedDataTable wide = ProfileTables.wideTable(profile, exec.createSubExecutionContext(0.02));
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("; ", warnings) + ".");
        }
        final ImagePortObject heatmap = ChartPort.image(DiagnosticPlots.effectHeatmap(profile.segments(),
            profile.numericAttributes(), profile.effects(), HEATMAP_ROWS));
        return new PortObject[]{longTable, summary, wide, heatmap};
    }

    private static ProfileData readData(final BufferedDataTable table, final String segmentColumn,
        final List<List<String>> attributes, final List<String> warnings, final ExecutionMonitor exec)
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
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                if (r % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    exec.setProgress(r / (double)Math.max(1, n), "Reading row " + (r + 1) + " of " + n);
                }
                final DataRow row = it.next();
                final DataCell label = row.getCell(segIdx);
                labels[r] = NamingTableReader.text(label);
                if (labels[r] == null || labels[r].isBlank()) {
                    missingLabels++;
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
            warnings.add(missingLabels + " row(s) have a missing or empty segment in \"" + segmentColumn
                + "\"; they are profiled as the group \"" + SegmentProfile.NO_SEGMENT + "\"");
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
        final ProfileData.Builder b = ProfileData.builder(labels);
        for (int a = 0; a < numIdx.length; a++) {
            b.numeric(numNames.get(a), num[a]);
        }
        for (int a = 0; a < nomIdx.length; a++) {
            b.nominal(nomNames.get(a), nom[a]);
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
