package org.custseg.knime.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.webui.node.dialog.NodeDialogManager;

import knimereal.bootstrap.KnimeReal;
import knimereal.ui.KnimeRealUi;

/**
 * On every KNIME version of the kit, with the one binary compiled against 5.8.0: which dialog KNIME picks for each
 * node. KNIME 5.6+ (node parameters exist): the web dialog ({@code hasNodeDialog()} true; the classic front end gets
 * KNIME's wrapper of it). KNIME 5.3: the node's Swing dialog, {@code hasNodeDialog()} false, and no node-parameters
 * class is loaded (it could not be).
 */
@SuppressWarnings("restriction")
class DialogChoiceTest {

    @Test
    void knimePicksTheDialogByVersion() throws Exception {
        final String[] v = KnimeReal.knimeVersion().split("\\.");
        final boolean expected = Integer.parseInt(v[0]) > 5 || Integer.parseInt(v[1]) >= 6;
        assertEquals(expected, KnimeRealUi.hasNodeParameters(), "org.knime.node.parameters exists from 5.6 on");
        assertEquals(expected, AbstractDialogNodeFactory.HAS_NODE_PARAMETERS);
        for (final AbstractDialogNodeFactory<?> factory : UiNodes.factories()) {
            final String node = UiNodes.name(factory);
            try (NodeWorkflow wf = new NodeWorkflow(factory)) {
                assertTrue(wf.m_node.hasDialog(), node);
                assertEquals(expected, factory.hasNodeDialog(), node + ": hasNodeDialog()");
                assertEquals(expected, NodeDialogManager.hasNodeDialog(wf.m_node), node + ": web dialog");
                final NodeDialogPane pane = wf.dialogPane();
                if (expected) {
                    assertEquals("LegacyFlowVariableNodeDialog", pane.getClass().getSimpleName(), node);
                } else {
                    assertTrue(pane instanceof DefaultNodeSettingsPane, node + ": Swing dialog, got " + pane);
                    assertEquals(factory.getClass().getPackageName(), pane.getClass().getPackageName(), node);
                }
            }
        }
    }

    /** Every node registered in plugin.xml names a node-parameters class (5.6+ only: it loads them). */
    @Test
    void everyNodeHasNodeParameters() throws Exception {
        if (!KnimeRealUi.hasNodeParameters()) {
            assertFalse(AbstractDialogNodeFactory.HAS_NODE_PARAMETERS);
            return;
        }
        for (final AbstractDialogNodeFactory<?> factory : UiNodes.factories()) {
            assertNotNull(UiNodes.parametersClass(factory), UiNodes.name(factory) + " has no node-parameters class");
        }
    }
}
