package org.custseg.knime.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/**
 * Builds small {@link BufferedDataTable}s for node tests the way a node would: through an
 * {@link ExecutionContext} and a {@link BufferedDataContainer}, so the specs carry computed domains.
 */
public final class TestTables {

    private TestTables() {
    }

    /**
     * @param names column names
     * @param types column types (same length)
     * @return a spec without domains
     */
    public static DataTableSpec spec(final String[] names, final DataType[] types) {
        if (names.length != types.length) {
            throw new IllegalArgumentException(
                "names and types differ in length: " + names.length + " vs. " + types.length);
        }
        DataColumnSpec[] cols = new DataColumnSpec[names.length];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = new DataColumnSpecCreator(names[i], types[i]).createSpec();
        }
        return new DataTableSpec(cols);
    }

    /**
     * @param spec the spec (its domain is extended by the data)
     * @param rows the rows
     * @return a closed table
     */
    public static BufferedDataTable table(final DataTableSpec spec, final DataRow... rows) {
        return table(spec, Arrays.asList(rows));
    }

    /**
     * @param spec the spec (its domain is extended by the data)
     * @param rows the rows
     * @return a closed table
     */
    public static BufferedDataTable table(final DataTableSpec spec, final List<? extends DataRow> rows) {
        BufferedDataContainer c = NodeModelHarness.newExecutionContext().createDataContainer(spec);
        try {
            for (DataRow r : rows) {
                c.addRowToTable(r);
            }
        } finally {
            c.close();
        }
        return c.getTable();
    }

    /**
     * A table of double columns with row keys "Row0", "Row1", ...; {@code Double.NaN} becomes a missing cell.
     *
     * @param columns column names
     * @param values one array per row, as long as {@code columns}
     * @return a closed table
     */
    public static BufferedDataTable doubles(final String[] columns, final double[]... values) {
        DataType[] types = new DataType[columns.length];
        Arrays.fill(types, DoubleCell.TYPE);
        List<DataRow> rows = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != columns.length) {
                throw new IllegalArgumentException("Row " + r + " has " + values[r].length + " values, expected "
                    + columns.length);
            }
            DataCell[] cells = new DataCell[columns.length];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = Double.isNaN(values[r][c]) ? DataType.getMissingCell() : new DoubleCell(values[r][c]);
            }
            rows.add(new DefaultRow("Row" + r, cells));
        }
        return table(spec(columns, types), rows);
    }

    /**
     * @param table a table
     * @return all rows in order
     */
    public static List<DataRow> rows(final BufferedDataTable table) {
        List<DataRow> result = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                result.add(it.next());
            }
        }
        return result;
    }
}
