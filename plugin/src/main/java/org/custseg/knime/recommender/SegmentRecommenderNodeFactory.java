package org.custseg.knime.recommender;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the <i>Segment Recommender</i> node; its description is {@code SegmentRecommenderNodeFactory.xml}.
 */
public final class SegmentRecommenderNodeFactory extends NodeFactory<SegmentRecommenderNodeModel> {

    @Override
    public SegmentRecommenderNodeModel createNodeModel() {
        return new SegmentRecommenderNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<SegmentRecommenderNodeModel> createNodeView(final int viewIndex,
        final SegmentRecommenderNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; view index " + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new SegmentRecommenderNodeDialog();
    }
}
