package org.custseg.knime.assigner;

import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.CanceledException;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.model.Assignment;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.config.Algorithm;
import org.custseg.knime.common.AbstractStatelessNodeModel;
import org.custseg.knime.common.MonitorProgress;
import org.custseg.knime.common.NodeSettingsGroup;
import org.custseg.knime.common.SegmentColumns;
import org.custseg.knime.common.SegmentTableWriter;
import org.custseg.knime.common.SegmenterSettings;
import org.custseg.knime.common.TableConverter;
import org.custseg.knime.port.SegmentationModelPortObject;
import org.custseg.knime.port.SegmentationModelPortObjectSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Node model of the <i>Segment Assigner</i>: applies a segmentation model (preprocessing included) to a table and
 * appends the segment and the distance to its centre (or the probability per segment for EM models).
 *
 * <p>Ports: in 0 segmentation model, in 1 data; out 0 data with segment columns.
 */
public final class SegmentAssignerNodeModel extends AbstractStatelessNodeModel<SegmentAssignerNodeModel.Settings> {

    /** Key of the unassigned-rows policy (an {@link UnassignedRows} name). */
    public static final String KEY_UNASSIGNED = "unassigned_rows";
    /** Dialog label of the unassigned-rows policy. */
    public static final String LABEL_UNASSIGNED = "Rows that cannot be assigned";

    private static final int MAX_LISTED_ROWS = 3;

    /** Creates the model: a segmentation model and a table in, a table out. */
    public SegmentAssignerNodeModel() {
        super(new PortType[]{SegmentationModelPortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE}, Settings::new);
    }

    /** The settings of the node: the unassigned-rows policy. */
    static final class Settings extends NodeSettingsGroup {

        private final SettingsModelString m_unassigned = register(KEY_UNASSIGNED, createUnassignedModel());

        /**
         * @return the unassigned-rows policy
         * @throws InvalidSettingsException if the stored value is not a policy
         */
        UnassignedRows policy() throws InvalidSettingsException {
            return SegmenterSettings.parse(UnassignedRows.class, LABEL_UNASSIGNED, m_unassigned.getStringValue());
        }

        @Override
        public void validateValues() throws InvalidSettingsException {
            policy();
        }
    }

    /** @return a new model for the unassigned-rows policy (default: fail) */
    public static SettingsModelString createUnassignedModel() {
        return new SettingsModelString(KEY_UNASSIGNED, UnassignedRows.FAIL.name());
    }

    /** @return the settings keys of this node, pinned by a test */
    public static List<String> keys() {
        return new Settings().keys();
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final UnassignedRows policy = settings().policy();
        final SegmentationModelPortObjectSpec modelSpec = (SegmentationModelPortObjectSpec)inSpecs[0];
        final DataTableSpec data = (DataTableSpec)inSpecs[1];
        if (modelSpec == null || data == null) {
            return new PortObjectSpec[]{null};
        }
        TableConverter.numericColumnIndices(data, modelSpec.getFeatureNames(), "the segmentation model");
        return new PortObjectSpec[]{SegmentColumns.appendedSpec(data, SegmentColumns.appendedColumns(data,
            modelSpec.getAlgorithm(), modelSpec.getK(), policy == UnassignedRows.OUTPUT_WITH_REASON))};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final UnassignedRows policy = settings().policy();
        final SegmentationModelPortObject port = (SegmentationModelPortObject)inObjects[0];
        final SegmentationModel model = port.getModel();
        final BufferedDataTable table = (BufferedDataTable)inObjects[1];
        final DataTableSpec in = table.getDataTableSpec();

        exec.setMessage("Reading " + port.getInputColumns().size() + " column(s)");
        final FeatureMatrix data = TableConverter.toFeatureMatrix(table, port.getInputColumns(),
            exec.createSubProgress(0.1), "the segmentation model");
        final Assignment assignment;
        try {
            assignment = model.assign(data, new MonitorProgress(exec.createSubProgress(0.6)));
        } catch (final CanceledException e) {
            throw new CanceledExecutionException(e.getMessage());
        }
        final String[] reasons = assignment.reasons();
        final List<Integer> unassigned = new ArrayList<>();
        for (int r = 0; r < reasons.length; r++) {
            if (reasons[r] != null) {
                unassigned.add(r);
            }
        }
        final List<String> warnings = new ArrayList<>();
        final int imputed = countImputed(data, model.featureNames(), assignment.labels());
        if (imputed > 0) {
            warnings.add("Replaced " + imputed + " missing value" + (imputed == 1 ? "" : "s")
                + " with the model's fill values (" + model.missingPolicy().name() + " from the training data)");
        }
        if (!unassigned.isEmpty()) {
            final String first = describe(data, reasons, unassigned);
            if (policy == UnassignedRows.FAIL) {
                throw new IllegalArgumentException(unassigned.size() + " row" + (unassigned.size() == 1 ? "" : "s")
                    + " cannot be assigned to a segment: " + first + ". Fix these rows upstream (for example with"
                    + " the Missing Value node) or set '" + LABEL_UNASSIGNED
                    + "' to output them with a missing segment and the reason.");
            }
            warnings.add(0, unassigned.size() + " row" + (unassigned.size() == 1 ? "" : "s")
                + " could not be assigned and have a missing segment (see column '" + SegmentColumns.REASON
                + "'): " + first);
        }
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("; ", warnings) + ".");
        }

        exec.setMessage("Writing segments");
        final String[] names = model.segmentNames().toArray(new String[0]);
        final DataTableSpec outSpec = SegmentColumns.appendedSpec(in, SegmentColumns.appendedColumns(in,
            model.algorithm(), model.k(), policy == UnassignedRows.OUTPUT_WITH_REASON));
        final BufferedDataTable out = SegmentTableWriter.append(table, outSpec, assignment.labels(), names,
            assignment.distances(), model.algorithm() == Algorithm.EM ? assignment.memberships() : null,
            policy == UnassignedRows.OUTPUT_WITH_REASON ? reasons : null, exec.createSubExecutionContext(0.3));
        return new PortObject[]{out};
    }

    /** Missing values in the model's features of rows that were assigned: the model filled them in. */
    private static int countImputed(final FeatureMatrix data, final List<String> features, final int[] labels) {
        final int[] cols = new int[features.size()];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = data.columnNames().indexOf(features.get(c));
        }
        int count = 0;
        for (int r = 0; r < data.rows(); r++) {
            if (labels[r] >= 0) {
                for (final int c : cols) {
                    if (Double.isNaN(data.value(r, c))) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static String describe(final FeatureMatrix data, final String[] reasons, final List<Integer> rows) {
        final List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_LISTED_ROWS, rows.size()); i++) {
            final int r = rows.get(i);
            parts.add("row \"" + data.rowId(r) + "\" (" + reasons[r] + ")");
        }
        return String.join(", ", parts) + (rows.size() > MAX_LISTED_ROWS ? ", ..." : "");
    }
}
