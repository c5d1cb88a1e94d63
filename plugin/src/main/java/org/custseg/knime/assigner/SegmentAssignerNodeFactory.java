package org.custseg.knime.assigner;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Factory of the <i>Segment Assigner</i> node; its description is {@code SegmentAssignerNodeFactory.xml}.
 */
public final class SegmentAssignerNodeFactory extends AbstractDialogNodeFactory<SegmentAssignerNodeModel> {

    @Override
    public SegmentAssignerNodeModel createNodeModel() {
        return new SegmentAssignerNodeModel();
    }

    @Override
    protected NodeDialogPane createSwingDialogPane() {
        return new SegmentAssignerNodeDialog();
    }
}
