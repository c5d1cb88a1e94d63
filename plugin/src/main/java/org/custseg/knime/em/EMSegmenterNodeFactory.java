package org.custseg.knime.em;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the <i>EM Segmenter (Weka)</i> node; its description is {@code EMSegmenterNodeFactory.xml}.
 */
public final class EMSegmenterNodeFactory extends NodeFactory<EMSegmenterNodeModel> {

    @Override
    public EMSegmenterNodeModel createNodeModel() {
        return new EMSegmenterNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<EMSegmenterNodeModel> createNodeView(final int viewIndex, final EMSegmenterNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; view index " + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new EMSegmenterNodeDialog();
    }
}
