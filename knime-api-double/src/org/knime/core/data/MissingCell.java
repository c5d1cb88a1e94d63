package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.MissingCell}: a missing value with an optional error
 * message. All missing cells are equal to each other.
 */
public final class MissingCell extends DataCell implements MissingValue {

    private static final long serialVersionUID = 1L;

    private final String m_error;

    /**
     * @param error the reason why the value is missing, may be {@code null}
     */
    public MissingCell(final String error) {
        m_error = error;
    }

    @Override
    public String getError() {
        return m_error;
    }

    @Override
    public String toString() {
        return "?";
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return true;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
