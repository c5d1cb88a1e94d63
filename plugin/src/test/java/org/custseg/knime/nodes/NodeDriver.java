package org.custseg.knime.nodes;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.custseg.knime.testing.SampleData;
import org.custseg.knime.testing.NodeModelHarness;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Short-hands over {@link NodeModelHarness} for the node tests (settings, configure, execute as the framework
 * does them), plus the sample table built from {@code test-workflows/data/credit-card-customer-data.csv} and
 * small table helpers.
 */
final class NodeDriver {

    /** The five behavioural columns of the sample data. */
    static final List<String> BEHAVIOUR = List.of("Avg_Credit_Limit", "Total_Credit_Cards", "Total_visits_bank",
        "Total_visits_online", "Total_calls_made");

    private NodeDriver() {
    }

    static ExecutionContext exec() {
        return NodeModelHarness.newExecutionContext();
    }

    static ExecutionContext exec(final DefaultNodeProgressMonitor monitor) {
        return NodeModelHarness.newExecutionContext(monitor);
    }

    static NodeSettings save(final NodeModel model) {
        return NodeModelHarness.of(model).saveSettings();
    }

    static void validate(final NodeModel model, final NodeSettingsRO s) throws InvalidSettingsException {
        NodeModelHarness.of(model).validateSettings(s);
    }

    /** Writes the settings to XML and back, validates and loads them, as the framework does. */
    static void load(final NodeModel model, final NodeSettings s) throws InvalidSettingsException {
        NodeModelHarness.of(model).loadSettings(NodeModelHarness.throughXml(s));
    }

    static PortObjectSpec[] configure(final NodeModel model, final PortObjectSpec... specs)
        throws InvalidSettingsException {
        return NodeModelHarness.of(model).configure(specs);
    }

    static PortObject[] execute(final NodeModel model, final ExecutionContext exec, final PortObject... in)
        throws Exception {
        return NodeModelHarness.of(model).execute(exec, in);
    }

    /** Settings round trip, configure, execute, and a check that the executed specs match the configured ones. */
    static PortObject[] run(final NodeModel model, final PortObject... in) throws Exception {
        return NodeModelHarness.of(model).run(in);
    }

    static String warning(final NodeModel model) {
        return NodeModelHarness.of(model).warningMessage();
    }

    private static int ports(final NodeModel model, final String method) throws Exception {
        final Method m = NodeModel.class.getDeclaredMethod(method);
        m.setAccessible(true);
        return (Integer)m.invoke(model);
    }

    static int inPorts(final NodeModel model) throws Exception {
        return ports(model, "getNrInPorts");
    }

    static int outPorts(final NodeModel model) throws Exception {
        return ports(model, "getNrOutPorts");
    }

    /** Sets the column filter to exactly these columns (as the dialog would write it). */
    static void includeColumns(final NodeSettings s, final List<String> include, final List<String> exclude)
        throws Exception {
        final NodeSettings cols = s.getNodeSettings("columns");
        cols.addStringArray("included_names", include.toArray(new String[0]));
        cols.addStringArray("excluded_names", exclude.toArray(new String[0]));
        cols.addString("enforce_option", "EnforceInclusion");
    }

    static Path repoRoot() {
        return SampleData.file().getParent().getParent().getParent();
    }

    /** The sample data as a table: all seven columns as integers, row keys Row0, Row1, ... */
    static BufferedDataTable sampleTable(final ExecutionContext exec) {
        final String[] header = SampleData.get().header();
        final int[][] values = SampleData.get().values();
        final DataColumnSpec[] cols = new DataColumnSpec[header.length];
        for (int c = 0; c < header.length; c++) {
            cols[c] = new DataColumnSpecCreator(header[c], IntCell.TYPE).createSpec();
        }
        final BufferedDataContainer container = exec.createDataContainer(new DataTableSpec(cols));
        for (int r = 0; r < values.length; r++) {
            final DataCell[] cells = new DataCell[header.length];
            for (int c = 0; c < header.length; c++) {
                cells[c] = new IntCell(values[r][c]);
            }
            container.addRowToTable(new DefaultRow(new RowKey("Row" + r), cells));
        }
        container.close();
        return container.getTable();
    }

    /** A copy of {@code table} in which the given cells (row index, column name) are missing. */
    static BufferedDataTable withMissing(final BufferedDataTable table, final ExecutionContext exec,
        final String column, final int... rows) {
        final int col = table.getDataTableSpec().findColumnIndex(column);
        final BufferedDataContainer c = exec.createDataContainer(table.getDataTableSpec());
        int r = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow row = it.next();
                final DataCell[] cells = new DataCell[row.getNumCells()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = row.getCell(i);
                }
                for (final int m : rows) {
                    if (m == r) {
                        cells[col] = DataType.getMissingCell();
                    }
                }
                c.addRowToTable(new DefaultRow(row.getKey(), cells));
                r++;
            }
        }
        c.close();
        return c.getTable();
    }

    /** A copy of {@code table} with an extra integer column holding {@code value} in every row. */
    static BufferedDataTable withConstantColumn(final BufferedDataTable table, final ExecutionContext exec,
        final String name, final int value) {
        final DataTableSpec spec = new DataTableSpec(table.getDataTableSpec(),
            new DataTableSpec(new DataColumnSpecCreator(name, IntCell.TYPE).createSpec()));
        final BufferedDataContainer c = exec.createDataContainer(spec);
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow row = it.next();
                final DataCell[] cells = new DataCell[row.getNumCells() + 1];
                for (int i = 0; i < row.getNumCells(); i++) {
                    cells[i] = row.getCell(i);
                }
                cells[cells.length - 1] = new IntCell(value);
                c.addRowToTable(new DefaultRow(row.getKey(), cells));
            }
        }
        c.close();
        return c.getTable();
    }

    /** The string values of a column, in row order (null for missing cells). */
    static List<String> column(final BufferedDataTable table, final String name) {
        final int col = table.getDataTableSpec().findColumnIndex(name);
        if (col < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + table.getDataTableSpec());
        }
        final List<String> values = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataCell cell = it.next().getCell(col);
                values.add(cell.isMissing() ? null : cell.toString());
            }
        }
        return values;
    }
}
