package org.custseg.engine;

/** Thrown when a {@link ProgressListener} reports that the user canceled the operation. */
public final class CanceledException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was canceled
     */
    public CanceledException(final String message) {
        super(message);
    }
}
