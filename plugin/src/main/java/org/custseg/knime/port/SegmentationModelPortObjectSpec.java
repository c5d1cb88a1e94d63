package org.custseg.knime.port;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.custseg.engine.config.Algorithm;
import org.custseg.engine.segment.Algorithms;
import org.custseg.engine.model.SegmentationModel;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/**
 * Spec of the segmentation model port: the numeric input columns the model needs, the algorithm and the number of
 * segments. The segmenters return it from {@code configure} when k is fixed (with an automatic k they return no
 * spec until execution), so that the Segment Assigner can check its input table and compute its output spec before
 * anything runs.
 */
public final class SegmentationModelPortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Serializer registered at the {@code org.knime.core.PortType} extension point. */
    public static final class Serializer
        extends AbstractSimplePortObjectSpecSerializer<SegmentationModelPortObjectSpec> {
    }

    private static final String KEY_FEATURES = "feature_names";
    private static final String KEY_ALGORITHM = "algorithm";
    private static final String KEY_K = "k";

    private List<String> m_featureNames = Collections.emptyList();
    private Algorithm m_algorithm = Algorithm.KMEANS;
    private int m_k;

    /** Framework constructor; use {@link #SegmentationModelPortObjectSpec(List, Algorithm, int)}. */
    public SegmentationModelPortObjectSpec() {
        // loaded by the serializer
    }

    /**
     * @param featureNames the numeric columns the model needs, in order
     * @param algorithm the algorithm that built (or will build) the model
     * @param k the number of segments (0 = not known)
     */
    public SegmentationModelPortObjectSpec(final List<String> featureNames, final Algorithm algorithm, final int k) {
        m_featureNames = Collections.unmodifiableList(new ArrayList<>(featureNames));
        m_algorithm = algorithm;
        m_k = Math.max(0, k);
    }

    /** @return the names of the numeric columns the model needs as input */
    public List<String> getFeatureNames() {
        return m_featureNames;
    }

    /** @return the algorithm */
    public Algorithm getAlgorithm() {
        return m_algorithm;
    }

    /** @return the number of segments, or 0 if not known yet */
    public int getK() {
        return m_k;
    }

    /** @return the segment names, empty if k is not known yet */
    public List<String> getSegmentNames() {
        final List<String> names = new ArrayList<>();
        for (int i = 0; i < m_k; i++) {
            names.add(SegmentationModel.defaultSegmentName(i));
        }
        return names;
    }

    /** @return a one-line description of what the model needs and produces */
    public String describe() {
        return algorithmLabel(m_algorithm) + " segmentation model with "
            + (m_k > 0 ? m_k + " segments" : "k chosen at execution") + "; needs the numeric input column"
            + (m_featureNames.size() == 1 ? " " : "s ") + String.join(", ", m_featureNames);
    }

    static String algorithmLabel(final Algorithm a) {
        return Algorithms.of(a).displayName();
    }

    @Override
    protected void save(final ModelContentWO model) {
        model.addStringArray(KEY_FEATURES, m_featureNames.toArray(new String[0]));
        model.addString(KEY_ALGORITHM, m_algorithm.name());
        model.addInt(KEY_K, m_k);
    }

    @Override
    protected void load(final ModelContentRO model) throws InvalidSettingsException {
        final String[] features = model.getStringArray(KEY_FEATURES);
        m_featureNames = Collections.unmodifiableList(new ArrayList<>(List.of(features)));
        try {
            m_algorithm = Algorithm.parse("algorithm", model.getString(KEY_ALGORITHM));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        m_k = model.getInt(KEY_K);
    }

    @Override
    public boolean equals(final Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof SegmentationModelPortObjectSpec)) {
            return false;
        }
        final SegmentationModelPortObjectSpec o = (SegmentationModelPortObjectSpec)obj;
        return m_k == o.m_k && m_algorithm == o.m_algorithm && m_featureNames.equals(o.m_featureNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_featureNames, m_algorithm, m_k);
    }

    @Override
    public String toString() {
        return describe();
    }
}
