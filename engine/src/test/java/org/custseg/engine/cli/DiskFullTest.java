package org.custseg.engine.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real "disk full" instead of the staging logic alone: the command line runs in a child JVM under
 * {@code ulimit -f} (RLIMIT_FSIZE), so writing a results file beyond the limit fails in the operating system with
 * EFBIG. HotSpot ignores SIGXFSZ, so the JVM sees an {@code IOException("File too large")} rather than being killed
 * (checked first by the probe below, else the test is skipped, saying why). The {@code --out} folder already holds a
 * good result: the run must fail with a message naming the folder and the reason, leave every previous file
 * byte-identical and leave no staging folder behind.
 */
class DiskFullTest {

    /** 64 KiB: the CSV files of the sample fit or not, the report (several hundred KiB with its charts) never. */
    private static final int LIMIT_KIB = 64;

    @TempDir
    Path tmp;

    record Child(int status, String out, String err) {
    }

    private Child java(final Integer limitKib, final String main, final String... args) throws Exception {
        final List<String> cmd = new ArrayList<>();
        cmd.add("/bin/bash");
        cmd.add("-c");
        // bash's ulimit -f counts 1024-byte blocks
        cmd.add((limitKib == null ? "" : "ulimit -f " + limitKib + " && ") + "exec \"$@\"");
        cmd.add("child");
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:-UsePerfData"); // no hsperfdata file, which the limit would also hit
        cmd.add("-Djava.io.tmpdir=" + tmp);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main);
        cmd.addAll(List.of(args));
        final Path out = Files.createTempFile(tmp, "child-out", ".txt");
        final Path err = Files.createTempFile(tmp, "child-err", ".txt");
        final Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectOutput(out.toFile())
            .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child JVM finished");
        final Child c = new Child(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return c;
    }

    private static Map<String, byte[]> snapshot(final Path dir) throws Exception {
        final Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (final Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    /** Writes 200 KiB to the file named in args[0]; prints "written" or the exception. */
    public static final class Probe {
        public static void main(final String[] args) {
            try {
                Files.write(Path.of(args[0]), new byte[200 * 1024]);
                System.out.println("written");
            } catch (final Exception e) {
                System.out.println("exception: " + e.getMessage());
            }
        }
    }

    @Test
    void fullDiskLeavesThePreviousResultUntouched() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
            && Files.isExecutable(Path.of("/bin/bash")), "needs Linux and bash for ulimit -f");
        final Child probe = java(LIMIT_KIB, Probe.class.getName(), tmp.resolve("probe.bin").toString());
        assumeTrue(probe.status() == 0 && probe.out().contains("exception: File too large"),
            "the JVM does not turn RLIMIT_FSIZE into an IOException here: status " + probe.status() + ", " + probe.out()
                + probe.err());
        Files.delete(tmp.resolve("probe.bin"));

        final Path out = tmp.resolve("results");
        final String input = SegmentCliTest.sample().toAbsolutePath().toString();
        final Child good = java(null, SegmentCli.class.getName(), "--input", input, "--out", out.toString(),
            "--quiet", "--stability", "0");
        assertEquals(0, good.status(), good.err());
        final Map<String, byte[]> before = snapshot(out);
        assertTrue(before.containsKey("report.html") && before.get("report.html").length > LIMIT_KIB * 1024,
            "the report is larger than the limit, so the second run cannot complete");

        // a different run (k = 4) into the same folder, with the file size limit
        final Child full = java(LIMIT_KIB, SegmentCli.class.getName(), "--input", input, "--out", out.toString(),
            "--quiet", "--stability", "0", "--k", "4");
        assertNotEquals(0, full.status(), "the run must fail: " + full.out());
        assertTrue(full.err().contains("could not write the results to " + out) && full.err().contains("File too large")
            && full.err().contains("is unchanged"), full.err());

        final Map<String, byte[]> after = snapshot(out);
        assertEquals(before.keySet(), after.keySet(), "the same files");
        for (final Map.Entry<String, byte[]> e : before.entrySet()) {
            assertArrayEquals(e.getValue(), after.get(e.getKey()), e.getKey() + " unchanged");
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("results"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                "no staging folder left next to --out");
        }
    }
}
