package org.custseg.knime.profiler;

import java.util.LinkedHashMap;
import java.util.Map;

import org.custseg.knime.common.SegmentColumns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;

/**
 * Reads the stability of a segmenter's segment summary (segmenter out 1) for the Segment Profiler's optional input 2:
 * the segmenters compute the stability once; the profiler only copies it next to its own summary.
 */
public final class SegmenterSummary {

    private SegmenterSummary() {
    }

    /**
     * @param spec the spec at the profiler's input 2, or {@code null} when unconnected
     * @return whether the summary carries the stability columns (then the profiler's summary has them too)
     * @throws InvalidSettingsException if the table is not a segmenter summary (no string "Segment" column) or a
     *             stability column has the wrong type
     */
    public static boolean hasStability(final DataTableSpec spec) throws InvalidSettingsException {
        if (spec == null) {
            return false;
        }
        final DataColumnSpec seg = spec.getColumnSpec(SegmentColumns.SUMMARY_SEGMENT);
        if (seg == null || !seg.getType().isCompatible(StringValue.class)) {
            throw new InvalidSettingsException("The segmenter summary (input 2) needs a string column \""
                + SegmentColumns.SUMMARY_SEGMENT + "\". Connect the second output (Segment summary) of the K-Means, "
                + "K-Medoids, Hierarchical or EM Segmenter that made the segment column, or leave input 2 "
                + "unconnected.");
        }
        if (spec.getColumnSpec(SegmentColumns.SUMMARY_STABILITY) == null) {
            return false;
        }
        for (final String c : ProfileTables.STABILITY_COLUMNS) {
            final DataColumnSpec col = spec.getColumnSpec(c);
            final boolean text = SegmentColumns.SUMMARY_STABILITY_VERDICT.equals(c);
            if (col == null || !col.getType().isCompatible(text ? StringValue.class : DoubleValue.class)) {
                throw new InvalidSettingsException("The segmenter summary (input 2) has \""
                    + SegmentColumns.SUMMARY_STABILITY + "\" but no " + (text ? "string" : "number") + " column \"" + c
                    + "\". Connect the second output of a segmenter unchanged.");
            }
        }
        return true;
    }

    /**
     * @param table a segmenter summary with stability columns
     * @return per segment name its four stability cells, in the order of {@link ProfileTables#STABILITY_COLUMNS}
     */
    public static Map<String, DataCell[]> stabilityCells(final BufferedDataTable table) {
        final DataTableSpec spec = table.getDataTableSpec();
        final int seg = spec.findColumnIndex(SegmentColumns.SUMMARY_SEGMENT);
        final int[] idx = new int[ProfileTables.STABILITY_COLUMNS.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = spec.findColumnIndex(ProfileTables.STABILITY_COLUMNS.get(i));
        }
        final Map<String, DataCell[]> out = new LinkedHashMap<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow row = it.next();
                final DataCell s = row.getCell(seg);
                if (s.isMissing()) {
                    continue;
                }
                final DataCell mean = row.getCell(idx[0]);
                final DataCell min = row.getCell(idx[1]);
                final DataCell verdict = row.getCell(idx[2]);
                final DataCell dissolved = row.getCell(idx[3]);
                out.put(((StringValue)s).getStringValue(), new DataCell[]{
                    mean.isMissing() ? DataType.getMissingCell() : new DoubleCell(((DoubleValue)mean).getDoubleValue()),
                    min.isMissing() ? DataType.getMissingCell() : new DoubleCell(((DoubleValue)min).getDoubleValue()),
                    verdict.isMissing() ? DataType.getMissingCell()
                        : new StringCell(((StringValue)verdict).getStringValue()),
                    dissolved.isMissing() || !(dissolved instanceof IntValue) ? DataType.getMissingCell()
                        : new IntCell(((IntValue)dissolved).getIntValue())});
            }
        }
        return out;
    }
}
