package org.custseg.knime.exporter;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Factory of the <i>Segment Model Exporter</i> node; its description is {@code SegmentModelExporterNodeFactory.xml}.
 */
public final class SegmentModelExporterNodeFactory extends AbstractDialogNodeFactory<SegmentModelExporterNodeModel> {

    @Override
    public SegmentModelExporterNodeModel createNodeModel() {
        return new SegmentModelExporterNodeModel();
    }

    @Override
    protected NodeDialogPane createSwingDialogPane() {
        return new SegmentModelExporterNodeDialog();
    }
}
