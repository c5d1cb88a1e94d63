package org.knime.core.node;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.CanceledExecutionException}: thrown by
 * {@link ExecutionMonitor#checkCanceled()} once the execution was canceled.
 *
 * <p>Simplified: the nested {@code CancelChecker} interface (since 4.2) is left out.
 */
public class CanceledExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Exception without message. */
    public CanceledExecutionException() {
        super();
    }

    /** @param s a message for the user */
    public CanceledExecutionException(final String s) {
        super(s);
    }
}
