package org.custseg.knime.em;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Factory of the <i>EM Segmenter</i> node; its description is {@code EMSegmenterNodeFactory.xml}.
 */
public final class EMSegmenterNodeFactory extends AbstractDialogNodeFactory<EMSegmenterNodeModel> {

    @Override
    public EMSegmenterNodeModel createNodeModel() {
        return new EMSegmenterNodeModel();
    }

    @Override
    protected NodeDialogPane createSwingDialogPane() {
        return new EMSegmenterNodeDialog();
    }
}
