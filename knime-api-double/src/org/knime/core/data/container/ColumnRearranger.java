package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.container.ColumnRearranger}: describes how the columns of a
 * table are kept, removed, moved, replaced or appended (through {@link CellFactory cell factories}).
 * {@link #createSpec()} gives the output spec for {@code configure};
 * {@code ExecutionContext#createColumnRearrangeTable} applies it in {@code execute}.
 *
 * <p>Applying it behaves like KNIME: each factory's {@code getCells} is called once per row, progress is
 * reported through {@code setProgress}, {@code afterProcessing()} is called at the end, cancellation is
 * checked per row; kept columns keep their spec, new columns get the domain of their factory spec extended by
 * the computed values. Simplified: no type converters ({@code ensureColumnIsConverted}), no streaming
 * functions; rows are processed sequentially in memory.
 */
public class ColumnRearranger {

    private final List<Column> m_includes;

    private final DataTableSpec m_originalSpec;

    /** @param original spec of the table to rearrange */
    public ColumnRearranger(final DataTableSpec original) {
        m_originalSpec = original;
        m_includes = new ArrayList<>(original.getNumColumns());
        for (int i = 0; i < original.getNumColumns(); i++) {
            m_includes.add(new Column(original.getColumnSpec(i), i, null, -1));
        }
    }

    /**
     * Keeps only the columns at the given (current) indices.
     *
     * @param colIndices indices to keep
     */
    public final void keepOnly(final int... colIndices) {
        Set<Integer> keep = new HashSet<>();
        for (int i : colIndices) {
            if (i < 0 || i >= m_includes.size()) {
                throw new IndexOutOfBoundsException("Invalid index: " + i);
            }
            keep.add(i);
        }
        if (keep.size() != colIndices.length) {
            throw new IndexOutOfBoundsException("Duplicates in argument: " + Arrays.toString(colIndices));
        }
        for (int i = m_includes.size() - 1; i >= 0; i--) {
            if (!keep.contains(i)) {
                m_includes.remove(i);
            }
        }
    }

    /**
     * Keeps only the named columns.
     *
     * @param colNames names to keep
     */
    public final void keepOnly(final String... colNames) {
        Set<String> names = checkedNames(colNames);
        for (Iterator<Column> it = m_includes.iterator(); it.hasNext();) {
            if (!names.remove(it.next().m_spec.getName())) {
                it.remove();
            }
        }
        if (!names.isEmpty()) {
            throw new IllegalArgumentException("No such column name(s) in ColumnRearranger: " + names);
        }
    }

    /**
     * Removes the columns at the given (current) indices.
     *
     * @param colIndices indices to remove
     */
    public final void remove(final int... colIndices) {
        int[] copy = colIndices.clone();
        Arrays.sort(copy);
        for (int i = 1; i < copy.length; i++) {
            if (copy[i] == copy[i - 1]) {
                throw new IndexOutOfBoundsException("Duplicates encountered " + Arrays.toString(colIndices));
            }
        }
        for (int i = copy.length - 1; i >= 0; i--) {
            m_includes.remove(copy[i]);
        }
    }

    /**
     * Removes the named columns.
     *
     * @param colNames names to remove
     */
    public final void remove(final String... colNames) {
        Set<String> names = checkedNames(colNames);
        for (Iterator<Column> it = m_includes.iterator(); it.hasNext();) {
            if (names.remove(it.next().m_spec.getName())) {
                it.remove();
            }
        }
        if (!names.isEmpty()) {
            throw new IllegalArgumentException("No such column name(s) in ColumnRearranger: " + names);
        }
    }

    private static Set<String> checkedNames(final String... colNames) {
        Set<String> names = new HashSet<>(Arrays.asList(colNames));
        if (names.contains(null)) {
            throw new IllegalArgumentException("Argument contains null: " + Arrays.toString(colNames));
        }
        if (names.size() != colNames.length) {
            throw new IllegalArgumentException("Argument contains duplicates: " + Arrays.toString(colNames));
        }
        return names;
    }

    /**
     * @param colName a column name
     * @return its current index or -1
     */
    public final int indexOf(final String colName) {
        if (colName == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        for (int i = 0; i < m_includes.size(); i++) {
            if (m_includes.get(i).m_spec.getName().equals(colName)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the current number of columns */
    public final int getColumnCount() {
        return m_includes.size();
    }

    /**
     * @param from current index
     * @param to destination index
     */
    public final void move(final int from, final int to) {
        if (from < to) {
            Column c = m_includes.get(from);
            m_includes.add(to, c);
            m_includes.remove(from);
        } else {
            Column c = m_includes.remove(from);
            m_includes.add(to, c);
        }
    }

    /**
     * @param colName column to move
     * @param to destination index
     */
    public final void move(final String colName, final int to) {
        int i = indexOf(colName);
        if (i < 0) {
            throw new IllegalArgumentException("No such column \"" + colName + "\"");
        }
        move(i, to);
    }

    /** @param colIndicesInOrder new order (indices), remaining columns go to the end */
    public final void permute(final int[] colIndicesInOrder) {
        String[] names = new String[colIndicesInOrder.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = m_includes.get(colIndicesInOrder[i]).m_spec.getName();
        }
        permute(names);
    }

    /** @param colNamesInOrder new order (names), remaining columns go to the end */
    public final void permute(final String[] colNamesInOrder) {
        Map<String, Integer> order = new HashMap<>();
        for (String n : colNamesInOrder) {
            if (n == null) {
                throw new NullPointerException("List must not contain null elements");
            }
            if (order.put(n, order.size()) != null) {
                throw new IllegalArgumentException("Duplicate column names in argument array: " + n);
            }
        }
        for (Column c : m_includes) {
            order.putIfAbsent(c.m_spec.getName(), order.size());
        }
        if (order.size() != m_includes.size()) {
            Set<String> unknown = new HashSet<>(order.keySet());
            for (Column c : m_includes) {
                unknown.remove(c.m_spec.getName());
            }
            throw new IllegalArgumentException("Column name(s) not found: " + unknown);
        }
        m_includes.sort((a, b) -> order.get(a.m_spec.getName()).compareTo(order.get(b.m_spec.getName())));
    }

    /**
     * @param position index at which the factory's columns are inserted
     * @param fac the factory
     */
    public final void insertAt(final int position, final CellFactory fac) {
        DataColumnSpec[] specs = fac.getColumnSpecs();
        List<Column> ins = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            ins.add(new Column(specs[i], -1, fac, i));
        }
        m_includes.addAll(position, ins);
    }

    /** @param fac factory whose columns are appended */
    public final void append(final CellFactory fac) {
        insertAt(m_includes.size(), fac);
    }

    /**
     * @param newCol factory for exactly one column
     * @param colName column to replace
     */
    public final void replace(final CellFactory newCol, final String colName) {
        int index = indexOf(colName);
        if (index < 0) {
            throw new IllegalArgumentException("No such column: " + colName);
        }
        replace(newCol, index);
    }

    /**
     * @param fac factory with as many columns as indices
     * @param colIndex the columns to replace
     */
    public final void replace(final CellFactory fac, final int... colIndex) {
        DataColumnSpec[] specs = fac.getColumnSpecs();
        if (specs.length != colIndex.length) {
            throw new IndexOutOfBoundsException("Arguments do not provide to same number of columns: "
                + specs.length + " vs. " + colIndex.length);
        }
        for (int i = 0; i < specs.length; i++) {
            m_includes.set(colIndex[i], new Column(specs[i], -1, fac, i));
        }
    }

    /** @return the spec of the rearranged table */
    public final DataTableSpec createSpec() {
        DataColumnSpec[] specs = new DataColumnSpec[m_includes.size()];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = m_includes.get(i).m_spec;
        }
        return new DataTableSpec(specs);
    }

    /**
     * Applies this rearranger to a table (called reflectively by the double's {@code ExecutionContext}; not API).
     */
    @SuppressWarnings("unused")
    private DataTable rearrange(final DataTable in, final long rowCount, final ExecutionMonitor exec)
        throws CanceledExecutionException {
        if (!in.getDataTableSpec().equalStructure(m_originalSpec)) {
            throw new IllegalArgumentException("The table's spec does not match the spec the rearranger was "
                + "created with: " + in.getDataTableSpec() + " vs. " + m_originalSpec);
        }
        DataTableSpec outSpec = createSpec();
        List<CellFactory> factories = new ArrayList<>();
        for (Column c : m_includes) {
            if (c.m_factory != null && !factories.contains(c.m_factory)) {
                factories.add(c.m_factory);
            }
        }
        List<DataRow> rows = new ArrayList<>();
        try {
            long done = 0;
            RowIterator it = in.iterator();
            try {
                while (it.hasNext()) {
                    exec.checkCanceled();
                    DataRow row = it.next();
                    Map<CellFactory, DataCell[]> newCells = new IdentityHashMap<>();
                    for (CellFactory f : factories) {
                        DataCell[] cells = f.getCells(row, done);
                        int expected = f.getColumnSpecs().length;
                        if (cells == null || cells.length != expected) {
                            throw new IllegalStateException("Cell factory " + f.getClass().getName()
                                + " returned " + (cells == null ? "null" : cells.length + " cells")
                                + " for row \"" + row.getKey() + "\", expected " + expected);
                        }
                        newCells.put(f, cells);
                    }
                    DataCell[] out = new DataCell[m_includes.size()];
                    for (int i = 0; i < out.length; i++) {
                        Column c = m_includes.get(i);
                        out[i] = c.m_factory == null ? row.getCell(c.m_originalIndex)
                            : newCells.get(c.m_factory)[c.m_indexInFactory];
                    }
                    rows.add(new DefaultRow(row.getKey(), out));
                    done++;
                    for (CellFactory f : factories) {
                        f.setProgress(done, rowCount, row.getKey(), exec);
                    }
                }
            } finally {
                if (it instanceof CloseableRowIterator) {
                    ((CloseableRowIterator)it).close();
                }
            }
        } finally {
            for (CellFactory f : factories) {
                if (f instanceof AbstractCellFactory) {
                    ((AbstractCellFactory)f).afterProcessing();
                }
            }
        }
        boolean[] isNew = new boolean[m_includes.size()];
        for (int i = 0; i < isNew.length; i++) {
            isNew[i] = m_includes.get(i).m_factory != null;
        }
        DataTableSpec finalSpec = DataContainer.computeSpec(outSpec, true, DataContainer.MAX_POSSIBLE_VALUES, rows,
            isNew);
        // validate types and keys like a container would
        DataContainer check = new DataContainer(finalSpec, true);
        for (DataRow r : rows) {
            check.addRowToTable(r);
        }
        return DataContainer.createMemoryTable(finalSpec, rows);
    }

    /** One output column: either an original column or a column of a cell factory. */
    private static final class Column {

        private final DataColumnSpec m_spec;

        private final int m_originalIndex;

        private final CellFactory m_factory;

        private final int m_indexInFactory;

        Column(final DataColumnSpec spec, final int originalIndex, final CellFactory factory,
            final int indexInFactory) {
            m_spec = spec;
            m_originalIndex = originalIndex;
            m_factory = factory;
            m_indexInFactory = indexInFactory;
        }
    }
}
