package org.custseg.knime.workflows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/**
 * Tables as the workflows' CSV Reader produces them from the committed files (integer columns stay integers, row
 * IDs {@code Row0, Row1, ...}, UTF-8 byte order mark dropped), and expected tables written as CSV for the testflows
 * (only tables whose non-string columns each hold a value, since a CSV Reader types an empty column as string).
 */
public final class SampleData {

    /** The five behavioural columns the segmenters use. */
    public static final List<String> BEHAVIOUR = List.of("Avg_Credit_Limit", "Total_Credit_Cards",
        "Total_visits_bank", "Total_visits_online", "Total_calls_made");

    /** The identifier columns the segmenters leave out. */
    public static final List<String> IDENTIFIERS = List.of("Sl_No", "Customer Key");

    private SampleData() {
    }

    /**
     * Reads a plain numeric CSV file (no quotes) the way the workflows' CSV Reader does.
     *
     * @param file the file
     * @param exec context creating the table
     * @return the table, all columns integers
     * @throws IOException if the file cannot be read or holds a non-integer value
     */
    public static BufferedDataTable readIntegers(final Path file, final ExecutionContext exec) throws IOException {
        final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        final String[] header = lines.get(0).replace("\uFEFF", "").split(",", -1);
        final DataColumnSpec[] cols = new DataColumnSpec[header.length];
        for (int c = 0; c < header.length; c++) {
            cols[c] = new DataColumnSpecCreator(header[c].trim(), IntCell.TYPE).createSpec();
        }
        final BufferedDataContainer container = exec.createDataContainer(new DataTableSpec(cols));
        int r = 0;
        for (int l = 1; l < lines.size(); l++) {
            if (lines.get(l).isBlank()) {
                continue;
            }
            final String[] parts = lines.get(l).split(",", -1);
            final DataCell[] cells = new DataCell[header.length];
            for (int c = 0; c < header.length; c++) {
                try {
                    cells[c] = new IntCell(Integer.parseInt(parts[c].trim()));
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new IOException(file + " line " + (l + 1) + ", column '" + header[c]
                        + "': not an integer", e);
                }
            }
            container.addRowToTable(new DefaultRow(new RowKey("Row" + r++), cells));
        }
        container.close();
        return container.getTable();
    }

    /**
     * Writes a table as CSV for a CSV Reader that takes the first column as row IDs: header {@code RowID,<columns>},
     * strings quoted when needed, doubles in Java's shortest round-trip form, missing cells empty.
     *
     * @param table the table
     * @return the CSV text
     */
    public static String toCsvWithRowIds(final BufferedDataTable table) {
        final DataTableSpec spec = table.getDataTableSpec();
        final boolean[] seen = new boolean[spec.getNumColumns()];
        try (var it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow row = it.next();
                for (int c = 0; c < seen.length; c++) {
                    seen[c] |= !row.getCell(c).isMissing();
                }
            }
        }
        for (int c = 0; c < seen.length; c++) {
            if (!seen[c] && !spec.getColumnSpec(c).getType().equals(StringCell.TYPE)) {
                throw new IllegalArgumentException("Column '" + spec.getColumnSpec(c).getName() + "' is empty; a CSV"
                    + " Reader would read it as a string column, not " + spec.getColumnSpec(c).getType()
                    + ", and the testflow's comparison would fail. Compare a table without empty columns.");
            }
        }
        final StringBuilder sb = new StringBuilder("RowID");
        for (int c = 0; c < spec.getNumColumns(); c++) {
            sb.append(',').append(quote(spec.getColumnSpec(c).getName()));
        }
        sb.append('\n');
        try (var it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow row = it.next();
                sb.append(quote(row.getKey().getString()));
                for (int c = 0; c < spec.getNumColumns(); c++) {
                    sb.append(',').append(cell(row.getCell(c), spec.getColumnSpec(c).getType()));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String cell(final DataCell cell, final DataType type) {
        if (cell.isMissing()) {
            return "";
        }
        if (cell instanceof DoubleCell) {
            return Double.toString(((DoubleCell)cell).getDoubleValue());
        }
        if (cell instanceof IntCell) {
            return Integer.toString(((IntCell)cell).getIntValue());
        }
        if (cell instanceof BooleanCell) {
            return Boolean.toString(((BooleanCell)cell).getBooleanValue());
        }
        if (cell instanceof StringCell) {
            return quote(((StringCell)cell).getStringValue());
        }
        throw new IllegalArgumentException("Cannot write cells of type " + type + " to an expected table");
    }

    private static String quote(final String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
