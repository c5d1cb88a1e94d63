package org.custseg.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code segment migrate} on two hand-made assignments files. */
class MigrateCommandTest {

    @TempDir
    Path tmp;

    private int run(final ByteArrayOutputStream out, final ByteArrayOutputStream err, final String... args) {
        return SegmentCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesMatrixAndMovers() throws Exception {
        final Path before = tmp.resolve("jan.csv");
        final Path after = tmp.resolve("feb.csv");
        final Path moves = tmp.resolve("moves.csv");
        Files.writeString(before, "Sl_No,segment,persona,distance,model_fingerprint\n"
            + "1,Segment 1,Premium,0.1,m-aa\n2,Segment 1,Premium,0.2,m-aa\n3,Segment 2,Quiet,0.3,m-aa\n");
        Files.writeString(after, "Sl_No,segment,persona,distance,model_fingerprint\n"
            + "1,Segment 2,Quiet,0.1,m-aa\n2,Segment 1,Premium,0.2,m-aa\n4,Segment 2,Quiet,0.3,m-aa\n");
        Files.writeString(moves, "name,from,to\nat risk,Premium,Quiet\n");
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final Path dir = tmp.resolve("out");
        assertEquals(0, run(out, err, "migrate", "--before", before.toString(), "--after", after.toString(), "--out",
            dir.toString(), "--moves", moves.toString()), err.toString());
        assertTrue(out.toString().contains("1 customers stayed, 1 moved, 1 new, 1 gone"), out.toString());
        final String matrix = Files.readString(dir.resolve("migration-matrix.csv"));
        assertTrue(matrix.contains("Segment 1,Segment 1,1,0.5\r\n") && matrix.contains("Segment 1,Segment 2,1,0.5\r\n")
            && matrix.contains("Segment 2,Segment 2,0,\r\n"), matrix);
        final String movers = Files.readString(dir.resolve("movers.csv"));
        assertTrue(movers.contains("1,moved,Segment 1,Premium,Segment 2,Quiet,at risk\r\n"), movers);
        assertTrue(movers.contains("4,new,,,Segment 2,Quiet,\r\n") && movers.contains("3,gone,Segment 2,Quiet,,,"),
            movers);
    }

    @Test
    void differentModelsAreAnError() throws Exception {
        final Path before = tmp.resolve("jan.csv");
        final Path after = tmp.resolve("feb.csv");
        Files.writeString(before, "id,segment,model_fingerprint\n1,Segment 1,m-aa\n");
        Files.writeString(after, "id,segment,model_fingerprint\n1,Segment 1,m-bb\n");
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(SegmentCli.EXIT_ERROR, run(out, err, "migrate", "--before", before.toString(), "--after",
            after.toString(), "--out", tmp.resolve("o").toString()));
        assertTrue(err.toString().contains("different models"), err.toString());
    }
}
