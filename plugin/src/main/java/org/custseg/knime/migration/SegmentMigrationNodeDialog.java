package org.custseg.knime.migration;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Dialog of the <i>Segment Migration</i> node (KNIME 5.3 to 5.5): the id, segment and persona column names. */
final class SegmentMigrationNodeDialog extends DefaultNodeSettingsPane {

    SegmentMigrationNodeDialog() {
        final SettingsModelString[] m = SegmentMigrationNodeModel.createModels();
        addDialogComponent(new DialogComponentString(m[0], SegmentMigrationNodeModel.LABEL_ID, false, 20));
        addDialogComponent(new DialogComponentString(m[1], SegmentMigrationNodeModel.LABEL_SEGMENT, true, 20));
        addDialogComponent(new DialogComponentString(m[2], SegmentMigrationNodeModel.LABEL_PERSONA, false, 20));
    }
}
