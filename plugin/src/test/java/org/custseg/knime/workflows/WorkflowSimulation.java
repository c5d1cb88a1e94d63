package org.custseg.knime.workflows;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custseg.knime.testing.NodeModelHarness;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.base.AbstractConfigEntry;
import org.knime.core.node.config.base.ConfigBase;
import org.knime.core.node.config.base.ConfigEntries;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Runs a committed workflow offline, as far as the API double allows: CSV Readers read their files (types detected
 * like KNIME's reader: integers, doubles, booleans, strings; empty fields missing), our nodes run through their node
 * models with the committed settings and flow-variable overrides, CSV Writers and the Testflow Configuration do
 * nothing, and each Table Difference Checker compares its two inputs with its configured checkers. A Segment Report
 * writes its HTML file only inside the folder the caller allows (set its variable to a temporary file there); the
 * simulation refuses to run it otherwise, so it never writes to a workflow's real default location. Any warning of
 * one of our nodes (configure or execute) fails the run, as KNIME's testflow runner fails a testflow. What it cannot
 * reproduce (KNIME's domain and column property checks, KNIME's own reader) is listed in test-workflows/README.md.
 */
public final class WorkflowSimulation {

    private static final String URL_PREFIX = "knime://knime.workflow/";

    private final SavedWorkflow m_workflow;

    private final ExecutionContext m_exec = NodeModelHarness.newExecutionContext();

    private final Map<Integer, PortObject[]> m_outputs = new HashMap<>();

    private final List<String> m_checks = new ArrayList<>();

    /** Workflow variables' values: the defaults, replaced by the caller's values. */
    private final Map<String, String[]> m_variables = new LinkedHashMap<>();

    /** Node id to the warning it must show; every other warning fails the run. */
    private final Map<Integer, String> m_expectedWarnings = new HashMap<>();

    /** Node ids that showed their expected warning. */
    private final java.util.Set<Integer> m_warned = new java.util.HashSet<>();

    /** The only folder a Segment Report may write into ({@code null}: none). */
    private final Path m_writable;

    private WorkflowSimulation(final SavedWorkflow workflow, final Map<String, String> values, final Path writable) {
        m_workflow = workflow;
        m_writable = writable == null ? null : writable.toAbsolutePath().normalize();
        m_variables.putAll(workflow.variables());
        for (final Map.Entry<String, String> v : values.entrySet()) {
            final String[] def = workflow.variables().get(v.getKey());
            if (def == null) {
                throw new IllegalStateException(workflow.name() + " has no workflow variable " + v.getKey());
            }
            m_variables.put(v.getKey(), new String[]{def[0], v.getValue()});
        }
    }

    /**
     * Runs every node once its inputs are available.
     *
     * @param workflow the workflow
     * @return one line per Table Difference Checker that passed
     * @throws Exception if a node fails or a check finds a difference (an {@link IllegalStateException} naming it)
     */
    public static List<String> run(final SavedWorkflow workflow) throws Exception {
        return run(workflow, Map.of(), null);
    }

    /**
     * Runs every node once its inputs are available, with some workflow variables set (as a batch run's
     * {@code -workflow.variable} would).
     *
     * @param workflow the workflow
     * @param values workflow variable name to value, replacing the variables' defaults
     * @param writable the folder Segment Reports may write into ({@code null}: a workflow with one fails)
     * @return one line per Table Difference Checker that passed
     * @throws Exception if a node fails, a check finds a difference or a report would write outside {@code writable}
     */
    public static List<String> run(final SavedWorkflow workflow, final Map<String, String> values,
        final Path writable) throws Exception {
        return run(workflow, values, writable, requiredNodeWarnings(workflow));
    }

    /**
     * The warnings a testflow's Testflow Configuration requires (node id to message), read as KNIME's runner reads
     * {@code requiredNodeWarnings}; empty for a workflow without one.
     *
     * @param workflow the workflow
     * @return node id to warning
     */
    public static Map<Integer, String> requiredNodeWarnings(final SavedWorkflow workflow) {
        final Map<Integer, String> out = new HashMap<>();
        for (final SavedWorkflow.Node n : workflow.nodes().values()) {
            if (KnimeNodes.TESTFLOW_CONFIGURATION.equals(n.factory())) {
                final ConfigBase w = ConfigTrees.config(n.model(), "requiredNodeWarnings");
                final int count = w.getInt("count", 0);
                for (int i = 0; i < count; i++) {
                    out.put(Integer.parseInt(w.getString("nodeID_" + i, null)), w.getString("message_" + i, null));
                }
            }
        }
        return out;
    }

    /**
     * Runs every node once its inputs are available; a node warning fails the run unless it is the one expected for
     * that node, and an expected warning that does not appear fails it too (as KNIME's testflow runner).
     *
     * @param workflow the workflow
     * @param values workflow variable name to value, replacing the variables' defaults
     * @param writable the folder Segment Reports may write into ({@code null}: a workflow with one fails)
     * @param expectedWarnings node id to the warning it must show
     * @return one line per Table Difference Checker that passed
     * @throws Exception if a node fails, warns unexpectedly, a check finds a difference or a report would write
     *             outside {@code writable}
     */
    public static List<String> run(final SavedWorkflow workflow, final Map<String, String> values,
        final Path writable, final Map<Integer, String> expectedWarnings) throws Exception {
        final WorkflowSimulation sim = new WorkflowSimulation(workflow, values, writable);
        sim.m_expectedWarnings.putAll(expectedWarnings);
        final List<Integer> pending = new ArrayList<>(workflow.nodes().keySet());
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (final Integer id : new ArrayList<>(pending)) {
                final PortObject[] in = sim.inputs(id);
                if (in != null) {
                    sim.m_outputs.put(id, sim.execute(workflow.nodes().get(id), in));
                    pending.remove(id);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException(workflow.name() + ": nodes " + pending + " never get their inputs");
            }
        }
        for (final Map.Entry<Integer, String> e : sim.m_expectedWarnings.entrySet()) {
            if (!sim.m_warned.contains(e.getKey())) {
                throw new IllegalStateException(workflow.name() + ": node " + e.getKey() + " must warn \""
                    + e.getValue() + "\" but did not (the testflow runner fails on a missing expected warning)");
            }
        }
        return sim.m_checks;
    }

    /** @return the inputs of a node (by data port), or {@code null} if a source has not run yet */
    private PortObject[] inputs(final int id) {
        final SavedWorkflow.Node n = m_workflow.nodes().get(id);
        final int count = n.isOurs() ? CustSegNodes.portTypes(CustSegNodes.factory(n.factory()).createNodeModel(),
            true).length : KnimeNodes.PORTS.get(n.factory())[0];
        final PortObject[] in = new PortObject[count];
        for (final WorkflowSpec.Connection c : m_workflow.connections()) {
            if (c.dest() == id && c.destPort() > 0) {
                final PortObject[] src = m_outputs.get(c.source());
                if (src == null) {
                    return null;
                }
                in[c.destPort() - 1] = src[c.sourcePort() - 1];
            }
        }
        return in;
    }

    private PortObject[] execute(final SavedWorkflow.Node n, final PortObject[] in) throws Exception {
        final NodeSettings model = new NodeSettings("model");
        n.model().copyTo(model);
        applyVariables(n, model);
        if (CustSegNodes.REPORT.equals(n.factory())) {
            final String location = model.getString(CustSegNodes.REPORT_OUTPUT_FILE);
            final Path file = location.startsWith(URL_PREFIX) ? resolve(location)
                : Path.of(location).toAbsolutePath().normalize();
            if (m_writable == null || !file.startsWith(m_writable)) {
                throw new IllegalStateException(m_workflow.name() + ", " + n + ": would write " + file + ", outside "
                    + "the folder this run may write into (" + m_writable + "); set its workflow variable to a "
                    + "temporary file");
            }
        }
        if (n.isOurs()) {
            final NodeModelHarness<? extends NodeModel> h = CustSegNodes.harness(n.factory());
            h.loadSettings(model);
            final PortObjectSpec[] specs = new PortObjectSpec[in.length];
            for (int i = 0; i < in.length; i++) {
                specs[i] = in[i] == null ? null : in[i].getSpec();
            }
            h.configure(specs);
            final String configured = h.warningMessage();
            final PortObject[] out = h.execute(in);
            // KNIME shows one node message: the execute warning replaces the configure one
            final String warning = h.warningMessage() != null ? h.warningMessage() : configured;
            failOnWarning(n, h.warningMessage() != null ? "execute" : "configure", warning);
            return out;
        }
        switch (n.factory()) {
            case KnimeNodes.CSV_READER:
                final ConfigBase settings = ConfigTrees.config(model, "settings");
                final String url = ConfigTrees.config(model, "settings/file_selection/path").getString("path");
                return new PortObject[]{read(resolve(url), settings.getBoolean("has_row_id"))};
            case KnimeNodes.DIFFERENCE_CHECKER:
                compare(n, model, (BufferedDataTable)in[0], (BufferedDataTable)in[1]);
                return new PortObject[0];
            case KnimeNodes.CSV_WRITER:
            case KnimeNodes.TESTFLOW_CONFIGURATION:
                return new PortObject[0];
            default:
                throw new IllegalStateException(n + ": cannot simulate " + n.factory());
        }
    }

    /** KNIME's testflow runner fails a testflow on any node warning; so does this run, for every workflow. */
    private void failOnWarning(final SavedWorkflow.Node n, final String phase, final String warning) {
        if (warning != null && warning.equals(m_expectedWarnings.get(n.id()))) {
            m_warned.add(n.id());
            return;
        }
        if (warning != null && !warning.isBlank()) {
            throw new IllegalStateException(m_workflow.name() + ", " + n + ": warning in " + phase + ": " + warning
                + " (the testflow runner fails a testflow on any node warning)");
        }
    }

    /** Sets the settings that flow variables override to the workflow variables' values. */
    private void applyVariables(final SavedWorkflow.Node n, final NodeSettings model) {
        if (!n.settings().containsKey("variables")) {
            return;
        }
        final Map<String, String> overrides = new LinkedHashMap<>();
        collectOverrides(ConfigTrees.config(n.settings(), "variables/tree"), "", overrides);
        for (final Map.Entry<String, String> o : overrides.entrySet()) {
            final String[] var = m_variables.get(o.getValue());
            final AbstractConfigEntry target = ConfigTrees.find(model, o.getKey());
            if (var == null || target == null) {
                throw new IllegalStateException(n + ": override of " + o.getKey() + " by " + o.getValue()
                    + " cannot be applied");
            }
            if (target.getType() == ConfigEntries.xint) {
                ConfigTrees.setInt(model, o.getKey(), Integer.parseInt(var[1]));
            } else {
                ConfigTrees.setString(model, o.getKey(), var[1]);
            }
        }
    }

    private static void collectOverrides(final ConfigBase tree, final String path, final Map<String, String> out) {
        if (tree.containsKey("used_variable")) {
            out.put(path, tree.getString("used_variable", null));
            return;
        }
        for (final String k : tree.keySet()) {
            collectOverrides(ConfigTrees.config(tree, k), path.isEmpty() ? k : path + "/" + k, out);
        }
    }

    private Path resolve(final String url) {
        if (!url.startsWith(URL_PREFIX)) {
            throw new IllegalStateException(m_workflow.name() + ": cannot resolve " + url);
        }
        return m_workflow.dir().resolve(URLDecoder.decode(url.substring(URL_PREFIX.length()), StandardCharsets.UTF_8))
            .normalize();
    }

    /**
     * Reads a CSV file like the workflows' CSV Reader: header row, byte order mark dropped, optional row ID
     * column, each column typed as integer, double, boolean or string from its non-empty values.
     *
     * @param file the file
     * @param hasRowId whether the first column holds row IDs
     * @return the table
     * @throws IOException if the file cannot be read
     */
    BufferedDataTable read(final Path file, final boolean hasRowId) throws IOException {
        final List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        final List<String> header = rows.get(0);
        final int first = hasRowId ? 1 : 0;
        final DataType[] types = new DataType[header.size()];
        final DataColumnSpec[] cols = new DataColumnSpec[header.size() - first];
        for (int c = first; c < header.size(); c++) {
            types[c] = detect(rows, c);
            cols[c - first] = new DataColumnSpecCreator(header.get(c).trim(), types[c]).createSpec();
        }
        final BufferedDataContainer container = m_exec.createDataContainer(new DataTableSpec(cols));
        for (int r = 1; r < rows.size(); r++) {
            final List<String> row = rows.get(r);
            final DataCell[] cells = new DataCell[cols.length];
            for (int c = first; c < header.size(); c++) {
                cells[c - first] = cell(row.get(c).trim(), types[c]);
            }
            container.addRowToTable(new DefaultRow(new RowKey(hasRowId ? row.get(0) : "Row" + (r - 1)), cells));
        }
        container.close();
        return container.getTable();
    }

    private static DataType detect(final List<List<String>> rows, final int c) {
        boolean ints = true;
        boolean doubles = true;
        boolean booleans = true;
        for (final List<String> row : rows.subList(1, rows.size())) {
            final String v = row.get(c).trim();
            if (v.isEmpty()) {
                continue;
            }
            ints &= v.matches("[-+]?\\d+") && v.length() < 10;
            doubles &= v.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
            booleans &= v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
        }
        if (ints && doubles) {
            return IntCell.TYPE;
        }
        return doubles ? DoubleCell.TYPE : booleans ? BooleanCell.TYPE : StringCell.TYPE;
    }

    private static DataCell cell(final String v, final DataType type) {
        if (v.isEmpty()) {
            return DataType.getMissingCell();
        }
        if (type.equals(IntCell.TYPE)) {
            return new IntCell(Integer.parseInt(v));
        }
        if (type.equals(DoubleCell.TYPE)) {
            return new DoubleCell(Double.parseDouble(v));
        }
        if (type.equals(BooleanCell.TYPE)) {
            return Boolean.parseBoolean(v.toLowerCase()) ? BooleanCell.TRUE : BooleanCell.FALSE;
        }
        return new StringCell(v);
    }

    /** The Table Difference Checker's comparison, without domains and column properties. */
    private void compare(final SavedWorkflow.Node n, final ConfigBase model, final BufferedDataTable test,
        final BufferedDataTable reference) throws Exception {
        final DataTableSpec rs = reference.getDataTableSpec();
        final DataTableSpec ts = test.getDataTableSpec();
        final String where = m_workflow.name() + ", " + n;
        for (int c = 0; c < rs.getNumColumns(); c++) {
            if (c >= ts.getNumColumns() || !rs.getColumnSpec(c).getName().equals(ts.getColumnSpec(c).getName())) {
                throw new IllegalStateException(where + ": expected column '" + rs.getColumnSpec(c).getName()
                    + "' at position " + c + " of the test table " + List.of(ts.getColumnNames()));
            }
            if (!rs.getColumnSpec(c).getType().equals(ts.getColumnSpec(c).getType())) {
                throw new IllegalStateException(where + ": column '" + rs.getColumnSpec(c).getName() + "' is "
                    + ts.getColumnSpec(c).getType() + " in the test table but " + rs.getColumnSpec(c).getType()
                    + " in the reference");
            }
            if (!model.containsKey("columnConfig_" + rs.getColumnSpec(c).getName())) {
                throw new IllegalStateException(where + ": no checker configured for column '"
                    + rs.getColumnSpec(c).getName() + "'");
            }
        }
        if (ts.getNumColumns() != rs.getNumColumns()) {
            throw new IllegalStateException(where + ": the test table has unexpected columns " + List.of(ts.getColumnNames()));
        }
        if (test.size() != reference.size()) {
            throw new IllegalStateException(where + ": " + test.size() + " rows, expected " + reference.size());
        }
        try (var ri = reference.iterator(); var ti = test.iterator()) {
            while (ri.hasNext()) {
                final DataRow r = ri.next();
                final DataRow t = ti.next();
                if (!r.getKey().equals(t.getKey())) {
                    throw new IllegalStateException(where + ": row key " + t.getKey() + ", expected " + r.getKey());
                }
                for (int c = 0; c < rs.getNumColumns(); c++) {
                    final String col = rs.getColumnSpec(c).getName();
                    final ConfigBase cfg = ConfigTrees.config(model, "columnConfig_" + col);
                    final DataCell rc = r.getCell(c);
                    final DataCell tc = t.getCell(c);
                    final boolean same;
                    if (rc.isMissing() || tc.isMissing()) {
                        same = rc.isMissing() && tc.isMissing();
                    } else if (KnimeNodes.EPSILON_CHECKER.equals(cfg.getString("checkerFactory"))) {
                        final double eps = ConfigTrees.config(cfg, "internals").getDouble("epsilon");
                        same = Math.abs(((DoubleValue)rc).getDoubleValue() - ((DoubleValue)tc).getDoubleValue()) <= eps;
                    } else {
                        same = rc.equals(tc);
                    }
                    if (!same) {
                        throw new IllegalStateException(where + ": row " + r.getKey() + ", column '" + col + "': got "
                            + tc + ", expected " + rc);
                    }
                }
            }
        }
        m_checks.add(where + ": " + reference.size() + " rows x " + rs.getNumColumns() + " columns equal");
    }
}
