package org.knime.core.node;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.IDataRepository;
import org.knime.core.data.RowIterator;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.filestore.internal.NotInWorkflowDataRepository;
import org.knime.core.node.workflow.SingleNodeContainer;
import org.knime.core.util.DuplicateKeyException;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.ExecutionContext}: progress, cancellation and creation of
 * {@link BufferedDataTable}s during {@code NodeModel#execute}.
 *
 * <p>Two of KNIME 5.3's three public constructors (deprecated there: the framework creates contexts) are
 * reproduced; as in KNIME they need a real {@link Node} (KNIME asks it for its file store handler) and a data
 * repository; tests build them as KNIME's own unit tests do: {@code new Node(factory)} and
 * {@code NotInWorkflowDataRepository.newInstance()}. The constructor taking a {@code HashMap} of
 * {@code ContainerTable}s is left out. Simplified: tables live in memory; no file stores, void tables, table clearing
 * or job submission; concatenation requires equal columns (KNIME fills missing ones).
 */
public class ExecutionContext extends ExecutionMonitor {

    private final Node m_node;

    private final SingleNodeContainer.MemoryPolicy m_memoryPolicy;

    private final IDataRepository m_dataRepository;

    /**
     * @param progMon monitor for progress and the cancel flag
     * @param node the node owning created tables (not {@code null})
     * @deprecated deprecated in KNIME (framework only)
     */
    @Deprecated
    public ExecutionContext(final NodeProgressMonitor progMon, final Node node) {
        this(progMon, node, SingleNodeContainer.MemoryPolicy.CacheSmallInMemory,
            NotInWorkflowDataRepository.newInstance());
    }

    /**
     * @param progMon monitor for progress and the cancel flag
     * @param node the node owning created tables (not {@code null})
     * @param policy how created tables are kept (recorded only: the double keeps tables in memory)
     * @param dataRepository where created tables are registered (not {@code null})
     * @deprecated deprecated in KNIME's javadoc (framework only); as in KNIME 5.3, without the annotation
     */
    public ExecutionContext(final NodeProgressMonitor progMon, final Node node,
        final SingleNodeContainer.MemoryPolicy policy, final IDataRepository dataRepository) {
        super(progMon);
        // KNIME: NullPointerException when it asks the node for its file store handler
        m_node = Objects.requireNonNull(node, "node");
        if (dataRepository == null) {
            throw new IllegalArgumentException("Argument must not be null");
        }
        m_memoryPolicy = policy;
        m_dataRepository = dataRepository;
    }

    /**
     * @param table a table; returned as is if already a {@link BufferedDataTable}
     * @param subProgressMon for progress and cancellation
     * @return the cached table
     * @throws CanceledExecutionException if canceled
     */
    public BufferedDataTable createBufferedDataTable(final DataTable table, final ExecutionMonitor subProgressMon)
        throws CanceledExecutionException {
        if (table instanceof BufferedDataTable) {
            return (BufferedDataTable)table;
        }
        BufferedDataContainer c = createDataContainer(table.getDataTableSpec(), true);
        try {
            RowIterator it = table.iterator();
            long row = 0;
            while (it.hasNext()) {
                DataRow next = it.next();
                final long r = ++row;
                subProgressMon.setMessage(() -> "Caching row #" + r + " (\"" + next.getKey() + "\")");
                subProgressMon.checkCanceled();
                c.addRowToTable(next);
            }
        } finally {
            c.close();
        }
        return c.getTable();
    }

    /**
     * @param tables tables to cache
     * @param exec progress and cancellation
     * @return the cached tables
     * @throws CanceledExecutionException if canceled
     */
    public BufferedDataTable[] createBufferedDataTables(final DataTable[] tables, final ExecutionMonitor exec)
        throws CanceledExecutionException {
        BufferedDataTable[] result = new BufferedDataTable[tables.length];
        for (int i = 0; i < tables.length; i++) {
            result[i] = createBufferedDataTable(tables[i], exec.createSubProgress(1.0 / tables.length));
        }
        return result;
    }

    /**
     * @param spec spec of the rows; the domain is computed from the data
     * @return a new container
     */
    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        return createDataContainer(spec, true);
    }

    /**
     * @param spec spec of the rows
     * @param initDomain whether to start from the domain in {@code spec}
     * @return a new container
     */
    public BufferedDataContainer createDataContainer(final DataTableSpec spec, final boolean initDomain) {
        return createDataContainer(spec, initDomain, -1);
    }

    /**
     * @param spec spec of the rows
     * @param initDomain whether to start from the domain in {@code spec}
     * @param maxCellsInMemory ignored by the double
     * @return a new container
     */
    public BufferedDataContainer createDataContainer(final DataTableSpec spec, final boolean initDomain,
        final int maxCellsInMemory) {
        if (spec == null) {
            throw new NullPointerException("Spec must not be null!");
        }
        return new BufferedDataContainer(spec, initDomain);
    }

    /**
     * Applies a column rearranger to a table.
     *
     * @param in the input table
     * @param rearranger the rearranger created for {@code in}'s spec
     * @param subProgressMon progress and cancellation
     * @return the new table
     * @throws CanceledExecutionException if canceled
     */
    public BufferedDataTable createColumnRearrangeTable(final BufferedDataTable in,
        final ColumnRearranger rearranger, final ExecutionMonitor subProgressMon)
        throws CanceledExecutionException {
        DataTable result;
        try {
            Method m = ColumnRearranger.class.getDeclaredMethod("rearrange", DataTable.class, long.class,
                ExecutionMonitor.class);
            m.setAccessible(true);
            result = (DataTable)m.invoke(rearranger, in, in.size(), subProgressMon);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CanceledExecutionException) {
                throw (CanceledExecutionException)cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException)cause;
            }
            if (cause instanceof Error) {
                throw (Error)cause;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("API double is inconsistent: " + e.getMessage(), e);
        }
        return new BufferedDataTable(result, result.getDataTableSpec());
    }

    /**
     * @param in the input table
     * @param newSpec the new spec, with as many columns as {@code in}
     * @return a table with the rows of {@code in} and the new spec
     */
    public BufferedDataTable createSpecReplacerTable(final BufferedDataTable in, final DataTableSpec newSpec) {
        if (newSpec.getNumColumns() != in.getDataTableSpec().getNumColumns()) {
            throw new IllegalArgumentException("The new spec has " + newSpec.getNumColumns()
                + " columns, the table has " + in.getDataTableSpec().getNumColumns());
        }
        return new BufferedDataTable(in.getDelegate(), newSpec);
    }

    /**
     * @param in the table to wrap
     * @return a new table with the same rows and spec
     */
    public BufferedDataTable createWrappedTable(final BufferedDataTable in) {
        return new BufferedDataTable(in.getDelegate(), in.getDataTableSpec());
    }

    /**
     * Concatenates tables row-wise; the rows of {@code tables[0]} come first.
     *
     * @param exec progress and cancellation
     * @param tables the tables, at least one; all with the same column names and types
     * @return the concatenated table; the domain starts from the first table's and is extended by all rows
     * @throws CanceledExecutionException if canceled
     * @throws IllegalArgumentException if no table is given, the columns differ (the double does not fill
     *             missing columns as KNIME does) or a row key occurs twice
     */
    public BufferedDataTable createConcatenateTable(final ExecutionMonitor exec, final BufferedDataTable... tables)
        throws CanceledExecutionException {
        if (tables.length == 0) {
            throw new IllegalArgumentException("Argument array must not be empty");
        }
        // as KNIME: the columns of all tables in order of appearance; a table's missing columns get missing cells
        List<DataColumnSpec> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (BufferedDataTable t : tables) {
            for (DataColumnSpec col : t.getDataTableSpec()) {
                int at = names.indexOf(col.getName());
                if (at < 0) {
                    names.add(col.getName());
                    columns.add(col);
                } else if (!columns.get(at).getType().equals(col.getType())) {
                    throw new IllegalArgumentException("Column \"" + col.getName() + "\" has different types in the"
                        + " tables to concatenate: " + columns.get(at).getType() + " vs. " + col.getType());
                }
            }
        }
        DataTableSpec spec = new DataTableSpec(tables[0].getDataTableSpec().getName(),
            columns.toArray(new DataColumnSpec[0]));
        BufferedDataContainer c = createDataContainer(spec, true);
        try {
            for (BufferedDataTable t : tables) {
                DataTableSpec ts = t.getDataTableSpec();
                RowIterator it = t.iterator();
                while (it.hasNext()) {
                    exec.checkCanceled();
                    DataRow row = it.next();
                    if (!ts.equalStructure(spec)) {
                        DataCell[] cells = new DataCell[names.size()];
                        for (int i = 0; i < cells.length; i++) {
                            int from = ts.findColumnIndex(names.get(i));
                            cells[i] = from < 0 ? DataType.getMissingCell() : row.getCell(from);
                        }
                        row = new DefaultRow(row.getKey(), cells);
                    }
                    try {
                        c.addRowToTable(row);
                    } catch (DuplicateKeyException e) {
                        throw new IllegalArgumentException("Duplicate row key \"" + e.getKey()
                            + "\" in the tables to concatenate", e);
                    }
                }
            }
        } finally {
            c.close();
        }
        return c.getTable();
    }

    /**
     * Joins two tables column-wise; both must have the same row keys in the same order.
     *
     * @param left the first columns
     * @param right the following columns
     * @param exec progress and cancellation
     * @return the joined table
     * @throws CanceledExecutionException if canceled
     * @throws IllegalArgumentException on duplicate column names or different rows
     */
    public BufferedDataTable createJoinedTable(final BufferedDataTable left, final BufferedDataTable right,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        DataTableSpec spec = new DataTableSpec(left.getDataTableSpec(), right.getDataTableSpec());
        if (left.size() != right.size()) {
            throw new IllegalArgumentException(
                "Tables have different row counts: " + left.size() + " vs. " + right.size());
        }
        List<DataRow> rows = new ArrayList<>();
        RowIterator l = left.iterator();
        RowIterator r = right.iterator();
        while (l.hasNext()) {
            exec.checkCanceled();
            DataRow a = l.next();
            DataRow b = r.next();
            if (!a.getKey().equals(b.getKey())) {
                throw new IllegalArgumentException("Row keys differ at row " + rows.size() + ": \"" + a.getKey()
                    + "\" vs. \"" + b.getKey() + "\"");
            }
            DataCell[] cells = new org.knime.core.data.DataCell[a.getNumCells() + b.getNumCells()];
            for (int i = 0; i < a.getNumCells(); i++) {
                cells[i] = a.getCell(i);
            }
            for (int i = 0; i < b.getNumCells(); i++) {
                cells[a.getNumCells() + i] = b.getCell(i);
            }
            rows.add(new DefaultRow(a.getKey(), cells));
        }
        return new BufferedDataTable(new RowsTable(spec, rows), spec);
    }

    /** Immutable rows with a fixed spec (no domain computation: the joined columns keep theirs). */
    private static final class RowsTable implements DataTable {
        private final DataTableSpec m_spec;

        private final List<DataRow> m_rows;

        RowsTable(final DataTableSpec spec, final List<DataRow> rows) {
            m_spec = spec;
            m_rows = Collections.unmodifiableList(rows);
        }

        @Override
        public DataTableSpec getDataTableSpec() {
            return m_spec;
        }

        @Override
        public RowIterator iterator() {
            Iterator<DataRow> it = m_rows.iterator();
            return new RowIterator() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public DataRow next() {
                    return it.next();
                }
            };
        }
    }

    /**
     * @param maxProg fraction of this context's progress range
     * @return a context for a part of the work
     */
    public ExecutionContext createSubExecutionContext(final double maxProg) {
        return new ExecutionContext(createSubProgressMonitor(maxProg), m_node, m_memoryPolicy, m_dataRepository);
    }

    /**
     * @param maxProg fraction of this context's progress range
     * @return a context for a part of the work that does not forward messages
     */
    public ExecutionContext createSilentSubExecutionContext(final double maxProg) {
        return new ExecutionContext(createSilentSubProgressMonitor(maxProg), m_node, m_memoryPolicy, m_dataRepository);
    }
}
