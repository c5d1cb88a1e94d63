package org.custseg.knime.report;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.custseg.knime.profiler.SampleCustomers;
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
 * The Segment Report dialog reads the model's settings and writes back exactly the keys and values the model reads;
 * empty column settings show the node's own guesses (segment column, first two string columns of the naming table).
 */
class SegmentReportNodeDialogTest {

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
    void dialogWritesWhatTheModelReads() throws Exception {
        final SampleCustomers sample = SampleCustomers.load();
        final NodeSettings settings = NodeModelHarness.of(new SegmentReportNodeModel()).saveSettings();
        settings.addString(ReportSettings.KEY_OUTPUT_FILE, "/tmp/segments.html");
        settings.addString(ReportSettings.KEY_OVERWRITE, "OVERWRITE");
        settings.addString(ReportSettings.KEY_TITLE, "Monthly segments");
        final DataTableSpec names = TestTables.spec(new String[]{"Seg", "Label", "Name"},
            new DataType[]{StringCell.TYPE, StringCell.TYPE, StringCell.TYPE});
        final Method m = AbstractDialogNodeFactory.class.getDeclaredMethod("createSwingDialogPane");
        m.setAccessible(true);
        final DefaultNodeSettingsPane pane =
            (DefaultNodeSettingsPane)(NodeDialogPane)m.invoke(new SegmentReportNodeFactory());
        pane.loadSettingsFrom(settings,
            new PortObjectSpec[]{sample.table.getDataTableSpec(), null, null, names});
        final NodeSettings fromDialog = new NodeSettings("model");
        pane.saveSettingsTo(fromDialog);
        assertEquals(keys(settings), keys(fromDialog));
        assertEquals("/tmp/segments.html", fromDialog.getString(ReportSettings.KEY_OUTPUT_FILE));
        assertEquals("OVERWRITE", fromDialog.getString(ReportSettings.KEY_OVERWRITE));
        assertEquals("Monthly segments", fromDialog.getString(ReportSettings.KEY_TITLE));
        assertEquals("Segment", fromDialog.getString(ReportSettings.KEY_SEGMENT_COLUMN));
        assertEquals("Seg", fromDialog.getString(ReportSettings.KEY_NAMES_SEGMENT));
        assertEquals("Label", fromDialog.getString(ReportSettings.KEY_NAMES_NAME));
        NodeModelHarness.of(new SegmentReportNodeModel()).loadSettings(NodeModelHarness.throughXml(fromDialog));
    }
}
