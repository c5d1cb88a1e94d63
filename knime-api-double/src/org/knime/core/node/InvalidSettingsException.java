package org.knime.core.node;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.InvalidSettingsException}
 * (knime-shared, {@code org.knime.core.util}). Signals that settings are missing or
 * unusable; the message is shown to the user, so it should say what to change.
 * Same constructors as the original; nothing simplified.
 */
public class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param s message shown to the user
     */
    public InvalidSettingsException(final String s) {
        super(s);
    }

    /**
     * @param cause underlying problem
     */
    public InvalidSettingsException(final Throwable cause) {
        super(cause);
    }

    /**
     * @param msg message shown to the user
     * @param cause underlying problem
     */
    public InvalidSettingsException(final String msg, final Throwable cause) {
        super(msg, cause);
    }
}
