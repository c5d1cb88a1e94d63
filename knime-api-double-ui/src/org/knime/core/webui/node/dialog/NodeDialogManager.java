package org.knime.core.webui.node.dialog;

import org.knime.core.node.NodeDialogPane;

/** Signature of KNIME's {@code NodeDialogManager}: only the static method the plugin calls. */
public final class NodeDialogManager {

    private NodeDialogManager() {
    }

    /**
     * @param dialog a node dialog
     * @return KNIME's Swing wrapper of the web dialog (only in real KNIME)
     */
    public static NodeDialogPane createLegacyFlowVariableNodeDialog(final NodeDialog dialog) {
        throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
    }
}
