package org.custseg.knime.port;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.custseg.engine.SegmentationException;
import org.custseg.engine.model.SegmentationModel;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * The segmentation model port: everything needed to assign new rows to the segments of a trained segmentation
 * (preprocessing, algorithm, parameters, centroids, feature names, Weka options, engine version).
 *
 * <p>Stored as plain values: the engine model's versioned JSON (the authoritative copy, read back on load) plus the
 * same facts as readable entries for the port view and for people inspecting a saved workflow. Never Java
 * serialization, so a workflow saved today loads in later versions.
 */
public final class SegmentationModelPortObject extends AbstractSimplePortObject {

    /** Serializer registered at the {@code org.knime.core.PortType} extension point. */
    public static final class Serializer extends AbstractSimplePortObjectSerializer<SegmentationModelPortObject> {
    }

    /** The port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(SegmentationModelPortObject.class);

    /** Version of the layout written by {@link #save(ModelContentWO, ExecutionMonitor)}. */
    public static final int PORT_FORMAT_VERSION = 1;

    private static final String KEY_PORT_FORMAT = "port_format_version";
    private static final String KEY_JSON = "model_json";

    private static final String KEY_INPUT_COLUMNS = "input_columns";

    private SegmentationModel m_model;
    private List<String> m_inputColumns;
    private SegmentationModelPortObjectSpec m_spec;

    /** Framework constructor; use {@link #SegmentationModelPortObject(SegmentationModel)}. */
    public SegmentationModelPortObject() {
        // loaded by the serializer
    }

    /**
     * @param model the trained model; the input columns are the model's features
     */
    public SegmentationModelPortObject(final SegmentationModel model) {
        this(model, model.featureNames());
    }

    /**
     * @param model the trained model
     * @param inputColumns the columns the model was trained on, as selected by the user; a superset of the model's
     *            features (columns that were constant in the training data are selected but not used). The spec
     *            lists these, so that it is known before execution.
     */
    public SegmentationModelPortObject(final SegmentationModel model, final List<String> inputColumns) {
        if (!inputColumns.containsAll(model.featureNames())) {
            throw new IllegalArgumentException("The input columns " + inputColumns
                + " must include every feature of the model " + model.featureNames());
        }
        m_model = model;
        m_inputColumns = Collections.unmodifiableList(new ArrayList<>(inputColumns));
        m_spec = new SegmentationModelPortObjectSpec(m_inputColumns, model.algorithm(), model.k());
    }

    /** @return the engine model */
    public SegmentationModel getModel() {
        return m_model;
    }

    @Override
    public SegmentationModelPortObjectSpec getSpec() {
        return m_spec;
    }

    /** @return the columns the model was trained on (what the Segment Assigner needs as input) */
    public List<String> getInputColumns() {
        return m_inputColumns;
    }

    @Override
    public String getSummary() {
        final List<String> unused = new ArrayList<>(m_inputColumns);
        unused.removeAll(m_model.featureNames());
        return SegmentationModelPortObjectSpec.algorithmLabel(m_model.algorithm()) + " segmentation model, "
            + m_model.k() + " segments; input: numeric columns " + String.join(", ", m_inputColumns)
            + (unused.isEmpty() ? "" : " (not used because constant in the training data: "
                + String.join(", ", unused) + ")")
            + "; missing values: " + m_model.missingPolicy().name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + "; scaling: " + m_model.scaling().name().toLowerCase(Locale.ROOT);
    }

    @Override
    protected void save(final ModelContentWO model, final ExecutionMonitor exec) throws CanceledExecutionException {
        model.addInt(KEY_PORT_FORMAT, PORT_FORMAT_VERSION);
        model.addString(KEY_JSON, m_model.toJson());
        model.addStringArray(KEY_INPUT_COLUMNS, m_inputColumns.toArray(new String[0]));
        // readable copies (not read back; the JSON is authoritative)
        model.addString("algorithm", m_model.algorithm().name());
        model.addInt("k", m_model.k());
        model.addStringArray("feature_names", m_model.featureNames().toArray(new String[0]));
        model.addStringArray("segment_names", m_model.segmentNames().toArray(new String[0]));
        model.addString("missing_values", m_model.missingPolicy().name());
        model.addString("scaling", m_model.scaling().name());
        model.addString("parameters", m_model.parametersDescription());
        model.addString("weka_options", m_model.wekaOptions());
        model.addString("engine_version", m_model.engineVersion());
        final ModelContentWO centroids = model.addModelContent("centroids_original_units");
        final double[][] c = m_model.centroidsOriginal();
        for (int i = 0; i < c.length; i++) {
            centroids.addDoubleArray(m_model.segmentNames().get(i), c[i]);
        }
    }

    @Override
    protected void load(final ModelContentRO model, final PortObjectSpec spec, final ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException {
        final int version = model.getInt(KEY_PORT_FORMAT);
        if (version > PORT_FORMAT_VERSION) {
            throw new InvalidSettingsException("The segmentation model was saved by a newer version of the"
                + " Customer Segmentation extension (port format " + version + ", this version reads up to "
                + PORT_FORMAT_VERSION + "). Update the extension.");
        }
        try {
            m_model = SegmentationModel.fromJson(model.getString(KEY_JSON));
        } catch (final SegmentationException e) {
            throw new InvalidSettingsException("The stored segmentation model cannot be read: " + e.getMessage(), e);
        }
        final List<String> input = List.of(model.getStringArray(KEY_INPUT_COLUMNS));
        if (!input.containsAll(m_model.featureNames())) {
            throw new InvalidSettingsException("The stored segmentation model is inconsistent: its input columns "
                + input + " lack some of its features " + m_model.featureNames() + ".");
        }
        m_inputColumns = input;
        m_spec = new SegmentationModelPortObjectSpec(m_inputColumns, m_model.algorithm(), m_model.k());
    }

    @Override
    public boolean equals(final Object obj) {
        if (obj == this) {
            return true;
        }
        return obj instanceof SegmentationModelPortObject
            && ((SegmentationModelPortObject)obj).m_model.equals(m_model)
            && ((SegmentationModelPortObject)obj).m_inputColumns.equals(m_inputColumns);
    }

    @Override
    public int hashCode() {
        return m_model.hashCode() * 31 + m_inputColumns.hashCode();
    }

    @Override
    public String toString() {
        return getSummary();
    }
}
