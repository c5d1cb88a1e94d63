package org.custseg.knime.kmeans;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.knime.core.node.NodeDialogPane;
import org.knime.node.parameters.NodeParameters;

/**
 * Factory of the <i>K-Means Segmenter (Weka)</i> node; its description is {@code KMeansSegmenterNodeFactory.xml}.
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

    @Override
    protected Class<? extends NodeParameters> nodeParametersClass() {
        return KMeansSegmenterNodeParameters.class;
    }
}
