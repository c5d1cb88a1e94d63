package org.custseg.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks on what the build produced: the plugin jar, the p2 repository and its zip. These are the files a user
 * installs into KNIME, so each property here is one a KNIME user would otherwise discover at install or run time.
 */
class BuiltArtifactsTest {

    private static final String PLUGIN_ID = "org.custseg.knime";
    private static final String FEATURE_ID = "org.custseg.knime.feature";

    private static Path root;
    private static Path pluginJar;
    private static Path repository;

    @BeforeAll
    static void locate() throws IOException {
        root = Paths.get(System.getProperty("custseg.root", "..")).toAbsolutePath().normalize();
        final Path pluginTarget = root.resolve("plugin/target");
        try (Stream<Path> s = Files.list(pluginTarget)) {
            pluginJar = s.filter(p -> p.getFileName().toString().matches("org\\.custseg\\.knime-.*\\.jar"))
                .filter(p -> !p.getFileName().toString().contains("sources")).findFirst()
                .orElseThrow(() -> new AssertionError("No plugin jar in " + pluginTarget
                    + "; run the whole reactor (./mvnw verify), these checks need the built artifacts"));
        }
        repository = root.resolve("update-site/target/repository");
        assertTrue(Files.isDirectory(repository), "p2 repository missing: " + repository);
    }

    private static Manifest pluginManifest() throws IOException {
        try (JarFile jar = new JarFile(pluginJar.toFile())) {
            return jar.getManifest();
        }
    }

    private static List<String> bundleClassPath(final Manifest mf) {
        final String cp = mf.getMainAttributes().getValue("Bundle-ClassPath");
        assertNotNull(cp, "plugin MANIFEST has no Bundle-ClassPath");
        final List<String> entries = new ArrayList<>();
        for (final String e : cp.split(",")) {
            entries.add(e.trim());
        }
        return entries;
    }

    @Test
    void repositoryHoldsExactlyOurFeatureAndPlugin() throws IOException {
        final Set<String> plugins = fileNames(repository.resolve("plugins"));
        final Set<String> features = fileNames(repository.resolve("features"));
        assertEquals(1, plugins.size(), "plugins in the p2 repository: " + plugins);
        assertTrue(plugins.iterator().next().startsWith(PLUGIN_ID + "_"), "plugins: " + plugins);
        assertEquals(1, features.size(), "features in the p2 repository: " + features);
        assertTrue(features.iterator().next().startsWith(FEATURE_ID + "_"), "features: " + features);
        final String content = p2Xml(repository, "content");
        assertFalse(Pattern.compile("<unit id=['\"]org\\.knime").matcher(content).find(),
            "the p2 repository must not contain any org.knime.* unit (the API double must never ship)");
        assertTrue(content.contains("id='" + PLUGIN_ID + "'") || content.contains("id=\"" + PLUGIN_ID + "\""),
            "content metadata names our plugin");
    }

    @Test
    void zipArchiveMirrorsTheRepository() throws IOException {
        final Path target = root.resolve("update-site/target");
        final Path zip;
        try (Stream<Path> s = Files.list(target)) {
            zip = s.filter(p -> p.getFileName().toString().endsWith(".zip")).findFirst()
                .orElseThrow(() -> new AssertionError("no zipped update site in " + target));
        }
        final Set<String> names = new TreeSet<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            z.stream().map(ZipEntry::getName).forEach(names::add);
        }
        assertTrue(names.contains("content.jar") || names.contains("content.xml.xz"), "zip entries: " + names);
        assertTrue(names.contains("artifacts.jar") || names.contains("artifacts.xml.xz"), "zip entries: " + names);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("plugins/" + PLUGIN_ID + "_")), "zip: " + names);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("features/" + FEATURE_ID + "_")), "zip: " + names);
        assertFalse(names.stream().anyMatch(n -> n.contains("org.knime.")), "zip must not hold org.knime.*: " + names);
    }

    @Test
    void requireBundleIsKnimeCoreFiveThreeUpToSix() throws IOException {
        final Attributes a = pluginManifest().getMainAttributes();
        final String req = a.getValue("Require-Bundle").replaceAll("\\s", "");
        // org.knime.core.ui: NodeDialogFactory/DefaultNodeDialog (every 5.x) and the node parameters of the web
        // dialogs (5.6+, loaded only there); it exists in every KNIME AP 5.x, so it is not optional
        assertEquals("org.knime.core;bundle-version=\"[5.3.0,6.0.0)\","
            + "org.knime.core.ui;bundle-version=\"[5.3.0,6.0.0)\"", req);
        // Tycho turns Bundle-RequiredExecutionEnvironment: JavaSE-17 into the equivalent osgi.ee requirement
        final String bree = a.getValue("Bundle-RequiredExecutionEnvironment");
        final String cap = a.getValue("Require-Capability");
        assertTrue("JavaSE-17".equals(bree)
            || cap != null && cap.contains("osgi.ee=JavaSE") && cap.contains("version=17"),
            "the plugin must require Java 17: BREE " + bree + ", Require-Capability " + cap);
        assertTrue(a.getValue("Bundle-SymbolicName").startsWith(PLUGIN_ID + ";"));
    }

    @Test
    void everyBundleClassPathJarIsInsideAndWekaIsOnIt() throws IOException {
        final List<String> cp = bundleClassPath(pluginManifest());
        assertTrue(cp.contains("lib/weka-stable.jar"), "Bundle-ClassPath: " + cp);
        try (JarFile jar = new JarFile(pluginJar.toFile())) {
            for (final String entry : cp) {
                if (!".".equals(entry)) {
                    assertNotNull(jar.getEntry(entry), entry + " is on Bundle-ClassPath but not in " + pluginJar);
                }
            }
            final Set<String> libs = jar.stream().map(ZipEntry::getName)
                .filter(n -> n.startsWith("lib/") && n.endsWith(".jar")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(cp.subList(1, cp.size())), libs,
                "every embedded jar must be on Bundle-ClassPath and vice versa");
        }
    }

    @Test
    void embeddedLibrariesAreNotExported() throws IOException {
        final String exports = pluginManifest().getMainAttributes().getValue("Export-Package");
        if (exports != null) {
            for (final String p : exports.split(",")) {
                final String pkg = p.trim().split(";")[0];
                assertTrue(pkg.startsWith("org.custseg.knime"), "exported foreign package: " + pkg);
            }
        }
    }

    @Test
    void licenceAndThirdPartyNoticeShipAndNameEveryEmbeddedJar() throws IOException {
        try (JarFile jar = new JarFile(pluginJar.toFile())) {
            final ZipEntry lic = jar.getEntry("legal/LICENSE");
            assertNotNull(lic, "legal/LICENSE missing from plugin jar");
            final String licence = read(jar.getInputStream(lic));
            assertTrue(licence.contains("GNU GENERAL PUBLIC LICENSE") && licence.contains("Version 3"));
            final ZipEntry notice = jar.getEntry("legal/THIRD-PARTY-NOTICES.md");
            assertNotNull(notice, "legal/THIRD-PARTY-NOTICES.md missing from plugin jar");
            final String text = read(jar.getInputStream(notice));
            for (final String entry : bundleClassPath(jar.getManifest())) {
                if (!".".equals(entry) && !entry.equals("lib/custseg-engine.jar")) {
                    final String name = entry.substring("lib/".length());
                    assertTrue(text.contains("`" + name + "`"), "THIRD-PARTY-NOTICES.md does not list " + name);
                }
            }
        }
    }

    @Test
    void wekaClustererLoadsAndRunsFromTheEmbeddedJars(@TempDir final Path tmp) throws Exception {
        final List<URL> urls = new ArrayList<>();
        try (JarFile jar = new JarFile(pluginJar.toFile())) {
            for (final String entry : bundleClassPath(jar.getManifest())) {
                if (".".equals(entry)) {
                    continue;
                }
                final Path out = tmp.resolve(entry.substring("lib/".length()));
                try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
                    Files.copy(in, out);
                }
                urls.add(out.toUri().toURL());
            }
        }
        // parent = platform loader: nothing from this test's class path can hide a missing jar
        try (URLClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
            final Class<?> kmeansClass = cl.loadClass("weka.clusterers.SimpleKMeans");
            final Object kmeans = kmeansClass.getDeclaredConstructor().newInstance();
            final Class<?> instancesClass = cl.loadClass("weka.core.Instances");
            final Class<?> attrClass = cl.loadClass("weka.core.Attribute");
            final ArrayList<Object> attrs = new ArrayList<>();
            attrs.add(attrClass.getConstructor(String.class).newInstance("x"));
            attrs.add(attrClass.getConstructor(String.class).newInstance("y"));
            final Object data = instancesClass.getConstructor(String.class, ArrayList.class, int.class)
                .newInstance("points", attrs, 8);
            final Class<?> denseClass = cl.loadClass("weka.core.DenseInstance");
            final Class<?> instanceIf = cl.loadClass("weka.core.Instance");
            final Method add = instancesClass.getMethod("add", instanceIf);
            final double[][] pts = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {10, 10}, {10, 11}, {11, 10}, {11, 11}};
            for (final double[] p : pts) {
                add.invoke(data, denseClass.getConstructor(double.class, double[].class).newInstance(1.0, p));
            }
            kmeansClass.getMethod("setNumClusters", int.class).invoke(kmeans, 2);
            kmeansClass.getMethod("buildClusterer", instancesClass).invoke(kmeans, data);
            final Method assign = kmeansClass.getMethod("clusterInstance", instanceIf);
            final Method get = instancesClass.getMethod("get", int.class);
            final int a = (Integer)assign.invoke(kmeans, get.invoke(data, 0));
            final int b = (Integer)assign.invoke(kmeans, get.invoke(data, 4));
            assertTrue(a != b, "the two well-separated groups must land in different clusters");
            for (int i = 1; i < 4; i++) {
                assertEquals(a, (int)(Integer)assign.invoke(kmeans, get.invoke(data, i)));
                assertEquals(b, (int)(Integer)assign.invoke(kmeans, get.invoke(data, 4 + i)));
            }
        }
    }

    @Test
    void tychoVersionIsTheSameInPomAndExtensions() throws IOException {
        final String ext = Files.readString(root.resolve(".mvn/extensions.xml"), StandardCharsets.UTF_8);
        final Matcher m = Pattern.compile("<artifactId>tycho-build</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(ext);
        if (!m.find()) {
            fail("no tycho-build version in .mvn/extensions.xml");
        }
        assertEquals(System.getProperty("custseg.tychoVersion"), m.group(1),
            ".mvn/extensions.xml and pom.xml's tycho.version must agree");
    }

    private static Set<String> fileNames(final Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String p2Xml(final Path repo, final String name) throws IOException {
        final Path jar = repo.resolve(name + ".jar");
        if (Files.exists(jar)) {
            try (ZipFile z = new ZipFile(jar.toFile())) {
                return read(z.getInputStream(z.getEntry(name + ".xml")));
            }
        }
        final Path xml = repo.resolve(name + ".xml");
        assertTrue(Files.exists(xml), "no " + name + ".jar or .xml in " + repo);
        return Files.readString(xml, StandardCharsets.UTF_8);
    }

    private static String read(final InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
