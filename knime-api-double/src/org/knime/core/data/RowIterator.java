package org.knime.core.data;

import java.util.Iterator;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.RowIterator}: iterator over the rows of a
 * {@link DataTable}; {@link #remove()} is not supported.
 */
public abstract class RowIterator implements Iterator<DataRow> {

    @Override
    public abstract boolean hasNext();

    @Override
    public abstract DataRow next();

    /** @throws UnsupportedOperationException always */
    @Override
    public void remove() {
        throw new UnsupportedOperationException("Can't remove row from table.");
    }
}
