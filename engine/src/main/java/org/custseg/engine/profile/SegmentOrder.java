package org.custseg.engine.profile;

import java.util.Comparator;

/**
 * The deterministic order of segment names in every output: natural order, in which runs of digits compare as
 * numbers ("Segment 2" before "Segment 10"), other characters case-insensitively, with
 * {@link SegmentProfile#NO_SEGMENT} always last.
 */
public final class SegmentOrder implements Comparator<String> {

    /** The shared instance. */
    public static final SegmentOrder INSTANCE = new SegmentOrder();

    private SegmentOrder() {
    }

    @Override
    public int compare(final String a, final String b) {
        final boolean na = SegmentProfile.NO_SEGMENT.equals(a);
        final boolean nb = SegmentProfile.NO_SEGMENT.equals(b);
        if (na || nb) {
            return na == nb ? 0 : (na ? 1 : -1);
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            final char ca = a.charAt(i);
            final char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = i;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                final String da = strip(a.substring(i, ei));
                final String db = strip(b.substring(j, ej));
                if (da.length() != db.length()) {
                    return Integer.compare(da.length(), db.length());
                }
                final int c = da.compareTo(db);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                final int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        final int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static String strip(final String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }
}
