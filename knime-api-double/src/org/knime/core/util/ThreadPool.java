package org.knime.core.util;

/**
 * Stand-in for KNIME's {@code org.knime.core.util.ThreadPool} (5.3 signatures, checked with {@code javap} against the
 * kit's {@code knime-core-5.3.0.jar}). Only the thread limit is kept: the nodes read it to size the engine's own
 * parallelism; no task is ever run by this double.
 */
public class ThreadPool {

    private int maxThreads;

    /** @param maxThreads the maximum number of threads the pool may run at once */
    public ThreadPool(final int maxThreads) {
        this.maxThreads = maxThreads;
    }

    /** @return the maximum number of threads the pool may run at once */
    public int getMaxThreads() {
        return maxThreads;
    }

    /** @param newValue the new maximum number of threads */
    public void setMaxThreads(final int newValue) {
        if (newValue < 0) {
            throw new IllegalArgumentException("Thread count must be >= 0");
        }
        maxThreads = newValue;
    }
}
