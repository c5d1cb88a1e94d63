package org.knime.core.node;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeView}, compile-only: the double has no view support.
 *
 * <p>Simplified: does not extend {@code AbstractNodeView}; only the constructor and the abstract callbacks.
 *
 * @param <T> the model class
 */
public abstract class NodeView<T extends NodeModel> {

    private final T m_nodeModel;

    /** @param nodeModel the model shown */
    protected NodeView(final T nodeModel) {
        m_nodeModel = nodeModel;
    }

    /** Called when the model changed. */
    protected abstract void modelChanged();

    /** Called when the view is closed. */
    protected abstract void onClose();

    /** Called when the view is opened. */
    protected abstract void onOpen();
}
