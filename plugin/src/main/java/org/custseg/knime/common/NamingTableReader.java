package org.custseg.knime.common;

import java.util.List;
import java.util.Map;

import org.custseg.engine.SegmentationException;
import org.custseg.engine.profile.NamingTable;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.data.container.CloseableRowIterator;

/**
 * Reads a naming table (segment &rarr; persona name) from a KNIME table with the engine's one set of naming rules
 * ({@link NamingTable}): used by the Segment Profiler and the Segment Report alike.
 */
public final class NamingTableReader {

    private NamingTableReader() {
    }

    /**
     * @param table the naming table
     * @param columns [segment column, name column]
     * @param port the input port's number as the user sees it, for messages
     * @param warnings receives the warnings about skipped rows
     * @param exec for cancellation
     * @return segment &rarr; name
     * @throws InvalidSettingsException if a segment has two different names (naming both rows)
     * @throws CanceledExecutionException if canceled
     */
    public static Map<String, String> read(final BufferedDataTable table, final String[] columns, final int port,
        final List<String> warnings, final ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException {
        final DataTableSpec spec = table.getDataTableSpec();
        final int s = spec.findColumnIndex(columns[0]);
        final int p = spec.findColumnIndex(columns[1]);
        final NamingTable names = new NamingTable("The naming table (input " + port + ")");
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                exec.checkCanceled();
                final DataRow row = it.next();
                names.add(text(row.getCell(s)), text(row.getCell(p)), "row " + row.getKey().getString());
            }
        } catch (SegmentationException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        warnings.addAll(names.warnings());
        return names.names();
    }

    /**
     * @param cell a segment or name cell (string, or a whole number for a segment)
     * @return its text, {@code null} when missing
     */
    public static String text(final DataCell cell) {
        if (cell.isMissing()) {
            return null;
        }
        if (cell instanceof StringValue) {
            return ((StringValue)cell).getStringValue();
        }
        return cell instanceof LongValue ? Long.toString(((LongValue)cell).getLongValue()) : cell.toString();
    }
}
