package org.custseg.knime.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Covariance;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.config.KCriterion;
import org.custseg.engine.config.KMeansInit;
import org.custseg.engine.config.Linkage;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;

import org.custseg.engine.config.SettingValues;
import org.custseg.engine.segment.Algorithms;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.engine.stability.StabilityConfig;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The settings of one segmenter node (K-Means, Hierarchical or EM): the classic settings models, their stable keys,
 * validation with messages in the dialog's terms, and the translation into the engine's {@link SegmentationConfig}.
 *
 * <p>Every key is optional on load: settings written by an older version of the node that lack a key added later
 * load with that key's default. Values that are present are always validated.
 */
public final class SegmenterSettings extends NodeSettingsGroup {

    /** Key of the numeric column filter. */
    public static final String KEY_COLUMNS = "columns";
    /** Key of the "choose k automatically" flag. */
    public static final String KEY_K_AUTOMATIC = "k_automatic";
    /** Key of the fixed number of segments. */
    public static final String KEY_K = "k";
    /** Key of the smallest k tried by the automatic search. */
    public static final String KEY_K_MIN = "k_min";
    /** Key of the largest k tried by the automatic search. */
    public static final String KEY_K_MAX = "k_max";
    /** Key of the criterion that picks k (a {@link KCriterion} name). */
    public static final String KEY_CRITERION = "k_criterion";
    /** Key of the missing-values policy (a {@link MissingPolicy} name). */
    public static final String KEY_MISSING = "missing_values";
    /** Key of the scaling (a {@link Scaling} name). */
    public static final String KEY_SCALING = "scaling";
    /** Key of the random seed. */
    public static final String KEY_SEED = "seed";
    /** K-Means: key of the initialisation method (a {@link KMeansInit} name). */
    public static final String KEY_INIT = "initialization";
    /** K-Means and hierarchical: key of the distance function (a {@link Distance} name). */
    public static final String KEY_DISTANCE = "distance";
    /** K-Means and EM: key of the maximum number of iterations. */
    public static final String KEY_MAX_ITERATIONS = "max_iterations";
    /** K-Means: key of the number of restarts. */
    public static final String KEY_RESTARTS = "restarts";
    /** EM: key of the minimum standard deviation. */
    public static final String KEY_MIN_STD_DEV = "min_std_dev";
    /** Hierarchical: key of the linkage (a {@link Linkage} name). */
    public static final String KEY_LINKAGE = "linkage";
    /** Hierarchical: key of the engine (a {@link HierarchicalEngine} name). */
    public static final String KEY_ENGINE = "hierarchical_engine";
    /**
     * K-Means and EM: key of the engine (a {@link HierarchicalEngine} name: FAST = the engine's own k-means or EM,
     * WEKA = Weka's {@code SimpleKMeans} or {@code EM}). New nodes use FAST; settings saved without this key (before the fast engine existed) load
     * as WEKA, so old workflows reproduce their results.
     */
    public static final String KEY_FIT_ENGINE = "engine";
    /** EM: key of the covariance structure (a {@link Covariance} name; missing in older settings = DIAGONAL). */
    public static final String KEY_COVARIANCE = "covariance";
    /** Hierarchical: key of the sample size (0 = cluster all rows). */
    public static final String KEY_SAMPLE_SIZE = "sample_size";
    /** Settings key: stability resamples (0 = no stability assessment). */
    public static final String KEY_STABILITY_RESAMPLES = "stability_resamples";
    /** Settings key: stability resampling method. */
    public static final String KEY_STABILITY_METHOD = "stability_method";

    /** Dialog label of the column filter, used in messages. */
    public static final String LABEL_COLUMNS = "Columns";
    /** Dialog label of the automatic-k flag. */
    public static final String LABEL_K_AUTOMATIC = "Choose the number of segments automatically";
    /** Dialog label of k. */
    public static final String LABEL_K = "Number of segments (k)";
    /** Dialog label of the smallest k. */
    public static final String LABEL_K_MIN = "Smallest k to try";
    /** Dialog label of the largest k. */
    public static final String LABEL_K_MAX = "Largest k to try";
    /** Dialog label of the criterion. */
    public static final String LABEL_CRITERION = "Criterion for choosing k";
    /** Dialog label of the missing-values policy. */
    public static final String LABEL_MISSING = "Missing values";
    /** Dialog label of the scaling. */
    public static final String LABEL_SCALING = "Scaling";
    /** Dialog label of the seed. */
    public static final String LABEL_SEED = "Random seed";
    /** Dialog label of the initialisation. */
    public static final String LABEL_INIT = "Initialization";
    /** Dialog label of the distance. */
    public static final String LABEL_DISTANCE = "Distance";
    /** Dialog label of the maximum iterations. */
    public static final String LABEL_MAX_ITERATIONS = "Maximum iterations";
    /** Dialog label of the restarts. */
    public static final String LABEL_RESTARTS = "Restarts";
    /** Dialog label of the minimum standard deviation. */
    public static final String LABEL_MIN_STD_DEV = "Minimum standard deviation";
    /** Dialog label of the linkage. */
    public static final String LABEL_LINKAGE = "Linkage";
    /** Dialog label of the k-means and EM engine. */
    public static final String LABEL_FIT_ENGINE = "Engine";
    /** Dialog label of the hierarchical engine. */
    public static final String LABEL_ENGINE = "Engine";
    /** Dialog label of the covariance structure. */
    public static final String LABEL_COVARIANCE = "Covariance";
    /** Dialog label of the sample size. */
    public static final String LABEL_SAMPLE_SIZE = "Sample size (0 = all rows)";
    /** Dialog label of the stability resamples. */
    public static final String LABEL_STABILITY_RESAMPLES = "Stability resamples (0 = skip)";
    /** Dialog label of the stability method. */
    public static final String LABEL_STABILITY_METHOD = "Stability resampling";

    /** Default fixed k. */
    public static final int DEFAULT_K = 3;
    /** Default smallest k of the search. */
    public static final int DEFAULT_K_MIN = 2;
    /** Default largest k of the search. */
    public static final int DEFAULT_K_MAX = SegmentationConfig.DEFAULT_K_MAX;
    /** Default seed. */
    public static final int DEFAULT_SEED = 1;
    /** Default maximum iterations. */
    public static final int DEFAULT_MAX_ITERATIONS = 500;
    /** Default restarts. */
    public static final int DEFAULT_RESTARTS = 10;
    /** Largest number of k-means restarts. */
    public static final int MAX_RESTARTS = 1000;
    /** Default minimum standard deviation (EM). */
    public static final double DEFAULT_MIN_STD_DEV = 1e-6;

    /** Linkages the fast hierarchical engine supports. */
    public static final List<Linkage> FAST_LINKAGES = fastLinkages();

    private final Algorithm m_algorithm;
    private final SegmenterOptions m_options;
    /** Every model by key, whether or not the algorithm uses it. */
    private final java.util.Map<String, SettingsModel> m_all = new java.util.LinkedHashMap<>();

    private final SettingsModelColumnFilter2 m_columns;
    private final SettingsModelBoolean m_kAutomatic = createKAutomaticModel();
    private final SettingsModelInteger m_k = createKModel();
    private final SettingsModelInteger m_kMin = createKMinModel();
    private final SettingsModelInteger m_kMax = createKMaxModel();
    private final SettingsModelString m_criterion = createCriterionModel();
    private final SettingsModelString m_missing = createMissingModel();
    private final SettingsModelString m_scaling = createScalingModel();
    private final SettingsModelInteger m_seed = createSeedModel();
    private final SettingsModelString m_init = createInitModel();
    private final SettingsModelString m_distance = createDistanceModel();
    private final SettingsModelInteger m_maxIterations = createMaxIterationsModel();
    private final SettingsModelInteger m_restarts = createRestartsModel();
    private final SettingsModelDouble m_minStdDev = createMinStdDevModel();
    private final SettingsModelString m_linkage = createLinkageModel();
    private final SettingsModelString m_engine = createEngineModel();
    private final SettingsModelInteger m_sampleSize = createSampleSizeModel();
    private final SettingsModelString m_fitEngine = createFitEngineModel();

    private final SettingsModelInteger m_stabilityResamples = createStabilityResamplesModel();
    private final SettingsModelString m_stabilityMethod = createStabilityMethodModel();
    private final SettingsModelString m_covariance = createCovarianceModel();

    /**
     * @param options the algorithm's part of the node (it decides which algorithm-specific settings exist)
     */
    public SegmenterSettings(final SegmenterOptions options) {
        m_options = options;
        m_algorithm = options.algorithm();
        m_columns = createColumnsModel(m_algorithm);
        register(KEY_COLUMNS, m_columns);
        register(KEY_K_AUTOMATIC, m_kAutomatic);
        register(KEY_K, m_k);
        register(KEY_K_MIN, m_kMin);
        register(KEY_K_MAX, m_kMax);
        register(KEY_CRITERION, m_criterion);
        register(KEY_MISSING, m_missing);
        register(KEY_SCALING, m_scaling);
        register(KEY_SEED, m_seed);
        m_all.put(KEY_INIT, m_init);
        m_all.put(KEY_DISTANCE, m_distance);
        m_all.put(KEY_MAX_ITERATIONS, m_maxIterations);
        m_all.put(KEY_RESTARTS, m_restarts);
        m_all.put(KEY_MIN_STD_DEV, m_minStdDev);
        m_all.put(KEY_LINKAGE, m_linkage);
        m_all.put(KEY_ENGINE, m_engine);
        m_all.put(KEY_FIT_ENGINE, m_fitEngine);
        m_all.put(KEY_SAMPLE_SIZE, m_sampleSize);
        m_all.put(KEY_COVARIANCE, m_covariance);
        options.register(this);
        register(KEY_STABILITY_RESAMPLES, m_stabilityResamples);
        register(KEY_STABILITY_METHOD, m_stabilityMethod);
    }

    /**
     * Registers one of the algorithm-specific keys ({@link SegmenterOptions#register}).
     *
     * @param key one of {@link #KEY_INIT}, {@link #KEY_DISTANCE}, {@link #KEY_MAX_ITERATIONS}, {@link #KEY_RESTARTS},
     *            {@link #KEY_MIN_STD_DEV}, {@link #KEY_LINKAGE}, {@link #KEY_ENGINE}, {@link #KEY_FIT_ENGINE},
     *            {@link #KEY_SAMPLE_SIZE}, {@link #KEY_COVARIANCE}
     */
    public void use(final String key) {
        register(key, algorithmModel(key));
    }

    private SettingsModel algorithmModel(final String key) {
        final SettingsModel m = m_all.get(key);
        if (m == null) {
            throw new IllegalArgumentException("'" + key + "' is not an algorithm-specific setting key");
        }
        return m;
    }

    /** @param key an algorithm-specific key @return its text value */
    public String stringValue(final String key) {
        return ((SettingsModelString)algorithmModel(key)).getStringValue();
    }

    /** @param key an algorithm-specific key @return its integer value */
    public int intValue(final String key) {
        return ((SettingsModelInteger)algorithmModel(key)).getIntValue();
    }

    /** @param key an algorithm-specific key @return its number value */
    public double doubleValue(final String key) {
        return ((SettingsModelDouble)algorithmModel(key)).getDoubleValue();
    }

    /** @return the stored name of the criterion for choosing k (for the algorithm's checks) */
    public String criterionName() {
        return m_criterion.getStringValue();
    }

    /** @return the node's algorithm part */
    public SegmenterOptions options() {
        return m_options;
    }

    /** @return a new stability-resamples model (default {@link StabilityConfig#DEFAULT_RESAMPLES}) */
    public static SettingsModelInteger createStabilityResamplesModel() {
        return new SettingsModelInteger(KEY_STABILITY_RESAMPLES, StabilityConfig.DEFAULT_RESAMPLES);
    }

    /** @return a new stability-method model (default bootstrap) */
    public static SettingsModelString createStabilityMethodModel() {
        return new SettingsModelString(KEY_STABILITY_METHOD, StabilityConfig.Method.BOOTSTRAP.name());
    }

    /** @return whether the stability is assessed (resamples &gt; 0) */
    public boolean stabilityEnabled() {
        return m_stabilityResamples.getIntValue() > 0;
    }

    /**
     * @return the stability settings (seeded with the node's seed), or {@code null} when switched off
     * @throws InvalidSettingsException if a value is invalid
     */
    public StabilityConfig stabilityConfig() throws InvalidSettingsException {
        if (!stabilityEnabled()) {
            return null;
        }
        within(LABEL_STABILITY_RESAMPLES, m_stabilityResamples.getIntValue(), 0, StabilityConfig.MAX_RESAMPLES);
        return new StabilityConfig(m_stabilityResamples.getIntValue(),
            parse(StabilityConfig.Method.class, LABEL_STABILITY_METHOD, m_stabilityMethod.getStringValue()),
            StabilityConfig.DEFAULT_SUBSAMPLE_FRACTION, m_seed.getIntValue(), 0);
    }

    /**
     * @param algorithm the node's algorithm
     * @return the distances its dialog offers (Gower only for K-Medoids)
     */
    public static List<Distance> distances(final Algorithm algorithm) {
        final List<Distance> list = new ArrayList<>(List.of(Distance.values()));
        if (algorithm != Algorithm.KMEDOIDS) {
            list.remove(Distance.GOWER);
        }
        return list;
    }

    /** @return the algorithm of the node */
    public Algorithm algorithm() {
        return m_algorithm;
    }

    private static List<Linkage> fastLinkages() {
        final List<Linkage> list = new ArrayList<>();
        for (final Linkage l : Linkage.values()) {
            if (l.fastEngineSupports()) {
                list.add(l);
            }
        }
        return Collections.unmodifiableList(list);
    }

    /** @return a new numeric-only column filter model */
    @SuppressWarnings("unchecked")
    public static SettingsModelColumnFilter2 createColumnsModel() {
        return new SettingsModelColumnFilter2(KEY_COLUMNS, DoubleValue.class);
    }

    /**
     * @param algorithm the node's algorithm
     * @return a new column filter model: numeric columns, and for K-Medoids also text (nominal) columns
     */
    @SuppressWarnings("unchecked")
    public static SettingsModelColumnFilter2 createColumnsModel(final Algorithm algorithm) {
        return algorithm == Algorithm.KMEDOIDS
            ? new SettingsModelColumnFilter2(KEY_COLUMNS, DoubleValue.class, StringValue.class)
            : createColumnsModel();
    }

    /** @return a new automatic-k model (default: fixed k) */
    public static SettingsModelBoolean createKAutomaticModel() {
        return new SettingsModelBoolean(KEY_K_AUTOMATIC, false);
    }

    /** @return a new k model */
    public static SettingsModelInteger createKModel() {
        return new SettingsModelInteger(KEY_K, DEFAULT_K);
    }

    /** @return a new smallest-k model */
    public static SettingsModelInteger createKMinModel() {
        return new SettingsModelInteger(KEY_K_MIN, DEFAULT_K_MIN);
    }

    /** @return a new largest-k model */
    public static SettingsModelInteger createKMaxModel() {
        return new SettingsModelInteger(KEY_K_MAX, DEFAULT_K_MAX);
    }

    /** @return a new criterion model */
    public static SettingsModelString createCriterionModel() {
        return new SettingsModelString(KEY_CRITERION, KCriterion.SILHOUETTE.name());
    }

    /** @return a new missing-values model */
    public static SettingsModelString createMissingModel() {
        return new SettingsModelString(KEY_MISSING, MissingPolicy.FAIL.name());
    }

    /** @return a new scaling model */
    public static SettingsModelString createScalingModel() {
        return new SettingsModelString(KEY_SCALING, Scaling.ZSCORE.name());
    }

    /** @return a new seed model */
    public static SettingsModelInteger createSeedModel() {
        return new SettingsModelInteger(KEY_SEED, DEFAULT_SEED);
    }

    /** @return a new k-means initialisation model */
    public static SettingsModelString createInitModel() {
        return new SettingsModelString(KEY_INIT, KMeansInit.KMEANS_PLUS_PLUS.name());
    }

    /** @return a new distance model */
    public static SettingsModelString createDistanceModel() {
        return new SettingsModelString(KEY_DISTANCE, Distance.EUCLIDEAN.name());
    }

    /** @return a new maximum-iterations model */
    public static SettingsModelInteger createMaxIterationsModel() {
        return new SettingsModelInteger(KEY_MAX_ITERATIONS, DEFAULT_MAX_ITERATIONS);
    }

    /** @return a new restarts model */
    public static SettingsModelInteger createRestartsModel() {
        return new SettingsModelInteger(KEY_RESTARTS, DEFAULT_RESTARTS);
    }

    /** @return a new minimum standard deviation model */
    public static SettingsModelDouble createMinStdDevModel() {
        return new SettingsModelDouble(KEY_MIN_STD_DEV, DEFAULT_MIN_STD_DEV);
    }

    /** @return a new linkage model */
    public static SettingsModelString createLinkageModel() {
        return new SettingsModelString(KEY_LINKAGE, Linkage.WARD.name());
    }

    /** @return a new hierarchical engine model */
    public static SettingsModelString createEngineModel() {
        return new SettingsModelString(KEY_ENGINE, HierarchicalEngine.FAST.name());
    }

    /** @return a new k-means/EM engine model (FAST for new nodes; see {@link #KEY_FIT_ENGINE}) */
    public static SettingsModelString createFitEngineModel() {
        return new SettingsModelString(KEY_FIT_ENGINE, HierarchicalEngine.FAST.name());
    }

    /**
     * Settings saved before a key existed keep their old behaviour: before the k-means/EM engine setting they ran on
     * Weka (load as WEKA); before the stability keys there was no stability assessment (0 resamples).
     */
    @Override
    protected void absentOnLoad(final String key) {
        if (KEY_FIT_ENGINE.equals(key)) {
            m_fitEngine.setStringValue(HierarchicalEngine.WEKA.name());
        } else if (KEY_STABILITY_RESAMPLES.equals(key)) {
            m_stabilityResamples.setIntValue(0);
        }
    }

    /** @return a new EM covariance model (default DIAGONAL, the behaviour before the setting existed) */
    public static SettingsModelString createCovarianceModel() {
        return new SettingsModelString(KEY_COVARIANCE, Covariance.DIAGONAL.name());
    }

    /** @return a new sample size model */
    public static SettingsModelInteger createSampleSizeModel() {
        return new SettingsModelInteger(KEY_SAMPLE_SIZE, 0);
    }

    /**
     * Validates settings without changing this object.
     *
     * @param settings to validate
     * @throws InvalidSettingsException naming the setting, the value and what is allowed
     */
    public void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        validate(() -> new SegmenterSettings(m_options), settings);
    }

    /**
     * Checks every value and the relations between them.
     *
     * @throws InvalidSettingsException naming the setting, the value and what is allowed
     */
    @Override
    public void validateValues() throws InvalidSettingsException {
        if (m_kAutomatic.getBooleanValue()) {
            within(LABEL_K_MIN, m_kMin.getIntValue(), 2, SegmentationConfig.MAX_K);
            within(LABEL_K_MAX, m_kMax.getIntValue(), 2, SegmentationConfig.MAX_K);
            if (m_kMin.getIntValue() > m_kMax.getIntValue()) {
                throw new InvalidSettingsException("The k range is inverted: '" + LABEL_K_MIN + "' is "
                    + m_kMin.getIntValue() + " but '" + LABEL_K_MAX + "' is " + m_kMax.getIntValue()
                    + ". Set the smallest k to a value no larger than the largest k.");
            }
            parse(KCriterion.class, LABEL_CRITERION, m_criterion.getStringValue());
        } else {
            within(LABEL_K, m_k.getIntValue(), 2, SegmentationConfig.MAX_K);
        }
        parse(MissingPolicy.class, LABEL_MISSING, m_missing.getStringValue());
        parse(Scaling.class, LABEL_SCALING, m_scaling.getStringValue());
        within(LABEL_STABILITY_RESAMPLES, m_stabilityResamples.getIntValue(), 0, StabilityConfig.MAX_RESAMPLES);
        parse(StabilityConfig.Method.class, LABEL_STABILITY_METHOD, m_stabilityMethod.getStringValue());
        m_options.validate(this);
        // the rules between settings are the engine's: build its configuration and say its message in the node's words
        engineConfig();
    }

    /** The engine's setting names and the dialog labels they stand for. */
    private static final String[][] ENGINE_NAMES = {{"kMin", LABEL_K_MIN}, {"kMax", LABEL_K_MAX}, {"k", LABEL_K},
        {"criterion", LABEL_CRITERION}, {"missing", LABEL_MISSING}, {"scaling", LABEL_SCALING}, {"seed", LABEL_SEED},
        {"init", LABEL_INIT}, {"distance", LABEL_DISTANCE}, {"maxIterations", LABEL_MAX_ITERATIONS},
        {"restarts", LABEL_RESTARTS}, {"minStdDev", LABEL_MIN_STD_DEV}, {"linkage", LABEL_LINKAGE},
        {"engine", LABEL_FIT_ENGINE}, {"sampleSize", LABEL_SAMPLE_SIZE}, {"covariance", LABEL_COVARIANCE}};

    /**
     * @param engineMessage a message of {@link SegmentationConfig}'s validation ("Setting init = CANOPY is only ...
     *            with engine = WEKA ...")
     * @return the same message naming the node's settings by their dialog labels ("'Initialization' = CANOPY is only
     *         ... with 'Engine' = WEKA ...")
     */
    static String inNodeWords(final String engineMessage) {
        String m = engineMessage.startsWith("Setting ") ? engineMessage.substring("Setting ".length()) : engineMessage;
        for (final String[] n : ENGINE_NAMES) {
            m = m.replaceAll("(?<![\\w'])" + n[0] + " = ",
                java.util.regex.Matcher.quoteReplacement("'" + n[1] + "' = "));
        }
        return m;
    }

    /** @return the engine configuration of these values, with the engine's rules checked */
    private SegmentationConfig engineConfig() throws InvalidSettingsException {
        final SegmentationConfig.Builder b = SegmentationConfig.builder(m_algorithm);
        if (m_kAutomatic.getBooleanValue()) {
            b.k(0).kMin(m_kMin.getIntValue()).kMax(m_kMax.getIntValue())
                .criterion(parse(KCriterion.class, LABEL_CRITERION, m_criterion.getStringValue()));
        } else {
            b.k(m_k.getIntValue());
        }
        b.missing(parse(MissingPolicy.class, LABEL_MISSING, m_missing.getStringValue()))
            .scaling(parse(Scaling.class, LABEL_SCALING, m_scaling.getStringValue()))
            .seed(m_seed.getIntValue());
        m_options.configure(this, b);
        try {
            return b.build();
        } catch (final IllegalArgumentException e) {
            throw new InvalidSettingsException(inNodeWords(e.getMessage()), e);
        }
    }

    /**
     * @param label the dialog label
     * @param value the value
     * @param min smallest allowed
     * @param max largest allowed
     * @throws InvalidSettingsException naming the setting when the value is outside
     */
    public static void within(final String label, final int value, final int min, final int max)
        throws InvalidSettingsException {
        if (value < min || value > max) {
            throw new InvalidSettingsException(
                "'" + label + "' is " + value + " but must be between " + min + " and " + max + ".");
        }
    }

    /**
     * @param label the dialog label
     * @param value the value
     * @param min smallest allowed
     * @throws InvalidSettingsException naming the setting when the value is smaller
     */
    public static void atLeast(final String label, final int value, final int min)
        throws InvalidSettingsException {
        if (value < min) {
            throw new InvalidSettingsException(
                "'" + label + "' is " + value + " but must be at least " + min + ".");
        }
    }

    /**
     * Parses an enum-valued setting.
     *
     * @param <E> the enum type
     * @param type the enum class
     * @param label the dialog label, used in the message
     * @param value the stored value
     * @return the constant
     * @throws InvalidSettingsException naming the setting, the value and the allowed values
     */
    public static <E extends Enum<E>> E parse(final Class<E> type, final String label, final String value)
        throws InvalidSettingsException {
        try {
            return SettingValues.parse(type, label, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /** @param values choices @return their names, comma-separated */
    public static String names(final List<? extends Enum<?>> values) {
        final StringBuilder sb = new StringBuilder();
        for (final Enum<?> e : values) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.name());
        }
        return sb.toString();
    }

    /**
     * Applies the column filter to a table spec.
     *
     * @param spec the input table spec
     * @return the names of the selected numeric columns, in table order
     * @throws InvalidSettingsException if no numeric column is selected
     */
    public List<String> selectedColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final List<String> result = includedNumeric(spec);
        result.removeAll(defaultSkippedColumns(spec));
        final List<String> nominal = selectedNominalColumns(spec);
        if (!nominal.isEmpty()) {
            if (!Distance.GOWER.name().equals(m_distance.getStringValue())) {
                throw new InvalidSettingsException("The text column" + (nominal.size() == 1 ? " " : "s ")
                    + TableConverter.quote(nominal) + (nominal.size() == 1 ? " is" : " are")
                    + " selected in '" + LABEL_COLUMNS + "', but only the GOWER '" + LABEL_DISTANCE
                    + "' can compare categories. Set '" + LABEL_DISTANCE + "' to GOWER or leave "
                    + (nominal.size() == 1 ? "it" : "them") + " out.");
            }
            // in table order, like the numeric ones
            final List<String> all = new ArrayList<>();
            for (int i = 0; i < spec.getNumColumns(); i++) {
                final String name = spec.getColumnSpec(i).getName();
                if (result.contains(name) || nominal.contains(name)) {
                    all.add(name);
                }
            }
            return all;
        }
        if (result.isEmpty()) {
            boolean anyNumeric = false;
            for (int i = 0; i < spec.getNumColumns(); i++) {
                anyNumeric |= spec.getColumnSpec(i).getType().isCompatible(DoubleValue.class);
            }
            throw new InvalidSettingsException(anyNumeric
                ? "No numeric column is selected in '" + LABEL_COLUMNS
                    + "'. Include at least one numeric column in the node's dialog."
                : "The input table has no numeric column. Segmentation needs at least one numeric column;"
                    + " convert the columns to describe customers to numbers first.");
        }
        return result;
    }

    /**
     * K-Medoids only: the text columns the user included explicitly (nominal features, compared by Gower distance);
     * empty for the other segmenters and while the column filter was never configured (the default selection is
     * numeric).
     *
     * @param spec the input table spec
     * @return the selected nominal columns, in table order
     */
    public List<String> selectedNominalColumns(final DataTableSpec spec) {
        if (m_algorithm != Algorithm.KMEDOIDS || DefaultColumns.neverConfigured(m_columns, KEY_COLUMNS)) {
            return new ArrayList<>();
        }
        final List<String> result = new ArrayList<>();
        for (final String name : m_columns.applyTo(spec).getIncludes()) {
            final DataColumnSpec col = spec.getColumnSpec(name);
            if (col != null && !col.getType().isCompatible(DoubleValue.class)
                && col.getType().isCompatible(StringValue.class)) {
                result.add(name);
            }
        }
        return result;
    }

    private List<String> includedNumeric(final DataTableSpec spec) {
        final List<String> result = new ArrayList<>();
        for (final String name : m_columns.applyTo(spec).getIncludes()) {
            final DataColumnSpec col = spec.getColumnSpec(name);
            if (col != null && col.getType().isCompatible(DoubleValue.class)) {
                result.add(name);
            }
        }
        return result;
    }

    /**
     * The identifier-like columns (e.g. {@code Sl_No}, {@code Customer Key}) left out because the column filter was
     * never configured; see {@link DefaultColumns}. Empty once the user has chosen columns, and empty if leaving
     * them out would leave nothing.
     *
     * @param spec the input table spec
     * @return the columns left out by default
     */
    public List<String> defaultSkippedColumns(final DataTableSpec spec) {
        if (!DefaultColumns.neverConfigured(m_columns, KEY_COLUMNS)) {
            return List.of();
        }
        final List<String> numeric = includedNumeric(spec);
        return DefaultColumns.leftOutByDefault(numeric);
    }

    /**
     * @param spec the input table spec
     * @return columns the user included explicitly that the input no longer has (empty if none)
     */
    public List<String> includedButAbsent(final DataTableSpec spec) {
        return List.of(m_columns.applyTo(spec).getRemovedFromIncludes());
    }

    /** @return whether k is chosen automatically */
    public boolean isKAutomatic() {
        return m_kAutomatic.getBooleanValue();
    }

    /** @return the fixed k (meaningful when not automatic) */
    public int fixedK() {
        return m_k.getIntValue();
    }

    /**
     * Builds the engine configuration.
     *
     * @return the validated configuration
     * @throws InvalidSettingsException if a value is invalid
     */
    public SegmentationConfig toConfig() throws InvalidSettingsException {
        validateValues();
        return engineConfig();
    }
}
