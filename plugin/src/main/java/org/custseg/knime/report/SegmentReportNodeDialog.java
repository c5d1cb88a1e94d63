package org.custseg.knime.report;

import java.util.ArrayList;
import java.util.List;

import org.custseg.knime.profiler.ProfilerSettings;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentButtonGroup;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Dialog of the <i>Segment Report</i>: a "Columns" tab (segment column, numeric attributes, as the Segment Profiler)
 * a "Report" tab (output file as a plain path field, overwrite policy, title) and a "Persona names" tab (the columns
 * of the optional naming table). KNIME 5.3's file chooser components are not in the API double, so the path is a
 * text field.
 */
final class SegmentReportNodeDialog extends DefaultNodeSettingsPane {

    private final SettingsModelString m_segment = ProfilerSettings.createSegmentColumnModel();

    private final SettingsModelString m_namesSegment = ProfilerSettings.createNamesSegmentModel();

    private final SettingsModelString m_namesName = ProfilerSettings.createNamesNameModel();

    @SuppressWarnings("unchecked")
    SegmentReportNodeDialog() {
        setDefaultTabTitle("Columns");
        addDialogComponent(new DialogComponentColumnNameSelection(m_segment, ReportSettings.LABEL_SEGMENT_COLUMN, 0,
            true, StringValue.class, IntValue.class, LongValue.class));
        createNewGroup(ReportSettings.LABEL_NUMERIC_COLUMNS);
        addDialogComponent(new DialogComponentColumnFilter2(ProfilerSettings.createNumericColumnsModel(), 0));
        closeCurrentGroup();

        createNewTab("Report");
        addDialogComponent(new DialogComponentString(ReportSettings.createOutputFileModel(),
            ReportSettings.LABEL_OUTPUT_FILE));
        addDialogComponent(new DialogComponentButtonGroup(ReportSettings.createOverwriteModel(),
            ReportSettings.LABEL_OVERWRITE, false, new String[]{"Fail", "Overwrite"},
            new String[]{ReportSettings.OverwritePolicy.FAIL.name(), ReportSettings.OverwritePolicy.OVERWRITE.name()}));
        addDialogComponent(new DialogComponentString(ReportSettings.createTitleModel(), ReportSettings.LABEL_TITLE));

        createNewTab("Persona names");
        addDialogComponent(new DialogComponentColumnNameSelection(m_namesSegment,
            ReportSettings.LABEL_NAMES_SEGMENT, 3, false, StringValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(m_namesName,
            ReportSettings.LABEL_NAMES_NAME, 3, false, StringValue.class));
    }

    /**
     * Shows what the node model uses when a column setting is empty: the guessed segment column, and the first two
     * string columns of the naming table.
     */
    @Override
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        if (ProfilerSettings.isUnset(settings, ReportSettings.KEY_SEGMENT_COLUMN)
            && specs[0] instanceof DataTableSpec) {
            final String guess = ProfilerSettings.guessSegmentColumn((DataTableSpec)specs[0]);
            if (guess != null) {
                m_segment.setStringValue(guess);
            }
        }
        if (specs.length > 3 && specs[3] instanceof DataTableSpec) {
            final List<String> strings = new ArrayList<>();
            for (final DataColumnSpec col : (DataTableSpec)specs[3]) {
                if (col.getType().isCompatible(StringValue.class)) {
                    strings.add(col.getName());
                }
            }
            if (ProfilerSettings.isUnset(settings, ReportSettings.KEY_NAMES_SEGMENT) && !strings.isEmpty()) {
                m_namesSegment.setStringValue(strings.get(0));
            }
            if (ProfilerSettings.isUnset(settings, ReportSettings.KEY_NAMES_NAME)) {
                strings.stream().filter(c -> !c.equals(m_namesSegment.getStringValue())).findFirst()
                    .ifPresent(m_namesName::setStringValue);
            }
        }
    }
}
