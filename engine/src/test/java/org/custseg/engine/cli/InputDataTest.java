package org.custseg.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.custseg.engine.SegmentationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's view of the input: identifier wording and column account on the sample data and on small files.
 * (CSV parsing rules themselves are tested with {@code CsvTable}.)
 */
class InputDataTest {

    @TempDir
    Path dir;

    private Path file(final String content) throws IOException {
        final Path f = dir.resolve("in.csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void sampleDataUsesTheFiveBehaviouralColumnsAndSlNoAsIdentifier() throws SegmentationException {
        final InputData d = InputData.read(SegmentCliTest.sample(), List.of(), null);
        assertEquals(List.of("Avg_Credit_Limit", "Total_Credit_Cards", "Total_visits_bank", "Total_visits_online",
            "Total_calls_made"), d.usedColumns());
        assertEquals("Sl_No", d.idColumn(), "BOM stripped, first unique identifier-like column");
        assertTrue(d.idColumnDescription().startsWith("Sl_No (first identifier-like"));
        assertEquals(List.of("Sl_No", "Customer Key"), List.copyOf(d.skippedColumns().keySet()));
        assertEquals(660, d.features().rows());
        assertEquals("1", d.features().rowId(0));
        assertEquals(100000.0, d.features().value(0, 0), 0, "first customer's credit limit");
    }

    @Test
    void withoutIdentifierRowsAreNumberedAndTheHeaderSaysRow() throws Exception {
        final InputData d = InputData.read(file("a,b\n1.5,2\n1.5,3\n2.5,4\n"), List.of(), null);
        assertEquals("row", d.idColumn());
        assertEquals(List.of("1", "2", "3"), d.features().rowIds());
        assertTrue(d.idColumnDescription().startsWith("row number"));
    }

    @Test
    void explicitColumnsAndIdAreHonoured() throws Exception {
        final InputData d = InputData.read(file("cust,a,b,c\n7,1,2,3\n9,4,5,6\n"), List.of("c", "a"), "cust");
        assertEquals(List.of("c", "a"), d.features().columnNames());
        assertEquals(List.of("7", "9"), d.features().rowIds());
        assertEquals("cust", d.idColumn());
        assertEquals("cust (--id-column)", d.idColumnDescription());
        assertEquals(3.0, d.features().value(0, 0), 0);
    }

    @Test
    void textColumnsWithFewValuesBecomeCategoriesButNeverFeatures() throws Exception {
        final StringBuilder b = new StringBuilder("id,name,region,spend\n");
        for (int i = 0; i < 30; i++) {
            b.append(i + 1).append(",Person ").append(i).append(',').append(i % 7 == 0 ? "NA" : "R" + i % 3)
                .append(',').append((i * 7) % 11 + 0.5).append('\n');
        }
        final InputData d = InputData.read(file(b.toString()), List.of(), null);
        assertEquals(List.of("spend"), d.usedColumns());
        assertEquals(List.of("region"), List.copyOf(d.categories().keySet()), "30 distinct names are too many");
        final String[] region = d.categories().get("region");
        assertEquals(null, region[0], "NA is missing");
        assertEquals("R1", region[1]);
        assertTrue(d.skippedColumns().get("region").endsWith("; profiled as categories"));
        assertTrue(d.skippedColumns().containsKey("name"));
    }

    @Test
    void readingErrorsComeThroughWithColumnAndValue() throws IOException {
        final Path f = file("id,a,b\n1,1,2\n2,x7,5\n");
        final String m = assertThrows(SegmentationException.class, () -> InputData.read(f, List.of("a", "b"), null))
            .getMessage();
        assertTrue(m.contains("\"a\"") && m.contains("x7"), m);
    }
}
