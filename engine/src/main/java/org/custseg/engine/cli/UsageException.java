package org.custseg.engine.cli;

/**
 * A command-line mistake: an unknown option, a missing or malformed value, or options that do not fit together.
 * The message names the option and the value and says what is allowed; {@link SegmentCli} prints it and exits with
 * status {@value SegmentCli#EXIT_USAGE}.
 */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the user-facing message
     */
    public UsageException(final String message) {
        super(message);
    }
}
