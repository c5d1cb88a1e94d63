package org.custseg.knime.workflows;

import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;

/**
 * The comparison the testflows' Table Difference Checker makes, done here on the node outputs computed with the API
 * double, so that generation fails if a testflow could not pass: same column names and types in the same order,
 * same row keys, listed columns equal, the others within a tolerance.
 */
public final class TableComparison {

    private TableComparison() {
    }

    /**
     * @param reference the reference table
     * @param test the table to check
     * @param exactColumns columns compared with {@code equals}
     * @param epsilon tolerance of the other (numeric) columns
     * @param what name used in the message
     * @throws IllegalStateException describing the first difference
     */
    public static void assertSame(final BufferedDataTable reference, final BufferedDataTable test,
        final List<String> exactColumns, final double epsilon, final String what) {
        final DataTableSpec rs = reference.getDataTableSpec();
        final DataTableSpec ts = test.getDataTableSpec();
        if (rs.getNumColumns() != ts.getNumColumns()) {
            throw new IllegalStateException(what + ": " + ts.getNumColumns() + " columns, expected " + rs.getNumColumns());
        }
        for (int c = 0; c < rs.getNumColumns(); c++) {
            if (!rs.getColumnSpec(c).getName().equals(ts.getColumnSpec(c).getName())
                || !rs.getColumnSpec(c).getType().equals(ts.getColumnSpec(c).getType())) {
                throw new IllegalStateException(what + ": column " + c + " is " + ts.getColumnSpec(c) + ", expected "
                    + rs.getColumnSpec(c));
            }
        }
        if (reference.size() != test.size()) {
            throw new IllegalStateException(what + ": " + test.size() + " rows, expected " + reference.size());
        }
        try (var ri = reference.iterator(); var ti = test.iterator()) {
            while (ri.hasNext()) {
                final DataRow r = ri.next();
                final DataRow t = ti.next();
                if (!r.getKey().equals(t.getKey())) {
                    throw new IllegalStateException(what + ": row " + t.getKey() + ", expected " + r.getKey());
                }
                for (int c = 0; c < rs.getNumColumns(); c++) {
                    final DataCell rc = r.getCell(c);
                    final DataCell tc = t.getCell(c);
                    final String col = rs.getColumnSpec(c).getName();
                    final boolean same;
                    if (exactColumns.contains(col) || rc.isMissing() || tc.isMissing()) {
                        same = rc.equals(tc);
                    } else {
                        same = Math.abs(((DoubleValue)rc).getDoubleValue() - ((DoubleValue)tc).getDoubleValue())
                            <= epsilon;
                    }
                    if (!same) {
                        throw new IllegalStateException(what + ": row " + r.getKey() + ", column '" + col + "' is "
                            + tc + ", expected " + rc);
                    }
                }
            }
        }
    }
}
