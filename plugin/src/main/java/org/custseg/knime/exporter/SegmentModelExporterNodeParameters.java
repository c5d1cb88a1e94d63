package org.custseg.knime.exporter;

import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.persistence.Persist;

/**
 * The <i>Segment Model Exporter</i>'s settings as KNIME 5.6+ node parameters (the web dialog). Writes exactly the key
 * and value type {@link SegmentModelExporterNodeModel} reads ({@code sql_table}: a string). Loaded only where
 * {@code org.knime.node.parameters} exists.
 */
final class SegmentModelExporterNodeParameters implements NodeParameters {

    @Widget(title = SegmentModelExporterNodeModel.LABEL_TABLE,
        description = "The table or view in your database that holds the raw customer columns, written into the"
            + " query's FROM as entered, e.g. customers or \"dwh\".\"customers\" (default: customers). It must have a"
            + " column for each of the model's features, with the same names.")
    @Persist(configKey = SegmentModelExporterNodeModel.KEY_TABLE)
    String m_table = SegmentModelExporterNodeModel.DEFAULT_TABLE;
}
