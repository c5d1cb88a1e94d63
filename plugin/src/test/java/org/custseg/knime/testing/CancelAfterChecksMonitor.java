package org.custseg.knime.testing;

import java.util.concurrent.atomic.AtomicInteger;

import org.knime.core.node.DefaultNodeProgressMonitor;

/**
 * A progress monitor that reports "canceled" from the {@code n+1}-th cancellation check on, as if the user
 * pressed cancel while the node was running. Every {@code ExecutionMonitor#checkCanceled()} call (also from
 * sub monitors and sub execution contexts) counts as one check.
 */
public final class CancelAfterChecksMonitor extends DefaultNodeProgressMonitor {

    private final int m_allowedChecks;

    private final AtomicInteger m_checks = new AtomicInteger();

    /**
     * @param allowedChecks number of checks that pass before cancellation is reported (0 = cancel at once)
     */
    public CancelAfterChecksMonitor(final int allowedChecks) {
        if (allowedChecks < 0) {
            throw new IllegalArgumentException("allowedChecks must be >= 0, was " + allowedChecks);
        }
        m_allowedChecks = allowedChecks;
    }

    @Override
    protected boolean isCanceled() {
        if (m_checks.incrementAndGet() > m_allowedChecks) {
            setExecuteCanceled();
        }
        return super.isCanceled();
    }

    /** @return how many cancellation checks were made so far */
    public int getCheckCount() {
        return m_checks.get();
    }
}
