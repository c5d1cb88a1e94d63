package org.knime.core.data.container;

import java.io.Closeable;

import org.knime.core.data.RowIterator;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.container.CloseableRowIterator}: a row iterator that can be
 * closed early, so callers use try-with-resources. In the double closing only stops the iteration.
 */
public abstract class CloseableRowIterator extends RowIterator implements Closeable {

    /** Closes the iterator; later calls of {@link #hasNext()} return {@code false}. */
    @Override
    public abstract void close();
}
