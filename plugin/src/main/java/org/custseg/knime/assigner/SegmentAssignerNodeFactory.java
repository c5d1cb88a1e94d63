package org.custseg.knime.assigner;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the <i>Segment Assigner</i> node; its description is {@code SegmentAssignerNodeFactory.xml}.
 */
public final class SegmentAssignerNodeFactory extends NodeFactory<SegmentAssignerNodeModel> {

    @Override
    public SegmentAssignerNodeModel createNodeModel() {
        return new SegmentAssignerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<SegmentAssignerNodeModel> createNodeView(final int viewIndex,
        final SegmentAssignerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; view index " + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new SegmentAssignerNodeDialog();
    }
}
