package org.custseg.knime.kmedoids;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.knime.core.node.NodeDialogPane;
import org.knime.node.parameters.NodeParameters;

/**
 * Factory of the <i>K-Medoids Segmenter</i> node; its description is {@code KMedoidsSegmenterNodeFactory.xml}.
 */
public final class KMedoidsSegmenterNodeFactory extends AbstractDialogNodeFactory<KMedoidsSegmenterNodeModel> {

    @Override
    public KMedoidsSegmenterNodeModel createNodeModel() {
        return new KMedoidsSegmenterNodeModel();
    }

    @Override
    protected NodeDialogPane createSwingDialogPane() {
        return new KMedoidsSegmenterNodeDialog();
    }

    @Override
    protected Class<? extends NodeParameters> nodeParametersClass() {
        return KMedoidsSegmenterNodeParameters.class;
    }
}
