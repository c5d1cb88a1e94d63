package org.knime.core.node;

import java.util.concurrent.atomic.AtomicInteger;

import javax.swing.JComponent;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowIterator;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.BufferedDataTable}: the table passed into and returned from
 * {@code NodeModel#execute}. Created only through {@link ExecutionContext} (or
 * {@link BufferedDataContainer#getTable()}); {@link #size()} is a {@code long}, {@link #getRowCount()} is
 * deprecated; {@link #iterator()} returns a {@link CloseableRowIterator}.
 *
 * <p>Simplified: the rows live in memory; no table repository, owner or save/load; no filtered iteration;
 * {@link #getViews()} returns no views.
 */
public final class BufferedDataTable implements DataTable, PortObject {

    /** The port type of data tables. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class);

    /** The port type of optional data inputs. */
    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class, true);

    private static final AtomicInteger LAST_ID = new AtomicInteger();

    private final DataTable m_delegate;

    private final DataTableSpec m_spec;

    private final long m_size;

    private final int m_tableID;

    BufferedDataTable(final DataTable delegate, final DataTableSpec spec) {
        m_delegate = delegate;
        m_spec = spec;
        long n = 0;
        RowIterator it = delegate.iterator();
        try {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        } finally {
            if (it instanceof CloseableRowIterator) {
                ((CloseableRowIterator)it).close();
            }
        }
        m_size = n;
        m_tableID = LAST_ID.incrementAndGet();
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        return m_spec;
    }

    @Override
    public DataTableSpec getSpec() {
        return getDataTableSpec();
    }

    @Override
    public String getSummary() {
        return "Rows: " + size() + ", Cols: " + m_spec.getNumColumns();
    }

    @Override
    public CloseableRowIterator iterator() {
        final RowIterator it = m_delegate.iterator();
        if (it instanceof CloseableRowIterator) {
            return (CloseableRowIterator)it;
        }
        return new CloseableRowIterator() {
            private boolean m_closed;

            @Override
            public boolean hasNext() {
                return !m_closed && it.hasNext();
            }

            @Override
            public DataRow next() {
                return it.next();
            }

            @Override
            public void close() {
                m_closed = true;
            }
        };
    }

    /**
     * @return the number of rows
     * @deprecated use {@link #size()}
     */
    @Deprecated
    public int getRowCount() {
        if (m_size > Integer.MAX_VALUE) {
            throw new IllegalStateException("Table has more than Integer.MAX_VALUE rows: " + m_size);
        }
        return (int)m_size;
    }

    /** @return the number of rows */
    public long size() {
        return m_size;
    }

    /** @return a unique id of this table */
    public Integer getBufferedTableId() {
        return m_tableID;
    }

    /** @return no views in the double */
    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    DataTable getDelegate() {
        return m_delegate;
    }

    @Override
    public String toString() {
        return "BufferedDataTable[" + m_spec + ", rows=" + m_size + "]";
    }
}
