package org.custseg.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knime.core.node.config.base.AbstractConfigEntry;
import org.knime.core.node.config.base.ConfigBase;
import org.knime.core.node.workflow.contextv2.WorkflowContextV2;

/**
 * Resolves every file location of every committed workflow with real KNIME's URL resolver, the way each documented
 * run resolves it (README.md, test-workflows/README.md), and fails naming the settings file and the URL:
 * <ul>
 * <li><b>testflow runner</b> ({@code NGTestflowRunner -root test-workflows/testflows -loadSaveLoad}): the runner
 * copies the root folder alone to a temporary folder and makes it the LOCAL mount point of every testflow;</li>
 * <li><b>GUI</b>: the whole {@code test-workflows} folder copied into a workspace, which is the LOCAL mount point;</li>
 * <li><b>batch</b> ({@code KNIME_BATCH_APPLICATION -workflowDir=...}): no mount point (KNIME 5.3-5.8), the workflow
 * variables set as in each batch command of the READMEs.</li>
 * </ul>
 * Files read must exist where they resolve to (in the runner's and the workspace's copy); files a CSV Writer writes
 * need an existing folder (its URL location cannot create folders); the Segment Report's location must resolve (it
 * creates a local file's folders itself). Batch commands pass illustrative {@code file:///} paths, so there only the
 * resolution is checked.
 */
class WorkflowUrlResolutionTest {

    private Path m_tmp;

    @BeforeEach
    void createTemp() throws IOException {
        m_tmp = Files.createTempDirectory("custseg-url-resolution");
    }

    @AfterEach
    void deleteTemp() throws IOException {
        deleteTree(m_tmp);
    }

    @Test
    void testflowsResolveUnderTheTestflowRunner() throws Exception {
        final Path root = copy(Repository.testWorkflows().resolve(Workflows.TESTFLOWS), m_tmp.resolve("runner-root"));
        final List<String> problems = runnerProblems(root);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(7, workflowsUnder(root).size(), "testflows found under the runner root");
    }

    @Test
    void everyWorkflowResolvesInTheWorkspace() throws Exception {
        final Path workspace = m_tmp.resolve("workspace");
        copy(Repository.testWorkflows(), workspace.resolve("test-workflows"));
        final List<String> problems = new ArrayList<>();
        final List<Path> workflows = workflowsUnder(workspace);
        for (final Path w : workflows) {
            problems.addAll(check(w, KnimeUrlSupport.context(w, workspace, false), Map.of(), true,
                "GUI, LOCAL mount point = the workspace"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(9, workflows.size(), "the two templates and seven testflows");
    }

    @Test
    void theTemplateResolvesInEveryDocumentedBatchRun() throws Exception {
        final Path template = Repository.testWorkflows().resolve(Workflows.TEMPLATE);
        final Map<String, Map<String, String>> commands = batchCommands();
        assertFalse(commands.isEmpty(), "no batch command (KNIME_BATCH_APPLICATION) found in the READMEs");
        final List<String> problems = new ArrayList<>();
        for (final Map.Entry<String, Map<String, String>> c : commands.entrySet()) {
            problems.addAll(check(template, KnimeUrlSupport.context(template, null, true), c.getValue(), false,
                "batch without mount point, variables of " + c.getKey()));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void dataOutsideTheRunnerRootFails() throws Exception {
        // the layout before this check existed: the testflows read ../../data/, outside the runner's root
        final Path root = copy(Repository.testWorkflows().resolve(Workflows.TESTFLOWS), m_tmp.resolve("old/testflows"));
        copy(Repository.testWorkflows().resolve("data"), m_tmp.resolve("old/data"));
        final Path reader = root.resolve("K-Means Segmenter testflow/CSV Reader (#2)/settings.xml");
        final String xml = Files.readString(reader, StandardCharsets.UTF_8);
        final String moved = xml.replace("knime://knime.workflow/../data/", "knime://knime.workflow/../../data/");
        assertTrue(!moved.equals(xml), "the reader's URL was not found in " + reader);
        Files.writeString(reader, moved, StandardCharsets.UTF_8);

        final List<String> problems = runnerProblems(root);
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains(reader.toString())
            && problems.get(0).contains("knime://knime.workflow/../../data/credit-card-customer-data.csv"),
            problems.get(0));
        // the same URL in the workspace, where the data folder is inside the mount point, resolves
        assertTrue(check(root.resolve("K-Means Segmenter testflow"), KnimeUrlSupport.context(
            root.resolve("K-Means Segmenter testflow"), m_tmp.resolve("old"), false), Map.of(), true, "GUI").isEmpty());
    }

    @Test
    void aVariableLeftAtItsWorkflowRelativeDefaultFailsInBatch() throws Exception {
        final Path template = Repository.testWorkflows().resolve(Workflows.TEMPLATE);
        final Map<String, String> all = batchCommands().values().iterator().next();
        final Map<String, String> withoutReport = new LinkedHashMap<>(all);
        withoutReport.remove("report_file");
        final List<String> problems = check(template, KnimeUrlSupport.context(template, null, true), withoutReport,
            false, "batch");
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("Segment Report (#8)") && problems.get(0).contains(Workflows.REPORT_FILE),
            problems.get(0));
    }

    // ------------------------------------------------------------------------------------------------------

    private static List<String> runnerProblems(final Path root) throws Exception {
        final List<String> problems = new ArrayList<>();
        for (final Path w : workflowsUnder(root)) {
            problems.addAll(check(w, KnimeUrlSupport.context(w, root, false), Map.of(), true,
                "testflow runner, LOCAL mount point = the runner root"));
        }
        return problems;
    }

    /**
     * Resolves every location of a workflow.
     *
     * @param dir the workflow folder
     * @param context the workflow context of the run
     * @param values workflow variable values the run sets (others keep their defaults)
     * @param filesExist whether files read must exist and writers' folders must exist
     * @param run how the run is described in messages
     * @return one line per problem, naming the settings file and the URL
     */
    static List<String> check(final Path dir, final WorkflowContextV2 context, final Map<String, String> values,
        final boolean filesExist, final String run) throws Exception {
        final SavedWorkflow w = SavedWorkflow.read(dir);
        final List<String> problems = new ArrayList<>();
        for (final String v : values.keySet()) {
            if (!w.variables().containsKey(v)) {
                problems.add(dir.resolve("workflow.knime") + ": the run sets the variable " + v
                    + ", which the workflow does not define (" + run + ")");
            }
        }
        for (final SavedWorkflow.Node n : w.nodes().values()) {
            final String setting;
            final String kind;
            if (KnimeNodes.CSV_READER.equals(n.factory())) {
                setting = KnimeNodes.CSV_READER_PATH;
                kind = "read";
            } else if (KnimeNodes.CSV_WRITER.equals(n.factory())) {
                setting = KnimeNodes.CSV_WRITER_PATH;
                kind = "write";
            } else if (CustSegNodes.REPORT.equals(n.factory())) {
                setting = CustSegNodes.REPORT_OUTPUT_FILE;
                kind = "report";
            } else {
                continue;
            }
            final String value = effectiveValue(w, n, setting, values);
            final String where = dir.resolve(n.settingsFile()) + ": " + value + " (" + run + ")";
            final URL resolved;
            if (value == null || value.isBlank()) {
                problems.add(where + ": no location");
                continue;
            } else if (value.regionMatches(true, 0, "knime:", 0, 6)) {
                try {
                    resolved = KnimeUrlSupport.resolve(context, KnimeUrlSupport.url(value));
                } catch (final IOException | RuntimeException e) {
                    problems.add(where + ": KNIME refuses it: " + e.getMessage());
                    continue;
                }
            } else if (value.regionMatches(true, 0, "file:", 0, 5)) {
                resolved = KnimeUrlSupport.url(value); // a file URL is its own resolution
            } else if ("report".equals(kind) && Paths.get(value).isAbsolute()) {
                resolved = Paths.get(value).toUri().toURL(); // the Segment Report also takes an absolute path
            } else {
                problems.add(where + ": not a URL; " + ("report".equals(kind) ? "the Segment Report takes a URL or an"
                    + " absolute path" : "a CSV Reader's or Writer's URL location takes a URL, e.g. file:///...")
                );
                continue;
            }
            if (!filesExist) {
                continue;
            }
            if (!"file".equalsIgnoreCase(resolved.getProtocol())) {
                problems.add(where + ": resolves to " + resolved + ", not a local file");
                continue;
            }
            final Path p = Paths.get(resolved.toURI());
            if ("read".equals(kind) && !Files.isRegularFile(p)) {
                problems.add(where + ": resolves to " + p + ", which does not exist");
            } else if ("write".equals(kind) && !Files.isDirectory(p.getParent())) {
                problems.add(where + ": resolves to " + p + ", whose folder does not exist (a CSV Writer's URL "
                    + "location cannot create folders)");
            }
        }
        return problems;
    }

    /** The value a setting has in the run: the variable's value if a workflow variable overrides it. */
    private static String effectiveValue(final SavedWorkflow w, final SavedWorkflow.Node n, final String setting,
        final Map<String, String> values) {
        final int slash = setting.lastIndexOf('/');
        final ConfigBase parent = slash < 0 ? n.model() : ConfigTrees.config(n.model(), setting.substring(0, slash));
        String value = parent.getString(setting.substring(slash + 1), null);
        if (n.settings().containsKey("variables")) {
            final AbstractConfigEntry used = ConfigTrees.find(ConfigTrees.config(n.settings(), "variables/tree"),
                setting + "/used_variable");
            if (used != null && used.toStringValue() != null) {
                final String var = used.toStringValue();
                value = values.containsKey(var) ? values.get(var) : w.variables().get(var)[1];
            }
        }
        return value;
    }

    private static final Pattern VARIABLE = Pattern.compile("-workflow\\.variable=([^,\\s]+),([^,\\s]+),([A-Za-z]+)");

    /**
     * The batch commands of README.md and test-workflows/README.md: every fenced code block that runs
     * {@code KNIME_BATCH_APPLICATION} on the template, with the workflow variables it sets.
     *
     * @return "file, block n" to variable name to value
     */
    static Map<String, Map<String, String>> batchCommands() throws IOException {
        final Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (final Path readme : List.of(Repository.root().resolve("README.md"),
            Repository.testWorkflows().resolve("README.md"))) {
            final String text = Files.readString(readme, StandardCharsets.UTF_8);
            final String[] parts = text.split("```");
            for (int i = 1; i < parts.length; i += 2) {
                final String block = parts[i];
                if (!block.contains("KNIME_BATCH_APPLICATION") || !block.contains(Workflows.TEMPLATE)) {
                    continue;
                }
                final Map<String, String> vars = new LinkedHashMap<>();
                final Matcher m = VARIABLE.matcher(block);
                while (m.find()) {
                    vars.put(m.group(1), m.group(2));
                }
                out.put(Repository.root().relativize(readme) + ", code block " + (i + 1) / 2, vars);
            }
        }
        return out;
    }

    private static List<Path> workflowsUnder(final Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().equals("workflow.knime")).map(Path::getParent).sorted()
                .toList();
        }
    }

    private static Path copy(final Path from, final Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (final Path p : s.toList()) {
                final Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }

    private static void deleteTree(final Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (final Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
