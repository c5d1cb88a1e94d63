package org.knime.core.webui.node.dialog;

/** Signature of KNIME's {@code NodeDialog} (org.knime.core.ui 5.3-5.11); its members are left out (not used). */
public interface NodeDialog {
}
