package org.knime.core.util;

/**
 * Stand-in for KNIME's {@code org.knime.core.util.DuplicateKeyException}: thrown by data containers when a
 * row key is added twice.
 */
public class DuplicateKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String m_key;

    /** @param key the duplicate key */
    public DuplicateKeyException(final String key) {
        this("Duplicate key detected: \"" + key + "\"", key);
    }

    /**
     * @param message the message
     * @param key the duplicate key
     */
    public DuplicateKeyException(final String message, final String key) {
        super(message);
        m_key = key;
    }

    /** @param cause exception whose message and key are taken */
    public DuplicateKeyException(final DuplicateKeyException cause) {
        super(cause.getMessage(), cause);
        m_key = cause.m_key;
    }

    /** @return the duplicate key */
    public String getKey() {
        return m_key;
    }
}
