package org.custseg.engine.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --algorithm kmedoids} end to end: the sample data, and a generated mixed table with Gower distance. */
class KMedoidsCliTest {

    @TempDir
    Path tmp;

    @Test
    void sampleDataWithFixedK() throws IOException {
        final Path out = tmp.resolve("sample");
        final SegmentCliTest.Run r = new SegmentCliTest.Run("--input", SegmentCliTest.sample().toString(), "--out",
            out.toString(), "--algorithm", "kmedoids", "--k", "3", "--quiet");
        assertEquals(SegmentCli.EXIT_OK, r.status, r.err);
        final List<CSVRecord> segs = SegmentCliTest.csv(out.resolve("segments.csv"));
        assertArrayEquals(new int[] {388, 222, 50},
            segs.stream().mapToInt(s -> Integer.parseInt(s.get("size"))).toArray());
        assertEquals(List.of("474", "170", "616"), segs.stream().map(s -> s.get("medoid_Sl_No")).toList());
        final String report = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(report.contains("<section id=\"silhouette\">") && report.contains("<section id=\"pca\">"));
    }

    @Test
    void mixedTableWithGowerDistance() throws IOException {
        final Random rnd = new Random(3);
        final String[] products = {"Classic", "Gold", "Platinum"};
        final String[] regions = {"East", "North", "South", "West"};
        final StringBuilder sb = new StringBuilder("Customer_ID,Balance,Online_share,Visits,Product,Region\n");
        for (int i = 0; i < 450; i++) {
            final int g = i % 3;
            sb.append(5000 + i).append(',').append(Math.round(Math.exp(7 + g + rnd.nextGaussian() * 0.4)))
                .append(',').append(String.format(Locale.ROOT, "%.3f",
                    Math.min(1, Math.max(0, 0.2 + 0.3 * g + rnd.nextGaussian() * 0.08))))
                .append(',').append(Math.max(0, Math.round(6 - 2.5 * g + rnd.nextGaussian()))).append(',')
                .append(i % 53 == 7 ? "" : products[rnd.nextDouble() < 0.85 ? g : rnd.nextInt(3)]).append(',')
                .append(regions[rnd.nextDouble() < 0.7 ? g : rnd.nextInt(4)]).append('\n');
        }
        final Path in = tmp.resolve("mixed.csv");
        Files.writeString(in, sb.toString(), StandardCharsets.UTF_8);
        final Path out = tmp.resolve("mixed");
        final SegmentCliTest.Run r = new SegmentCliTest.Run("--input", in.toString(), "--out", out.toString(),
            "--algorithm", "kmedoids", "--distance", "gower", "--columns",
            "Balance,Online_share,Visits,Product,Region", "--missing", "median");
        assertEquals(SegmentCli.EXIT_OK, r.status, r.err);
        assertTrue(r.out.contains("Chosen k = 3"), r.out);
        final List<CSVRecord> segs = SegmentCliTest.csv(out.resolve("segments.csv"));
        // each segment is represented by a real customer with its product and region
        assertEquals(List.of("Classic", "Gold", "Platinum"),
            segs.stream().map(s -> s.get("Product")).sorted().toList());
        for (final CSVRecord s : segs) {
            final int id = Integer.parseInt(s.get("medoid_Customer_ID"));
            assertTrue(id >= 5000 && id < 5450, s.toString());
        }
        // the text columns are profiled as categories
        assertTrue(Files.readString(out.resolve("profile-categories.csv")).contains("Region"));
        // segment apply with the Gower model reads the text columns as categories and reproduces every assignment
        final Path applied = tmp.resolve("applied");
        final SegmentCliTest.Run a = new SegmentCliTest.Run("apply", "--model", out.resolve("model.json").toString(),
            "--input", in.toString(), "--out", applied.toString(), "--quiet");
        assertEquals(SegmentCli.EXIT_OK, a.status, a.err);
        final List<CSVRecord> fit = SegmentCliTest.csv(out.resolve("assignments.csv"));
        final List<CSVRecord> scored = SegmentCliTest.csv(applied.resolve("assignments.csv"));
        assertEquals(450, scored.size());
        for (int i = 0; i < fit.size(); i++) {
            assertEquals(fit.get(i).get("segment"), scored.get(i).get("segment"), "row " + i);
        }
        assertTrue(Files.readString(applied.resolve("profile-categories.csv")).contains("Region"));
        // text columns without Gower: a clear error
        final SegmentCliTest.Run bad = new SegmentCliTest.Run("--input", in.toString(), "--out",
            tmp.resolve("bad").toString(), "--algorithm", "kmedoids", "--columns", "Balance,Region");
        assertTrue(bad.status != SegmentCli.EXIT_OK && bad.err.contains("Region"), bad.err);
    }
}
