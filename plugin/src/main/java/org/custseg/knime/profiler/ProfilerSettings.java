package org.custseg.knime.profiler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.custseg.engine.profile.LevelThresholds;
import org.custseg.engine.profile.ProfileConfig;
import org.custseg.engine.profile.TestMethod;
import org.custseg.knime.common.DefaultColumns;
import org.custseg.knime.common.NodeSettingsGroup;
import org.custseg.knime.common.SegmenterSettings;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The settings of the <i>Segment Profiler</i> node: classic settings models with stable keys, validation with
 * messages in the dialog's terms, the resolution of the selected columns against an input spec, and the
 * translation into the engine's {@link ProfileConfig}.
 *
 * <p>Every key is optional on load: settings written before a key existed load with that key's default. Values
 * that are present are always validated.
 */
public final class ProfilerSettings extends NodeSettingsGroup {

    /** Key of the segment column (empty = guess, see {@link #segmentColumn(DataTableSpec)}). */
    public static final String KEY_SEGMENT_COLUMN = "segment_column";
    /** Key of the numeric attribute filter. */
    public static final String KEY_NUMERIC_COLUMNS = "numeric_columns";
    /** Key of the nominal attribute filter. */
    public static final String KEY_NOMINAL_COLUMNS = "nominal_columns";
    /** Key of the test method (a {@link TestMethod} name). */
    public static final String KEY_TEST = "test_method";
    /** Key of the moderate effect threshold. */
    public static final String KEY_MODERATE = "moderate_threshold";
    /** Key of the strong effect threshold. */
    public static final String KEY_STRONG = "strong_threshold";
    /** Key of the number of top attributes. */
    public static final String KEY_TOP = "top_attributes";
    /** Key of the significance level. */
    public static final String KEY_ALPHA = "alpha";
    /** Key of the naming table's segment column (empty = first string column). */
    public static final String KEY_NAMES_SEGMENT = "names_segment_column";
    /** Key of the naming table's name column (empty = second string column). */
    public static final String KEY_NAMES_NAME = "names_name_column";

    /** Dialog label of the segment column. */
    public static final String LABEL_SEGMENT_COLUMN = "Segment column";
    /** Dialog label of the numeric attribute filter. */
    public static final String LABEL_NUMERIC_COLUMNS = "Numeric attributes";
    /** Dialog label of the nominal attribute filter. */
    public static final String LABEL_NOMINAL_COLUMNS = "Nominal attributes";
    /** Dialog label of the test. */
    public static final String LABEL_TEST = "Test";
    /** Dialog label of the moderate threshold. */
    public static final String LABEL_MODERATE = "Effect for low / high";
    /** Dialog label of the strong threshold. */
    public static final String LABEL_STRONG = "Effect for very low / very high";
    /** Dialog label of the number of top attributes. */
    public static final String LABEL_TOP = "Number of top attributes";
    /** Dialog label of alpha. */
    public static final String LABEL_ALPHA = "Significance level (alpha)";
    /** Dialog label of the naming table's segment column. */
    public static final String LABEL_NAMES_SEGMENT = "Naming table: segment column";
    /** Dialog label of the naming table's name column. */
    public static final String LABEL_NAMES_NAME = "Naming table: name column";

    /** Default number of top attributes. */
    public static final int DEFAULT_TOP = 3;
    /** Largest number of top attributes. */
    public static final int MAX_TOP = 50;

    private final SettingsModelString m_segmentColumn = register(KEY_SEGMENT_COLUMN, createSegmentColumnModel());
    private final SettingsModelColumnFilter2 m_numeric = register(KEY_NUMERIC_COLUMNS, createNumericColumnsModel());
    private final SettingsModelColumnFilter2 m_nominal = register(KEY_NOMINAL_COLUMNS, createNominalColumnsModel());
    private final SettingsModelString m_test = register(KEY_TEST, createTestModel());
    private final SettingsModelDouble m_moderate = register(KEY_MODERATE, createModerateModel());
    private final SettingsModelDouble m_strong = register(KEY_STRONG, createStrongModel());
    private final SettingsModelInteger m_top = register(KEY_TOP, createTopModel());
    private final SettingsModelDouble m_alpha = register(KEY_ALPHA, createAlphaModel());
    private final SettingsModelString m_namesSegment = register(KEY_NAMES_SEGMENT, createNamesSegmentModel());
    private final SettingsModelString m_namesName = register(KEY_NAMES_NAME, createNamesNameModel());

    /** @return a new segment column model (default: empty = guess) */
    public static SettingsModelString createSegmentColumnModel() {
        return new SettingsModelString(KEY_SEGMENT_COLUMN, "");
    }

    /** @return a new numeric attribute filter; new numeric columns are included by default */
    @SuppressWarnings("unchecked")
    public static SettingsModelColumnFilter2 createNumericColumnsModel() {
        return new SettingsModelColumnFilter2(KEY_NUMERIC_COLUMNS, DoubleValue.class);
    }

    /**
     * A new nominal attribute filter. Unlike the numeric filter, new columns are <em>excluded</em> by default (enforce
     * inclusion with an empty include list), because string columns are often names or identifiers that would make
     * meaningless categories.
     *
     * @return the model
     */
    @SuppressWarnings("unchecked")
    public static SettingsModelColumnFilter2 createNominalColumnsModel() {
        final SettingsModelColumnFilter2 m = new SettingsModelColumnFilter2(KEY_NOMINAL_COLUMNS, StringValue.class);
        final NodeSettings s = new NodeSettings("defaults");
        m.saveSettingsTo(s);
        try {
            // KNIME's name filter layout: <key>/enforce_option decides where columns not in either list go
            s.getNodeSettings(KEY_NOMINAL_COLUMNS).addString("enforce_option", "EnforceInclusion");
            m.loadSettingsFrom(s);
        } catch (final InvalidSettingsException e) {
            throw new IllegalStateException("Cannot set the default of the nominal attribute filter", e);
        }
        return m;
    }

    /** @return a new test model (default Welch) */
    public static SettingsModelString createTestModel() {
        return new SettingsModelString(KEY_TEST, TestMethod.WELCH_T.name());
    }

    /** @return a new moderate threshold model */
    public static SettingsModelDouble createModerateModel() {
        return new SettingsModelDouble(KEY_MODERATE, LevelThresholds.DEFAULT.moderate());
    }

    /** @return a new strong threshold model */
    public static SettingsModelDouble createStrongModel() {
        return new SettingsModelDouble(KEY_STRONG, LevelThresholds.DEFAULT.strong());
    }

    /** @return a new top attributes model */
    public static SettingsModelInteger createTopModel() {
        return new SettingsModelInteger(KEY_TOP, DEFAULT_TOP);
    }

    /** @return a new alpha model */
    public static SettingsModelDouble createAlphaModel() {
        return new SettingsModelDouble(KEY_ALPHA, ProfileConfig.DEFAULT.alpha());
    }

    /** @return a new naming-table segment column model (empty = first string column) */
    public static SettingsModelString createNamesSegmentModel() {
        return new SettingsModelString(KEY_NAMES_SEGMENT, "");
    }

    /** @return a new naming-table name column model (empty = second string column) */
    public static SettingsModelString createNamesNameModel() {
        return new SettingsModelString(KEY_NAMES_NAME, "");
    }

    /**
     * Validates settings without changing this object.
     *
     * @param settings to validate
     * @throws InvalidSettingsException naming the setting, the value and what is allowed
     */
    public static void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        validate(ProfilerSettings::new, settings);
    }

    /**
     * Checks every value and the relations between them, as {@link #toConfig(Map)} does.
     *
     * @throws InvalidSettingsException naming the setting, the value and what is allowed
     */
    @Override
    public void validateValues() throws InvalidSettingsException {
        toConfig(Map.of());
    }

    /**
     * Builds the engine configuration.
     *
     * @param personaNames segment name &rarr; persona overrides
     * @return the configuration
     * @throws InvalidSettingsException naming the setting, the value and what is allowed
     */
    public ProfileConfig toConfig(final Map<String, String> personaNames) throws InvalidSettingsException {
        final TestMethod test = SegmenterSettings.parse(TestMethod.class, LABEL_TEST, m_test.getStringValue());
        final double moderate = m_moderate.getDoubleValue();
        final double strong = m_strong.getDoubleValue();
        if (!(moderate > 0) || Double.isInfinite(moderate)) {
            throw new InvalidSettingsException("'" + LABEL_MODERATE + "' is " + moderate
                + " but must be a positive number below '" + LABEL_STRONG + "' (default "
                + LevelThresholds.DEFAULT.moderate() + ").");
        }
        if (!(strong > moderate) || Double.isInfinite(strong)) {
            throw new InvalidSettingsException("'" + LABEL_STRONG + "' is " + strong + " but must be a finite number "
                + "above '" + LABEL_MODERATE + "' (" + moderate + "); the default is "
                + LevelThresholds.DEFAULT.strong() + ".");
        }
        final int top = m_top.getIntValue();
        if (top < 1 || top > MAX_TOP) {
            throw new InvalidSettingsException(
                "'" + LABEL_TOP + "' is " + top + " but must be between 1 and " + MAX_TOP + ".");
        }
        final double alpha = m_alpha.getDoubleValue();
        if (!(alpha > 0 && alpha < 1)) {
            throw new InvalidSettingsException("'" + LABEL_ALPHA + "' is " + alpha
                + " but must be between 0 and 1, exclusive (default " + ProfileConfig.DEFAULT.alpha() + ").");
        }
        try {
            return ProfileConfig.builder().test(test).thresholds(new LevelThresholds(moderate, strong))
                .topAttributes(top).alpha(alpha).personaNames(personaNames).build();
        } catch (final IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /**
     * @param type a column type
     * @return whether a column of this type can hold segment labels (string or integer)
     */
    public static boolean isSegmentType(final DataType type) {
        return type.isCompatible(StringValue.class) || type.isCompatible(IntValue.class)
            || type.isCompatible(LongValue.class);
    }

    /**
     * The column guessed when the segment column setting is empty: the last string or integer column whose name
     * starts with "Segment" or "Cluster" (case-insensitive), which is what the segmenter nodes and KNIME's clustering
     * nodes append.
     *
     * @param spec the input spec
     * @return the column name, or {@code null} if there is none
     */
    public static String guessSegmentColumn(final DataTableSpec spec) {
        String found = null;
        for (final DataColumnSpec col : spec) {
            final String n = col.getName().toLowerCase(Locale.ROOT);
            if (isSegmentType(col.getType()) && (n.startsWith("segment") || n.startsWith("cluster"))) {
                found = col.getName();
            }
        }
        return found;
    }

    /**
     * @param settings saved settings
     * @param key the key of a column setting
     * @return whether the column setting is absent, {@code null} or empty, i.e. "use the node's default"
     */
    public static boolean isUnset(final NodeSettingsRO settings, final String key) {
        final String v = settings.getString(key, "");
        return v == null || v.isEmpty();
    }

    /** @return the stored segment column setting (may be empty) */
    public String segmentColumnSetting() {
        return m_segmentColumn.getStringValue();
    }

    /**
     * @param spec the input spec
     * @return the segment column to use
     * @throws InvalidSettingsException if the chosen column is missing or of the wrong type, or none can be guessed
     */
    public String segmentColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return resolveSegmentColumn(m_segmentColumn, spec, "input table");
    }

    /**
     * Resolves a segment-column setting against a table: the chosen column, or the guess of
     * {@link #guessSegmentColumn(DataTableSpec)} when none is chosen. Shared by every node that reads segments.
     *
     * @param setting the segment-column setting
     * @param spec the table's spec
     * @param table how messages name the table, e.g. "input table"
     * @return the segment column to use
     * @throws InvalidSettingsException if the chosen column is missing or of the wrong type, or none can be guessed
     */
    public static String resolveSegmentColumn(final SettingsModelString setting, final DataTableSpec spec,
        final String table) throws InvalidSettingsException {
        final String set = setting.getStringValue();
        if (set == null || set.isEmpty()) {
            final String guess = guessSegmentColumn(spec);
            if (guess == null) {
                throw new InvalidSettingsException("No '" + LABEL_SEGMENT_COLUMN + "' is selected and the " + table
                    + " has no string or integer column named \"Segment...\" or \"Cluster...\". Select the column "
                    + "that holds the segment of each row in the node's dialog.");
            }
            return guess;
        }
        final DataColumnSpec col = spec.getColumnSpec(set);
        if (col == null) {
            throw new InvalidSettingsException("The '" + LABEL_SEGMENT_COLUMN + "' \"" + set + "\" is not in the "
                + table + ". Select one of its string or integer columns.");
        }
        if (!isSegmentType(col.getType())) {
            throw new InvalidSettingsException("The '" + LABEL_SEGMENT_COLUMN + "' \"" + set + "\" has type "
                + col.getType() + "; it must be a string or integer column. Convert it or select another column.");
        }
        return set;
    }

    /**
     * The identifier-like numeric columns (e.g. {@code Sl_No}, {@code Customer Key}) left out of the profile because
     * the numeric column filter was never configured; see {@link DefaultColumns}.
     *
     * @param spec the input spec
     * @param segmentColumn the resolved segment column
     * @return the columns left out by default (empty once the user has chosen columns)
     */
    public List<String> defaultSkippedColumns(final DataTableSpec spec, final String segmentColumn) {
        return defaultSkippedNumeric(m_numeric, KEY_NUMERIC_COLUMNS, spec, segmentColumn);
    }

    /**
     * The identifier-like numeric columns a never-configured attribute filter leaves out (see
     * {@link DefaultColumns}); empty once the user has chosen columns, or if leaving them out would leave nothing.
     *
     * @param filter the numeric attribute filter
     * @param key the key the filter was created with
     * @param spec the table's spec
     * @param segmentColumn the resolved segment column (never an attribute)
     * @return the columns left out by default
     */
    public static List<String> defaultSkippedNumeric(final SettingsModelColumnFilter2 filter, final String key,
        final DataTableSpec spec, final String segmentColumn) {
        if (!DefaultColumns.neverConfigured(filter, key)) {
            return List.of();
        }
        final List<String> numeric = new ArrayList<>();
        for (final String n : filter.applyTo(spec).getIncludes()) {
            final DataColumnSpec col = spec.getColumnSpec(n);
            if (col != null && col.getType().isCompatible(DoubleValue.class) && !n.equals(segmentColumn)) {
                numeric.add(n);
            }
        }
        return DefaultColumns.leftOutByDefault(numeric);
    }

    /**
     * The attribute columns: the included numeric and nominal columns, without the segment column.
     *
     * @param spec the input spec
     * @param segmentColumn the resolved segment column
     * @return two lists: [0] numeric, [1] nominal, each in table order
     * @throws InvalidSettingsException if no attribute is selected
     */
    public List<List<String>> attributeColumns(final DataTableSpec spec, final String segmentColumn)
        throws InvalidSettingsException {
        final List<String> numeric = new ArrayList<>();
        final Set<String> seen = new LinkedHashSet<>();
        seen.add(segmentColumn);
        for (final String n : m_numeric.applyTo(spec).getIncludes()) {
            final DataColumnSpec col = spec.getColumnSpec(n);
            if (col != null && col.getType().isCompatible(DoubleValue.class) && seen.add(n)) {
                numeric.add(n);
            }
        }
        numeric.removeAll(defaultSkippedColumns(spec, segmentColumn));
        final List<String> nominal = new ArrayList<>();
        for (final String n : m_nominal.applyTo(spec).getIncludes()) {
            final DataColumnSpec col = spec.getColumnSpec(n);
            if (col != null && col.getType().isCompatible(StringValue.class) && seen.add(n)) {
                nominal.add(n);
            }
        }
        if (numeric.isEmpty() && nominal.isEmpty()) {
            throw new InvalidSettingsException("No attribute column is selected: include at least one column in '"
                + LABEL_NUMERIC_COLUMNS + "' or '" + LABEL_NOMINAL_COLUMNS + "' (the segment column \""
                + segmentColumn + "\" itself is never profiled).");
        }
        return List.of(numeric, nominal);
    }

    /**
     * The naming table's columns.
     *
     * @param spec the naming table's spec
     * @return [segment column, name column]
     * @throws InvalidSettingsException if a chosen column is missing or not a string column, or if the defaults
     *             cannot be applied (fewer than two string columns)
     */
    public String[] namingColumns(final DataTableSpec spec) throws InvalidSettingsException {
        return resolveNamingColumns(m_namesSegment, m_namesName, spec, 1);
    }

    /**
     * Resolves the naming table's columns: the chosen ones, or by default the first string column and the first
     * other string column. Shared by every node with a naming input.
     *
     * @param segmentSetting the setting of the naming table's segment column
     * @param nameSetting the setting of the naming table's name column
     * @param spec the naming table's spec
     * @param port the node's input port of the naming table (for messages)
     * @return [segment column, name column]
     * @throws InvalidSettingsException if a chosen column is missing or not a string column, or if the defaults
     *             cannot be applied (fewer than two string columns)
     */
    public static String[] resolveNamingColumns(final SettingsModelString segmentSetting,
        final SettingsModelString nameSetting, final DataTableSpec spec, final int port)
        throws InvalidSettingsException {
        final String input = "(input " + port + ")";
        final List<String> strings = new ArrayList<>();
        for (final DataColumnSpec col : spec) {
            if (col.getType().isCompatible(StringValue.class)) {
                strings.add(col.getName());
            }
        }
        String seg = segmentSetting.getStringValue();
        String name = nameSetting.getStringValue();
        if (seg == null || seg.isEmpty()) {
            seg = strings.isEmpty() ? null : strings.get(0);
        }
        if (name == null || name.isEmpty()) {
            final String segmentName = seg;
            name = strings.stream().filter(s -> !s.equals(segmentName)).findFirst().orElse(null);
        }
        if (seg == null || name == null) {
            throw new InvalidSettingsException("The naming table " + input + " needs two string columns, one with the "
                + "segment and one with its name, but it has " + strings.size() + " string column"
                + (strings.size() == 1 ? "" : "s") + ". Convert the columns to strings or select them as '"
                + LABEL_NAMES_SEGMENT + "' and '" + LABEL_NAMES_NAME + "'.");
        }
        for (final String[] c : new String[][]{{LABEL_NAMES_SEGMENT, seg}, {LABEL_NAMES_NAME, name}}) {
            final DataColumnSpec col = spec.getColumnSpec(c[1]);
            if (col == null) {
                throw new InvalidSettingsException("The '" + c[0] + "' \"" + c[1] + "\" is not in the naming table "
                    + input + ". Select one of its string columns: " + String.join(", ", strings) + ".");
            }
            if (!col.getType().isCompatible(StringValue.class)) {
                throw new InvalidSettingsException("The '" + c[0] + "' \"" + c[1] + "\" is not a string column. "
                    + "Select one of: " + String.join(", ", strings) + ".");
            }
        }
        if (seg.equals(name)) {
            throw new InvalidSettingsException("'" + LABEL_NAMES_SEGMENT + "' and '" + LABEL_NAMES_NAME
                + "' are both \"" + seg + "\". Select two different columns of the naming table.");
        }
        return new String[]{seg, name};
    }
}
