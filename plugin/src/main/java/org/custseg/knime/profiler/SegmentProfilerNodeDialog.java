package org.custseg.knime.profiler;

import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.profile.TestMethod;
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
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Dialog of the <i>Segment Profiler</i>: a "Columns" tab (segment column, numeric and nominal attributes), a
 * "Statistics" tab (test, level thresholds, top attributes, alpha) and a "Persona names" tab (the columns of the
 * optional naming table). Labels match the names used in error messages and in the node description.
 */
final class SegmentProfilerNodeDialog extends DefaultNodeSettingsPane {

    private final SettingsModelString m_segment = ProfilerSettings.createSegmentColumnModel();

    private final SettingsModelString m_namesSegment = ProfilerSettings.createNamesSegmentModel();

    private final SettingsModelString m_namesName = ProfilerSettings.createNamesNameModel();

    @SuppressWarnings("unchecked")
    SegmentProfilerNodeDialog() {
        setDefaultTabTitle("Columns");
        addDialogComponent(new DialogComponentColumnNameSelection(m_segment, ProfilerSettings.LABEL_SEGMENT_COLUMN,
            0, true, StringValue.class, IntValue.class, LongValue.class));
        createNewGroup(ProfilerSettings.LABEL_NUMERIC_COLUMNS);
        addDialogComponent(new DialogComponentColumnFilter2(ProfilerSettings.createNumericColumnsModel(), 0));
        closeCurrentGroup();
        createNewGroup(ProfilerSettings.LABEL_NOMINAL_COLUMNS);
        // a model with KNIME's defaults: the dialog gets the node's "enforce inclusion" default through
        // loadSettingsFrom (the node model saves it); a filter component built on a model already set to enforce
        // inclusion fails in KNIME (NullPointerException in TypeFilterPanelImpl: no table spec yet)
        addDialogComponent(new DialogComponentColumnFilter2(
            new SettingsModelColumnFilter2(ProfilerSettings.KEY_NOMINAL_COLUMNS, StringValue.class), 0));
        closeCurrentGroup();

        createNewTab("Statistics");
        addDialogComponent(new DialogComponentButtonGroup(ProfilerSettings.createTestModel(),
            ProfilerSettings.LABEL_TEST, true, new String[]{"Welch's t-test", "Mann-Whitney U test"},
            new String[]{TestMethod.WELCH_T.name(), TestMethod.MANN_WHITNEY_U.name()}));
        createNewGroup("Levels");
        addDialogComponent(new DialogComponentNumber(ProfilerSettings.createModerateModel(),
            ProfilerSettings.LABEL_MODERATE, 0.05));
        addDialogComponent(new DialogComponentNumber(ProfilerSettings.createStrongModel(),
            ProfilerSettings.LABEL_STRONG, 0.05));
        closeCurrentGroup();
        addDialogComponent(new DialogComponentNumber(ProfilerSettings.createTopModel(), ProfilerSettings.LABEL_TOP,
            1));
        addDialogComponent(new DialogComponentNumber(ProfilerSettings.createAlphaModel(),
            ProfilerSettings.LABEL_ALPHA, 0.01));

        createNewTab("Persona names");
        addDialogComponent(new DialogComponentColumnNameSelection(m_namesSegment,
            ProfilerSettings.LABEL_NAMES_SEGMENT, 1, false, StringValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(m_namesName, ProfilerSettings.LABEL_NAMES_NAME, 1,
            false, StringValue.class));
    }

    /**
     * Replaces the column choices the components make on their own (the first suitable column) by the node's
     * defaults when the settings leave them empty: the guessed segment column, and the first two string columns of
     * the naming table.
     */
    @Override
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        if (ProfilerSettings.isUnset(settings, ProfilerSettings.KEY_SEGMENT_COLUMN)
            && specs[0] instanceof DataTableSpec) {
            final String guess = ProfilerSettings.guessSegmentColumn((DataTableSpec)specs[0]);
            if (guess != null) {
                m_segment.setStringValue(guess);
            }
        }
        if (specs.length > 1 && specs[1] instanceof DataTableSpec) {
            final List<String> strings = new ArrayList<>();
            for (final DataColumnSpec col : (DataTableSpec)specs[1]) {
                if (col.getType().isCompatible(StringValue.class)) {
                    strings.add(col.getName());
                }
            }
            if (ProfilerSettings.isUnset(settings, ProfilerSettings.KEY_NAMES_SEGMENT) && !strings.isEmpty()) {
                m_namesSegment.setStringValue(strings.get(0));
            }
            if (ProfilerSettings.isUnset(settings, ProfilerSettings.KEY_NAMES_NAME)) {
                // the first string column that is not the segment column, as the node model does
                strings.stream().filter(s -> !s.equals(m_namesSegment.getStringValue())).findFirst()
                    .ifPresent(m_namesName::setStringValue);
            }
        }
    }
}
