package org.custseg.knime.exporter;

import java.util.List;

import org.custseg.engine.SegmentationException;
import org.custseg.engine.export.PmmlExport;
import org.custseg.engine.export.SqlExport;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.config.Algorithm;
import org.custseg.knime.common.AbstractStatelessNodeModel;
import org.custseg.knime.common.NodeSettingsGroup;
import org.custseg.knime.port.SegmentationModelPortObject;
import org.custseg.knime.port.SegmentationModelPortObjectSpec;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Node model of the <i>Segment Model Exporter</i>: turns a segmentation model (k-means or hierarchical) into the PMML
 * 4.4 document and the SQL query of the engine's {@link PmmlExport} and {@link SqlExport}, as one row with two string
 * columns. It writes no file: the text goes downstream as a table (see the node description for the ways on).
 *
 * <p>Ports: in 0 segmentation model; out 0 one row, columns {@value #PMML_COLUMN} and {@value #SQL_COLUMN}.
 */
public final class SegmentModelExporterNodeModel
    extends AbstractStatelessNodeModel<SegmentModelExporterNodeModel.Settings> {

    /** Key of the table name written into the SQL query. */
    public static final String KEY_TABLE = "sql_table";
    /** Dialog label of the table name. */
    public static final String LABEL_TABLE = "Table in the SQL query";
    /** Default table name. */
    public static final String DEFAULT_TABLE = "customers";
    /** Name of the PMML output column. */
    public static final String PMML_COLUMN = "PMML";
    /** Name of the SQL output column. */
    public static final String SQL_COLUMN = "SQL";

    /** Creates the model: a segmentation model in, a table out. */
    public SegmentModelExporterNodeModel() {
        super(new PortType[]{SegmentationModelPortObject.TYPE}, new PortType[]{BufferedDataTable.TYPE},
            Settings::new);
    }

    /** The settings: the table name of the SQL query. */
    static final class Settings extends NodeSettingsGroup {

        private final SettingsModelString m_table = register(KEY_TABLE, createTableModel());

        String table() throws InvalidSettingsException {
            final String t = m_table.getStringValue() == null ? "" : m_table.getStringValue().trim();
            if (t.isEmpty()) {
                throw new InvalidSettingsException("'" + LABEL_TABLE + "' is empty: enter the table or view that"
                    + " holds the customers in your database, e.g. " + DEFAULT_TABLE + " or \"dwh\".\"customers\".");
            }
            return t;
        }

        @Override
        public void validateValues() throws InvalidSettingsException {
            table();
        }
    }

    /** @return a new model for the table name (default {@value #DEFAULT_TABLE}) */
    public static SettingsModelString createTableModel() {
        return new SettingsModelString(KEY_TABLE, DEFAULT_TABLE);
    }

    /** @return the settings keys of this node, pinned by a test */
    public static List<String> keys() {
        return new Settings().keys();
    }

    /** @return the output spec: one string column for the PMML, one for the SQL */
    public static DataTableSpec outputSpec() {
        return new DataTableSpec(new DataColumnSpecCreator(PMML_COLUMN, StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator(SQL_COLUMN, StringCell.TYPE).createSpec());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        settings().table();
        final SegmentationModelPortObjectSpec spec = (SegmentationModelPortObjectSpec)inSpecs[0];
        if (spec != null && spec.getAlgorithm() == Algorithm.EM) {
            throw new InvalidSettingsException(refusal());
        }
        return new PortObjectSpec[]{outputSpec()};
    }

    private static String refusal() {
        return "EM models cannot be exported: PMML and plain SQL have no Gaussian mixture that scores exactly as"
            + " the Segment Assigner does (most probable component). Score EM models with the Segment Assigner or"
            + " 'segment apply', or export a K-Means or Hierarchical Segmenter model.";
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final String table = settings().table();
        final SegmentationModel model = ((SegmentationModelPortObject)inObjects[0]).getModel();
        if (model.algorithm() == Algorithm.EM) {
            throw new InvalidSettingsException(refusal());
        }
        final String why = PmmlExport.unsupportedReason(model); // e.g. a K-Medoids model with Gower distance
        if (why != null) {
            throw new InvalidSettingsException(why);
        }
        final String pmml;
        final String sql;
        try {
            pmml = PmmlExport.toPmml(model, "Customer segmentation model (" + model.parametersDescription() + ")");
            sql = SqlExport.select(model, table, null);
        } catch (final SegmentationException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        final BufferedDataContainer c = exec.createDataContainer(outputSpec());
        c.addRowToTable(new DefaultRow(RowKey.createRowKey(0L), new DataCell[]{new StringCell(pmml),
            new StringCell(sql)}));
        c.close();
        return new PortObject[]{c.getTable()};
    }
}
