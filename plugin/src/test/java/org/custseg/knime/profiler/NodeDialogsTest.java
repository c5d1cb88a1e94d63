package org.custseg.knime.profiler;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.custseg.knime.recommender.SegmentRecommenderNodeFactory;
import org.custseg.knime.testing.NodeModelHarness;
import org.custseg.knime.testing.TestTables;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.port.PortObjectSpec;

/**
 * The dialogs of the Segment Profiler and Segment Recommender read the model's settings and write back exactly the
 * keys and values the model reads; empty column settings are filled with the node's own guesses rather than the
 * first suitable column.
 */
class NodeDialogsTest {

    private static DefaultNodeSettingsPane dialog(final NodeFactory<?> factory) throws Exception {
        final Method m = AbstractDialogNodeFactory.class.getDeclaredMethod("createSwingDialogPane");
        m.setAccessible(true);
        return (DefaultNodeSettingsPane)(NodeDialogPane)m.invoke(factory);
    }

    private static List<String> keys(final NodeSettings s) {
        final List<String> keys = new ArrayList<>();
        for (final String k : new TreeSet<>(s.keySet())) {
            if (!k.endsWith("_Internals")) {
                keys.add(k);
            }
        }
        return keys;
    }

    @Test
    void profilerDialogWritesWhatTheModelReadsAndGuessesColumns() throws Exception {
        final SampleCustomers sample = SampleCustomers.load();
        final NodeSettings settings = SegmentProfilerNodeTest.behaviourOnly();
        settings.addInt(ProfilerSettings.KEY_TOP, 4);
        settings.addString(ProfilerSettings.KEY_TEST, "MANN_WHITNEY_U");
        final DataTableSpec names = TestTables.spec(new String[]{"Seg", "Label", "Name"},
            new DataType[]{StringCell.TYPE, StringCell.TYPE, StringCell.TYPE});
        final DefaultNodeSettingsPane pane = dialog(new SegmentProfilerNodeFactory());
        pane.loadSettingsFrom(settings, new PortObjectSpec[]{sample.table.getDataTableSpec(), names});
        final NodeSettings fromDialog = new NodeSettings("model");
        pane.saveSettingsTo(fromDialog);
        assertEquals(keys(settings), keys(fromDialog));
        // Sl_No is the first integer column, but the segment column guess wins
        assertEquals("Segment", fromDialog.getString(ProfilerSettings.KEY_SEGMENT_COLUMN));
        assertEquals("Seg", fromDialog.getString(ProfilerSettings.KEY_NAMES_SEGMENT));
        assertEquals("Label", fromDialog.getString(ProfilerSettings.KEY_NAMES_NAME));
        assertEquals(4, fromDialog.getInt(ProfilerSettings.KEY_TOP));
        assertEquals("MANN_WHITNEY_U", fromDialog.getString(ProfilerSettings.KEY_TEST));
        assertEquals(List.of(settings.getNodeSettings("numeric_columns").getStringArray("included_names")),
            List.of(fromDialog.getNodeSettings("numeric_columns").getStringArray("included_names")));
        NodeModelHarness.of(new SegmentProfilerNodeModel()).loadSettings(NodeModelHarness.throughXml(fromDialog));
    }

    @Test
    void recommenderDialogWritesWhatTheModelReads() throws Exception {
        final SampleCustomers sample = SampleCustomers.load();
        final NodeSettings settings = NodeModelHarness.of(new org.custseg.knime.recommender
            .SegmentRecommenderNodeModel()).saveSettings();
        settings.addString("playbook_mode", "EXTEND");
        settings.addInt("actions_per_customer", 2);
        final DefaultNodeSettingsPane pane = dialog(new SegmentRecommenderNodeFactory());
        pane.loadSettingsFrom(settings,
            new PortObjectSpec[]{new DataTableSpec(), null, sample.table.getDataTableSpec(), null});
        final NodeSettings fromDialog = new NodeSettings("model");
        pane.saveSettingsTo(fromDialog);
        assertEquals(keys(settings), keys(fromDialog));
        assertEquals("EXTEND", fromDialog.getString("playbook_mode"));
        assertEquals(2, fromDialog.getInt("actions_per_customer"));
        assertEquals("Segment", fromDialog.getString("customer_segment_column"));
    }
}
