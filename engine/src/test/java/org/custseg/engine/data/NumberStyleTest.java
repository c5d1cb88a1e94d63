package org.custseg.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.custseg.engine.SegmentationException;
import org.custseg.engine.testdata.UsageTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thousands separators and decimal commas are read correctly, or stop with the column and a value. */
class NumberStyleTest {

    @TempDir
    Path tmp;

    static NumberStyle detect(final char sep, final String... cells) {
        return NumberStyle.detect(cells, sep);
    }

    @Test
    void recognisesEachStyle() {
        assertEquals(NumberStyle.Kind.PLAIN, detect(',', "1", "2.5", null, "NA", "-3e2").kind());
        final NumberStyle th = detect(',', "7,682.30", "74.82", "1,100,000", "", "12");
        assertEquals(NumberStyle.Kind.THOUSANDS_COMMA, th.kind());
        assertEquals(7682.30, th.parse("7,682.30"));
        assertEquals(1100000.0, th.parse("1,100,000"));
        assertEquals(74.82, th.parse("74.82"));
        assertNull(th.parse("7,68"));
        final NumberStyle dc = detect(';', "7682,30", "0,929406", "12", "1.234,5");
        assertEquals(NumberStyle.Kind.DECIMAL_COMMA, dc.kind());
        assertEquals(7682.30, dc.parse("7682,30"));
        assertEquals(1234.5, dc.parse("1.234,5"));
        assertEquals(12.0, dc.parse("12"));
        // "1,234" depends on the separator: decimal comma with ';', thousands with ','
        assertEquals(1.234, detect(';', "1,234", "2,5").parse("1,234"));
        assertEquals(1234.0, detect(',', "1,234", "2,500").parse("1,234"));
        // a decimal comma in a comma-separated file (quoted) is read too when nothing contradicts it
        assertEquals(NumberStyle.Kind.DECIMAL_COMMA, detect(',', "0,5", "1,25", "3").kind());
        assertEquals(NumberStyle.Kind.TEXT, detect(',', "Smith, J", "Doe, A", "x").kind());
        final NumberStyle amb = detect(',', "1,000.5", "1,5", "2");
        assertEquals(NumberStyle.Kind.AMBIGUOUS, amb.kind());
        assertEquals("1,5", amb.example());
    }

    @Test
    void usageTableInThreeStylesGivesTheSameNumbers() throws Exception {
        final UsageTable t = UsageTable.generate(400, 5);
        final ColumnSelection plain = CsvTable.read(t.write(tmp.resolve("plain.csv"), UsageTable.Style.PLAIN))
            .selectFeatures(List.of(), null);
        final ColumnSelection semi = CsvTable.read(t.write(tmp.resolve("semi.csv"),
            UsageTable.Style.SEMICOLON_DECIMAL_COMMA)).selectFeatures(List.of(), null);
        final ColumnSelection thou = CsvTable.read(t.write(tmp.resolve("thou.csv"),
            UsageTable.Style.QUOTED_THOUSANDS)).selectFeatures(List.of(), null);
        assertEquals(17, plain.usedColumns().size());
        assertEquals(plain.usedColumns(), semi.usedColumns(), "no column is left out");
        assertEquals(plain.usedColumns(), thou.usedColumns(), "no column is left out");
        assertEquals("CUST_ID", semi.idColumn());
        for (int r = 0; r < 400; r++) {
            for (int c = 0; c < 17; c++) {
                final double p = plain.features().value(r, c);
                assertEquals(p, semi.features().value(r, c), 0.0, "semicolon r" + r + " c" + c);
                // the thousands style writes money with 2 decimals
                assertEquals(p, thou.features().value(r, c), 0.0051, "thousands r" + r + " c" + c);
            }
        }
    }

    @Test
    void duplicateIdIsNamedWithItsLines() throws Exception {
        final Path f = UsageTable.generate(300, 2).duplicateId(4, 250).write(tmp.resolve("dup.csv"),
            UsageTable.Style.PLAIN);
        final SegmentationException e = assertThrows(SegmentationException.class,
            () -> CsvTable.read(f).selectFeatures(List.of(), null));
        assertTrue(e.getMessage().contains("\"CUST_ID\"") && e.getMessage().contains("\"C10005\" occurs twice (lines 6"
            + " and 252"), e.getMessage());
        // two unique identifier columns: the first is used; a duplicated later one does not matter
        final CsvTable two = CsvTable.parse(new StringReader("Sl_No,Customer Key,a\n1,k1,5\n2,k1,6\n3,k2,7\n"), "t");
        assertEquals("Sl_No", two.selectFeatures(List.of(), null).idColumn());
    }
}
