package org.knime.core.node;

import java.util.function.Supplier;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.ExecutionMonitor}: reports progress and checks
 * cancellation by delegating to a {@link NodeProgressMonitor}; sub monitors report to a fraction of the
 * parent's progress range.
 */
public class ExecutionMonitor {

    private final NodeProgressMonitor m_progress;

    /** Monitor with a new {@link DefaultNodeProgressMonitor}. */
    public ExecutionMonitor() {
        this(null);
    }

    /** @param progress the progress monitor; {@code null} for a new default one */
    public ExecutionMonitor(final NodeProgressMonitor progress) {
        m_progress = progress == null ? new DefaultNodeProgressMonitor() : progress;
    }

    /** @return the progress monitor */
    public final NodeProgressMonitor getProgressMonitor() {
        return m_progress;
    }

    boolean isCanceled() {
        try {
            m_progress.checkCanceled();
            return false;
        } catch (CanceledExecutionException e) {
            return true;
        }
    }

    /** @throws CanceledExecutionException if the execution was canceled */
    public void checkCanceled() throws CanceledExecutionException {
        m_progress.checkCanceled();
    }

    /** @param progress progress in [0, 1] */
    public void setProgress(final double progress) {
        m_progress.setProgress(progress);
    }

    /**
     * @param progress progress in [0, 1]
     * @param message a message
     */
    public void setProgress(final double progress, final String message) {
        m_progress.setProgress(progress, message);
    }

    /**
     * @param progress progress in [0, 1]
     * @param messageSupplier supplier of the message, not {@code null}
     */
    public void setProgress(final double progress, final Supplier<String> messageSupplier) {
        m_progress.setProgress(progress, messageSupplier);
    }

    /** @param message a message */
    public void setMessage(final String message) {
        m_progress.setMessage(message);
    }

    /** @param messageSupplier supplier of the message, not {@code null} */
    public void setMessage(final Supplier<String> messageSupplier) {
        m_progress.setMessage(messageSupplier);
    }

    /** @param message a message */
    public void setProgress(final String message) {
        m_progress.setProgress(message);
    }

    /**
     * @param maxProg fraction of this monitor's range, in [0, 1]
     * @return a monitor for a part of the work
     */
    public ExecutionMonitor createSubProgress(final double maxProg) {
        return new ExecutionMonitor(createSubProgressMonitor(maxProg));
    }

    /**
     * @param maxProg fraction of this monitor's range, in [0, 1]
     * @return a monitor for a part of the work that does not forward messages
     */
    public ExecutionMonitor createSilentSubProgress(final double maxProg) {
        return new ExecutionMonitor(createSilentSubProgressMonitor(maxProg));
    }

    NodeProgressMonitor createSubProgressMonitor(final double maxProg) {
        checkRange(maxProg);
        return new DefaultNodeProgressMonitor.SubNodeProgressMonitor(m_progress, maxProg, false);
    }

    NodeProgressMonitor createSilentSubProgressMonitor(final double maxProg) {
        checkRange(maxProg);
        return new DefaultNodeProgressMonitor.SubNodeProgressMonitor(m_progress, maxProg, true);
    }

    private static void checkRange(final double maxProg) {
        if (maxProg > 1.0 || maxProg < 0.0) {
            throw new IllegalArgumentException("Invalid sub progress size: " + maxProg);
        }
    }
}
