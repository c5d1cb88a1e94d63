package org.custseg.knime.common;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * Bridges the engine's {@link ProgressListener} to a KNIME {@link ExecutionMonitor}: progress goes to
 * {@code setProgress}/{@code setMessage}, and a cancel request in KNIME surfaces in the engine as a
 * {@link CanceledException}.
 */
public final class MonitorProgress implements ProgressListener {

    private final ExecutionMonitor m_exec;

    /**
     * @param exec the monitor to report to (usually a sub-progress of the node's execution context)
     */
    public MonitorProgress(final ExecutionMonitor exec) {
        m_exec = exec;
    }

    @Override
    public void progress(final double fraction, final String message) {
        if (Double.isNaN(fraction)) {
            m_exec.setMessage(message);
        } else {
            m_exec.setProgress(Math.max(0, Math.min(1, fraction)), message);
        }
    }

    @Override
    public void checkCanceled() throws CanceledException {
        try {
            m_exec.checkCanceled();
        } catch (final CanceledExecutionException e) {
            throw new CanceledException(e.getMessage() == null ? "Execution canceled" : e.getMessage());
        }
    }
}
