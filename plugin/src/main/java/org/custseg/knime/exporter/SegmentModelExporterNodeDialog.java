package org.custseg.knime.exporter;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** Dialog of the <i>Segment Model Exporter</i>: the table name used in the SQL query. */
final class SegmentModelExporterNodeDialog extends DefaultNodeSettingsPane {

    SegmentModelExporterNodeDialog() {
        addDialogComponent(new DialogComponentString(SegmentModelExporterNodeModel.createTableModel(),
            SegmentModelExporterNodeModel.LABEL_TABLE, true, 30));
    }
}
