package org.custseg.knime.workflows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.jar.Manifest;

import org.custseg.knime.testing.SampleData;

/**
 * Locations in the repository, found from the working directory (the plugin module when run by Maven, the
 * repository root when run from an IDE or the command line).
 */
public final class Repository {

    private Repository() {
    }

    /** @return the repository root (the folder holding {@code test-workflows/} and {@code plugin/}) */
    public static Path root() {
        Path p = Paths.get("").toAbsolutePath();
        while (p != null && !(Files.isDirectory(p.resolve("test-workflows/data")) && Files.isDirectory(p.resolve("plugin")))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("Repository root not found above " + Paths.get("").toAbsolutePath()
                + " (looked for test-workflows/data and plugin/)");
        }
        return p;
    }

    /** @return {@code test-workflows/} */
    public static Path testWorkflows() {
        return root().resolve("test-workflows");
    }

    /** @return the sample data file */
    public static Path sampleData() {
        return SampleData.file();
    }

    /**
     * @return the testflows' copy of the sample data ({@code test-workflows/testflows/data/}, inside the folder the
     *         testflow runner is given), byte for byte the same as {@link #sampleData()}
     */
    public static Path testflowSampleData() {
        return testWorkflows().resolve(Workflows.TESTFLOW_DATA).resolve(sampleData().getFileName());
    }

    /** @return {@code plugin/plugin.xml} */
    public static Path pluginXml() {
        return root().resolve("plugin/plugin.xml");
    }

    /**
     * @return the plugin's manifest
     * @throws IOException if it cannot be read
     */
    public static Manifest pluginManifest() throws IOException {
        try (var in = Files.newInputStream(root().resolve("plugin/META-INF/MANIFEST.MF"))) {
            return new Manifest(in);
        }
    }

    /**
     * @return the feature id and label from {@code feature/feature.xml}: {id, label}
     * @throws IOException if it cannot be read
     */
    public static String[] feature() throws IOException {
        final String xml = Files.readString(root().resolve("feature/feature.xml"), StandardCharsets.UTF_8);
        return new String[]{attribute(xml, "id"), attribute(xml, "label")};
    }

    private static String attribute(final String xml, final String name) {
        final int start = xml.indexOf("<feature");
        final java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(xml.substring(start));
        if (!m.find()) {
            throw new IllegalStateException("feature.xml has no " + name + " attribute");
        }
        return m.group(1);
    }
}
