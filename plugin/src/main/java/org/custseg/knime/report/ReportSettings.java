package org.custseg.knime.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.custseg.knime.common.NodeSettingsGroup;
import org.custseg.knime.profiler.ProfilerSettings;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The settings of the <i>Segment Report</i> node: the segment and attribute columns (same keys, defaults and rules
 * as the Segment Profiler's), the output file, what to do when it exists, and the report title.
 *
 * <p>Every key is optional on load: settings written before a key existed load with that key's default.
 */
public final class ReportSettings extends NodeSettingsGroup {

    /** Key of the segment column (empty = guess, as the profiler). */
    public static final String KEY_SEGMENT_COLUMN = ProfilerSettings.KEY_SEGMENT_COLUMN;
    /** Key of the numeric attribute filter. */
    public static final String KEY_NUMERIC_COLUMNS = ProfilerSettings.KEY_NUMERIC_COLUMNS;
    /** Key of the output location: a URL or an absolute local path (before URLs were accepted: a local path). */
    public static final String KEY_OUTPUT_FILE = "output_file";
    /** Key of the overwrite policy (an {@link OverwritePolicy} name). */
    public static final String KEY_OVERWRITE = "overwrite_policy";
    /** Key of the report title. */
    public static final String KEY_TITLE = "report_title";
    /** Key of the naming table's segment column (empty = first string column), as the profiler's. */
    public static final String KEY_NAMES_SEGMENT = ProfilerSettings.KEY_NAMES_SEGMENT;
    /** Key of the naming table's name column (empty = first other string column), as the profiler's. */
    public static final String KEY_NAMES_NAME = ProfilerSettings.KEY_NAMES_NAME;

    /** Dialog label of the segment column. */
    public static final String LABEL_SEGMENT_COLUMN = ProfilerSettings.LABEL_SEGMENT_COLUMN;
    /** Dialog label of the numeric attribute filter. */
    public static final String LABEL_NUMERIC_COLUMNS = ProfilerSettings.LABEL_NUMERIC_COLUMNS;
    /** Dialog label of the output file. */
    public static final String LABEL_OUTPUT_FILE = "Output file";
    /** Dialog label of the overwrite policy. */
    public static final String LABEL_OVERWRITE = "If the file exists";
    /** Dialog label of the title. */
    public static final String LABEL_TITLE = "Report title";
    /** Dialog label of the naming table's segment column. */
    public static final String LABEL_NAMES_SEGMENT = ProfilerSettings.LABEL_NAMES_SEGMENT;
    /** Dialog label of the naming table's name column. */
    public static final String LABEL_NAMES_NAME = ProfilerSettings.LABEL_NAMES_NAME;

    /**
     * A URL scheme of at least two characters followed by a colon (one letter and a colon is a Windows drive, as
     * {@code C:\reports}).
     */
    private static final Pattern URL_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:");

    /** Default report title (the command line's). */
    public static final String DEFAULT_TITLE = "Customer segmentation report";

    /** What to do when the output file exists. */
    public enum OverwritePolicy {
        /** Fail the node and leave the file alone. */
        FAIL,
        /** Replace the file. */
        OVERWRITE
    }

    private final SettingsModelString m_segmentColumn =
        register(KEY_SEGMENT_COLUMN, ProfilerSettings.createSegmentColumnModel());
    private final SettingsModelColumnFilter2 m_numeric =
        register(KEY_NUMERIC_COLUMNS, ProfilerSettings.createNumericColumnsModel());
    private final SettingsModelString m_file = register(KEY_OUTPUT_FILE, createOutputFileModel());
    private final SettingsModelString m_overwrite = register(KEY_OVERWRITE, createOverwriteModel());
    private final SettingsModelString m_title = register(KEY_TITLE, createTitleModel());
    private final SettingsModelString m_namesSegment =
        register(KEY_NAMES_SEGMENT, ProfilerSettings.createNamesSegmentModel());
    private final SettingsModelString m_namesName = register(KEY_NAMES_NAME, ProfilerSettings.createNamesNameModel());

    /** @return a new output file model (default empty: must be set) */
    public static SettingsModelString createOutputFileModel() {
        return new SettingsModelString(KEY_OUTPUT_FILE, "");
    }

    /** @return a new overwrite policy model (default {@link OverwritePolicy#FAIL}) */
    public static SettingsModelString createOverwriteModel() {
        return new SettingsModelString(KEY_OVERWRITE, OverwritePolicy.FAIL.name());
    }

    /** @return a new title model */
    public static SettingsModelString createTitleModel() {
        return new SettingsModelString(KEY_TITLE, DEFAULT_TITLE);
    }

    /**
     * Validates settings without changing this object.
     *
     * @param settings to validate
     * @throws InvalidSettingsException naming the setting, the value and what is allowed
     */
    public static void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        validate(ReportSettings::new, settings);
    }

    @Override
    public void validateValues() throws InvalidSettingsException {
        outputLocation();
        overwritePolicy();
    }

    /**
     * The output location as entered: a URL ({@code knime://knime.workflow/...}, {@code knime://knime.mountpoint/...},
     * {@code file:///...}, or any URL KNIME can write to) or an absolute local path. Settings saved before URLs were
     * accepted hold an absolute local path, which is still valid. Resolving it needs KNIME's URL handlers and the
     * workflow, so it happens in configure and execute ({@link ReportTarget}).
     *
     * @return the trimmed output location
     * @throws InvalidSettingsException if the setting is empty, a malformed URL, not a valid path or a relative path
     */
    public String outputLocation() throws InvalidSettingsException {
        final String s = m_file.getStringValue() == null ? "" : m_file.getStringValue().trim();
        if (s.isEmpty()) {
            throw new InvalidSettingsException("'" + LABEL_OUTPUT_FILE + "' is empty. Enter where to write the HTML "
                + "file: a URL such as knime://knime.workflow/../output/segments.html or an absolute path such as "
                + "/home/me/reports/segments.html.");
        }
        if (URL_SCHEME.matcher(s).lookingAt()) {
            try {
                new URI(s.replace(" ", "%20"));
            } catch (final URISyntaxException e) {
                throw new InvalidSettingsException("'" + LABEL_OUTPUT_FILE + "' \"" + s + "\" is not a valid URL ("
                    + e.getReason() + ").", e);
            }
            return s;
        }
        final Path p;
        try {
            p = Paths.get(s);
        } catch (final InvalidPathException e) {
            throw new InvalidSettingsException("'" + LABEL_OUTPUT_FILE + "' \"" + s + "\" is not a valid path ("
                + e.getReason() + "). Enter a knime:// URL or the absolute path of the HTML file to write.", e);
        }
        if (!p.isAbsolute()) {
            throw new InvalidSettingsException("'" + LABEL_OUTPUT_FILE + "' \"" + s + "\" is a relative path; "
                + "KNIME's working directory is not predictable. Enter a workflow-relative URL such as "
                + "knime://knime.workflow/../" + s.replace('\\', '/') + " or an absolute path, e.g. "
                + Paths.get(System.getProperty("user.home"), "segments.html") + ".");
        }
        return s;
    }

    /**
     * @return the overwrite policy
     * @throws InvalidSettingsException if the stored value is not a policy name
     */
    public OverwritePolicy overwritePolicy() throws InvalidSettingsException {
        final String v = m_overwrite.getStringValue();
        try {
            return OverwritePolicy.valueOf(v == null ? "" : v.trim().toUpperCase(Locale.ROOT));
        } catch (final IllegalArgumentException e) {
            throw new InvalidSettingsException("'" + LABEL_OVERWRITE + "' is \"" + v + "\" but must be one of "
                + OverwritePolicy.FAIL.name() + ", " + OverwritePolicy.OVERWRITE.name() + ".", e);
        }
    }

    /** @return the report title (the default when the setting is blank) */
    public String title() {
        final String t = m_title.getStringValue();
        return t == null || t.isBlank() ? DEFAULT_TITLE : t.trim();
    }

    /**
     * @param spec the input spec
     * @return the segment column to use (set, or guessed as the profiler does)
     * @throws InvalidSettingsException if the chosen column is missing or of the wrong type, or none can be guessed
     */
    public String segmentColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return ProfilerSettings.resolveSegmentColumn(m_segmentColumn, spec, "input table (input 0)");
    }

    /**
     * The identifier-like numeric columns left out because the attribute filter was never configured.
     *
     * @param spec the input spec
     * @param segmentColumn the resolved segment column
     * @return the columns left out by default (empty once the user has chosen columns)
     */
    public List<String> defaultSkippedColumns(final DataTableSpec spec, final String segmentColumn) {
        return ProfilerSettings.defaultSkippedNumeric(m_numeric, KEY_NUMERIC_COLUMNS, spec, segmentColumn);
    }

    /**
     * @param spec the input spec
     * @param segmentColumn the resolved segment column
     * @return the numeric attribute columns, in table order, without the segment column and default-skipped ones
     * @throws InvalidSettingsException if none is left
     */
    public List<String> attributeColumns(final DataTableSpec spec, final String segmentColumn)
        throws InvalidSettingsException {
        final List<String> numeric = included(spec, segmentColumn);
        numeric.removeAll(defaultSkippedColumns(spec, segmentColumn));
        if (numeric.isEmpty()) {
            throw new InvalidSettingsException("No attribute column is selected: include at least one numeric column "
                + "in '" + LABEL_NUMERIC_COLUMNS + "' (the segment column \"" + segmentColumn
                + "\" itself is never shown as an attribute).");
        }
        return numeric;
    }

    /**
     * The naming table's columns: the chosen ones, or by default the first string column and the first other one
     * (as the profiler resolves them).
     *
     * @param spec the naming table's spec (input 3)
     * @return [segment column, name column]
     * @throws InvalidSettingsException if a chosen column is missing or not a string column, or the table has fewer
     *             than two string columns
     */
    public String[] namingColumns(final DataTableSpec spec) throws InvalidSettingsException {
        return ProfilerSettings.resolveNamingColumns(m_namesSegment, m_namesName, spec, 3);
    }

    private List<String> included(final DataTableSpec spec, final String segmentColumn) {
        final List<String> numeric = new ArrayList<>();
        for (final String n : m_numeric.applyTo(spec).getIncludes()) {
            final DataColumnSpec col = spec.getColumnSpec(n);
            if (col != null && col.getType().isCompatible(DoubleValue.class) && !n.equals(segmentColumn)
                && !numeric.contains(n)) {
                numeric.add(n);
            }
        }
        return numeric;
    }
}
