package org.custseg.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a child JVM with a fresh, read-only {@code user.home}, a fresh temp folder and a fresh working
 * folder: nothing is created outside {@code --out} (no {@code ~/wekafiles}, no {@code ~/.java/fonts}, no native
 * libraries in the temp folder, which is empty again after the run), nothing printed on stderr, and host names are
 * never looked up through DNS.
 */
class SideEffectsTest {

    @TempDir
    Path tmp;

    record Child(int status, String out, String err) {
    }

    static Child java(final Path cwd, final List<String> jvmArgs, final String main, final String... args)
        throws Exception {
        final List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main);
        cmd.addAll(List.of(args));
        final Path out = Files.createTempFile("child-out", ".txt");
        final Path err = Files.createTempFile("child-err", ".txt");
        final Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectOutput(out.toFile())
            .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child JVM finished");
        final Child c = new Child(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return c;
    }

    static List<String> contents(final Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void runCreatesNothingOutsideOut() throws Exception {
        final Path home = Files.createDirectory(tmp.resolve("home"));
        final Path temp = Files.createDirectory(tmp.resolve("temp"));
        final Path cwd = Files.createDirectory(tmp.resolve("cwd"));
        final Path out = tmp.resolve("out");
        final File h = home.toFile();
        h.setWritable(false, false);
        try {
            final Child c = java(cwd, List.of("-Duser.home=" + home, "-Djava.io.tmpdir=" + temp),
                SegmentCli.class.getName(), "--input", SegmentCliTest.sample().toAbsolutePath().toString(), "--out",
                out.toString(), "--quiet");
            assertEquals(0, c.status(), c.err());
            assertEquals("", c.err(), "no Weka, netlib or font noise on stderr");
        } finally {
            h.setWritable(true, false);
        }
        assertEquals(List.of(), contents(home), "nothing in user.home (no wekafiles, no .java/fonts)");
        assertEquals(List.of(), contents(temp), "temp folder empty again (no native libraries left)");
        assertEquals(List.of(), contents(cwd), "nothing in the working folder");
        assertEquals(List.of("assignments.csv", "k-selection.csv", "model.json", "model.pmml", "model.sql", "profile.csv",
            "recommendations.csv", "report.html", "segment-summary.csv", "segments.csv", "stability.csv"), contents(out));
        assertEquals(List.of("out"), contents(tmp).stream().filter(n -> !n.startsWith("home") && !n.startsWith("temp")
            && !n.startsWith("cwd") && !n.startsWith("out" + File.separator)).toList(), "no staging folder left");
    }

    @Test
    void hostNamesAreNeverLookedUpThroughDns() throws Exception {
        final Child c = java(tmp, List.of("-Djava.io.tmpdir=" + tmp), HostLookupProbe.class.getName());
        assertEquals(0, c.status(), c.err());
        // resolution goes to the guard's (missing) hosts file: it fails at once, without a DNS query
        assertTrue(c.out().contains("unresolved: ") && c.out().contains("hosts file"), c.out());
    }
}
