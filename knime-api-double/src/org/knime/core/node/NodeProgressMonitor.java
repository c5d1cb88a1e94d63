package org.knime.core.node;

import java.util.function.Supplier;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeProgressMonitor}: holds progress, message and the cancel
 * flag of an execution.
 *
 * <p>Simplified: the progress listener methods ({@code addProgressListener}, {@code removeProgressListener},
 * {@code removeAllProgressListener}) are left out because their event types belong to the workflow manager;
 * implement the monitor by extending {@link DefaultNodeProgressMonitor}.
 */
public interface NodeProgressMonitor {

    /**
     * @throws CanceledExecutionException if the cancel flag is set
     */
    void checkCanceled() throws CanceledExecutionException;

    /** @param progress new progress in [0, 1]; other values keep the old one */
    void setProgress(double progress);

    /** @return the progress in [0, 1] or {@code null} */
    Double getProgress();

    /**
     * @param progress new progress in [0, 1]
     * @param message new message
     */
    void setProgress(double progress, String message);

    /**
     * @param progress new progress in [0, 1]
     * @param message supplier of the message
     */
    default void setProgress(final double progress, final Supplier<String> message) {
        setProgress(progress, message.get());
    }

    /** @param message new message */
    void setMessage(String message);

    /** @param message supplier of the message */
    default void setMessage(final Supplier<String> message) {
        setMessage(message.get());
    }

    /** @param message new message */
    void setProgress(String message);

    /** @return the current message */
    String getMessage();

    /** Sets the cancel flag. */
    void setExecuteCanceled();

    /** Resets progress, message and cancel flag. */
    void reset();
}
