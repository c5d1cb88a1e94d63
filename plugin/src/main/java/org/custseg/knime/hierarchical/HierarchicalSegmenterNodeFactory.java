package org.custseg.knime.hierarchical;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the <i>Hierarchical Segmenter (Weka)</i> node; its description is
 * {@code HierarchicalSegmenterNodeFactory.xml}.
 */
public final class HierarchicalSegmenterNodeFactory extends NodeFactory<HierarchicalSegmenterNodeModel> {

    @Override
    public HierarchicalSegmenterNodeModel createNodeModel() {
        return new HierarchicalSegmenterNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<HierarchicalSegmenterNodeModel> createNodeView(final int viewIndex,
        final HierarchicalSegmenterNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; view index " + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new HierarchicalSegmenterNodeDialog();
    }
}
