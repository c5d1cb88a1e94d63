package org.custseg.engine;

/**
 * Progress and cancellation callback used by every long-running engine operation.
 *
 * <p>The engine never depends on KNIME: a KNIME node passes an implementation that forwards to
 * {@code ExecutionMonitor#setProgress} and {@code ExecutionMonitor#checkCanceled}; the command line passes
 * {@link #NONE} or a console reporter.
 */
public interface ProgressListener {

    /** A listener that ignores progress and is never canceled. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(final double fraction, final String message) {
            // ignored
        }

        @Override
        public void checkCanceled() {
            // never canceled
        }
    };

    /**
     * Reports progress.
     *
     * @param fraction the fraction done in [0, 1], or {@code Double.NaN} when unknown
     * @param message a short human-readable message, may be {@code null}
     */
    void progress(double fraction, String message);

    /**
     * Throws if the user asked to cancel; called inside every long loop.
     *
     * @throws CanceledException if the operation should stop
     */
    void checkCanceled() throws CanceledException;
}
