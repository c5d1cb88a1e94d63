package org.custseg.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 4180 output and locale-independent, deterministic number formatting. */
class CsvOutTest {

    @Test
    void numbersAreRoundedHalfEvenWithoutExponentOrNegativeZero() {
        assertEquals("0.3", CsvOut.number(0.1 + 0.2, 6));
        assertEquals("3", CsvOut.number(3.0, 6));
        assertEquals("0", CsvOut.number(-0.0, 6));
        assertEquals("0", CsvOut.number(-1e-9, 6));
        assertEquals("100000000000000000000", CsvOut.number(1e20, 6));
        assertEquals("0.000123", CsvOut.number(1.23e-4, 6));
        assertEquals("-2.5", CsvOut.number(-2.5, 1));
        assertEquals("0.12", CsvOut.number(0.125, 2)); // 0.125 is exact in binary: half-even rounds down
        assertEquals("", CsvOut.number(Double.NaN, 6));
        assertEquals("", CsvOut.number(Double.POSITIVE_INFINITY, 6));
    }

    @Test
    void fieldsAreQuotedOnlyWhenNeededAndLinesEndInCrLf() throws IOException {
        final CsvOut csv = new CsvOut(List.of("id", "text"));
        csv.row(List.of("1", "plain"));
        csv.row(List.of("2", "a, b"));
        csv.row(List.of("3", "say \"hi\""));
        csv.row(List.of("4", "two\nlines"));
        csv.row(Arrays.asList("5", null));
        final StringWriter w = new StringWriter();
        csv.write(w);
        assertEquals("id,text\r\n1,plain\r\n2,\"a, b\"\r\n3,\"say \"\"hi\"\"\"\r\n4,\"two\nlines\"\r\n5,\r\n",
            w.toString());
        assertEquals(5, csv.size());
    }

    /** The exact formatting the fast path must reproduce: BigDecimal of the binary value, half-even. */
    private static String exact(final double value, final int decimals) {
        java.math.BigDecimal b = new java.math.BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
        if (b.signum() == 0) {
            return "0";
        }
        if (b.scale() < 0) {
            b = b.setScale(0);
        }
        return b.toPlainString();
    }

    @Test
    void fastFormattingMatchesTheExactDecimalExpansion() {
        final java.util.Random rnd = new java.util.Random(11);
        int fast = 0;
        for (int i = 0; i < 200_000; i++) {
            final int decimals = i % 3 == 0 ? 6 : rnd.nextInt(16);
            final double v;
            switch (i % 5) {
                case 0: // distances, shares, means
                    v = rnd.nextDouble() * Math.pow(10, rnd.nextInt(8));
                    break;
                case 1: // amounts with cents, negative too
                    v = Math.round(rnd.nextGaussian() * 1e6) / 100.0;
                    break;
                case 2: // near a rounding tie: k + 0.5 units of the last decimal, give or take an ulp
                    final double unit = Math.pow(10, -decimals);
                    final double t = (rnd.nextInt(100_000) + 0.5) * unit;
                    v = rnd.nextBoolean() ? t : rnd.nextBoolean() ? Math.nextUp(t) : Math.nextDown(t);
                    break;
                case 3: // any bit pattern
                    v = Double.longBitsToDouble(rnd.nextLong());
                    break;
                default: // small, around 0
                    v = rnd.nextGaussian() * 1e-6;
                    break;
            }
            if (!Double.isFinite(v)) {
                continue;
            }
            assertEquals(exact(v, decimals), CsvOut.number(v, decimals), v + " to " + decimals + " decimals");
            fast += CsvOut.roundedFast(v, decimals) != null ? 1 : 0;
        }
        // the fast path decides most of them (the rest goes the exact way)
        org.junit.jupiter.api.Assertions.assertTrue(fast > 100_000, "fast path taken " + fast + " times");
        // exact ties in binary are left to the exact path: 0.0078125 = 2^-7 is 7812.5 millionths
        assertEquals(null, CsvOut.roundedFast(0.0078125, 6));
        assertEquals("0.007812", CsvOut.number(0.0078125, 6));
        assertEquals("2", CsvOut.number(2.5, 0));
        assertEquals("-1234567.000001", CsvOut.number(-1234567.000001, 6));
        assertEquals("1200000", CsvOut.number(1.2e6, 6));
    }

    @Test
    void streamingWritesTheSameBytesAsCollectedRows() throws IOException {
        final List<String> header = List.of("id", "text", "x");
        final String[][] data = {{"1", "plain", "0.5"}, {"2", "a, b", null}, {"3", "say \"hi\"", ""},
            {"4", "two\nlines", "-1"}, {"", " lead", "#"}};
        final CsvOut csv = new CsvOut(header);
        for (final String[] r : data) {
            csv.row(Arrays.asList(r));
        }
        final StringWriter collected = new StringWriter();
        csv.write(collected);
        final StringWriter streamed = new StringWriter();
        CsvOut.stream(streamed, header, data.length, (row, fields) -> {
            assertEquals(3, fields.length);
            System.arraycopy(data[row], 0, fields, 0, 3);
        });
        assertEquals(collected.toString(), streamed.toString());
    }

    @Test
    void streamingToAFileWritesTheSameBytes(@org.junit.jupiter.api.io.TempDir final java.nio.file.Path dir)
        throws IOException {
        // more than the stream's 64k block, a field longer than it, quotes, commas, non-ASCII text
        final List<String> header = List.of("id", "segment", "x");
        final int rows = 30_000;
        final String longField = "é,\"".repeat(30_000);
        final CsvOut csv = new CsvOut(header);
        final String[][] data = new String[rows][];
        for (int r = 0; r < rows; r++) {
            data[r] = new String[] {"C" + r, r % 3 == 0 ? "Segment 1" : r == 7 ? longField : "Ségment, 2",
                r % 5 == 0 ? null : CsvOut.number(r / 7.0, 6)};
            csv.row(Arrays.asList(data[r]));
        }
        final java.nio.file.Path collected = dir.resolve("collected.csv");
        final java.nio.file.Path streamed = dir.resolve("streamed.csv");
        csv.write(collected);
        CsvOut.stream(streamed, header, rows, (row, fields) -> System.arraycopy(data[row], 0, fields, 0, 3));
        org.junit.jupiter.api.Assertions.assertArrayEquals(java.nio.file.Files.readAllBytes(collected),
            java.nio.file.Files.readAllBytes(streamed));
    }

    @Test
    void rowWidthMustMatchHeader() {
        final CsvOut csv = new CsvOut(List.of("a", "b"));
        assertThrows(IllegalArgumentException.class, () -> csv.row(List.of("1")));
    }
}
