package org.custseg.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link DecimalParser} gives exactly what {@code Double.parseDouble} gives, and only for decimal numbers. */
class DecimalParserTest {

    static void check(final String s) {
        final double want = Double.parseDouble(s);
        final char[] padded = ("xx" + s + "yy").toCharArray();
        final double got = DecimalParser.parse(padded, 2, s.length());
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got), s);
    }

    /** @return a random finite positive double of any magnitude */
    private static double finite(final Random rnd) {
        double d;
        do {
            d = Double.longBitsToDouble(rnd.nextLong() & Long.MAX_VALUE);
        } while (Double.isNaN(d) || Double.isInfinite(d));
        return d;
    }

    @Test
    void edgeCases() {
        final String[] cases = {"0", "-0", "+0", "-0.0", "0e999999999999", "-0e-5", "1", "+1", "-1", "007", "5.", ".5",
            "-.5", "1e3", "1E-3", "1e+3", "0.1", "0.2", "0.3", "0.10954375655138711", "-12.345", "9007199254740992",
            "9007199254740993", "9007199254740995", "18014398509481985", "1.7976931348623157e308",
            "1.7976931348623158e308", "1.7976931348623159e308", "1.8e308", "1e309", "1e400", "4.9e-324", "2.4e-324",
            "2.5e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "2.2250738585072011e-308",
            "2.2250738585072012e-308", "2.2250738585072014e-308", "1e-400", "123456789012345678901234567890",
            "0.000000000000000000000000000001", "1e22", "1e23", "9999999999999999999", "99999999999999999999",
            "18446744073709551615", "18446744073709551616", "0.30000000000000004", "2.0000000000000004",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126", "9.007199254740993e15",
            "7.2057594037927933e16", "1e-342", "1e-343", "1e308", "1e-307", "123.456e-350", "8.98846567431158e307",
            "0.000000000000000000000000000000000000000000000000000000000000000000000000000001e50",
            "100000000000000000000000000000000000000000000000000000000000000000000000000000e-60"};
        for (final String s : cases) {
            check(s);
        }
    }

    @Test
    void notNumbers() {
        for (final String s : new String[] {"", "+", "-", ".", "-.", "e5", "1e", "1e+", "1.2.3", "1,5", "Inf", "NaN",
            "0x10", "1d", "1f", " 1", "1 ", "--1", "1e5.5", "1_000"}) {
            final char[] a = s.toCharArray();
            assertTrue(Double.isNaN(DecimalParser.parse(a, 0, a.length)), s);
        }
    }

    @Test
    void halfwayCasesBetweenDoubles() {
        final Random rnd = new Random(3);
        for (int i = 0; i < 50_000; i++) {
            final double d = Math.abs(Double.longBitsToDouble(rnd.nextLong()));
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
                continue;
            }
            final BigDecimal lo = new BigDecimal(d);
            final BigDecimal half = lo.add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2));
            check(half.toString()); // exactly halfway: ties to even
            check(half.toPlainString().length() < 400 ? half.toPlainString() : half.toString());
            check(half.add(BigDecimal.ONE.movePointLeft(half.scale() + 3)).toString()); // just above
            check(half.subtract(BigDecimal.ONE.movePointLeft(half.scale() + 3)).toString()); // just below
        }
    }

    @Test
    void millionsOfRandomNumbers() {
        final Random rnd = new Random(11);
        final StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3_000_000; i++) {
            b.setLength(0);
            switch (i % 6) {
                case 0 -> b.append(Double.toString(rnd.nextGaussian() * Math.pow(10, rnd.nextInt(40) - 20)));
                case 1 -> b.append(finite(rnd)); // any finite magnitude
                case 2 -> { // 1..25 random digits with a point somewhere, 2 decimals like amounts, or an exponent
                    final int n = 1 + rnd.nextInt(25);
                    final int pointAt = rnd.nextInt(n + 1);
                    if (rnd.nextBoolean()) {
                        b.append(rnd.nextBoolean() ? '-' : '+');
                    }
                    for (int k = 0; k < n; k++) {
                        if (k == pointAt) {
                            b.append('.');
                        }
                        b.append((char) ('0' + rnd.nextInt(10)));
                    }
                    if (rnd.nextInt(3) == 0) {
                        b.append(rnd.nextBoolean() ? 'e' : 'E').append(rnd.nextInt(700) - 350);
                    }
                }
                case 3 -> b.append(String.format(java.util.Locale.ROOT, "%.2f", Math.exp(rnd.nextGaussian() * 3)));
                case 4 -> b.append(rnd.nextInt(2_000_000) - 1_000_000).append('.')
                    .append(String.format("%02d", rnd.nextInt(100)));
                default -> b.append(new BigDecimal(finite(rnd))
                    .round(new java.math.MathContext(17 + rnd.nextInt(4))).toString()); // 17-20 digits
            }
            check(b.toString());
        }
    }

    @Test
    void subnormalsAndTheEdgesOfTheRange() {
        final Random rnd = new Random(17);
        for (int i = 0; i < 200_000; i++) {
            final double d = Double.longBitsToDouble(rnd.nextLong() & 0x001F_FFFF_FFFF_FFFFL); // subnormal, tiny normal
            check(Double.toString(d));
            check(new BigDecimal(d).round(new java.math.MathContext(1 + rnd.nextInt(25))).toString());
            final double big = Double.longBitsToDouble(0x7FE0_0000_0000_0000L | rnd.nextLong() >>> 12);
            check(new BigDecimal(big).round(new java.math.MathContext(1 + rnd.nextInt(25))).toString());
        }
    }
}
