package org.custseg.knime.em;

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
 * The <i>EM Segmenter</i>'s settings as KNIME 5.6+ node parameters (its web dialog): the same keys and value
 * types as {@link SegmenterSettings} writes for this algorithm (enum settings as the constant's name, the column
 * filter in the layout of {@code SettingsModelColumnFilter2}), so workflows saved with either dialog load unchanged.
 * The k range and criterion are shown only with automatic k, the fixed k only without. Descriptions are
 * those of the node description; value ranges are checked while typing, relations between values by the node model
 * on apply. Loaded only where {@code org.knime.node.parameters} exists.
 */
@SuppressWarnings("restriction")
final class EMSegmenterNodeParameters implements NodeParameters {

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
            + "stops paying off. - BIC (BIC, lower is better): the Bayesian information criterion "
            + "of the mixture model, -2 × log-likelihood (summed over all rows) + ((k - 1) + 2 × k "
            + "× columns) × ln(rows); the natural choice for EM. BIC asks how well bell-shaped "
            + "segments describe the data, not how clearly the segments are separated, so it often "
            + "prefers a few more segments than the silhouette, splitting a large segment whose "
            + "values are not bell-shaped (on the sample credit-card data the silhouette picks 3 "
            + "and BIC 5 of 2 to 10, with 4 almost as good).",
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

    @Widget(title = SegmenterSettings.LABEL_FIT_ENGINE,
        description = "Which implementation fits the mixture (value in brackets). Fast (FAST, default for new nodes): the extension's own EM, started from the best of 10 fast k-means runs, memberships computed in log space, k values in parallel with the same result for any number of processors. Weka (WEKA): Weka's EM, as before; nodes saved before this option load with it.")
    @ValueSwitchWidget
    @Persist(configKey = SegmenterSettings.KEY_FIT_ENGINE)
    @Layout(AlgorithmSection.class)
    FitEngine m_engine = FitEngine.FAST;

    @Widget(title = SegmenterSettings.LABEL_MAX_ITERATIONS,
        description = "Upper limit of expectation-maximisation rounds (default 500, at least 1).")
    @NumberInputWidget(minValidation = ParameterValidations.MaxIterationsMin.class)
    @Persist(configKey = SegmenterSettings.KEY_MAX_ITERATIONS)
    @Layout(AlgorithmSection.class)
    int m_maxIterations = SegmenterSettings.DEFAULT_MAX_ITERATIONS;

    @Widget(title = SegmenterSettings.LABEL_MIN_STD_DEV,
        description = "Lower limit of each segment's standard deviation per column, in scaled units "
            + "(default 1.0E-6, must be positive). Columns whose values lie on a grid (counts such "
            + "as visits or calls, amounts in whole thousands) get a higher limit automatically: "
            + "the smallest difference between two of the column's values divided by √12 (the "
            + "spread of values rounded to that grid), or this setting if larger. Without it, a "
            + "small segment could shrink onto a few customers with identical values, its "
            + "likelihood would grow without limit and BIC would keep choosing the largest k "
            + "tried. Weka replaces a standard deviation at or below the limit by the column's "
            + "overall standard deviation. The limits in force are listed after the Weka options "
            + "in the model. Raise this setting if a segment still collapses onto a few identical "
            + "customers.")
    @Persist(configKey = SegmenterSettings.KEY_MIN_STD_DEV)
    @Layout(AlgorithmSection.class)
    double m_minStdDev = SegmenterSettings.DEFAULT_MIN_STD_DEV;

    @Widget(title = SegmenterSettings.LABEL_COVARIANCE,
        description = "The shape of each segment (value in brackets): - Diagonal (DIAGONAL, default, and the value for"
            + " workflows saved before this option existed): each segment has its own spread per column but no"
            + " correlations between columns, so its density contours are ellipses aligned with the axes. Fewer"
            + " parameters; robust for small tables and many columns. - Full (FULL): each segment has a full"
            + " covariance matrix, so segments can be tilted, elongated ellipses. Our own EM, started from a seeded"
            + " k-means, whichever Engine is chosen (the WEKA engine cannot fit full matrices: that combination is"
            + " rejected with a message). Choose it when columns are correlated within segments (for example credit"
            + " limit and number of cards, or balance and purchases rise together) and there are many more rows than"
            + " parameters: k × d(d+1)/2 covariance values, e.g. 45 for k = 3 and 5 columns. With BIC as the"
            + " criterion the comparison of k takes the extra parameters into account. Every covariance matrix gets a"
            + " small ridge on its diagonal, the square of the per-column minimum standard deviation described above,"
            + " so that no matrix becomes singular when a segment collapses onto identical customers.")
    @ValueSwitchWidget
    @Persist(configKey = SegmenterSettings.KEY_COVARIANCE)
    @Layout(AlgorithmSection.class)
    CovarianceChoice m_covariance = CovarianceChoice.DIAGONAL;

    @Widget(title = SegmenterSettings.LABEL_SEED,
        description = "Seed of the random start (default 1). The same seed gives the same segments.")
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
        SSE_KNEE,
        @Label(value = "BIC",
            description = "BIC (BIC, lower is better): the Bayesian information criterion of the mixture "
                + "model, -2 × log-likelihood (summed over all rows) + ((k - 1) + 2 × k × columns) × "
                + "ln(rows); the natural choice for EM. BIC asks how well bell-shaped segments "
                + "describe the data, not how clearly the segments are separated, so it often prefers "
                + "a few more segments than the silhouette, splitting a large segment whose values are "
                + "not bell-shaped (on the sample credit-card data the silhouette picks 3 and BIC 5 of "
                + "2 to 10, with 4 almost as good).")
        BIC;
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
    /** Covariance structures; the constant names are the engine's, which the node model parses. */
    enum CovarianceChoice {
        @Label(value = "Diagonal", description = "Diagonal (DIAGONAL, default): per-column spread, no correlations"
            + " between columns; the value for workflows saved before this option existed.")
        DIAGONAL,
        @Label(value = "Full", description = "Full (FULL): one full covariance matrix per segment, for columns"
            + " correlated within segments; our own EM (not with the WEKA engine).")
        FULL
    }

    /** The k-means or EM engine; the constant names are the engine's, which the node model parses. */
    enum FitEngine {
        @Label(value = "Fast", description = "Fast (FAST, default for new nodes): the extension's own EM; runs in"
            + " parallel, with the same result for any number of processors.")
        FAST,
        @Label(value = "Weka", description = "Weka (WEKA): Weka's EM; nodes saved before the engine option existed"
            + " load with it, so they reproduce their earlier results.")
        WEKA
    }

}
