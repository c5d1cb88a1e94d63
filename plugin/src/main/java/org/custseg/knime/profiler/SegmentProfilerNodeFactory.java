package org.custseg.knime.profiler;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Factory of the <i>Segment Profiler</i> node; its description is {@code SegmentProfilerNodeFactory.xml}.
 */
public final class SegmentProfilerNodeFactory extends AbstractDialogNodeFactory<SegmentProfilerNodeModel> {

    @Override
    public SegmentProfilerNodeModel createNodeModel() {
        return new SegmentProfilerNodeModel();
    }

    @Override
    protected NodeDialogPane createSwingDialogPane() {
        return new SegmentProfilerNodeDialog();
    }
}
