package org.custseg.knime.migration;

import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.persistence.Persist;

/**
 * The <i>Segment Migration</i> node's settings as KNIME 5.6+ node parameters (its web dialog): the keys and string
 * values {@link SegmentMigrationNodeModel} reads. Loaded only where {@code org.knime.node.parameters} exists.
 */
final class SegmentMigrationNodeParameters implements NodeParameters {

    @Widget(title = SegmentMigrationNodeModel.LABEL_ID,
        description = "The column that identifies each customer in both tables (string or integer); customers are"
            + " matched by it. Empty (default) uses the Row ID, which the segmenters and the Segment Assigner keep"
            + " from their input.")
    @Persist(configKey = SegmentMigrationNodeModel.KEY_ID)
    String m_id = "";

    @Widget(title = SegmentMigrationNodeModel.LABEL_SEGMENT,
        description = "The column that holds each customer's segment in both tables (default \"Segment\", the"
            + " column the segmenters and the Segment Assigner append). A missing segment counts as \"(no segment)\".")
    @Persist(configKey = SegmentMigrationNodeModel.KEY_SEGMENT)
    String m_segment = SegmentMigrationNodeModel.DEFAULT_SEGMENT;

    @Widget(title = SegmentMigrationNodeModel.LABEL_PERSONA,
        description = "The column with each customer's persona (e.g. the Segment Recommender's customer output)."
            + " Empty (default) uses a column named \"Persona\" in a table that has one, and no persona otherwise."
            + " Named moves can match personas as well as segments.")
    @Persist(configKey = SegmentMigrationNodeModel.KEY_PERSONA)
    String m_persona = "";
}
