package org.custseg.knime.assigner;

import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
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
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortObjectInput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.RowInput;
import org.knime.core.node.streamable.RowOutput;
import org.knime.core.node.streamable.StreamableOperator;

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
        if (modelSpec.getAlgorithm() == Algorithm.KMEDOIDS) {
            // a K-Medoids model with Gower distance may have text features; their types are checked on execution
            TableConverter.featureColumnIndices(data, modelSpec.getFeatureNames(), "the segmentation model");
        } else {
            TableConverter.numericColumnIndices(data, modelSpec.getFeatureNames(), "the segmentation model");
        }
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
        // a Gower k-medoids model has nominal features: their text columns are read as categories
        final FeatureMatrix data = model.nominalLevels() == null
            ? TableConverter.toFeatureMatrix(table, port.getInputColumns(), exec.createSubProgress(0.1),
                "the segmentation model")
            : TableConverter.toMixedFeatureMatrix(table, port.getInputColumns(), exec.createSubProgress(0.1),
                "the segmentation model");
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
        final int imputed = countImputed(data, model.featureNames(), assignment.labels());
        final List<String> firstUnassigned = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_LISTED_ROWS, unassigned.size()); i++) {
            final int r = unassigned.get(i);
            firstUnassigned.add("row \"" + data.rowId(r) + "\" (" + reasons[r] + ")");
        }
        if (!unassigned.isEmpty() && policy == UnassignedRows.FAIL) {
            throw new IllegalArgumentException(unassigned.size() + " row" + (unassigned.size() == 1 ? "" : "s")
                + " cannot be assigned to a segment: " + listed(firstUnassigned, unassigned.size()) + ". "
                + FAIL_ADVICE);
        }
        final String warning = warning(model, imputed, unassigned.size(), firstUnassigned);
        if (warning != null) {
            setWarningMessage(warning);
        }

        exec.setMessage("Writing segments");
        final String[] names = model.segmentNames().toArray(new String[0]);
        final DataTableSpec outSpec = SegmentColumns.appendedSpec(in, SegmentColumns.appendedColumns(in,
            model.algorithm(), model.k(), policy == UnassignedRows.OUTPUT_WITH_REASON));
        final BufferedDataTable out = SegmentTableWriter.append(table, outSpec, assignment.labels(), names,
            assignment.distances(), model.algorithm() == Algorithm.EM ? assignment.memberships() : null,
            policy == UnassignedRows.OUTPUT_WITH_REASON ? reasons : null, model.fingerprint(),
            exec.createSubExecutionContext(0.3));
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

    private static final String FAIL_ADVICE = "Fix these rows upstream (for example with the Missing Value node)"
        + " or set '" + LABEL_UNASSIGNED + "' to output them with a missing segment and the reason.";

    private static String listed(final List<String> first, final int total) {
        return String.join(", ", first) + (total > first.size() ? ", ..." : "");
    }

    /**
     * The node's warning after assigning (the same for {@code execute} and the streamed operator), or {@code null}.
     */
    private static String warning(final SegmentationModel model, final int imputed, final int unassigned,
        final List<String> firstUnassigned) {
        final List<String> warnings = new ArrayList<>();
        if (unassigned > 0) {
            warnings.add(unassigned + " row" + (unassigned == 1 ? "" : "s")
                + " could not be assigned and have a missing segment (see column '" + SegmentColumns.REASON
                + "'): " + listed(firstUnassigned, unassigned));
        }
        if (imputed > 0) {
            warnings.add("Replaced " + imputed + " missing value" + (imputed == 1 ? "" : "s")
                + " with the model's fill values (" + model.missingPolicy().name() + " from the training data)");
        }
        return warnings.isEmpty() ? null : String.join("; ", warnings) + ".";
    }

    // ------------------------------------------------------------------------------------------------ streaming

    /** The model is read whole; the customer rows stream and can be split among partitions. */
    @Override
    public InputPortRole[] getInputPortRoles() {
        return new InputPortRole[]{InputPortRole.NONDISTRIBUTED_NONSTREAMABLE, InputPortRole.DISTRIBUTED_STREAMABLE};
    }

    /** Each partition's rows are part of the output, in input order. */
    @Override
    public OutputPortRole[] getOutputPortRoles() {
        return new OutputPortRole[]{OutputPortRole.DISTRIBUTED};
    }

    /**
     * Assigns row by row with the same engine call ({@link SegmentationModel#assign}, one row at a time) and the same
     * cells ({@link SegmentTableWriter#appendRow}) as {@code execute}, so the rows are identical. Differences: with
     * the policy "fail" the node stops at the first row it cannot assign (rows before it have already gone
     * downstream), and the message names that row only.
     */
    @Override
    public StreamableOperator createStreamableOperator(final PartitionInfo partitionInfo,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final UnassignedRows policy = settings().policy();
        return new StreamableOperator() {
            @Override
            public void runFinal(final PortInput[] inputs, final PortOutput[] outputs, final ExecutionContext exec)
                throws Exception {
                final SegmentationModelPortObject port =
                    (SegmentationModelPortObject)((PortObjectInput)inputs[0]).getPortObject();
                stream(port, (RowInput)inputs[1], (RowOutput)outputs[0], policy, exec);
            }
        };
    }

    private void stream(final SegmentationModelPortObject port, final RowInput in, final RowOutput out,
        final UnassignedRows policy, final ExecutionContext exec) throws Exception {
        final SegmentationModel model = port.getModel();
        final DataTableSpec inSpec = in.getDataTableSpec();
        final List<String> columns = port.getInputColumns();
        final int[] idx = TableConverter.numericColumnIndices(inSpec, columns, "the segmentation model");
        final int[] featureIdx = new int[model.featureNames().size()];
        for (int f = 0; f < featureIdx.length; f++) {
            featureIdx[f] = columns.indexOf(model.featureNames().get(f));
        }
        final boolean withReason = policy == UnassignedRows.OUTPUT_WITH_REASON;
        final int inCols = inSpec.getNumColumns();
        final int outCols = SegmentColumns.appendedSpec(inSpec,
            SegmentColumns.appendedColumns(inSpec, model.algorithm(), model.k(), withReason)).getNumColumns();
        final DataCell[] nameCells = new DataCell[model.k()];
        for (int s = 0; s < nameCells.length; s++) {
            nameCells[s] = new StringCell(model.segmentNames().get(s));
        }
        final boolean em = model.algorithm() == Algorithm.EM;
        final DataCell fingerprint = new StringCell(model.fingerprint());
        int imputed = 0;
        int unassigned = 0;
        final List<String> firstUnassigned = new ArrayList<>();
        long r = 0;
        DataRow row;
        while ((row = in.poll()) != null) {
            final double[] v = new double[idx.length];
            for (int c = 0; c < idx.length; c++) {
                final DataCell cell = row.getCell(idx[c]);
                v[c] = cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
            }
            final String id = row.getKey().getString();
            final Assignment a;
            try {
                a = model.assign(new FeatureMatrix(columns, List.of(id), new double[][]{v}), ProgressListener.NONE);
            } catch (final CanceledException e) {
                throw new CanceledExecutionException(e.getMessage());
            }
            final int label = a.labels()[0];
            final String reason = a.reasons()[0];
            if (reason != null) {
                if (policy == UnassignedRows.FAIL) {
                    in.close();
                    throw new IllegalArgumentException("Row \"" + id + "\" cannot be assigned to a segment ("
                        + reason + "). " + FAIL_ADVICE);
                }
                unassigned++;
                if (firstUnassigned.size() < MAX_LISTED_ROWS) {
                    firstUnassigned.add("row \"" + id + "\" (" + reason + ")");
                }
            } else {
                for (final int f : featureIdx) {
                    imputed += Double.isNaN(v[f]) ? 1 : 0;
                }
            }
            out.push(SegmentTableWriter.appendRow(row, inCols, outCols, label, nameCells, a.distances()[0],
                em ? a.memberships()[0] : null, em, withReason, reason, fingerprint));
            if (++r % 1000 == 0) {
                exec.checkCanceled();
                exec.setMessage("Assigned " + r + " rows");
            }
        }
        in.close();
        out.close();
        final String warning = warning(model, imputed, unassigned, firstUnassigned);
        if (warning != null) {
            setWarningMessage(warning);
        }
    }
}
