package org.custseg.knime.kmedoids;

import org.custseg.engine.stability.StabilityConfig;
import org.custseg.knime.common.ParameterValidations;
import org.custseg.knime.common.SegmenterSettings;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
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
import org.knime.node.parameters.updates.ValueReference;
import org.knime.node.parameters.updates.util.BooleanReference;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.RadioButtonsWidget;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;
import org.knime.node.parameters.widget.choices.filter.ColumnFilter;
import org.knime.node.parameters.widget.choices.filter.ColumnFilterWidget;
import org.knime.node.parameters.widget.choices.util.FilteredInputTableColumnsProvider;
import org.knime.node.parameters.widget.number.NumberInputWidget;

/**
 * The <i>K-Medoids Segmenter</i>'s settings as KNIME 5.6+ node parameters (its web dialog): the same keys and value
 * types as {@link SegmenterSettings} writes for this algorithm (enum settings as the constant's name, the column
 * filter in the layout of {@code SettingsModelColumnFilter2}), so workflows saved with either dialog load unchanged.
 * The k range and criterion are shown only with automatic k, the fixed k only without. Descriptions are
 * those of the node description; value ranges are checked while typing, relations between values by the node model
 * on apply. Loaded only where {@code org.knime.node.parameters} exists.
 */
@SuppressWarnings("restriction")
final class KMedoidsSegmenterNodeParameters implements NodeParameters {

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

    /** The choices of the column filter: numeric columns and, for the Gower distance, text columns. */
    static final class NumericAndTextColumns implements FilteredInputTableColumnsProvider {
        @Override
        public int getInputTableIndex() {
            return 0;
        }

        @Override
        public boolean isIncluded(final DataColumnSpec col) {
            return col.getType().isCompatible(DoubleValue.class) || col.getType().isCompatible(StringValue.class);
        }
    }

    /** The column filter (numeric and text columns) under the classic key and layout. */
    static final class ColumnsPersistor extends LegacyColumnFilterPersistor {
        ColumnsPersistor() {
            super(SegmenterSettings.KEY_COLUMNS);
        }
    }

    @Widget(title = SegmenterSettings.LABEL_COLUMNS,
        description = "The columns that describe the customers: numeric columns (for example spend, visits, calls) "
            + "and, with the Gower distance, text columns with categories (for example product type, region, "
            + "channel), which this segmenter, unlike the others, accepts as features. Only these columns are used "
            + "to form segments; all other columns are passed through unchanged. A text column is only used when "
            + "you include it yourself (the default choice is numeric). Leave out identifiers such as customer "
            + "numbers: they are numbers, but not behaviour, and would distort the segments. Until you choose "
            + "columns in the dialog, the node uses every numeric column except identifier-like ones (names such "
            + "as Sl_No, Customer Key or customer_id) and says which it left out in a warning. Columns that turn "
            + "out to be constant are ignored with a warning.")
    @ColumnFilterWidget(choicesProvider = NumericAndTextColumns.class)
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
            + "is better): how much closer rows are to their own segment than to the next one, measured with the "
            + "chosen distance. A robust general choice, and the only criterion defined for the Gower distance. "
            + "- Calinski-Harabasz (CALINSKI_HARABASZ, higher is better): "
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
            + "A text (nominal) column gets its most frequent category under both choices. "
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
            + "share one unit. Text columns are never scaled, and the Gower distance divides every "
            + "numeric difference by the column's range, so with Gower the scaling does not change the segments. "
            + "The scaling is part of the model. Segment centres in the summary table are always reported in the "
            + "original units.")
    @ValueSwitchWidget
    @Persist(configKey = SegmenterSettings.KEY_SCALING)
    @Layout(PreparationSection.class)
    ScalingChoice m_scaling = ScalingChoice.ZSCORE;

    @Widget(title = SegmenterSettings.LABEL_DISTANCE,
        description = "How unlike two customers are: - Euclidean (EUCLIDEAN, default): straight-line "
            + "distance of the scaled numeric columns. - Manhattan (MANHATTAN): sum of the absolute differences; "
            + "less dominated by one large difference, so more robust to outliers. - Gower (GOWER): for mixed "
            + "data. The average over the columns of a per-column dissimilarity between 0 and 1: a numeric column "
            + "contributes the absolute difference divided by the column's range in the training data, a text "
            + "column 0 for the same category and 1 for different ones. Every column has the same weight. Needed "
            + "to include text columns; new customers with a category never seen in training differ from every "
            + "medoid in that column.")
    @ValueSwitchWidget
    @Persist(configKey = SegmenterSettings.KEY_DISTANCE)
    @Layout(AlgorithmSection.class)
    DistanceChoice m_distance = DistanceChoice.EUCLIDEAN;

    @Widget(title = SegmenterSettings.LABEL_MAX_ITERATIONS,
        description = "Upper limit of passes over all customers in the swap search of one run (default "
            + "500, at least 1). The search usually stops after a few passes.")
    @NumberInputWidget(minValidation = ParameterValidations.MaxIterationsMin.class)
    @Persist(configKey = SegmenterSettings.KEY_MAX_ITERATIONS)
    @Layout(AlgorithmSection.class)
    int m_maxIterations = SegmenterSettings.DEFAULT_MAX_ITERATIONS;

    @Widget(title = SegmenterSettings.LABEL_RESTARTS,
        description = "Number of seeded runs (seeds seed, seed+1, ...; above 3,000 rows: number of CLARA "
            + "samples); the medoids with the smallest total distance of all rows are kept (default 10, allowed 1 "
            + "to 1000).")
    @NumberInputWidget(minValidation = ParameterValidations.RestartsMin.class,
        maxValidation = ParameterValidations.RestartsMax.class)
    @Persist(configKey = SegmenterSettings.KEY_RESTARTS)
    @Layout(AlgorithmSection.class)
    int m_restarts = SegmenterSettings.DEFAULT_RESTARTS;

    @Widget(title = SegmenterSettings.LABEL_SEED,
        description = "Seed of the starting medoids and of the samples (default 1). The same seed gives the "
            + "same segments.")
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
                + "their own segment than to the next one, measured with the chosen distance. A robust general "
                + "choice, and the only criterion defined for the Gower distance.")
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

    /** Distances; the constant names are the engine's, which the node model parses. */
    enum DistanceChoice {
        @Label("Euclidean")
        EUCLIDEAN,
        @Label("Manhattan")
        MANHATTAN,
        @Label("Gower")
        GOWER;
    }

}
