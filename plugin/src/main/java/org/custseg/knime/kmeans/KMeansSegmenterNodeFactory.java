package org.custseg.knime.kmeans;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the <i>K-Means Segmenter (Weka)</i> node; its description is {@code KMeansSegmenterNodeFactory.xml}.
 */
public final class KMeansSegmenterNodeFactory extends NodeFactory<KMeansSegmenterNodeModel> {

    @Override
    public KMeansSegmenterNodeModel createNodeModel() {
        return new KMeansSegmenterNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<KMeansSegmenterNodeModel> createNodeView(final int viewIndex,
        final KMeansSegmenterNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; view index " + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new KMeansSegmenterNodeDialog();
    }
}
