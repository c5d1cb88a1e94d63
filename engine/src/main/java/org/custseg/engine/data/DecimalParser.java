package org.custseg.engine.data;

import java.math.BigInteger;

/**
 * Decimal numbers as {@link CsvTable#parseNumber} accepts them ({@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?}) parsed
 * from a {@code char[]} without a {@code String}, bit for bit as {@link Double#parseDouble} parses them.
 *
 * <p>How: the first 19 significant digits form an unsigned 64-bit mantissa {@code m} and the rest a power of ten
 * {@code 10^q}. Small cases ({@code m <= 2^53}, {@code |q| <= 22}) are one correctly rounded multiplication or
 * division of exact operands. Otherwise {@code m * 10^q} is bracketed with 192-bit integer arithmetic: a table holds
 * 5^q scaled to 128 bits (exact for {@code 0 <= q <= 55}, else rounded down, so the exact factor lies between the entry
 * and the entry plus one); the product of the mantissa with the entry, and with the entry plus one (and, when digits
 * beyond the 19th were dropped, with the mantissa plus one), bound the exact value. Rounding to nearest-even is
 * monotonic, so when both bounds round to the same double that double is the correctly rounded value, which is what
 * {@code Double.parseDouble} returns. When they do not (a value within 2^-70 of a rounding boundary, e.g. an exact
 * tie with an inexact power of five), for subnormal or overflowing results, exponents beyond the table, the text goes
 * to {@code Double.parseDouble}.
 */
final class DecimalParser {

    /** Returned by {@link #parsePlain} for a text it leaves to {@link #parseAny} (the bits of no parsed number). */
    private static final long NOT_HANDLED = -1L;

    /** Marks an exponent part that is not {@code [eE][+-]?\d+}. */
    private static final long NOT_A_NUMBER = Long.MIN_VALUE;

    private static final int MIN_Q = -342;

    private static final int MAX_Q = 308;

    /** Per q: the high and low 64 bits of 5^q scaled into [2^127, 2^128), and the scale (a power of two). */
    private static final long[] HI = new long[MAX_Q - MIN_Q + 1];

    private static final long[] LO = new long[MAX_Q - MIN_Q + 1];

    /** Per q: e such that 5^q is about (HI,LO) * 2^e. */
    private static final int[] SHIFT = new int[MAX_Q - MIN_Q + 1];

    private static final double[] EXACT_POW10 = new double[23];

    private static final BigInteger MASK64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    static {
        double p = 1;
        for (int i = 0; i < EXACT_POW10.length; i++) {
            EXACT_POW10[i] = p;
            p *= 10;
        }
        final BigInteger five = BigInteger.valueOf(5);
        for (int q = MIN_Q; q <= MAX_Q; q++) {
            final BigInteger t;
            final int shift;
            if (q >= 0) {
                final BigInteger f = five.pow(q);
                final int bl = f.bitLength();
                shift = bl - 128;
                t = shift <= 0 ? f.shiftLeft(-shift) : f.shiftRight(shift); // exact, or rounded down
            } else {
                final BigInteger f = five.pow(-q);
                final int bl = f.bitLength(); // 2^(bl-1) < 5^-q < 2^bl
                shift = -(bl + 127);
                t = BigInteger.ONE.shiftLeft(bl + 127).divide(f); // rounded down, never exact
            }
            HI[q - MIN_Q] = t.shiftRight(64).longValue();
            LO[q - MIN_Q] = t.and(MASK64).longValue();
            SHIFT[q - MIN_Q] = shift;
        }
    }

    private DecimalParser() {
    }

    /**
     * @param a characters
     * @param off first character
     * @param len number of characters
     * @return the number as {@code Double.parseDouble} gives it (infinite when it overflows), or {@code NaN} when the
     *         text is not a decimal number of the form above
     */
    static double parse(final char[] a, final int off, final int len) {
        final long fast = parsePlain(a, off, len);
        return fast != NOT_HANDLED ? Double.longBitsToDouble(fast) : parseAny(a, off, len);
    }

    /**
     * The common case: at most 19 digits in all (leading zeros included), so they fit an unsigned long as they are;
     * eight digits at a time where possible.
     *
     * @return the bits of the number, or {@link #NOT_HANDLED}
     */
    private static long parsePlain(final char[] a, final int off, final int len) {
        final int end = off + len;
        int i = off;
        if (i == end) {
            return NOT_HANDLED;
        }
        boolean negative = false;
        if (a[i] == '-' || a[i] == '+') {
            negative = a[i] == '-';
            i++;
        }
        long m = 0;
        int digits = 0;
        int fraction = 0;
        boolean point = false;
        while (i < end) {
            if (end - i >= 8) {
                final int eight = eightDigits(a, i);
                if (eight >= 0) {
                    m = m * 100_000_000L + eight;
                    digits += 8;
                    fraction += point ? 8 : 0;
                    i += 8;
                    if (digits > 19) {
                        return NOT_HANDLED;
                    }
                    continue;
                }
            }
            final char ch = a[i];
            if (ch >= '0' && ch <= '9') {
                m = m * 10 + (ch - '0');
                digits++;
                fraction += point ? 1 : 0;
                i++;
                if (digits > 19) {
                    return NOT_HANDLED;
                }
            } else if (ch == '.' && !point) {
                point = true;
                i++;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return NOT_HANDLED;
        }
        final long exp = i < end ? exponent(a, i, end) : 0;
        if (exp == NOT_A_NUMBER) {
            return NOT_HANDLED;
        }
        if (m == 0) {
            return Double.doubleToRawLongBits(negative ? -0.0 : 0.0);
        }
        return Double.doubleToRawLongBits(value(m, exp - fraction, false, negative, a, off, len));
    }

    /** @return the value of the eight digits at {@code a[i..i+8)}, or -1 when one of them is not a digit */
    private static int eightDigits(final char[] a, final int i) {
        final int d0 = a[i] - '0';
        final int d1 = a[i + 1] - '0';
        final int d2 = a[i + 2] - '0';
        final int d3 = a[i + 3] - '0';
        final int d4 = a[i + 4] - '0';
        final int d5 = a[i + 5] - '0';
        final int d6 = a[i + 6] - '0';
        final int d7 = a[i + 7] - '0';
        final int outside = d0 | 9 - d0 | d1 | 9 - d1 | d2 | 9 - d2 | d3 | 9 - d3 | d4 | 9 - d4 | d5 | 9 - d5 | d6
            | 9 - d6 | d7 | 9 - d7; // negative when some d is not in 0..9
        if (outside < 0) {
            return -1;
        }
        return ((d0 * 10 + d1) * 100 + d2 * 10 + d3) * 10_000 + (d4 * 10 + d5) * 100 + d6 * 10 + d7;
    }

    /** Any decimal number of the form above (more than 19 digits, leading zeros): the general digit loop. */
    private static double parseAny(final char[] a, final int off, final int len) {
        final int end = off + len;
        int i = off;
        if (i == end) {
            return Double.NaN;
        }
        boolean negative = false;
        if (a[i] == '-' || a[i] == '+') {
            negative = a[i] == '-';
            i++;
        }
        long m = 0;
        int significant = 0; // significant digits seen (after leading zeros)
        int dropped = 0; // significant digits beyond the 19th in the integer part
        int fraction = 0; // fraction digits taken into m (or skipped as leading zeros)
        boolean droppedNonZero = false;
        int digits = 0;
        boolean point = false;
        for (; i < end; i++) {
            final char ch = a[i];
            if (ch >= '0' && ch <= '9') {
                digits++;
                if (significant == 0 && ch == '0') {
                    if (point) {
                        fraction++;
                    }
                    continue;
                }
                if (significant < 19) {
                    m = m * 10 + (ch - '0');
                    significant++;
                    if (point) {
                        fraction++;
                    }
                } else {
                    significant++;
                    if (!point) {
                        dropped++;
                    }
                    droppedNonZero |= ch != '0';
                }
            } else if (ch == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN; // "", "+", ".", "-.", "e5"
        }
        final long exp = i < end ? exponent(a, i, end) : 0;
        if (exp == NOT_A_NUMBER) {
            return Double.NaN;
        }
        if (m == 0) {
            return negative ? -0.0 : 0.0;
        }
        return value(m, exp - fraction + dropped, droppedNonZero, negative, a, off, len);
    }

    /** @return the exponent written at {@code a[i..end)} (capped far beyond any double), or {@link #NOT_A_NUMBER} */
    private static long exponent(final char[] a, final int from, final int end) {
        int i = from;
        if (a[i] != 'e' && a[i] != 'E') {
            return NOT_A_NUMBER;
        }
        i++;
        boolean negative = false;
        if (i < end && (a[i] == '-' || a[i] == '+')) {
            negative = a[i] == '-';
            i++;
        }
        if (i == end) {
            return NOT_A_NUMBER;
        }
        long exp = 0;
        for (; i < end; i++) {
            final char ch = a[i];
            if (ch < '0' || ch > '9') {
                return NOT_A_NUMBER;
            }
            if (exp < 1_000_000_000L) {
                exp = exp * 10 + (ch - '0');
            }
        }
        return negative ? -exp : exp;
    }

    /**
     * @return the double nearest to {@code m * 10^q} (m unsigned, not 0; {@code truncated}: digits after m's 19 were
     *         dropped, not all zero), from the bounds or, when they disagree, from {@code Double.parseDouble}
     */
    static double value(final long m, final long q, final boolean truncated, final boolean negative,
        final char[] a, final int off, final int len) {
        if (!truncated && q >= -22 && q <= 22 && m >= 0 && m <= (1L << 53)) {
            final double d = q < 0 ? m / EXACT_POW10[(int) -q] : m * EXACT_POW10[(int) q];
            return negative ? -d : d;
        }
        long bits = -1;
        if (q >= MIN_Q && q <= MAX_Q) {
            final int k = (int) q;
            final boolean exactPower = k >= 0 && k <= 55;
            if (truncated) {
                final long low = bound(m, k, false);
                bits = low == bound(m + 1, k, !exactPower) ? low : -1;
            } else {
                bits = nearest(m, k, !exactPower);
            }
        }
        if (bits < 0) {
            return Double.parseDouble(new String(a, off, len));
        }
        final double d = Double.longBitsToDouble(bits);
        return negative ? -d : d;
    }

    /**
     * @param m an unsigned mantissa, not 0
     * @param q a power of ten in the table
     * @param inexact whether the table entry is rounded down (then the entry plus one bounds the exact factor)
     * @return the bits of the positive double nearest to {@code m * 10^q} when the bounds agree, else -1
     */
    private static long nearest(final long m, final int q, final boolean inexact) {
        final int clz = Long.numberOfLeadingZeros(m);
        final long w = m << clz;
        final long hi = HI[q - MIN_Q];
        final long lo = LO[q - MIN_Q];
        final long p0 = w * lo; // 192-bit product w * (hi, lo) = (p2, p1, p0)
        final long h1 = unsignedMultiplyHigh(w, lo);
        final long p1 = h1 + w * hi;
        final long p2 = unsignedMultiplyHigh(w, hi) + (Long.compareUnsigned(p1, h1) < 0 ? 1 : 0);
        final long low = round(p2, p1, p0, q, clz);
        if (!inexact || low < 0) {
            return low;
        }
        final long u0 = p0 + w; // the product with the entry plus one
        final long c0 = Long.compareUnsigned(u0, p0) < 0 ? 1 : 0;
        final long u1 = p1 + c0;
        final long u2 = p2 + (c0 == 1 && u1 == 0 ? 1 : 0);
        if (u2 == 0) {
            return -1; // wrapped past 2^192: cannot happen for entries below 2^128 - 2^64, but be safe
        }
        return round(u2, u1, u0, q, clz) == low ? low : -1;
    }

    /**
     * @param m an unsigned mantissa, not 0
     * @param q a power of ten in the table
     * @param up whether to bound from above (the table entry plus one)
     * @return the bits of the positive double nearest to {@code m * entry(q) * 2^shift(q) * 2^q} (ties to even), or
     *         -1 when it is not a normal double
     */
    private static long bound(final long m, final int q, final boolean up) {
        final int clz = Long.numberOfLeadingZeros(m);
        final long w = m << clz;
        final long hi = HI[q - MIN_Q];
        final long lo = LO[q - MIN_Q];
        long p0 = w * lo;
        final long h1 = unsignedMultiplyHigh(w, lo);
        long p1 = h1 + w * hi;
        long p2 = unsignedMultiplyHigh(w, hi) + (Long.compareUnsigned(p1, h1) < 0 ? 1 : 0);
        if (up) {
            final long s0 = p0 + w;
            final long c0 = Long.compareUnsigned(s0, p0) < 0 ? 1 : 0;
            p0 = s0;
            p1 += c0;
            p2 += c0 == 1 && p1 == 0 ? 1 : 0;
            if (p2 == 0) {
                return -1;
            }
        }
        return round(p2, p1, p0, q, clz);
    }

    /**
     * @return the bits of the positive double nearest to {@code (p2, p1, p0) * 2^(shift(q) + q - clz)} (ties to even),
     *         or -1 when it is not a normal double; the top bit of the product is bit 191 or 190
     */
    private static long round(final long p2, final long p1, final long p0, final int q, final int clz) {
        final int msb = p2 < 0 ? 191 : 190;
        final int cut = msb - 53 - 128; // 10 or 9: bits of p2 below the 54 kept
        final long top = p2 >>> cut; // 53 bits of mantissa and the round bit
        final boolean sticky = (p2 & ((1L << cut) - 1)) != 0 || p1 != 0 || p0 != 0;
        long mant = top >>> 1;
        if ((top & 1) != 0 && (sticky || (mant & 1) != 0)) {
            mant++;
        }
        long exponent = (long) msb + SHIFT[q - MIN_Q] + q - clz; // unbiased exponent of the leading bit
        if (mant == 1L << 53) {
            mant >>>= 1;
            exponent++;
        }
        final long biased = exponent + 1023;
        if (biased < 1 || biased > 2046) {
            return -1;
        }
        return biased << 52 | mant & ((1L << 52) - 1);
    }

    private static long unsignedMultiplyHigh(final long a, final long b) {
        return Math.multiplyHigh(a, b) + (a >> 63 & b) + (b >> 63 & a);
    }
}
