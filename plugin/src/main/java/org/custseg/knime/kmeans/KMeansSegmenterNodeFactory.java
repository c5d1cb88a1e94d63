package org.custseg.knime.kmeans;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Factory of the <i>K-Means Segmenter</i> node; its description is {@code KMeansSegmenterNodeFactory.xml}.
 */
public final class KMeansSegmenterNodeFactory extends AbstractDialogNodeFactory<KMeansSegmenterNodeModel> {

    @Override
    public KMeansSegmenterNodeModel createNodeModel() {
        return new KMeansSegmenterNodeModel();
    }

    @Override
    protected NodeDialogPane createSwingDialogPane() {
        return new KMeansSegmenterNodeDialog();
    }
}
