package org.custseg.knime.profiler;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Factory of the <i>Segment Profiler</i> node; its description is {@code SegmentProfilerNodeFactory.xml}.
 */
public final class SegmentProfilerNodeFactory extends NodeFactory<SegmentProfilerNodeModel> {

    @Override
    public SegmentProfilerNodeModel createNodeModel() {
        return new SegmentProfilerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<SegmentProfilerNodeModel> createNodeView(final int viewIndex,
        final SegmentProfilerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; view index " + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new SegmentProfilerNodeDialog();
    }
}
