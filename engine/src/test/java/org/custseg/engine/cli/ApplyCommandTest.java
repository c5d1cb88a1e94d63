package org.custseg.engine.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code segment apply}: a saved model scores the sample data exactly as the fitting run did; bad input fails naming
 * the columns; every row comes back.
 */
class ApplyCommandTest {

    @TempDir
    static Path tmp;

    static Path sample;
    static Path fitted;

    @BeforeAll
    static void fit() {
        sample = SegmentCliTest.sample();
        fitted = tmp.resolve("fitted");
        // without stability refits: a scoring run has none, so segments.csv compares byte for byte
        final SegmentCliTest.Run r = new SegmentCliTest.Run("--input", sample.toString(), "--out", fitted.toString(),
            "--stability", "0", "--quiet");
        assertEquals(0, r.status, r.err);
    }

    private static List<String> column(final Path csv, final String name) throws IOException {
        final List<String> out = new ArrayList<>();
        for (final CSVRecord r : SegmentCliTest.csv(csv)) {
            out.add(r.get(name));
        }
        return out;
    }

    /** The sample with the given column removed (or its values replaced). */
    private static Path edited(final String name, final java.util.function.UnaryOperator<List<String>> edit)
        throws IOException {
        final List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
        final List<String> out = new ArrayList<>();
        for (final String l : lines) {
            out.add(String.join(",", edit.apply(new ArrayList<>(List.of(l.split(",", -1))))));
        }
        final Path p = tmp.resolve(name);
        Files.write(p, out, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void applyReproducesTheFittingRunsAssignmentsExactly() throws IOException {
        final Path scored = tmp.resolve("scored");
        final SegmentCliTest.Run r = new SegmentCliTest.Run("apply", "--model", fitted.resolve("model.json").toString(),
            "--input", sample.toString(), "--out", scored.toString());
        assertEquals(0, r.status, r.err);
        assertEquals(column(fitted.resolve("assignments.csv"), "segment"),
            column(scored.resolve("assignments.csv"), "segment"), "segment column");
        // the same columns and values (id, segment, persona, distance): byte-identical
        assertArrayEquals(Files.readAllBytes(fitted.resolve("assignments.csv")),
            Files.readAllBytes(scored.resolve("assignments.csv")));
        for (final String f : List.of("segments.csv", "profile.csv", "segment-summary.csv", "recommendations.csv",
            "report.html")) {
            assertTrue(Files.size(scored.resolve(f)) > 0, f);
        }
        assertFalse(Files.exists(scored.resolve("k-selection.csv")), "nothing is fitted, so no k selection");
        assertArrayEquals(Files.readAllBytes(fitted.resolve("segments.csv")),
            Files.readAllBytes(scored.resolve("segments.csv")), "same sizes, same model centres");
        final String html = Files.readString(scored.resolve("report.html"));
        assertTrue(html.contains("scored with a saved model"), "the report says it is a scoring run");
        assertTrue(r.out.contains("Assigned 660 of 660 rows"), r.out);
        // also without the word "apply"
        final SegmentCliTest.Run bare = new SegmentCliTest.Run("--model", fitted.resolve("model.json").toString(),
            "--input", sample.toString(), "--out", tmp.resolve("bare").toString(), "--no-report", "--quiet");
        assertEquals(0, bare.status, bare.err);
        assertEquals(column(fitted.resolve("assignments.csv"), "segment"),
            column(tmp.resolve("bare").resolve("assignments.csv"), "segment"));
    }

    @Test
    void aDroppedModelColumnFailsNamingIt() throws IOException {
        final Path noCalls = edited("no-calls.csv", cells -> {
            cells.remove(6); // Total_calls_made
            return cells;
        });
        final SegmentCliTest.Run r = new SegmentCliTest.Run("apply", "--model",
            fitted.resolve("model.json").toString(), "--input", noCalls.toString(), "--out",
            tmp.resolve("x").toString());
        assertEquals(SegmentCli.EXIT_ERROR, r.status);
        assertTrue(r.err.contains("lacks the column \"Total_calls_made\""), r.err);
        assertFalse(Files.exists(tmp.resolve("x").resolve("assignments.csv")));
    }

    @Test
    void twoDroppedColumnsAreBothNamedAndTextColumnsAreNamed() throws IOException {
        final Path two = edited("two.csv", cells -> {
            cells.remove(6);
            cells.remove(2);
            return cells;
        });
        final SegmentCliTest.Run r = new SegmentCliTest.Run("apply", "--model",
            fitted.resolve("model.json").toString(), "--input", two.toString(), "--out", tmp.resolve("y").toString());
        assertEquals(SegmentCli.EXIT_ERROR, r.status);
        assertTrue(r.err.contains("\"Avg_Credit_Limit\", \"Total_calls_made\""), r.err);

        final int[] line = {0};
        final Path text = edited("text.csv", cells -> {
            if (line[0]++ > 0) {
                cells.set(3, "card" + cells.get(3)); // Total_Credit_Cards as text
            }
            return cells;
        });
        final SegmentCliTest.Run t = new SegmentCliTest.Run("apply", "--model",
            fitted.resolve("model.json").toString(), "--input", text.toString(), "--out", tmp.resolve("z").toString());
        assertEquals(SegmentCli.EXIT_ERROR, t.status);
        assertTrue(t.err.contains("\"Total_Credit_Cards\"") && t.err.contains("text"), t.err);
    }

    @Test
    void rowsWithMissingValuesComeBackWithTheReasonUnderTheModelsFailPolicy() throws IOException {
        final int[] line = {0};
        final Path blanks = edited("blanks.csv", cells -> {
            final int l = line[0]++;
            if (l > 0 && l % 10 == 0) {
                cells.set(4, ""); // Total_visits_bank blank in every 10th customer
            }
            return cells;
        });
        final Path out = tmp.resolve("blanks-out");
        final SegmentCliTest.Run r = new SegmentCliTest.Run("apply", "--model",
            fitted.resolve("model.json").toString(), "--input", blanks.toString(), "--out", out.toString(),
            "--no-report");
        assertEquals(0, r.status, r.err);
        final List<CSVRecord> rows = SegmentCliTest.csv(out.resolve("assignments.csv"));
        assertEquals(660, rows.size(), "every input row comes back");
        final List<String> fittedSegments = column(fitted.resolve("assignments.csv"), "segment");
        int unassigned = 0;
        for (int i = 0; i < rows.size(); i++) {
            final CSVRecord row = rows.get(i);
            if ((i + 1) % 10 == 0) {
                unassigned++;
                assertEquals("", row.get("segment"));
                assertTrue(row.get("unassigned_reason").contains("Total_visits_bank"), row.toString());
            } else {
                assertEquals(fittedSegments.get(i), row.get("segment"), "row " + (i + 1));
                assertEquals("", row.get("unassigned_reason"));
            }
        }
        assertEquals(66, unassigned);
        assertTrue(r.out.contains("Assigned 594 of 660 rows"), r.out);
        assertTrue(r.out.contains("66 of 660 rows not assigned"), r.out);
        assertEquals(List.of("assignments.csv", "segments.csv"),
            Files.list(out).map(p -> p.getFileName().toString()).sorted().toList(), "--no-report");
    }

    @Test
    void emModelsScoreTheirProbabilitiesToo() throws IOException {
        final Path em = tmp.resolve("em");
        assertEquals(0, new SegmentCliTest.Run("--input", sample.toString(), "--out", em.toString(), "--algorithm",
            "em", "--k", "3", "--quiet").status);
        assertFalse(Files.exists(em.resolve("model.pmml")), "EM is not exported as PMML");
        final Path scored = tmp.resolve("em-scored");
        final SegmentCliTest.Run r = new SegmentCliTest.Run("apply", "--model", em.resolve("model.json").toString(),
            "--input", sample.toString(), "--out", scored.toString(), "--quiet");
        assertEquals(0, r.status, r.err);
        assertArrayEquals(Files.readAllBytes(em.resolve("assignments.csv")),
            Files.readAllBytes(scored.resolve("assignments.csv")), "segments and P(segment) identical");
    }

    @Test
    void usageErrorsAndHelp() {
        final SegmentCliTest.Run help = new SegmentCliTest.Run("apply", "--help");
        assertEquals(0, help.status);
        assertTrue(help.out.contains("--model <model.json>") && help.out.contains("monthly scoring"), help.out);
        final SegmentCliTest.Run noModel = new SegmentCliTest.Run("apply", "--input", sample.toString(), "--out",
            tmp.resolve("u").toString());
        assertEquals(SegmentCli.EXIT_USAGE, noModel.status);
        assertTrue(noModel.err.contains("--model"), noModel.err);
        final SegmentCliTest.Run fitOption = new SegmentCliTest.Run("apply", "--model",
            fitted.resolve("model.json").toString(), "--input", sample.toString(), "--out",
            tmp.resolve("u").toString(), "--k", "4");
        assertEquals(SegmentCli.EXIT_USAGE, fitOption.status);
        assertTrue(fitOption.err.contains("\"--k\""), fitOption.err);
        assertTrue(new SegmentCliTest.Run("--help").out.contains("segment apply"));
    }

    @Test
    void fittingRunWritesPmmlAndSqlBesideTheModel() throws IOException {
        final String pmml = Files.readString(fitted.resolve("model.pmml"));
        assertTrue(pmml.contains("<ClusteringModel") && pmml.contains("<NormContinuous field=\"Avg_Credit_Limit\""),
            pmml);
        final String sql = Files.readString(fitted.resolve("model.sql"));
        assertTrue(sql.startsWith("-- Customer segmentation") && sql.contains("SELECT d.\"Sl_No\", d.\"Avg_Credit_Limit\""),
            sql);
        assertTrue(sql.contains("FROM customers t"), sql);
    }
}
