package org.custseg.knime.assigner;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentButtonGroup;

/**
 * Dialog of the <i>Segment Assigner</i>: what to do with rows the model cannot assign.
 */
public final class SegmentAssignerNodeDialog extends DefaultNodeSettingsPane {

    /** Creates the dialog. */
    public SegmentAssignerNodeDialog() {
        addDialogComponent(new DialogComponentButtonGroup(SegmentAssignerNodeModel.createUnassignedModel(),
            SegmentAssignerNodeModel.LABEL_UNASSIGNED, true,
            new String[]{"Fail with an error naming the rows", "Output them with a missing segment and the reason"},
            new String[]{UnassignedRows.FAIL.name(), UnassignedRows.OUTPUT_WITH_REASON.name()}));
    }
}
