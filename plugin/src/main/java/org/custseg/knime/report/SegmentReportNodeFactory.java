package org.custseg.knime.report;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Factory of the <i>Segment Report</i> node; its description is {@code SegmentReportNodeFactory.xml}.
 */
public final class SegmentReportNodeFactory extends AbstractDialogNodeFactory<SegmentReportNodeModel> {

    @Override
    public SegmentReportNodeModel createNodeModel() {
        return new SegmentReportNodeModel();
    }

    @Override
    protected NodeDialogPane createSwingDialogPane() {
        return new SegmentReportNodeDialog();
    }
}
