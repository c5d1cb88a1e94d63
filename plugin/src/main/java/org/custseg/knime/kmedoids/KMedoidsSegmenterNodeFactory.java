package org.custseg.knime.kmedoids;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

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
}
