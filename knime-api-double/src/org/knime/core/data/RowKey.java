package org.knime.core.data;

import java.util.Objects;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.RowKey}: the identifier of a row, compared by its string.
 * {@link #createRowKey(long)} takes a {@code long} as in KNIME 3.0+; the {@code int} variant is still there,
 * deprecated, as in KNIME 5.3.
 */
public final class RowKey {

    private final String m_key;

    /** @param key the row identifier, not {@code null} */
    public RowKey(final String key) {
        m_key = Objects.requireNonNull(key, "Row key must not be null.");
    }

    /**
     * @param rowNo a row index
     * @return the key "Row" + rowNo, as KNIME creates default keys
     */
    public static RowKey createRowKey(final long rowNo) {
        return new RowKey("Row" + rowNo);
    }

    /**
     * @param rowNo a row index
     * @return the key "Row" + rowNo
     * @deprecated use {@link #createRowKey(long)} (as in KNIME since 3.0)
     */
    @Deprecated
    public static RowKey createRowKey(final int rowNo) {
        return createRowKey((long)rowNo);
    }

    /** @return the identifier */
    public String getString() {
        return m_key;
    }

    /**
     * @param keys row keys
     * @return their strings
     */
    public static String[] toStrings(final RowKey... keys) {
        String[] r = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            r[i] = keys[i].getString();
        }
        return r;
    }

    /**
     * @param strings identifiers
     * @return row keys
     */
    public static RowKey[] toRowKeys(final String... strings) {
        RowKey[] r = new RowKey[strings.length];
        for (int i = 0; i < strings.length; i++) {
            r[i] = new RowKey(strings[i]);
        }
        return r;
    }

    @Override
    public String toString() {
        return m_key;
    }

    @Override
    public boolean equals(final Object obj) {
        return obj == this || (obj instanceof RowKey && ((RowKey)obj).m_key.equals(m_key));
    }

    @Override
    public int hashCode() {
        return m_key.hashCode();
    }
}
