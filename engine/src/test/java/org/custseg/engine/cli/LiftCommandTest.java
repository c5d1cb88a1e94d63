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

/** {@code segment lift} on Newcombe's example: 56 of 70 treated and 48 of 80 held-out customers responded. */
class LiftCommandTest {

    @TempDir
    Path tmp;

    @Test
    void readOutByHand() throws Exception {
        final StringBuilder b = new StringBuilder("customer,segment,action,holdout,responded\n");
        for (int i = 0; i < 70; i++) {
            b.append("t").append(i).append(",Segment 1,offer,false,").append(i < 56 ? "yes" : "no").append('\n');
        }
        for (int i = 0; i < 80; i++) {
            b.append("h").append(i).append(",Segment 1,offer,true,").append(i < 48 ? "yes" : "no").append('\n');
        }
        final Path in = tmp.resolve("outcomes.csv");
        Files.writeString(in, b);
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, SegmentCli.run(new String[] {"lift", "--outcomes", in.toString(), "--out",
            tmp.resolve("o").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString());
        final String csv = Files.readString(tmp.resolve("o/lift.csv"));
        assertTrue(csv.startsWith("group,treated,treated_responders,holdout,holdout_responders"), csv);
        assertTrue(csv.contains("Segment 1 / offer,70,56,80,48,0.8,0.6,0.2,0.333333,0.052431,0.333873,0.008045,"
            + "0.008045,true"), csv);
        assertTrue(out.toString().contains("lift +20.0 pp (+5.2 pp to +33.4 pp), significant after Holm"),
            out.toString());
    }

    @Test
    void badCellsAreNamed() throws Exception {
        final Path in = tmp.resolve("bad.csv");
        Files.writeString(in, "segment,action,holdout,responded\nSegment 1,offer,maybe,yes\n");
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(SegmentCli.EXIT_ERROR, SegmentCli.run(new String[] {"lift", "--outcomes", in.toString(),
            "--out", tmp.resolve("o").toString()}, new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString().contains("line 2, column holdout"), err.toString());
    }
}
