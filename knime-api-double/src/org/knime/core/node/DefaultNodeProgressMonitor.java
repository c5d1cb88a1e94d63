package org.knime.core.node;

import java.util.function.Supplier;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.DefaultNodeProgressMonitor}: progress value, message and a
 * cancel flag ({@link #setExecuteCanceled()}); {@link #checkCanceled()} throws once the flag is set (or the
 * thread is interrupted). Subclasses can override {@link #isCanceled()}, e.g. to cancel after a number of
 * checks in tests.
 *
 * <p>Simplified: no progress listeners and no timer that publishes progress events; sub-progress monitors are
 * package-private helpers like in KNIME.
 */
public class DefaultNodeProgressMonitor implements NodeProgressMonitor {

    private volatile boolean m_cancelExecute;

    private Double m_progress;

    private Supplier<String> m_message = () -> null;

    /** Creates a monitor without progress and without the cancel flag. */
    public DefaultNodeProgressMonitor() {
    }

    @Override
    public synchronized void reset() {
        m_cancelExecute = false;
        m_progress = null;
        m_message = () -> null;
    }

    /** @return whether the execution was canceled (flag set or thread interrupted) */
    protected boolean isCanceled() {
        return m_cancelExecute || Thread.currentThread().isInterrupted();
    }

    @Override
    public void checkCanceled() throws CanceledExecutionException {
        if (isCanceled()) {
            throw new CanceledExecutionException("ProgressMonitor has been canceled.");
        }
    }

    @Override
    public void setExecuteCanceled() {
        m_cancelExecute = true;
    }

    @Override
    public synchronized void setProgress(final double progress, final String message) {
        setProgressIntern(progress);
        m_message = () -> message;
    }

    @Override
    public synchronized void setProgress(final double progress, final Supplier<String> message) {
        if (message == null) {
            throw new IllegalArgumentException("Message supplier must not be null");
        }
        setProgressIntern(progress);
        m_message = message;
    }

    @Override
    public synchronized void setProgress(final double progress) {
        setProgressIntern(progress);
    }

    @Override
    public synchronized void setMessage(final String message) {
        setProgress(message);
    }

    @Override
    public synchronized void setMessage(final Supplier<String> message) {
        if (message == null) {
            throw new IllegalArgumentException("Message supplier must not be null");
        }
        m_message = message;
    }

    @Override
    public synchronized void setProgress(final String message) {
        m_message = () -> message;
    }

    private void setProgressIntern(final double progress) {
        if (progress >= 0.0 && progress <= 1.0) {
            m_progress = progress;
        }
    }

    @Override
    public synchronized Double getProgress() {
        return m_progress;
    }

    @Override
    public synchronized String getMessage() {
        return m_message.get();
    }

    /**
     * Monitor for a part of the work: progress in [0, 1] is scaled to a fraction of the parent's range and added
     * incrementally; cancellation is the parent's.
     */
    static class SubNodeProgressMonitor implements NodeProgressMonitor {

        private final NodeProgressMonitor m_parent;

        private final double m_maxProg;

        private final boolean m_silent;

        private double m_lastProg;

        private Supplier<String> m_innerMessage = () -> null;

        SubNodeProgressMonitor(final NodeProgressMonitor parent, final double max, final boolean silent) {
            m_parent = parent;
            m_maxProg = max;
            m_silent = silent;
        }

        @Override
        public void checkCanceled() throws CanceledExecutionException {
            m_parent.checkCanceled();
        }

        @Override
        public void setProgress(final double progress) {
            if (progress < 0.0 || progress > 1.0) {
                return;
            }
            synchronized (m_parent) {
                double delta = (progress - m_lastProg) * m_maxProg;
                m_lastProg = progress;
                Double parentProgress = m_parent.getProgress();
                double base = parentProgress == null ? 0.0 : parentProgress;
                m_parent.setProgress(Math.min(1.0, Math.max(0.0, base + delta)));
            }
        }

        @Override
        public Double getProgress() {
            return m_lastProg;
        }

        @Override
        public void setProgress(final double progress, final String message) {
            setProgress(progress);
            setMessage(message);
        }

        @Override
        public void setMessage(final String message) {
            setProgress(message);
        }

        @Override
        public void setProgress(final String message) {
            // KNIME shows a sub monitor's message appended to the parent's in its progress events; the parent's
            // own message (getMessage) stays as it is
            m_innerMessage = () -> message;
        }

        @Override
        public String getMessage() {
            String m = m_innerMessage.get();
            return m == null ? "" : m;
        }

        /** Must not be called on a sub monitor. */
        @Override
        public void setExecuteCanceled() {
            throw new IllegalStateException("This method must not be called.");
        }

        /** Must not be called on a sub monitor. */
        @Override
        public void reset() {
            throw new IllegalStateException("This method must not be called.");
        }
    }
}
