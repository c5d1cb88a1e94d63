package org.custseg.engine.data;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Row ids held as the characters of all ids in one array, each id made into a String when asked for: a million ids
 * take some 11 MB in two objects instead of 50 MB in two million (which the collector would also trace on every
 * marking cycle). Ids of characters up to U+00FF are stored one byte per character; the first other character turns
 * the store into UTF-16 (two bytes per character). Append-only while being filled, then unmodifiable.
 */
final class PackedIds extends AbstractList<String> implements RandomAccess {

    private byte[] bytes = new byte[1024];
    private int used;
    private int[] ends = new int[256];
    private int size;
    private boolean wide;

    /** Appends an id. */
    void append(final String id) {
        if (!wide && !latin1(id)) {
            widen();
        }
        final int need = wide ? 2 * id.length() : id.length();
        if (used + need > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + need));
        }
        for (int i = 0; i < id.length(); i++) {
            final char c = id.charAt(i);
            if (wide) {
                bytes[used++] = (byte) (c >>> 8);
            }
            bytes[used++] = (byte) c;
        }
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[size++] = used;
    }

    /** Drops the unused ends of the arrays once filled. */
    PackedIds trim() {
        bytes = Arrays.copyOf(bytes, used);
        ends = Arrays.copyOf(ends, size);
        return this;
    }

    private static boolean latin1(final String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private void widen() {
        final byte[] w = new byte[Math.max(2 * bytes.length, 16)];
        for (int i = 0; i < used; i++) {
            w[2 * i + 1] = bytes[i];
        }
        used *= 2;
        for (int r = 0; r < size; r++) {
            ends[r] *= 2;
        }
        bytes = w;
        wide = true;
    }

    @Override
    public String get(final int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Row " + index + " of " + size);
        }
        final int from = index == 0 ? 0 : ends[index - 1];
        final int to = ends[index];
        return new String(bytes, from, to - from, wide ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
    }

    @Override
    public int size() {
        return size;
    }
}
