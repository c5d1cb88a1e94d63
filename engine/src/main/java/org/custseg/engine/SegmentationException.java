package org.custseg.engine;

/**
 * A failure the user can fix. The message names the column, row or setting concerned and says what to do;
 * the KNIME nodes and the command line show it unchanged.
 */
public class SegmentationException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the user-facing message
     */
    public SegmentationException(final String message) {
        super(message);
    }

    /**
     * @param message the user-facing message
     * @param cause the underlying cause
     */
    public SegmentationException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
