package org.custseg.knime.recommender;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Factory of the <i>Segment Recommender</i> node; its description is {@code SegmentRecommenderNodeFactory.xml}.
 */
public final class SegmentRecommenderNodeFactory extends AbstractDialogNodeFactory<SegmentRecommenderNodeModel> {

    @Override
    public SegmentRecommenderNodeModel createNodeModel() {
        return new SegmentRecommenderNodeModel();
    }

    @Override
    protected NodeDialogPane createSwingDialogPane() {
        return new SegmentRecommenderNodeDialog();
    }
}
