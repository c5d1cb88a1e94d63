package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;

/**
 * Stand-in for KNIME 5.3's {@code org.knime.core.node.streamable.RowInput}: rows read one by one. {@code asCursor()}
 * is left out.
 */
public abstract class RowInput extends PortInput {

    /** @return the spec of the rows */
    public abstract DataTableSpec getDataTableSpec();

    /**
     * @return the next row, {@code null} when there is none
     * @throws InterruptedException if interrupted
     */
    public abstract DataRow poll() throws InterruptedException;

    /** Releases the input. */
    public abstract void close();
}
