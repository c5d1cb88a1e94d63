package org.custseg.knime.workflows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the workflows declared in {@link Workflows} into {@code test-workflows/}: {@code workflow.knime}, every
 * node's {@code settings.xml} (our nodes' {@code model} settings written by the node models themselves) and the
 * expected tables, and copies the sample data into {@code testflows/data/} (the testflows' own copy, inside the
 * testflow runner's root). Node folders that are no longer declared are deleted; {@code test-workflows/data/},
 * {@code test-workflows/output/} and the README are left alone.
 *
 * <p>It needs the plugin's test class path (the API double, the plugin, the engine and Weka), so the build runs it:
 * from the repository root, after changing a node's settings or results or a workflow declaration,
 * <pre>
 * ./mvnw -B -q verify -pl knime-api-double,engine,plugin -Dtest=RegenerateWorkflows  *   -Dsurefire.failIfNoSpecifiedTests=false -Dcustseg.regenerateWorkflows=true
 * </pre>
 * (see {@link RegenerateWorkflows}; an IDE can also run this class's {@code main} with the test class path).
 */
public final class WorkflowSettingsGenerator {

    private WorkflowSettingsGenerator() {
    }

    /**
     * @param args ignored
     * @throws Exception if a workflow cannot be generated or written
     */
    public static void main(final String[] args) throws Exception {
        final Path root = Repository.testWorkflows();
        final Path sampleCopy = Repository.testflowSampleData();
        Files.createDirectories(sampleCopy.getParent());
        Files.copy(Repository.sampleData(), sampleCopy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Wrote " + root.getParent().relativize(sampleCopy) + " (copy of the sample data)");
        for (final WorkflowSpec w : Workflows.all()) {
            final Path dir = root.resolve(w.folder());
            deleteNodeFolders(dir);
            if (Files.isDirectory(dir.resolve("data")) && dir.startsWith(root.resolve(Workflows.TESTFLOWS))) {
                deleteRecursively(dir.resolve("data")); // a testflow's data folder holds generated tables only
            }
            final Map<String, String> files = w.render();
            for (final Map.Entry<String, String> f : files.entrySet()) {
                final Path file = dir.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
            }
            System.out.println("Wrote " + root.getParent().relativize(dir) + " (" + files.size() + " files)");
        }
    }

    /** Deletes the node folders (those holding a settings.xml) of a workflow folder. */
    private static void deleteNodeFolders(final Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> children = Files.list(dir)) {
            for (final Path child : children.toList()) {
                if (Files.isRegularFile(child.resolve("settings.xml"))) {
                    deleteRecursively(child);
                }
            }
        }
    }

    private static void deleteRecursively(final Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            final List<Path> paths = all.sorted(Comparator.reverseOrder()).toList();
            for (final Path p : paths) {
                Files.delete(p);
            }
        }
    }
}
