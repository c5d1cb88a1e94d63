package org.custseg.knime.profiler;

import org.custseg.engine.profile.LevelThresholds;
import org.custseg.engine.profile.ProfileConfig;
import org.custseg.knime.common.ParameterValidations;
import org.knime.core.data.DataColumnSpec;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.layout.After;
import org.knime.node.parameters.layout.Layout;
import org.knime.node.parameters.layout.Section;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.persistence.Persistor;
import org.knime.node.parameters.persistence.legacy.LegacyColumnFilterPersistor;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;
import org.knime.node.parameters.widget.choices.filter.ColumnFilter;
import org.knime.node.parameters.widget.choices.filter.ColumnFilterWidget;
import org.knime.node.parameters.widget.choices.util.AllColumnsProvider;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider.DoubleColumnsProvider;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider.StringColumnsProvider;
import org.knime.node.parameters.widget.choices.util.FilteredInputTableColumnsProvider;
import org.knime.node.parameters.widget.number.NumberInputWidget;

/**
 * The <i>Segment Profiler</i>'s settings as node parameters (its web dialog): the keys and value types of
 * {@link ProfilerSettings}, the column filters in the layout of {@code SettingsModelColumnFilter2}; the nominal
 * filter keeps new columns out by default, as the classic one does. Descriptions are those of the node description.
 * Loaded only where {@code org.knime.node.parameters} exists (KNIME 5.6+).
 */
@SuppressWarnings("restriction")
final class SegmentProfilerNodeParameters implements NodeParameters {

    @Section(title = "Columns")
    interface ColumnsSection {
    }

    @Section(title = "Profile")
    @After(ColumnsSection.class)
    interface ProfileSection {
    }

    @Section(title = "Segment names")
    @After(ProfileSection.class)
    interface NamingSection {
    }

    /** The numeric attribute filter under the classic key and layout. */
    static final class NumericPersistor extends LegacyColumnFilterPersistor {
        NumericPersistor() {
            super(ProfilerSettings.KEY_NUMERIC_COLUMNS);
        }
    }

    /** The nominal attribute filter under the classic key and layout. */
    static final class NominalPersistor extends LegacyColumnFilterPersistor {
        NominalPersistor() {
            super(ProfilerSettings.KEY_NOMINAL_COLUMNS);
        }
    }

    /** The columns of the optional naming table (input 2). */
    static final class NamingTableColumns implements FilteredInputTableColumnsProvider {
        @Override
        public int getInputTableIndex() {
            return 1;
        }

        @Override
        public boolean isIncluded(final DataColumnSpec col) {
            return true;
        }
    }

    @Widget(title = ProfilerSettings.LABEL_SEGMENT_COLUMN,
        description = "The string or integer column that holds each row's segment, usually the Segment "
            + "column the segmenter nodes append. When nothing is selected the node uses the last "
            + "string or integer column whose name starts with \"Segment\" or \"Cluster\". The "
            + "segment column is never profiled as an attribute, even if it is included in a "
            + "filter below.")
    @ChoicesProvider(AllColumnsProvider.class)
    @Persist(configKey = ProfilerSettings.KEY_SEGMENT_COLUMN)
    @Layout(ColumnsSection.class)
    String m_segmentColumn = "";

    @Widget(title = ProfilerSettings.LABEL_NUMERIC_COLUMNS,
        description = "The numeric columns to describe the segments with. Until you choose columns, all "
            + "numeric columns are used except identifier-like ones (names such as Sl_No, Customer "
            + "Key or customer_id), and a warning says which were left out. Exclude identifiers "
            + "such as customer numbers or row numbers: they are numbers but say nothing about "
            + "behaviour. Each numeric attribute gives one row per segment in the first output and "
            + "one column in the third.")
    @ColumnFilterWidget(choicesProvider = DoubleColumnsProvider.class)
    @Persistor(NumericPersistor.class)
    @Layout(ColumnsSection.class)
    ColumnFilter m_numericColumns = new ColumnFilter().withIncludeUnknownColumns();

    @Widget(title = ProfilerSettings.LABEL_NOMINAL_COLUMNS,
        description = "String columns to describe the segments with, for example region, product or "
            + "channel. None are included by default, because string columns are often names or "
            + "identifiers; move the columns you want to the include list. Each category gives one "
            + "row per segment in the first output. Use attributes with a handful of categories: "
            + "with hundreds of categories the chi-square test is unreliable and the table becomes "
            + "long.")
    @ColumnFilterWidget(choicesProvider = StringColumnsProvider.class)
    @Persistor(NominalPersistor.class)
    @Layout(ColumnsSection.class)
    ColumnFilter m_nominalColumns = new ColumnFilter().withExcludeUnknownColumns();

    @Widget(title = ProfilerSettings.LABEL_TEST,
        description = "How a segment is tested against the rest of the population on a numeric attribute: "
            + "- Welch's t-test (default, WELCH_T): compares means without assuming equal "
            + "variances. Right for most attributes and for large segments. - Mann-Whitney U test "
            + "(MANN_WHITNEY_U): compares ranks, so a few extreme customers cannot dominate. "
            + "Prefer it for skewed attributes such as amounts, balances or counts with long "
            + "tails, and for small segments. Tests need at least two values on each side and some "
            + "variance; otherwise the p-value is missing and the Note says why. The effect and "
            + "the level do not depend on the test.")
    @ValueSwitchWidget
    @Persist(configKey = ProfilerSettings.KEY_TEST)
    @Layout(ProfileSection.class)
    Test m_test = Test.WELCH_T;

    @Widget(title = ProfilerSettings.LABEL_MODERATE,
        description = "The smallest absolute effect (Cohen's d) that is called low or high rather than "
            + "average (default 0.3; a positive number below the next threshold). Raise it to call "
            + "fewer differences out; lower it for subtle data.")
    @NumberInputWidget(minValidation = ParameterValidations.PositiveEffect.class)
    @Persist(configKey = ProfilerSettings.KEY_MODERATE)
    @Layout(ProfileSection.class)
    double m_moderate = LevelThresholds.DEFAULT.moderate();

    @Widget(title = ProfilerSettings.LABEL_STRONG,
        description = "The smallest absolute effect that is called very low or very high (default 0.8, "
            + "Cohen's conventional \"large\" effect; must be larger than the previous threshold).")
    @NumberInputWidget(minValidation = ParameterValidations.PositiveEffect.class)
    @Persist(configKey = ProfilerSettings.KEY_STRONG)
    @Layout(ProfileSection.class)
    double m_strong = LevelThresholds.DEFAULT.strong();

    @Widget(title = ProfilerSettings.LABEL_TOP,
        description = "How many distinguishing attributes the description and the Top attributes column "
            + "list per segment (default 3, allowed 1 to 50). Three reads well on a slide; use "
            + "more for a detailed report.")
    @NumberInputWidget(minValidation = ProfilerParameterValidations.TopMin.class,
        maxValidation = ProfilerParameterValidations.TopMax.class)
    @Persist(configKey = ProfilerSettings.KEY_TOP)
    @Layout(ProfileSection.class)
    int m_top = ProfilerSettings.DEFAULT_TOP;

    @Widget(title = ProfilerSettings.LABEL_ALPHA,
        description = "An attribute only counts as distinguishing when its Benjamini-Hochberg adjusted "
            + "p-value is below alpha (default 0.05, allowed strictly between 0 and 1). Use 0.01 "
            + "for very large tables, where tiny differences become significant; the effect "
            + "threshold then decides what is worth mentioning.")
    @NumberInputWidget(minValidation = ProfilerParameterValidations.AlphaMin.class,
        maxValidation = ProfilerParameterValidations.AlphaMax.class)
    @Persist(configKey = ProfilerSettings.KEY_ALPHA)
    @Layout(ProfileSection.class)
    double m_alpha = ProfileConfig.DEFAULT.alpha();

    @Widget(title = ProfilerSettings.LABEL_NAMES_SEGMENT,
        description = "The string column of the optional naming table (second input) that holds the "
            + "segment names, exactly as in the segment column. When nothing is selected the node "
            + "uses the naming table's first string column.")
    @ChoicesProvider(NamingTableColumns.class)
    @Persist(configKey = ProfilerSettings.KEY_NAMES_SEGMENT)
    @Layout(NamingSection.class)
    String m_namesSegment = "";

    @Widget(title = ProfilerSettings.LABEL_NAMES_NAME,
        description = "The string column of the naming table that holds the name to use as the segment's "
            + "persona. When nothing is selected the node uses the naming table's second string "
            + "column. Segments without a row in the naming table keep their generated persona; "
            + "names for segments that are not in the data, empty names and repeated segments are "
            + "ignored with a warning.")
    @ChoicesProvider(NamingTableColumns.class)
    @Persist(configKey = ProfilerSettings.KEY_NAMES_NAME)
    @Layout(NamingSection.class)
    String m_namesName = "";

    /** The choices; the constant names are those the node model parses. */
    enum Test {
        @Label(value = "Welch's t-test",
            description = "Welch's t-test (default, WELCH_T): compares means without assuming equal variances. "
                + "Right for most attributes and for large segments.")
        WELCH_T,
        @Label(value = "Mann-Whitney U test",
            description = "Mann-Whitney U test (MANN_WHITNEY_U): compares ranks, so a few extreme customers "
                + "cannot dominate. Prefer it for skewed attributes such as amounts, balances or "
                + "counts with long tails, and for small segments.")
        MANN_WHITNEY_U;
    }
}
