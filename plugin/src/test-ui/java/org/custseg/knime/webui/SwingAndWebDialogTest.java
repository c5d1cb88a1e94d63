package org.custseg.knime.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.port.PortObjectSpec;

/**
 * The two dialogs of each node side by side: the Swing dialog (KNIME 5.3-5.5) and the web dialog (5.6+) open the
 * same node settings and write back the same settings tree, values included (see {@link #withoutColumnLists} and
 * {@link #withColumnsChosen} for the two places where the Swing components differ by design). On KNIME 5.3 the Swing
 * dialog is opened and applied in a real workflow the way "OK" applies it.
 */
class SwingAndWebDialogTest {

    private static DefaultNodeSettingsPane swingDialog(final AbstractDialogNodeFactory<?> factory) throws Exception {
        final Method m = AbstractDialogNodeFactory.class.getDeclaredMethod("createSwingDialogPane");
        m.setAccessible(true);
        return (DefaultNodeSettingsPane)m.invoke(factory);
    }

    /**
     * The settings tree without the column filters' name lists and type list: opening the Swing column filter on a
     * table and pressing OK writes the table's columns into the lists (from then on the node counts as configured),
     * while the web dialog writes them only once the user changes the selection; filter type and enforce option are
     * still compared.
     */
    private static java.util.List<String> withoutColumnLists(final NodeSettings s) {
        final java.util.List<String> all = UiNodes.flatten(s, true);
        all.removeIf(p -> p.matches("[^/]+/(included_names|excluded_names|datatype)/.*"));
        return all;
    }

    /**
     * Settings whose single-column choices name columns of the test table: an empty choice means "guess at run time",
     * which the web dialog keeps, while the Swing column selection replaces it by the first suitable column.
     */
    private static NodeSettings withColumnsChosen(final NodeSettings s) {
        for (final String key : new String[]{"segment_column", "names_segment_column", "customer_segment_column"}) {
            if (s.containsKey(key)) {
                s.addString(key, "Segment");
            }
        }
        if (s.containsKey("names_name_column")) {
            s.addString("names_name_column", "Name");
        }
        return s;
    }

    @Test
    @EnabledIf("knimereal.ui.KnimeRealUi#hasNodeParameters")
    void swingAndWebDialogWriteTheSameSettings() throws Exception {
        for (final AbstractDialogNodeFactory<?> f : UiNodes.factories()) {
            final NodeSettings model = withColumnsChosen(UiNodes.valid(UiNodes.modelDefaults(f)));
            final PortObjectSpec[] specs;
            try (NodeWorkflow wf = new NodeWorkflow(f)) {
                specs = new PortObjectSpec[wf.m_node.getNrInPorts() - 1];
                for (int i = 1; i < wf.m_node.getNrInPorts(); i++) {
                    if (wf.m_node.getInPort(i).getPortType().getPortObjectClass() == BufferedDataTable.class) {
                        specs[i - 1] = TableSourceNodeFactory.spec();
                    }
                }
            }
            final DefaultNodeSettingsPane swing = swingDialog(f);
            swing.loadSettingsFrom(model, specs);
            final NodeSettings fromSwing = new NodeSettings("model");
            swing.saveSettingsTo(fromSwing);
            final NodeSettings fromWeb = ParametersFixtures.loadAndSave(UiNodes.parametersClass(f), model);
            assertEquals(withoutColumnLists(fromSwing), withoutColumnLists(fromWeb), UiNodes.name(f));
        }
    }

    @Test
    @EnabledIf("knimereal.ui.KnimeRealUi#hasNoNodeParameters")
    void swingDialogAppliesInAWorkflowOn53() throws Exception {
        for (final AbstractDialogNodeFactory<?> f : UiNodes.factories()) {
            try (NodeWorkflow wf = new NodeWorkflow(f)) {
                UiNodes.validateAndLoad(wf.model(), withColumnsChosen(UiNodes.valid(UiNodes.save(wf.model()))));
                final var before = withoutColumnLists(UiNodes.save(wf.model()));
                wf.dialogPane();
                wf.m_node.applySettingsFromDialog();
                assertEquals(before, withoutColumnLists(UiNodes.save(wf.model())), UiNodes.name(f));
            }
        }
    }
}
