package org.custseg.engine.data;

import java.util.Arrays;

/**
 * The 1-based file line on which each data row starts, held compactly: nothing while every row follows the one
 * before on the next line (no blank line, no quoted line break), then the extra lines per row as {@code int}s (or the
 * lines themselves as {@code long}s past 2^31 extra lines).
 */
final class CsvLines {

    private long base; // the line of row 0
    private int size;
    private int[] extra; // per row, its line minus (base + row); null while all are 0
    private long[] full; // per row, its line (only past Integer.MAX_VALUE extra lines)

    /** @param line the line of the next row */
    void add(final long line) {
        if (size == 0) {
            base = line;
        }
        final long e = line - base - size;
        if (full == null && extra == null && e != 0) {
            extra = new int[Math.max(16, size + (size >> 1))];
        }
        if (full == null && extra != null && e > Integer.MAX_VALUE) {
            full = new long[Math.max(16, size + (size >> 1))];
            for (int r = 0; r < size; r++) {
                full[r] = get(r);
            }
            extra = null;
        }
        if (full != null) {
            if (size == full.length) {
                full = Arrays.copyOf(full, size + (size >> 1));
            }
            full[size] = line;
        } else if (extra != null) {
            if (size == extra.length) {
                extra = Arrays.copyOf(extra, size + (size >> 1));
            }
            extra[size] = (int) e;
        }
        size++;
    }

    /** Frees the spare capacity. */
    void finish() {
        if (extra != null) {
            extra = Arrays.copyOf(extra, size);
        }
        if (full != null) {
            full = Arrays.copyOf(full, size);
        }
    }

    /** @return number of rows */
    int size() {
        return size;
    }

    /**
     * @param row 0-based row
     * @return the line it starts on
     */
    long get(final int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("Row " + row + " of " + size);
        }
        if (full != null) {
            return full[row];
        }
        return base + row + (extra == null ? 0 : extra[row]);
    }
}
