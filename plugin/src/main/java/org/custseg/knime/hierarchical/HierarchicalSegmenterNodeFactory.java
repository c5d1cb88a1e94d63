package org.custseg.knime.hierarchical;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Factory of the <i>Hierarchical Segmenter</i> node; its description is
 * {@code HierarchicalSegmenterNodeFactory.xml}.
 */
public final class HierarchicalSegmenterNodeFactory extends AbstractDialogNodeFactory<HierarchicalSegmenterNodeModel> {

    @Override
    public HierarchicalSegmenterNodeModel createNodeModel() {
        return new HierarchicalSegmenterNodeModel();
    }

    @Override
    protected NodeDialogPane createSwingDialogPane() {
        return new HierarchicalSegmenterNodeDialog();
    }
}
