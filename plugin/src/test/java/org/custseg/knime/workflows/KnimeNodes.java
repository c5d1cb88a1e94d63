package org.custseg.knime.workflows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.base.ConfigBase;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;

/**
 * The few KNIME nodes the workflows use, with the structure of their settings copied from real saved examples
 * (test-workflows/README.md names the source file of each). Only values differ from those examples.
 *
 * <p>{@link #PORTS} holds their port counts (data ports only, all of them tables), which the build checks use to
 * validate connections; our own nodes' port counts come from their node models instead.
 */
public final class KnimeNodes {

    /** CSV Reader (knime-base, file handling framework). */
    public static final String CSV_READER = "org.knime.base.node.io.filehandling.csv.reader.CSVTableReaderNodeFactory";
    /** CSV Writer (knime-base, file handling framework). */
    public static final String CSV_WRITER = "org.knime.base.node.io.filehandling.csv.writer.CSVWriter2NodeFactory";
    /** Testflow Configuration (KNIME Testing Framework). */
    public static final String TESTFLOW_CONFIGURATION = "org.knime.testing.node.config.TestConfigNodeFactory";
    /** Table Difference Checker (KNIME Testing Framework). */
    public static final String DIFFERENCE_CHECKER =
        "org.knime.testing.internal.nodes.differ.DifferenceCheckerNodeFactory";

    /** Checker comparing cells with {@code equals}. */
    public static final String EQUALITY_CHECKER = "org.knime.testing.internal.diffcheckers.EqualityChecker$Factory";
    /** Checker comparing numbers with an absolute tolerance. */
    public static final String EPSILON_CHECKER =
        "org.knime.testing.internal.diffcheckers.EpsilonNumberChecker$Factory";

    /** Bundle of the CSV nodes. */
    public static final NodeBundle KNIME_BASE = new NodeBundle("KNIME Base Nodes", "org.knime.base",
        "KNIME AG, Zurich, Switzerland", "5.3.0", "KNIME Base nodes", "org.knime.features.base.feature.group");

    /** Bundle of the testing nodes. */
    public static final NodeBundle KNIME_TESTING = new NodeBundle("KNIME Testing Framework", "org.knime.testing",
        "KNIME AG, Zurich, Switzerland", "5.3.0", "KNIME Testing Framework",
        "org.knime.features.testing.application.feature.group");

    /** Data input and output port counts of the KNIME nodes used ({in, out}; flow-variable ports not counted). */
    public static final Map<String, int[]> PORTS = portTable();

    /** Node names, as the node repository shows them. */
    public static final Map<String, String> NAMES = Map.of(CSV_READER, "CSV Reader", CSV_WRITER, "CSV Writer",
        TESTFLOW_CONFIGURATION, "Testflow Configuration", DIFFERENCE_CHECKER, "Table Difference Checker");

    private KnimeNodes() {
    }

    private static Map<String, int[]> portTable() {
        final Map<String, int[]> m = new LinkedHashMap<>();
        m.put(CSV_READER, new int[]{0, 1});
        m.put(CSV_WRITER, new int[]{1, 0});
        m.put(TESTFLOW_CONFIGURATION, new int[]{0, 0});
        m.put(DIFFERENCE_CHECKER, new int[]{2, 0});
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The file chooser part shared by reader and writer: the location as a KNIME URL (file system category
     * CUSTOM_URL, whose specifier is the URL timeout in milliseconds).
     */
    private static void fileSystemChooserInternals(final ConfigBase parent) {
        final ConfigBase fs = parent.addConfigBase("file_system_chooser__Internals");
        fs.addBoolean("has_fs_port", false);
        fs.addBoolean("overwritten_by_variable", false);
        fs.addString("convenience_fs_category", "CUSTOM_URL");
        fs.addString("relative_to", "knime.workflow");
        fs.addString("mountpoint", "LOCAL");
        fs.addString("spaceId", "");
        fs.addString("spaceName", "");
        fs.addInt("custom_url_timeout", 1000);
        fs.addBoolean("connected_fs", true);
    }

    private static void location(final ConfigBase parent, final String url) {
        final ConfigBase path = parent.addConfigBase("path");
        path.addBoolean("location_present", true);
        path.addString("file_system_type", "CUSTOM_URL");
        path.addString("file_system_specifier", "1000");
        path.addString("path", url);
    }

    /**
     * Settings path (below {@code model}) of the CSV Reader's file location, for a flow-variable override.
     */
    public static final String CSV_READER_PATH = "settings/file_selection/path/path";

    /**
     * Settings path (below {@code model}) of the CSV Writer's file location, for a flow-variable override.
     */
    public static final String CSV_WRITER_PATH = "settings/file_chooser_settings/path/path";

    /**
     * CSV Reader model settings: one comma-separated UTF-8 file with a header row, no row ID column, types
     * detected from the first 10000 rows.
     *
     * @param url a {@code knime://} URL of the file
     * @param hasRowId whether the first column holds the row IDs
     * @return the {@code model} subtree
     */
    public static NodeSettings csvReader(final String url, final boolean hasRowId) {
        final NodeSettings model = new NodeSettings("model");
        final ConfigBase s = model.addConfigBase("settings");
        s.addBoolean("has_column_header", true);
        s.addBoolean("has_row_id", hasRowId);
        s.addBoolean("support_short_data_rows", false);
        s.addBoolean("skip_empty_data_rows", false);
        s.addBoolean("prepend_file_idx_to_row_id", false);
        s.addString("comment_char", "#");
        s.addString("column_delimiter", ",");
        s.addString("quote_char", "\"");
        s.addString("quote_escape_char", "\"");
        s.addBoolean("use_line_break_row_delimiter", true);
        s.addString("row_delimiter", "\n");
        s.addInt("autodetect_buffer_size", 1048576);
        final ConfigBase fileInternals = s.addConfigBase("file_selection_Internals");
        fileInternals.addString("SettingsModelID", "SMID_ReaderFileChooser");
        fileInternals.addBoolean("EnabledStatus", true);
        final ConfigBase file = s.addConfigBase("file_selection");
        fileSystemChooserInternals(file);
        location(file, url);
        final ConfigBase modeInternals = file.addConfigBase("filter_mode_Internals");
        modeInternals.addString("SettingsModelID", "SMID_FilterMode");
        modeInternals.addBoolean("EnabledStatus", true);
        final ConfigBase mode = file.addConfigBase("filter_mode");
        mode.addString("filter_mode", "FILE");
        mode.addBoolean("include_subfolders", false);
        final ConfigBase filter = mode.addConfigBase("filter_options");
        filter.addBoolean("filter_files_extension", false);
        filter.addString("files_extension_expression", "");
        filter.addBoolean("files_extension_case_sensitive", false);
        filter.addBoolean("filter_files_name", false);
        filter.addString("files_name_expression", "*");
        filter.addBoolean("files_name_case_sensitive", false);
        filter.addString("files_name_filter_type", "WILDCARD");
        filter.addBoolean("include_hidden_files", false);
        filter.addBoolean("include_special_files", true);
        filter.addBoolean("filter_folders_name", false);
        filter.addString("folders_name_expression", "*");
        filter.addBoolean("folders_name_case_sensitive", false);
        filter.addString("folders_name_filter_type", "WILDCARD");
        filter.addBoolean("include_hidden_folders", false);
        filter.addBoolean("follow_links", true);

        final ConfigBase adv = model.addConfigBase("advanced_settings");
        adv.addString("spec_merge_mode_Internals", "UNION");
        adv.addBoolean("fail_on_differing_specs", true);
        adv.addBoolean("append_path_column_Internals", false);
        adv.addString("path_column_name_Internals", "File Path");
        adv.addBoolean("limit_data_rows_scanned", true);
        adv.addLong("max_data_rows_scanned", 10000);
        adv.addBoolean("save_table_spec_config_Internals", true);
        adv.addBoolean("check_table_spec", false);
        adv.addBoolean("limit_memory_per_column", true);
        adv.addInt("maximum_number_of_columns", 8192);
        adv.addString("quote_option", "REMOVE_QUOTES_AND_TRIM");
        adv.addBoolean("replace_empty_quotes_with_missing", true);
        adv.addBoolean("no_row_delimiters_in_quotes", false);
        adv.addLong("min_chunk_size_in_bytes", 67108864);
        adv.addInt("max_num_chunks_per_file", 2);
        adv.addString("thousands_separator", "\0");
        adv.addString("decimal_separator", ".");

        final ConfigBase limit = model.addConfigBase("limit_rows");
        limit.addBoolean("skip_lines", false);
        limit.addLong("number_of_lines_to_skip", 1);
        limit.addBoolean("skip_data_rows", false);
        limit.addLong("number_of_rows_to_skip", 1);
        limit.addBoolean("limit_data_rows", false);
        limit.addLong("max_rows", 50);

        model.addConfigBase("encoding").addString("charset", "UTF-8");
        return model;
    }

    /**
     * CSV Writer model settings: comma-separated UTF-8 with a header row and no row IDs, overwriting the file and
     * creating missing folders.
     *
     * @param url a {@code knime://} URL of the file to write
     * @return the {@code model} subtree
     */
    public static NodeSettings csvWriter(final String url) {
        final NodeSettings model = new NodeSettings("model");
        final ConfigBase s = model.addConfigBase("settings");
        final ConfigBase chooser = s.addConfigBase("file_chooser_settings");
        location(chooser, url);
        fileSystemChooserInternals(chooser);
        chooser.addBoolean("create_missing_folders", true);
        chooser.addString("if_path_exists", "overwrite");
        s.addString("column_delimiter", ",");
        s.addString("row_delimiter", "\n");
        s.addChar("quote_char", '"');
        s.addChar("quote_escape_char", '"');
        s.addBoolean("write_column_header", true);
        s.addBoolean("skip_column_header_on_append", false);
        s.addBoolean("write_row_header", false);
        final ConfigBase adv = model.addConfigBase("advanced_settings");
        adv.addBoolean("compress_with_gzip", false);
        adv.addString("quote_mode", "STRINGS_ONLY");
        adv.addString("separator_replacement", "");
        adv.addString("missing_value_pattern", "");
        adv.addChar("decimal_separator", '.');
        adv.addBoolean("use_scientific_format", false);
        adv.addBoolean("keep_trailing_zero_in_decimals", false);
        model.addConfigBase("encoding").addString("character_set", "UTF-8");
        final ConfigBase comment = model.addConfigBase("comment_header_settings");
        comment.addBoolean("add_user_to_comment", false);
        comment.addBoolean("add_time_to_comment", false);
        comment.addBoolean("add_table_name_to_comment", false);
        comment.addBoolean("add_custom_text_to_comment", false);
        comment.addString("custom_comment_text", "");
        comment.addString("comment_line_marker", "#");
        comment.addString("comment_indentation", "\t");
        return model;
    }

    /**
     * Testflow Configuration model settings: no expected errors or warnings, a timeout, no streaming test. The keys,
     * their order and the values not set here are those of the real saved file
     * knime/knime-core {@code org.knime.core.workflow.tests/.../bugAP23528_WorkflowLoad_FolderNames_CaseIgnorant/
     * Testflow Configuration (#2)/settings.xml} (saved by KNIME 5.4), except {@code requiredLoadVersion}: that file
     * pins the load version 2.8.0, ours requires none (empty, what {@code saveSettings} writes for none).
     *
     * <p>{@code requiredNodeWarnings} lists the warnings nodes must show: {@code nodeID_i} (the node's id without the
     * workflow's prefix), {@code message_i} (taken literally by the runner unless it starts with {@code _!_}), then
     * {@code count}, as KNIME's {@code TestConfigSettings.saveSettings} writes them. KNIME's testflow runner fails a
     * testflow on any node warning that is not listed, and on a listed one that does not appear.
     *
     * @param timeoutSeconds the testflow's timeout
     * @param nodeWarnings node id to the warning it must show (empty: no node may warn)
     * @return the {@code model} subtree
     */
    public static NodeSettings testflowConfiguration(final int timeoutSeconds,
        final java.util.SortedMap<Integer, String> nodeWarnings) {
        final NodeSettings model = new NodeSettings("model");
        model.addString("owner", "custseg@example.org");
        model.addStringArray("requiredLogErrors");
        model.addStringArray("requiredLogWarnings");
        model.addStringArray("requiredLogInfos");
        model.addStringArray("optionalLogMessages");
        model.addStringArray("failingNodes");
        final ConfigBase warnings = model.addConfigBase("requiredNodeWarnings");
        int i = 0;
        for (final Map.Entry<Integer, String> w : nodeWarnings.entrySet()) {
            warnings.addString("nodeID_" + i, Integer.toString(w.getKey()));
            warnings.addString("message_" + i, w.getValue());
            i++;
        }
        warnings.addInt("count", i);
        model.addConfigBase("requiredNodeErrors").addInt("count", 0);
        model.addInt("timeout", timeoutSeconds);
        model.addInt("maxHilitedRows", 2500);
        model.addStringArray("usedJanitors");
        model.addBoolean("streamingTest", false);
        model.addBoolean("testNodesInComponents", true);
        model.addString("requiredLoadVersion", ""); // no required load version (the real file's 2.8.0 pins one)
        model.addStringArray("supportedTableBackends", "org.knime.core.data.container.BufferedTableBackend");
        return model;
    }

    /**
     * Table Difference Checker model settings: one checker per column of the reference table.
     *
     * @param exactColumns columns compared exactly (strings, integers)
     * @param epsilonColumns numeric columns compared with an absolute tolerance
     * @param epsilon the tolerance
     * @return the {@code model} subtree
     */
    public static NodeSettings differenceChecker(final List<String> exactColumns, final List<String> epsilonColumns,
        final double epsilon) {
        final NodeSettings model = new NodeSettings("model");
        for (final String c : exactColumns) {
            final NodeSettings col = (NodeSettings)model.addNodeSettings("columnConfig_" + c);
            col.addString("checkerFactory", EQUALITY_CHECKER);
            final NodeSettings internals = (NodeSettings)col.addNodeSettings("internals");
            new SettingsModelBoolean("ignoreColumnProperties", false).saveSettingsTo(internals);
        }
        for (final String c : epsilonColumns) {
            final NodeSettings col = (NodeSettings)model.addNodeSettings("columnConfig_" + c);
            col.addString("checkerFactory", EPSILON_CHECKER);
            final NodeSettings internals = (NodeSettings)col.addNodeSettings("internals");
            new SettingsModelBoolean("ignoreColumnProperties", false).saveSettingsTo(internals);
            new SettingsModelDouble("epsilon", epsilon).saveSettingsTo(internals);
        }
        return model;
    }

    /**
     * @param factory a KNIME node factory
     * @return the node's creation config for nodes with configurable ports (CSV nodes), else {@code null}
     */
    public static NodeSettings nodeCreationConfig(final String factory) {
        if (CSV_READER.equals(factory) || CSV_WRITER.equals(factory)) {
            final NodeSettings c = new NodeSettings("node_creation_config");
            c.addNodeSettings("File System Connection");
            c.addNodeSettings("Data Table");
            return c;
        }
        return null;
    }
}
