package org.custseg.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.node.config.base.ConfigBase;

/**
 * Regenerates every workflow in memory and compares our nodes' {@code model} settings and the expected tables with
 * the committed files, so that a change to a node's settings or results that is not carried into
 * {@code test-workflows/} fails the build.
 */
class GeneratedSettingsUpToDateTest {

    /** How to regenerate, quoted in failure messages. */
    static final String REGENERATE = "Regenerate with: ./mvnw -B -q verify -pl knime-api-double,engine,plugin"
        + " -Dtest=RegenerateWorkflows -Dsurefire.failIfNoSpecifiedTests=false -Dcustseg.regenerateWorkflows=true"
        + " (see test-workflows/README.md), then review and commit the changes.";

    @Test
    void committedWorkflowsMatchTheGenerator() throws Exception {
        final List<String> problems = new ArrayList<>();
        for (final WorkflowSpec spec : Workflows.all()) {
            final Path dir = Repository.testWorkflows().resolve(spec.folder());
            if (!Files.isRegularFile(dir.resolve("workflow.knime"))) {
                problems.add(spec.folder() + ": not committed");
                continue;
            }
            final SavedWorkflow saved = SavedWorkflow.read(dir);
            for (final NodeSpec n : spec.nodes()) {
                final SavedWorkflow.Node committed = saved.nodes().get(n.id());
                if (committed == null || !n.factory().equals(committed.factory())) {
                    problems.add(spec.folder() + ": node " + n.id() + " (" + n.name() + ") is not committed");
                    continue;
                }
                if (n.factory().startsWith("org.custseg.")) {
                    final List<String> diff = ConfigTrees.differences(n.model(), committed.model());
                    if (!diff.isEmpty()) {
                        problems.add(committed + " in " + spec.folder() + ": model settings differ from what the"
                            + " node writes now: " + diff);
                    }
                }
            }
            for (final Map.Entry<String, String> f : spec.files().entrySet()) {
                final Path file = dir.resolve(f.getKey());
                if (!Files.isRegularFile(file)
                    || !Files.readString(file, StandardCharsets.UTF_8).equals(f.getValue())) {
                    problems.add(spec.folder() + "/" + f.getKey() + ": differs from what the node computes now");
                }
            }
        }
        final Path copy = Repository.testflowSampleData();
        if (!Files.isRegularFile(copy) || Files.mismatch(copy, Repository.sampleData()) != -1) {
            problems.add(Repository.testWorkflows().relativize(copy) + ": not a byte-for-byte copy of "
                + Repository.testWorkflows().relativize(Repository.sampleData()));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n" + REGENERATE);
    }

    @Test
    void theComparisonSeesAChangedSetting() throws Exception {
        final WorkflowSpec template = Workflows.template();
        final NodeSpec kmeans = template.nodes().stream().filter(n -> n.factory().equals(CustSegNodes.KMEANS))
            .findFirst().orElseThrow();
        final ConfigBase changed = ConfigTrees.fromXml(ConfigTrees.toXml(kmeans.model()));
        ConfigTrees.setInt(changed, "k_max", 9);
        final List<String> diff = ConfigTrees.differences(kmeans.model(), changed);
        assertEquals(List.of("k_max: xint '9', expected xint '8'"), diff);
        assertNotNull(ConfigTrees.find(kmeans.model(), "columns/included_names"));
    }
}
