package org.custseg.knime.common;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;

/**
 * Base of the factories of this plugin's nodes, which all have a dialog and no views. A subclass creates the model
 * and the dialog; its node description is {@code <subclass simple name>.xml} next to it, as for any factory.
 *
 * @param <T> the model class
 */
public abstract class AbstractDialogNodeFactory<T extends NodeModel> extends NodeFactory<T> {

    @Override
    protected final int getNrNodeViews() {
        return 0;
    }

    @Override
    public final NodeView<T> createNodeView(final int viewIndex, final T nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; view index " + viewIndex);
    }

    @Override
    protected final boolean hasDialog() {
        return true;
    }
}
