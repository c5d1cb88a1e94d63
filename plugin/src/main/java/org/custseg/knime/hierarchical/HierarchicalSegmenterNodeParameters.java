package org.custseg.knime.hierarchical;

import org.custseg.engine.stability.StabilityConfig;
import org.custseg.knime.common.ParameterValidations;
import org.custseg.knime.common.SegmenterSettings;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.layout.After;
import org.knime.node.parameters.layout.Layout;
import org.knime.node.parameters.layout.Section;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.persistence.Persistor;
import org.knime.node.parameters.persistence.legacy.LegacyColumnFilterPersistor;
import org.knime.node.parameters.updates.Effect;
import org.knime.node.parameters.updates.Effect.EffectType;
import org.knime.node.parameters.updates.EffectPredicate;
import org.knime.node.parameters.updates.EffectPredicateProvider;
import org.knime.node.parameters.updates.ParameterReference;
import org.knime.node.parameters.updates.ValueReference;
import org.knime.node.parameters.updates.util.BooleanReference;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.RadioButtonsWidget;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;
import org.knime.node.parameters.widget.choices.filter.ColumnFilter;
import org.knime.node.parameters.widget.choices.filter.ColumnFilterWidget;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider.DoubleColumnsProvider;
import org.knime.node.parameters.widget.number.NumberInputWidget;

/**
 * The <i>Hierarchical Segmenter</i>'s settings as KNIME 5.6+ node parameters (its web dialog): the same keys and value
 * types as {@link SegmenterSettings} writes for this algorithm (enum settings as the constant's name, the column
 * filter in the layout of {@code SettingsModelColumnFilter2}), so workflows saved with either dialog load unchanged.
 * The k range and criterion are shown only with automatic k, the fixed k only without. The distance is shown only
 * for the Weka engine (the fast engine measures Euclidean distance). Descriptions are
 * those of the node description; value ranges are checked while typing, relations between values by the node model
 * on apply. Loaded only where {@code org.knime.node.parameters} exists.
 */
@SuppressWarnings("restriction")
final class HierarchicalSegmenterNodeParameters implements NodeParameters {

    @Section(title = "Segments")
    interface SegmentsSection {
    }

    @Section(title = "Preparation")
    @After(SegmentsSection.class)
    interface PreparationSection {
    }

    @Section(title = "Algorithm")
    @After(PreparationSection.class)
    interface AlgorithmSection {
    }

    /** "Choose k automatically" is on. */
    static final class KAutomatic implements BooleanReference {
    }

    /** The engine setting. */
    static final class EngineRef implements ParameterReference<Engine> {
    }

    /** The Weka engine is chosen. */
    static final class WekaEngine implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(EngineRef.class).isOneOf(Engine.WEKA);
        }
    }

    /** The numeric column filter under the classic key and layout. */
    static final class ColumnsPersistor extends LegacyColumnFilterPersistor {
        ColumnsPersistor() {
            super(SegmenterSettings.KEY_COLUMNS);
        }
    }

    @Widget(title = SegmenterSettings.LABEL_COLUMNS,
        description = "The numeric columns that describe the customers (for example spend, visits, calls). "
            + "Only these columns are used to form segments; all other columns are passed through "
            + "unchanged. Leave out identifiers such as customer numbers: they are numbers, but "
            + "not behaviour, and would distort the segments. Until you choose columns in the "
            + "dialog, the node uses every numeric column except identifier-like ones (names such "
            + "as Sl_No, Customer Key or customer_id) and says which it left out in a warning. "
            + "Columns that turn out to be constant are ignored with a warning.")
    @ColumnFilterWidget(choicesProvider = DoubleColumnsProvider.class)
    @Persistor(ColumnsPersistor.class)
    @Layout(SegmentsSection.class)
    ColumnFilter m_columns = new ColumnFilter().withIncludeUnknownColumns();

    @Widget(title = SegmenterSettings.LABEL_K,
        description = "How many segments to form when the number is fixed (default 3, allowed 2 to 100). "
            + "Use a fixed k when the business already knows how many segments it can act on, or "
            + "to reproduce an earlier result.",
        effect = @Effect(predicate = KAutomatic.class, type = EffectType.HIDE))
    @NumberInputWidget(minValidation = ParameterValidations.KMin.class,
        maxValidation = ParameterValidations.KMax.class)
    @Persist(configKey = SegmenterSettings.KEY_K)
    @Layout(SegmentsSection.class)
    int m_k = SegmenterSettings.DEFAULT_K;

    @Widget(title = SegmenterSettings.LABEL_K_AUTOMATIC,
        description = "When checked, the node runs the segmentation for every k from Smallest k to try to "
            + "Largest k to try and keeps the k that is best by the chosen criterion. The third "
            + "output lists every k tried with all quality measures, so the choice can be checked. "
            + "Takes proportionally longer than a single run. Off by default.")
    @ValueReference(KAutomatic.class)
    @Persist(configKey = SegmenterSettings.KEY_K_AUTOMATIC)
    @Layout(SegmentsSection.class)
    boolean m_kAutomatic;

    @Widget(title = SegmenterSettings.LABEL_K_MIN,
        description = "Lower end of the automatic search (default 2, at least 2).",
        effect = @Effect(predicate = KAutomatic.class, type = EffectType.SHOW))
    @NumberInputWidget(minValidation = ParameterValidations.KMinMin.class,
        maxValidation = ParameterValidations.KMinMax.class)
    @Persist(configKey = SegmenterSettings.KEY_K_MIN)
    @Layout(SegmentsSection.class)
    int m_kMin = SegmenterSettings.DEFAULT_K_MIN;

    @Widget(title = SegmenterSettings.LABEL_K_MAX,
        description = "Upper end of the automatic search (default 10, at most 100, not smaller than the "
            + "smallest k). More segments than a team can act on rarely help; 10 is a sensible "
            + "ceiling.",
        effect = @Effect(predicate = KAutomatic.class, type = EffectType.SHOW))
    @NumberInputWidget(minValidation = ParameterValidations.KMaxMin.class,
        maxValidation = ParameterValidations.KMaxMax.class)
    @Persist(configKey = SegmenterSettings.KEY_K_MAX)
    @Layout(SegmentsSection.class)
    int m_kMax = SegmenterSettings.DEFAULT_K_MAX;

    @Widget(title = SegmenterSettings.LABEL_CRITERION,
        description = "How the automatic search judges each k: - Silhouette (SILHOUETTE, default, higher "
            + "is better): how much closer rows are to their own segment than to the next one. A "
            + "robust general choice. - Calinski-Harabasz (CALINSKI_HARABASZ, higher is better): "
            + "ratio of between-segment to within-segment spread; tends to favour compact, "
            + "similarly sized segments. - Davies-Bouldin (DAVIES_BOULDIN, lower is better): "
            + "average similarity of each segment to its most similar neighbour. - Elbow (knee) of "
            + "the within-segment sum of squares (SSE_KNEE): the k after which adding segments "
            + "stops paying off.",
        effect = @Effect(predicate = KAutomatic.class, type = EffectType.SHOW))
    @RadioButtonsWidget
    @Persist(configKey = SegmenterSettings.KEY_CRITERION)
    @Layout(SegmentsSection.class)
    Criterion m_criterion = Criterion.SILHOUETTE;

    @Widget(title = SegmenterSettings.LABEL_MISSING,
        description = "What to do with missing values in the selected columns: - Fail on missing values "
            + "(FAIL, default): stop with an error naming the column and row, so that nothing is "
            + "hidden. - Leave rows with missing values without a segment (DROP_ROWS): such rows "
            + "are kept in the output with a missing Segment; the warning says how many. - Replace "
            + "missing values with the column mean (IMPUTE_MEAN) or median (IMPUTE_MEDIAN): every "
            + "row gets a segment; the median is safer for skewed columns such as income or spend. "
            + "The warning says how many values were replaced. The same replacement values are "
            + "stored in the model and used by the Segment Assigner.")
    @RadioButtonsWidget
    @Persist(configKey = SegmenterSettings.KEY_MISSING)
    @Layout(PreparationSection.class)
    Missing m_missing = Missing.FAIL;

    @Widget(title = SegmenterSettings.LABEL_SCALING,
        description = "How columns are put on a common scale before distances are measured: - Z-score "
            + "(ZSCORE, default): each column gets mean 0 and standard deviation 1, so that a "
            + "column measured in thousands (credit limit) does not outweigh one measured in units "
            + "(visits). - Min-max (MINMAX): each column is mapped to the range 0 to 1; sensitive "
            + "to outliers. - None (NONE): use the original units; only sensible when all columns "
            + "share one unit. The scaling is part of the model. Segment centres in the summary "
            + "table are always reported in the original units.")
    @ValueSwitchWidget
    @Persist(configKey = SegmenterSettings.KEY_SCALING)
    @Layout(PreparationSection.class)
    ScalingChoice m_scaling = ScalingChoice.ZSCORE;

    @Widget(title = SegmenterSettings.LABEL_ENGINE,
        description = "Fast (built-in, exact) (FAST, default): an efficient exact implementation for Ward, "
            + "single, complete and average linkage with Euclidean distance. Weka "
            + "HierarchicalClusterer (WEKA): Weka's implementation; offers all linkages and the "
            + "Manhattan distance, but is much slower on more than a few thousand rows.")
    @ValueSwitchWidget
    @ValueReference(EngineRef.class)
    @Persist(configKey = SegmenterSettings.KEY_ENGINE)
    @Layout(AlgorithmSection.class)
    Engine m_engine = Engine.FAST;

    @Widget(title = SegmenterSettings.LABEL_LINKAGE,
        description = "How the distance between two groups is measured: - Ward (WARD, default): merges the "
            + "pair that least increases the within-segment sum of squares; compact segments of "
            + "similar size, the usual choice for customer segmentation. - Single (SINGLE): "
            + "nearest members; finds elongated groups but tends to chain everything into one big "
            + "segment. - Complete (COMPLETE): farthest members; compact segments. - Average "
            + "(AVERAGE): average distance between members; a compromise. - Mean, Centroid, "
            + "Adjusted complete, Neighbor joining (MEAN, CENTROID, ADJCOMPLETE, "
            + "NEIGHBOR_JOINING): Weka engine only.")
    @Persist(configKey = SegmenterSettings.KEY_LINKAGE)
    @Layout(AlgorithmSection.class)
    LinkageChoice m_linkage = LinkageChoice.WARD;

    @Widget(title = SegmenterSettings.LABEL_DISTANCE,
        description = "Euclidean (EUCLIDEAN, default) or Manhattan (MANHATTAN, Weka engine only).",
        effect = @Effect(predicate = WekaEngine.class, type = EffectType.SHOW))
    @ValueSwitchWidget
    @Persist(configKey = SegmenterSettings.KEY_DISTANCE)
    @Layout(AlgorithmSection.class)
    DistanceChoice m_distance = DistanceChoice.EUCLIDEAN;

    @Widget(title = SegmenterSettings.LABEL_SAMPLE_SIZE,
        description = "0 (default) clusters all rows. A value of at least 2 builds the hierarchy on a "
            + "random sample of that many rows (drawn with the seed) and assigns every other row "
            + "to the nearest segment centre. Use it for tables with more than about 20,000 rows.")
    @NumberInputWidget(minValidation = ParameterValidations.SampleSizeMin.class)
    @Persist(configKey = SegmenterSettings.KEY_SAMPLE_SIZE)
    @Layout(AlgorithmSection.class)
    int m_sampleSize;

    @Widget(title = SegmenterSettings.LABEL_SEED,
        description = "Seed of the sample (default 1); unused when all rows are clustered.")
    @Persist(configKey = SegmenterSettings.KEY_SEED)
    @Layout(AlgorithmSection.class)
    int m_seed = SegmenterSettings.DEFAULT_SEED;

    @Widget(title = SegmenterSettings.LABEL_STABILITY_RESAMPLES,
        description = "How many seeded resamples check each segment's stability (default 20; 0 skips the check)."
            + " Each resample refits the segmentation with the same settings and k; every segment is matched to its"
            + " best counterpart by Jaccard similarity (Hennig's cluster-wise stability). The summary output gains"
            + " the mean and minimum Jaccard, the resamples that dissolved the segment and a verdict: below 0.6"
            + " dissolved, 0.6-0.75 a pattern, 0.75-0.85 stable, above 0.85 highly stable.")
    @NumberInputWidget(minValidation = ParameterValidations.StabilityMin.class,
        maxValidation = ParameterValidations.StabilityMax.class)
    @Persist(configKey = SegmenterSettings.KEY_STABILITY_RESAMPLES)
    @Layout(AlgorithmSection.class)
    int m_stabilityResamples = StabilityConfig.DEFAULT_RESAMPLES;

    @Widget(title = SegmenterSettings.LABEL_STABILITY_METHOD,
        description = "Bootstrap (BOOTSTRAP, default): as many rows as the table, drawn with replacement."
            + " Subsample (SUBSAMPLE): half of the rows drawn without replacement.")
    @ValueSwitchWidget
    @Persist(configKey = SegmenterSettings.KEY_STABILITY_METHOD)
    @Layout(AlgorithmSection.class)
    StabilityConfig.Method m_stabilityMethod = StabilityConfig.Method.BOOTSTRAP;

    /** Criteria for choosing k; the constant names are the engine's, which the node model parses. */
    enum Criterion {
        @Label(value = "Silhouette",
            description = "Silhouette (SILHOUETTE, default, higher is better): how much closer rows are to "
                + "their own segment than to the next one. A robust general choice.")
        SILHOUETTE,
        @Label(value = "Calinski-Harabasz",
            description = "Calinski-Harabasz (CALINSKI_HARABASZ, higher is better): ratio of between-segment "
                + "to within-segment spread; tends to favour compact, similarly sized segments.")
        CALINSKI_HARABASZ,
        @Label(value = "Davies-Bouldin",
            description = "Davies-Bouldin (DAVIES_BOULDIN, lower is better): average similarity of each "
                + "segment to its most similar neighbour.")
        DAVIES_BOULDIN,
        @Label(value = "Elbow (knee)",
            description = "Elbow (knee) of the within-segment sum of squares (SSE_KNEE): the k after which "
                + "adding segments stops paying off.")
        SSE_KNEE;
    }

    /** Missing-value policies; the constant names are the engine's, which the node model parses. */
    enum Missing {
        @Label(value = "Fail",
            description = "Fail on missing values (FAIL, default): stop with an error naming the column and "
                + "row, so that nothing is hidden.")
        FAIL,
        @Label(value = "Leave without a segment",
            description = "Leave rows with missing values without a segment (DROP_ROWS): such rows are kept in "
                + "the output with a missing Segment; the warning says how many.")
        DROP_ROWS,
        @Label(value = "Column mean",
            description = "Replace missing values with the column mean (IMPUTE_MEAN) or median "
                + "(IMPUTE_MEDIAN): every row gets a segment; the median is safer for skewed columns "
                + "such as income or spend. The warning says how many values were replaced. The same "
                + "replacement values are stored in the model and used by the Segment Assigner.")
        IMPUTE_MEAN,
        @Label(value = "Column median",
            description = "Replace missing values with the column mean (IMPUTE_MEAN) or median "
                + "(IMPUTE_MEDIAN): every row gets a segment; the median is safer for skewed columns "
                + "such as income or spend. The warning says how many values were replaced. The same "
                + "replacement values are stored in the model and used by the Segment Assigner.")
        IMPUTE_MEDIAN;
    }

    /** Scalings; the constant names are the engine's, which the node model parses. */
    enum ScalingChoice {
        @Label(value = "Z-score",
            description = "Z-score (ZSCORE, default): each column gets mean 0 and standard deviation 1, so "
                + "that a column measured in thousands (credit limit) does not outweigh one measured "
                + "in units (visits).")
        ZSCORE,
        @Label(value = "Min-max",
            description = "Min-max (MINMAX): each column is mapped to the range 0 to 1; sensitive to outliers.")
        MINMAX,
        @Label(value = "None",
            description = "None (NONE): use the original units; only sensible when all columns share one unit.")
        NONE;
    }

    /** Engines; the constant names are the engine's, which the node model parses. */
    enum Engine {
        @Label("Fast (built-in, exact)")
        FAST,
        @Label("Weka")
        WEKA;
    }

    /** Linkages; the constant names are the engine's, which the node model parses. */
    enum LinkageChoice {
        @Label(value = "Ward",
            description = "Ward (WARD, default): merges the pair that least increases the within-segment sum "
                + "of squares; compact segments of similar size, the usual choice for customer "
                + "segmentation.")
        WARD,
        @Label(value = "Single",
            description = "Single (SINGLE): nearest members; finds elongated groups but tends to chain "
                + "everything into one big segment.")
        SINGLE,
        @Label(value = "Complete",
            description = "Complete (COMPLETE): farthest members; compact segments.")
        COMPLETE,
        @Label(value = "Average",
            description = "Average (AVERAGE): average distance between members; a compromise.")
        AVERAGE,
        @Label(value = "Mean (Weka engine only)",
            description = "Mean, Centroid, Adjusted complete, Neighbor joining (MEAN, CENTROID, ADJCOMPLETE, "
                + "NEIGHBOR_JOINING): Weka engine only.")
        MEAN,
        @Label(value = "Centroid (Weka engine only)",
            description = "Mean, Centroid, Adjusted complete, Neighbor joining (MEAN, CENTROID, ADJCOMPLETE, "
                + "NEIGHBOR_JOINING): Weka engine only.")
        CENTROID,
        @Label(value = "Adjusted complete (Weka engine only)",
            description = "Mean, Centroid, Adjusted complete, Neighbor joining (MEAN, CENTROID, ADJCOMPLETE, "
                + "NEIGHBOR_JOINING): Weka engine only.")
        ADJCOMPLETE,
        @Label(value = "Neighbor joining (Weka engine only)",
            description = "Mean, Centroid, Adjusted complete, Neighbor joining (MEAN, CENTROID, ADJCOMPLETE, "
                + "NEIGHBOR_JOINING): Weka engine only.")
        NEIGHBOR_JOINING;
    }

    /** Distances; the constant names are the engine's, which the node model parses. */
    enum DistanceChoice {
        @Label("Euclidean")
        EUCLIDEAN,
        @Label("Manhattan")
        MANHATTAN;
    }
}
