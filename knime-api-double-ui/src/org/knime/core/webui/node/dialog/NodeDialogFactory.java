package org.knime.core.webui.node.dialog;

/** Signature of KNIME's {@code NodeDialogFactory} (same in org.knime.core.ui 5.3.1, 5.8.0, 5.11.0). */
public interface NodeDialogFactory {

    /** @return whether the node has a (web) node dialog; KNIME's default is true */
    default boolean hasNodeDialog() {
        return true;
    }

    /** @return a new node dialog */
    NodeDialog createNodeDialog();
}
