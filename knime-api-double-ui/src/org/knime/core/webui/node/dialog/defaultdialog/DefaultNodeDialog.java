package org.knime.core.webui.node.dialog.defaultdialog;

import org.knime.core.webui.node.dialog.NodeDialog;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.node.parameters.NodeParameters;

/** Signature of KNIME's {@code DefaultNodeDialog} (5.8.0/5.11.0): the one constructor the plugin calls. */
public final class DefaultNodeDialog implements NodeDialog {

    /**
     * @param settingsType the settings type
     * @param settingsClass the node parameters class
     */
    public DefaultNodeDialog(final SettingsType settingsType, final Class<? extends NodeParameters> settingsClass) {
        throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
    }
}
