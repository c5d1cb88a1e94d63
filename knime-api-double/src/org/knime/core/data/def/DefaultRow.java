package org.knime.core.data.def;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.def.DefaultRow}: an immutable row of a key and cells, with
 * all the overloaded constructors KNIME has ({@code RowKey|String} with {@code DataCell...},
 * {@code List<DataCell>}, {@code double...}, {@code int...}, {@code String...}, {@code DataRow}), so overload
 * resolution is the same as against KNIME. Two rows are equal if key and all cells are equal.
 */
public class DefaultRow implements DataRow {

    private final RowKey m_rowKey;

    private final DataCell[] m_row;

    /**
     * @param rowKey the key
     * @param row the cells (copied), none {@code null}
     */
    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        if (rowKey == null) {
            throw new NullPointerException("Row key must not be null!");
        }
        if (row == null) {
            throw new NullPointerException("Row array must not be null!");
        }
        m_row = new DataCell[row.length];
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
                throw new NullPointerException("Cell at index " + i + " is null!");
            }
            m_row[i] = row[i];
        }
        m_rowKey = rowKey;
    }

    /**
     * @param rowId the key
     * @param row the cells
     */
    public DefaultRow(final String rowId, final DataCell... row) {
        this(new RowKey(rowId), row);
    }

    /**
     * @param rowId the key
     * @param row the cells
     */
    public DefaultRow(final String rowId, final List<DataCell> row) {
        this(rowId, row.toArray(new DataCell[0]));
    }

    /**
     * @param rowKey the key
     * @param row the cells
     */
    public DefaultRow(final RowKey rowKey, final List<DataCell> row) {
        this(rowKey, row.toArray(new DataCell[0]));
    }

    /**
     * @param rowKey the key
     * @param row values, wrapped in {@link DoubleCell}s
     */
    public DefaultRow(final RowKey rowKey, final double... row) {
        this(rowKey, toDoubleCells(row));
    }

    /**
     * @param rowId the key
     * @param row values, wrapped in {@link DoubleCell}s
     */
    public DefaultRow(final String rowId, final double... row) {
        this(new RowKey(rowId), row);
    }

    /**
     * @param rowId the key
     * @param row values, wrapped in {@link IntCell}s
     */
    public DefaultRow(final String rowId, final int... row) {
        this(new RowKey(rowId), row);
    }

    /**
     * @param rowKey the key
     * @param row values, wrapped in {@link IntCell}s
     */
    public DefaultRow(final RowKey rowKey, final int... row) {
        this(rowKey, toIntCells(row));
    }

    /**
     * @param rowId the key
     * @param row values, wrapped in {@link StringCell}s
     */
    public DefaultRow(final String rowId, final String... row) {
        this(new RowKey(rowId), row);
    }

    /**
     * @param rowKey the key
     * @param row values, wrapped in {@link StringCell}s
     */
    public DefaultRow(final RowKey rowKey, final String... row) {
        this(rowKey, toStringCells(row));
    }

    /**
     * @param rowId the new key
     * @param row the row whose cells are copied
     */
    public DefaultRow(final String rowId, final DataRow row) {
        this(new RowKey(rowId), row);
    }

    /**
     * @param key the new key
     * @param row the row whose cells are copied
     */
    public DefaultRow(final RowKey key, final DataRow row) {
        this(key, cellsOf(row));
    }

    private static DataCell[] toDoubleCells(final double[] values) {
        if (values == null) {
            throw new NullPointerException("Value array must not be null!");
        }
        DataCell[] c = new DataCell[values.length];
        for (int i = 0; i < values.length; i++) {
            c[i] = new DoubleCell(values[i]);
        }
        return c;
    }

    private static DataCell[] toIntCells(final int[] values) {
        if (values == null) {
            throw new NullPointerException("Row array must not be null!");
        }
        DataCell[] c = new DataCell[values.length];
        for (int i = 0; i < values.length; i++) {
            c[i] = new IntCell(values[i]);
        }
        return c;
    }

    private static DataCell[] toStringCells(final String[] values) {
        if (values == null) {
            throw new NullPointerException("Row array must not be null!");
        }
        DataCell[] c = new DataCell[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new NullPointerException("String at index " + i + " is null!");
            }
            c[i] = new StringCell(values[i]);
        }
        return c;
    }

    private static DataCell[] cellsOf(final DataRow row) {
        DataCell[] c = new DataCell[row.getNumCells()];
        for (int i = 0; i < c.length; i++) {
            c[i] = row.getCell(i);
        }
        return c;
    }

    @Override
    public final int getNumCells() {
        return m_row.length;
    }

    @Override
    public final RowKey getKey() {
        return m_rowKey;
    }

    @Override
    public final DataCell getCell(final int index) {
        return m_row[index];
    }

    @Override
    public Iterator<DataCell> iterator() {
        return Collections.unmodifiableList(Arrays.asList(m_row)).iterator();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(m_rowKey.toString()).append(": (");
        for (int i = 0; i < m_row.length; i++) {
            b.append(i > 0 ? ", " : "").append(m_row[i]);
        }
        return b.append(')').toString();
    }

    @Override
    public boolean equals(final Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof DataRow)) {
            return false;
        }
        DataRow o = (DataRow)obj;
        if (o.getNumCells() != getNumCells() || !o.getKey().equals(getKey())) {
            return false;
        }
        for (int i = 0; i < m_row.length; i++) {
            if (!o.getCell(i).equals(m_row[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return m_rowKey.hashCode();
    }
}
