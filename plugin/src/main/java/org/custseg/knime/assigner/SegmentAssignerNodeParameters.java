package org.custseg.knime.assigner;

import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;

/**
 * The <i>Segment Assigner</i>'s settings as KNIME 5.6+ node parameters (the web dialog). Writes exactly the keys
 * and value types {@link SegmentAssignerNodeModel} reads ({@code unassigned_rows}: a string, the constant's name).
 * Loaded only where {@code org.knime.node.parameters} exists.
 */
final class SegmentAssignerNodeParameters implements NodeParameters {

    @Widget(title = SegmentAssignerNodeModel.LABEL_UNASSIGNED,
        description = "A row cannot be assigned when, for example, it has a missing value in a model column and the"
            + " model's missing-value policy is \"fail\" or \"leave without a segment\". Such rows are never dropped"
            + " silently.")
    @ValueSwitchWidget
    @Persist(configKey = SegmentAssignerNodeModel.KEY_UNASSIGNED)
    Unassigned m_unassigned = Unassigned.FAIL;

    /** The choices; the constant names are those of {@link UnassignedRows}, which the model parses. */
    enum Unassigned {
        @Label(value = "Fail with an error naming the rows",
            description = "Stop and name the first such rows and the reason.")
        FAIL,
        @Label(value = "Output them with a missing segment and the reason",
            description = "Keep the rows, leave Segment missing, and explain why in an extra column"
                + " \"Unassigned reason\"; the node warning says how many rows are affected.")
        OUTPUT_WITH_REASON
    }
}
