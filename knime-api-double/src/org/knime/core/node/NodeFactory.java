package org.knime.core.node;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeFactory}: creates a node's model, views and dialog. The
 * four methods {@link #getNrNodeViews()}, {@link #createNodeView(int, NodeModel)}, {@link #hasDialog()} and
 * {@link #createNodeDialogPane()} are abstract as in 5.3 (from 5.6 on three of them carry
 * {@code @Deprecated(forRemoval = true)}; the double does not).
 *
 * <p>Simplified: no node description parsing, no icons, no creation contexts.
 *
 * @param <T> the model class
 */
public abstract class NodeFactory<T extends NodeModel> {

    /** Creates the factory. */
    protected NodeFactory() {
    }

    /** @param lazyInitialization ignored by the double */
    protected NodeFactory(final boolean lazyInitialization) {
    }

    /** @return a new node model */
    public abstract T createNodeModel();

    /** @return the number of views */
    protected abstract int getNrNodeViews();

    /**
     * @param viewIndex view index
     * @param nodeModel the model
     * @return a new view
     */
    public abstract NodeView<T> createNodeView(int viewIndex, T nodeModel);

    /** @return whether the node has a dialog */
    protected abstract boolean hasDialog();

    /** @return a new dialog pane */
    protected abstract NodeDialogPane createNodeDialogPane();
}
