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

    @Test
    void rowWidthMustMatchHeader() {
        final CsvOut csv = new CsvOut(List.of("a", "b"));
        assertThrows(IllegalArgumentException.class, () -> csv.row(List.of("1")));
    }
}
