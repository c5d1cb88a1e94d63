package org.custseg.knime.migration;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the <i>Segment Migration</i> node; its description is {@code SegmentMigrationNodeFactory.xml}. */
public final class SegmentMigrationNodeFactory extends AbstractDialogNodeFactory<SegmentMigrationNodeModel> {

    @Override
    public SegmentMigrationNodeModel createNodeModel() {
        return new SegmentMigrationNodeModel();
    }

    @Override
    protected NodeDialogPane createSwingDialogPane() {
        return new SegmentMigrationNodeDialog();
    }
}
