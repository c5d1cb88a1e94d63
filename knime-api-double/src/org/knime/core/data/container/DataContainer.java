package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.knime.core.data.BoundedValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnDomain;
import org.knime.core.data.DataColumnDomainCreator;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataTableSpecCreator;
import org.knime.core.data.DataType;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.NominalValue;
import org.knime.core.data.RowIterator;
import org.knime.core.data.StringValue;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.util.DuplicateKeyException;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.container.DataContainer}: collects rows in memory and, on
 * {@link #close()}, creates a table whose spec carries the column domains computed from the data like KNIME
 * does: possible values for nominal columns (at most {@link #MAX_POSSIBLE_VALUES}, otherwise none), lower and
 * upper bound for bounded (numeric) columns, missing cells ignored. With {@code initDomain} the domain of the
 * argument spec is the starting point and is extended.
 *
 * <p>Like KNIME's class it is <b>not</b> {@link AutoCloseable}: call {@link #close()} explicitly. Rows are
 * checked when added: cell count, cell type against column type, duplicate row keys (all with messages that
 * name the row and column).
 *
 * <p>Simplified: everything stays in memory (no swapping to disk, no blobs or file stores, no table
 * backends); {@code RowFlushable}, {@code getCloseableTable()} and the zip read/write methods are left out.
 */
public class DataContainer implements RowAppender {

    /**
     * Number of cells kept in memory before swapping (not used by the double).
     *
     * @deprecated not interesting for node implementations
     */
    @Deprecated(since = "4.3.0")
    public static final int MAX_CELLS_IN_MEMORY = 5000;

    /**
     * Default maximum number of possible values kept in a nominal column's domain.
     *
     * @deprecated not interesting for node implementations
     */
    @Deprecated(since = "4.0.0")
    public static final int MAX_POSSIBLE_VALUES = 60;

    private final DataTableSpec m_spec;

    private final boolean m_initDomain;

    private final List<DataRow> m_rows = new ArrayList<>();

    private final Map<String, Long> m_keys = new HashMap<>();

    private int m_maxPossibleValues = MAX_POSSIBLE_VALUES;

    private boolean m_isClosed;

    private DataTable m_table;

    /**
     * Container computing the domain from the added rows.
     *
     * @param spec spec of the rows
     */
    public DataContainer(final DataTableSpec spec) {
        this(spec, false);
    }

    /**
     * @param spec spec of the rows
     * @param initDomain whether to start from the domain in {@code spec}
     */
    public DataContainer(final DataTableSpec spec, final boolean initDomain) {
        if (spec == null) {
            throw new NullPointerException("Spec must not be null!");
        }
        m_spec = spec;
        m_initDomain = initDomain;
    }

    /**
     * @param spec spec of the rows
     * @param initDomain whether to start from the domain in {@code spec}
     * @param maxCellsInMemory ignored by the double
     * @deprecated the cell count in memory should not be set by client code
     */
    @Deprecated(since = "5.3", forRemoval = true)
    public DataContainer(final DataTableSpec spec, final boolean initDomain, final int maxCellsInMemory) {
        this(spec, initDomain);
    }

    /**
     * Adds a row.
     *
     * @param row the row
     * @throws IllegalStateException if closed
     * @throws IllegalArgumentException if cell count or a cell type does not match the spec
     * @throws DuplicateKeyException if the row key was added before
     */
    @Override
    public void addRowToTable(final DataRow row) {
        if (m_isClosed) {
            throw new IllegalStateException("Cannot add row: container has been closed.");
        }
        if (row == null) {
            throw new NullPointerException("Row must not be null.");
        }
        long index = m_rows.size();
        if (row.getNumCells() != m_spec.getNumColumns()) {
            throw new IllegalArgumentException("Cell count in row \"" + row.getKey() + "\" (row number " + index
                + ") is not equal to the number of columns in the spec: " + row.getNumCells() + " vs. "
                + m_spec.getNumColumns());
        }
        for (int c = 0; c < row.getNumCells(); c++) {
            DataCell cell = row.getCell(c);
            if (cell == null) {
                throw new NullPointerException("Cell " + c + " in row \"" + row.getKey() + "\" is null.");
            }
            DataColumnSpec col = m_spec.getColumnSpec(c);
            if (!cell.isMissing() && !isAssignable(col.getType(), cell.getType())) {
                throw new IllegalArgumentException("Runtime class of object \"" + cell + "\" (type "
                    + cell.getType() + ") at index " + c + " in row \"" + row.getKey()
                    + "\" is not compatible with the type of column \"" + col.getName() + "\" (" + col.getType()
                    + ")");
            }
        }
        String key = row.getKey().getString();
        Long previous = m_keys.putIfAbsent(key, index);
        if (previous != null) {
            throw new DuplicateKeyException("Encountered duplicate row ID \"" + key + "\" at row number " + index
                + " (first seen at row number " + previous + ")", key);
        }
        m_rows.add(row);
    }

    private static boolean isAssignable(final DataType columnType, final DataType cellType) {
        if (columnType.equals(cellType)) {
            return true;
        }
        for (Class<? extends DataValue> v : columnType.getValueClasses()) {
            if (!cellType.isCompatible(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Closes the container, computes the domains and creates the table.
     *
     * @throws IllegalStateException if already closed
     */
    public void close() {
        if (m_isClosed) {
            throw new IllegalStateException("Container has already been closed.");
        }
        DataTableSpec finalSpec = computeSpec(m_spec, m_initDomain, m_maxPossibleValues, m_rows, null);
        m_table = createMemoryTable(finalSpec, m_rows);
        m_isClosed = true;
    }

    /** @return whether {@link #close()} was called */
    public boolean isClosed() {
        return m_isClosed;
    }

    /** @return whether rows can still be added */
    public boolean isOpen() {
        return !m_isClosed;
    }

    /** @return the number of rows added so far */
    public long size() {
        return m_rows.size();
    }

    /**
     * @return the table built by {@link #close()}
     * @throws IllegalStateException if not closed
     */
    public DataTable getTable() {
        if (!m_isClosed) {
            throw new IllegalStateException("Cannot get table: container is not closed.");
        }
        return m_table;
    }

    /** @return the spec: with computed domains once closed, the argument spec before */
    public DataTableSpec getTableSpec() {
        return m_isClosed ? m_table.getDataTableSpec() : m_spec;
    }

    /**
     * @param maxPossibleValues new limit of possible values per nominal column
     * @deprecated set at construction time in KNIME
     */
    @Deprecated(since = "5.3.0", forRemoval = true)
    public void setMaxPossibleValues(final int maxPossibleValues) {
        if (maxPossibleValues < 0) {
            throw new IllegalArgumentException("number of possible values must be >= 0: " + maxPossibleValues);
        }
        m_maxPossibleValues = maxPossibleValues;
    }

    /**
     * Releases the rows.
     *
     * @deprecated clear the table instead
     */
    @Deprecated
    public void dispose() {
        m_rows.clear();
    }

    /**
     * Copies a table into a new container table.
     *
     * @param table the table
     * @param exec for progress and cancellation
     * @return the cached table
     * @throws CanceledExecutionException if canceled
     */
    public static DataTable cache(final DataTable table, final ExecutionMonitor exec)
        throws CanceledExecutionException {
        return cache(table, exec, -1);
    }

    /**
     * Copies a table into a new container table.
     *
     * @param table the table
     * @param exec for progress and cancellation
     * @param maxCellsInMemory ignored by the double
     * @return the cached table
     * @throws CanceledExecutionException if canceled
     */
    public static DataTable cache(final DataTable table, final ExecutionMonitor exec, final int maxCellsInMemory)
        throws CanceledExecutionException {
        DataContainer c = new DataContainer(table.getDataTableSpec());
        try {
            long row = 0;
            for (RowIterator it = table.iterator(); it.hasNext(); row++) {
                DataRow next = it.next();
                exec.checkCanceled();
                c.addRowToTable(next);
            }
        } finally {
            c.close();
        }
        return c.getTable();
    }

    /**
     * Computes a spec with domains. Package scope: used by the column rearranger for the appended columns.
     *
     * @param onlyColumns if not {@code null}, only these columns get computed domains; the others are kept
     */
    static DataTableSpec computeSpec(final DataTableSpec spec, final boolean initDomain, final int maxValues,
        final List<DataRow> rows, final boolean[] onlyColumns) {
        DataColumnSpec[] cols = new DataColumnSpec[spec.getNumColumns()];
        for (int c = 0; c < cols.length; c++) {
            DataColumnSpec col = spec.getColumnSpec(c);
            if (onlyColumns != null && !onlyColumns[c]) {
                cols[c] = col;
                continue;
            }
            cols[c] = withDomain(col, computeDomain(col, c, initDomain, maxValues, rows));
        }
        return new DataTableSpecCreator().setName(spec.getName()).addColumns(cols)
            .putProperties(spec.getProperties()).createSpec();
    }

    private static DataColumnSpec withDomain(final DataColumnSpec col, final DataColumnDomain domain) {
        DataColumnSpecCreator cr = new DataColumnSpecCreator(col);
        cr.setDomain(domain);
        return cr.createSpec();
    }

    private static DataColumnDomain computeDomain(final DataColumnSpec col, final int c, final boolean init,
        final int maxValues, final List<DataRow> rows) {
        DataType type = col.getType();
        boolean nominal = type.isCompatible(NominalValue.class);
        boolean bounded = type.isCompatible(BoundedValue.class);
        DataColumnDomain given = col.getDomain();
        Set<DataCell> values = null;
        if (init && given.hasValues()) {
            values = new LinkedHashSet<>(given.getValues());
        } else if (nominal) {
            values = new LinkedHashSet<>();
        }
        DataCell lower = init ? given.getLowerBound() : null;
        DataCell upper = init ? given.getUpperBound() : null;
        boolean collectValues = nominal && values != null;
        for (DataRow r : rows) {
            DataCell cell = r.getCell(c);
            if (cell.isMissing()) {
                continue;
            }
            if (collectValues && values.add(cell) && values.size() > maxValues) {
                values = null;
                collectValues = false;
            }
            if (bounded && isOrderable(cell)) {
                if (lower == null || compare(cell, lower) < 0) {
                    lower = cell;
                }
                if (upper == null || compare(cell, upper) > 0) {
                    upper = cell;
                }
            }
        }
        return new DataColumnDomainCreator(values, lower, upper).createDomain();
    }

    private static boolean isOrderable(final DataCell cell) {
        if (cell instanceof DoubleValue) {
            return !Double.isNaN(((DoubleValue)cell).getDoubleValue());
        }
        return cell instanceof StringValue;
    }

    private static int compare(final DataCell a, final DataCell b) {
        if (a instanceof DoubleValue && b instanceof DoubleValue) {
            return Double.compare(((DoubleValue)a).getDoubleValue(), ((DoubleValue)b).getDoubleValue());
        }
        if (a instanceof StringValue && b instanceof StringValue) {
            return ((StringValue)a).getStringValue().compareTo(((StringValue)b).getStringValue());
        }
        return 0;
    }

    /** Creates an in-memory table over the given rows (package scope, used by the column rearranger). */
    static DataTable createMemoryTable(final DataTableSpec spec, final List<DataRow> rows) {
        return new MemoryTable(spec, rows);
    }

    /** Immutable in-memory table. */
    private static final class MemoryTable implements DataTable {

        private final DataTableSpec m_tableSpec;

        private final List<DataRow> m_tableRows;

        MemoryTable(final DataTableSpec spec, final List<DataRow> rows) {
            m_tableSpec = spec;
            m_tableRows = Collections.unmodifiableList(new ArrayList<>(rows));
        }

        @Override
        public DataTableSpec getDataTableSpec() {
            return m_tableSpec;
        }

        @Override
        public CloseableRowIterator iterator() {
            final Iterator<DataRow> it = m_tableRows.iterator();
            return new CloseableRowIterator() {
                private boolean m_closed;

                @Override
                public boolean hasNext() {
                    return !m_closed && it.hasNext();
                }

                @Override
                public DataRow next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException("No more rows.");
                    }
                    return it.next();
                }

                @Override
                public void close() {
                    m_closed = true;
                }
            };
        }

        @Override
        public String toString() {
            return "MemoryTable[" + m_tableSpec + ", rows=" + m_tableRows.size() + "]";
        }
    }
}
