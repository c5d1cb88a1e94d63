package org.knime.core.node;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NotConfigurableException}: thrown
 * when a node dialog cannot be opened (for example no suitable input column).
 * Same constructors as the original.
 */
public class NotConfigurableException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message why the dialog cannot be opened
     */
    public NotConfigurableException(final String message) {
        super(message);
    }

    /**
     * @param message why the dialog cannot be opened
     * @param cause underlying problem
     */
    public NotConfigurableException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
