package org.custseg.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heap too small for the table: the CLI, run in a child JVM with a 40 MB heap, must say "out of memory" with the
 * heap limit and what to do (not "internal error"), exit with status 1 and write no output folder, wherever the memory
 * runs out (reading, fitting, or a stability resample on a worker thread, where it used to surface as an internal
 * error).
 */
class OutOfMemoryTest {

    @TempDir
    Path tmp;

    @Test
    void tooSmallAHeapGivesTheOutOfMemoryMessageAndNoOutput() throws Exception {
        final Path csv = customers();
        final Path out = tmp.resolve("results");
        final Path err = tmp.resolve("err.txt");
        final Process p = child(csv, out, err, false);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child JVM finished");
        final String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), stderr);
        assertTrue(stderr.contains("segment: out of memory (Java heap limit "), stderr);
        assertTrue(stderr.contains("JAVA_OPTS=-Xmx"), stderr);
        assertFalse(stderr.contains("internal error"), stderr);
        assertFalse(Files.exists(out), "no output folder after running out of memory");
    }

    /**
     * Under a heap limit the launcher estimated ({@code -Dcustseg.heap.auto=true}) the CLI says nothing and ends with
     * status 3, on which {@code ./segment} runs the job again with Java's default limit.
     */
    @Test
    void underTheLaunchersHeapLimitRunningOutAsksForASecondRun() throws Exception {
        final Path csv = customers();
        final Path out = tmp.resolve("results");
        final Path err = tmp.resolve("err.txt");
        final Process p = child(csv, out, err, true);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child JVM finished");
        final String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(SegmentCli.EXIT_RETRY_DEFAULT_HEAP, p.exitValue(), stderr);
        assertFalse(stderr.contains("out of memory"), stderr);
        assertFalse(stderr.contains("internal error"), stderr);
        assertFalse(Files.exists(out), "no output folder after running out of memory");
    }

    private Process child(final Path csv, final Path out, final Path err, final boolean autoHeap) throws Exception {
        final List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-Xmx40m", "-XX:-UsePerfData", "-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true"));
        if (autoHeap) {
            cmd.add("-Dcustseg.heap.auto=true");
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SegmentCli.class.getName(), "--input",
            csv.toString(), "--out", out.toString()));
        return new ProcessBuilder(cmd).directory(tmp.toFile()).redirectOutput(tmp.resolve("out.txt").toFile())
            .redirectError(err.toFile()).start();
    }

    private Path customers() throws Exception {
        final Path csv = tmp.resolve("customers.csv");
        final Random rnd = new Random(5);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("customer_id");
            for (int c = 0; c < 17; c++) {
                w.write(",amount_" + c);
            }
            w.newLine();
            for (int r = 1; r <= 50_000; r++) {
                w.write(Integer.toString(r));
                final int group = rnd.nextInt(4);
                for (int c = 0; c < 17; c++) {
                    w.write(String.format(Locale.ROOT, ",%.2f", Math.exp(4 + group * (c % 3) + rnd.nextGaussian())));
                }
                w.newLine();
            }
        }
        return csv;
    }
}
