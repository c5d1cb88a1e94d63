package org.knime.core.data.container;

import java.util.Arrays;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionMonitor;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.container.AbstractCellFactory}: a {@link CellFactory} with
 * fixed column specs and progress reporting.
 *
 * <p>Simplified: rows are always processed sequentially (the parallel-processing settings are stored and
 * reported but not used); no file store factory.
 */
public abstract class AbstractCellFactory implements CellFactory {

    private final DataColumnSpec[] m_colSpecs;

    private int m_maxParallelWorkers = -1;

    private int m_maxQueueSize = -1;

    /** @param colSpecs the specs of the new columns, none {@code null} */
    public AbstractCellFactory(final DataColumnSpec... colSpecs) {
        if (colSpecs == null || Arrays.asList(colSpecs).contains(null)) {
            throw new NullPointerException("Argument must not be null or contain null elements");
        }
        m_colSpecs = colSpecs;
    }

    /**
     * @param processConcurrently whether rows may be processed concurrently
     * @param colSpecs the specs of the new columns
     */
    public AbstractCellFactory(final boolean processConcurrently, final DataColumnSpec... colSpecs) {
        this(colSpecs);
        setParallelProcessing(processConcurrently);
    }

    /**
     * @param processConcurrently whether rows may be processed concurrently
     * @param workerCount number of workers
     * @param maxQueueSize queue size
     * @param colSpecs the specs of the new columns
     */
    public AbstractCellFactory(final boolean processConcurrently, final int workerCount, final int maxQueueSize,
        final DataColumnSpec... colSpecs) {
        this(colSpecs);
        setParallelProcessing(processConcurrently, workerCount, maxQueueSize);
    }

    /** @param value whether to enable parallel processing (recorded only) */
    public final void setParallelProcessing(final boolean value) {
        int workers = (int)Math.ceil(1.5 * Runtime.getRuntime().availableProcessors());
        setParallelProcessing(value, workers, 10 * workers);
    }

    /** @return whether parallel processing was requested */
    public final boolean isParallelProcessing() {
        return m_maxParallelWorkers > 0 && m_maxQueueSize > 0;
    }

    /**
     * @param value whether to enable parallel processing (recorded only)
     * @param maxParallelWorkers number of workers, &gt; 0 if enabled
     * @param maxQueueSize queue size, at least the worker count if enabled
     */
    public final void setParallelProcessing(final boolean value, final int maxParallelWorkers,
        final int maxQueueSize) {
        if (value) {
            if (maxParallelWorkers <= 0) {
                throw new IllegalArgumentException("Worker count must be larger than 0: " + maxParallelWorkers);
            }
            if (maxQueueSize < maxParallelWorkers) {
                throw new IllegalArgumentException(
                    "Queue size must be larger than worker count: " + maxQueueSize + "<" + maxParallelWorkers);
            }
            m_maxParallelWorkers = maxParallelWorkers;
            m_maxQueueSize = maxQueueSize;
        } else {
            m_maxParallelWorkers = -1;
            m_maxQueueSize = -1;
        }
    }

    /** @return the number of parallel workers or -1 */
    public final int getMaxParallelWorkers() {
        return m_maxParallelWorkers;
    }

    /** @return the queue size or -1 */
    public final int getMaxQueueSize() {
        return m_maxQueueSize;
    }

    @Override
    public DataColumnSpec[] getColumnSpecs() {
        return m_colSpecs;
    }

    /** Called after all rows were processed (successfully or not). Empty by default. */
    public void afterProcessing() {
        // hook for subclasses
    }

    /**
     * {@inheritDoc}
     *
     * @deprecated use {@link #setProgress(long, long, RowKey, ExecutionMonitor)}
     */
    @Deprecated
    @Override
    public void setProgress(final int curRowNr, final int rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        setProgress((long)curRowNr, (long)rowCount, lastKey, exec);
    }

    @Override
    public void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        exec.setProgress(rowCount == 0 ? 1.0 : curRowNr / (double)rowCount,
            () -> "Processed row " + curRowNr + "/" + rowCount + " (\"" + lastKey + "\")");
    }
}
