package org.custseg.engine.data;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The row ids "1", "2", ... "n" of a table without an id column, made when asked for instead of held (a million rows
 * would hold about 50 MB of strings). Unmodifiable.
 */
final class RowNumbers extends AbstractList<String> implements RandomAccess {

    private final int size;

    RowNumbers(final int size) {
        this.size = size;
    }

    @Override
    public String get(final int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Row " + index + " of " + size);
        }
        return Integer.toString(index + 1);
    }

    @Override
    public int size() {
        return size;
    }
}
