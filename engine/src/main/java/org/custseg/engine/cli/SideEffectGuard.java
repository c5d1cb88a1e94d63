package org.custseg.engine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Keeps the command line from touching anything but its input, {@code --out} and the JVM's temp folder. Applied
 * once, first thing in {@link SegmentCli#main}, before any Weka, netlib or Java2D class is loaded:
 * <ul>
 * <li><b>Weka's package manager</b>: every Weka learner loads {@code weka.core.Capabilities}, whose properties are
 * read through {@code WekaPackageManager}, which creates {@code WEKA_HOME} (default {@code ~/wekafiles/} with
 * {@code packages}, {@code native}, {@code props}, {@code repCache}) and loads any packages found there. The system
 * property {@code WEKA_HOME} (Weka reads system properties like environment variables) points it to a fresh folder in
 * the temp folder instead, so nothing is written to the home folder and no user-installed Weka package can change a
 * result; {@code weka.packageManager.offline=true} keeps it off the network.</li>
 * <li><b>netlib-java</b> (Weka's linear algebra) first tries native BLAS/LAPACK/ARPACK, extracting bundled native
 * libraries into the temp folder and loading them. The properties {@code com.github.fommil.netlib.BLAS},
 * {@code .LAPACK} and {@code .ARPACK} select the pure-Java F2J implementations (the ones used anyway when no
 * native library is installed); results do not change.</li>
 * <li><b>Java2D fonts</b> (the report's charts): on Linux the font set-up writes a cache file to
 * {@code ~/.java/fonts/} named after the host, which it looks up with {@code InetAddress.getLocalHost()} (a DNS
 * query when the host is not in /etc/hosts). {@code user.home} is pointed at the same temp folder, and
 * {@code jdk.net.hosts.file} at a file that does not exist, so host names are resolved from that (empty) file and
 * never through DNS (the command line makes no network connection).</li>
 * </ul>
 * Properties the caller already set (e.g. with {@code JAVA_OPTS=-DWEKA_HOME=...}) are kept. The temp folder is
 * deleted when the JVM exits.
 */
public final class SideEffectGuard {

    private static Path folder;

    private SideEffectGuard() {
    }

    /**
     * Sets the properties above (once per JVM).
     *
     * @return the temp folder used for Weka's home and the font cache
     */
    public static synchronized Path apply() {
        if (folder != null) {
            return folder;
        }
        try {
            folder = Files.createTempDirectory("segment-run-");
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot create a folder in the temp folder "
                + System.getProperty("java.io.tmpdir") + ": " + e.getMessage(), e);
        }
        setIfAbsent("WEKA_HOME", folder.resolve("wekafiles").toString());
        setIfAbsent("weka.packageManager.offline", "true");
        setIfAbsent("com.github.fommil.netlib.BLAS", "com.github.fommil.netlib.F2jBLAS");
        setIfAbsent("com.github.fommil.netlib.LAPACK", "com.github.fommil.netlib.F2jLAPACK");
        setIfAbsent("com.github.fommil.netlib.ARPACK", "com.github.fommil.netlib.F2jARPACK");
        setIfAbsent("jdk.net.hosts.file", folder.resolve("no-hosts").toString());
        System.setProperty("java.awt.headless", "true");
        System.setProperty("user.home", folder.toString());
        final Path f = folder;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(f), "segment-cleanup"));
        return folder;
    }

    private static void setIfAbsent(final String key, final String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static void delete(final Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (final Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (final IOException e) {
            // best effort at exit: the folder is in the temp folder
        }
    }
}
