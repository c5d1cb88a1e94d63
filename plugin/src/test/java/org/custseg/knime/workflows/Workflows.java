package org.custseg.knime.workflows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.custseg.knime.testing.NodeModelHarness;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IntValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;

/**
 * Declares every workflow in {@code test-workflows/}: the template and one testflow per node. Each declaration is
 * rendered by {@link WorkflowSpec#render()}; {@link WorkflowSettingsGenerator} writes the result and the build
 * checks compare our nodes' {@code model} settings with it.
 *
 * <p>Adding the testflow of a new node is one entry in {@link #all()}: a method building its nodes, connections and
 * expected tables like {@link #profilerTestflow()}.
 */
public final class Workflows {

    /** Folder of the template, below {@code test-workflows/}. */
    public static final String TEMPLATE = "Credit card customer segmentation";

    /** Folder of the testflows, below {@code test-workflows/}. */
    public static final String TESTFLOWS = "testflows";

    /** Segment sizes with k = 3 that the engine tests assert for k-means and EM. */
    public static final List<Integer> KMEANS_SIZES = List.of(386, 224, 50);

    /** Segment sizes with k = 3 that the engine tests assert for EM. */
    public static final List<Integer> EM_SIZES = List.of(386, 224, 50);

    /** Segment sizes with k = 3 that the engine tests assert for the fast Ward engine. */
    public static final List<Integer> WARD_SIZES = List.of(385, 225, 50);

    /** Segment sizes with k = 3 that the K-Medoids node test asserts (exact FasterPAM, Euclidean). */
    public static final List<Integer> KMEDOIDS_SIZES = List.of(388, 222, 50);

    /** Tolerance of numeric comparisons in the testflows. */
    public static final double EPSILON = 1e-4;

    /** Expected segment summary, in a testflow's data folder. */
    public static final String EXPECTED_SUMMARY = "data/expected-segment-summary.csv";

    /** Expected recommendations, in the Segment Recommender's testflow's data folder. */
    public static final String EXPECTED_RECOMMENDATIONS = "data/expected-recommendations.csv";

    private static final String SAMPLE_FROM_TEMPLATE = "knime://knime.workflow/../data/credit-card-customer-data.csv";

    /**
     * The testflows read their own copy of the sample, {@code testflows/data/}: KNIME's testflow runner makes the
     * folder it is given ({@code -root .../testflows}) the mount point, and workflow-relative URLs may not leave it.
     */
    private static final String SAMPLE_FROM_TESTFLOW = "knime://knime.workflow/../data/credit-card-customer-data.csv";

    /** Folder of the testflows' copy of the sample data, below {@code test-workflows/}. */
    public static final String TESTFLOW_DATA = TESTFLOWS + "/data";

    private Workflows() {
    }

    /**
     * @return all workflows, in a fixed order
     * @throws Exception if a node rejects its settings or a testflow's node does not reproduce the expected values
     */
    public static List<WorkflowSpec> all() throws Exception {
        final List<WorkflowSpec> list = new ArrayList<>();
        list.add(template());
        list.add(MonthlyTemplate.spec());
        list.add(segmenterTestflow("K-Means Segmenter testflow", CustSegNodes.KMEANS, s -> ConfigTrees.setInt(s, "k", 3),
            KMEANS_SIZES));
        list.add(segmenterTestflow("Hierarchical Segmenter testflow", CustSegNodes.HIERARCHICAL, s -> {
            ConfigTrees.setInt(s, "k", 3);
            ConfigTrees.setString(s, "linkage", "WARD");
            ConfigTrees.setString(s, "hierarchical_engine", "FAST");
        }, WARD_SIZES));
        list.add(segmenterTestflow("EM Segmenter testflow", CustSegNodes.EM, s -> ConfigTrees.setInt(s, "k", 3),
            EM_SIZES));
        list.add(segmenterTestflow("K-Medoids Segmenter testflow", CustSegNodes.KMEDOIDS,
            s -> ConfigTrees.setInt(s, "k", 3), KMEDOIDS_SIZES));
        list.add(assignerTestflow());
        list.add(profilerTestflow());
        list.add(recommenderTestflow());
        return list;
    }

    /** The column filter and k of the K-Means node the testflows of downstream nodes use. */
    private static NodeSettings kMeansK3() throws Exception {
        return CustSegNodes.modelSettings(CustSegNodes.KMEANS, s -> {
            CustSegNodes.behaviourColumns(s);
            ConfigTrees.setInt(s, "k", 3);
        });
    }

    /** @return the template a no-code analyst starts from */
    static WorkflowSpec template() throws Exception {
        final List<NodeSpec> nodes = new ArrayList<>();
        nodes.add(new NodeSpec(1, KnimeNodes.NAMES.get(KnimeNodes.CSV_READER), KnimeNodes.CSV_READER,
            KnimeNodes.KNIME_BASE, KnimeNodes.csvReader(SAMPLE_FROM_TEMPLATE, false), Map.of(),
            "1. Read the customers\nOne row per customer. To use another file, set the workflow variable"
                + " input_file (or choose the file in this node's dialog).",
            60, 160, 1).withVariable(KnimeNodes.CSV_READER_PATH, "input_file"));
        final NodeSettings kmeans = CustSegNodes.modelSettings(CustSegNodes.KMEANS, s -> {
            CustSegNodes.behaviourColumns(s);
            ConfigTrees.setBoolean(s, "k_automatic", true);
            ConfigTrees.setInt(s, "k_min", 2);
            ConfigTrees.setInt(s, "k_max", 8);
        });
        nodes.add(CustSegNodes.node(2, CustSegNodes.KMEANS, kmeans, 280, 160)
            .withVariable("k_min", "k_min").withVariable("k_max", "k_max")
            .withAnnotation("2. Find the segments\nGroups customers who behave alike (credit limit, cards, visits,"
                + " calls). Tries 2 to 8 segments (variables k_min, k_max) and keeps the best separated."));
        nodes.add(CustSegNodes.node(3, CustSegNodes.PROFILER, profilerSettings(), 500, 160)
            .withAnnotation("3. Describe the segments\nCompares every segment with all customers and names what"
                + " stands out (for example: many online visits, few calls)."));
        nodes.add(CustSegNodes.node(4, CustSegNodes.RECOMMENDER, recommenderSettings(), 720, 160)
            .withAnnotation("4. Recommend actions\nTurns each segment's profile into actions for marketing and"
                + " operations, with the evidence behind each action."));
        nodes.add(writer(5, ASSIGNMENTS_URL, "assignments_file",
            "5. Save each customer's segment\nWrites every customer with their segment to assignments_file.",
            500, 20));
        nodes.add(writer(6, PROFILES_URL, "profiles_file",
            "6. Save the segment profiles\nSize, share, name and description of each segment, to profiles_file.",
            720, 320));
        nodes.add(writer(7, RECOMMENDATIONS_URL, "recommendations_file",
            "7. Save the recommendations\nThe recommended actions per segment, to recommendations_file.", 940, 160));
        nodes.add(writer(9, STABILITY_URL, "stability_file",
            "9. Save the segment stability\nPer segment: size, centre and how stable it is when the customers are"
                + " resampled (mean and lowest Jaccard, verdict), to stability_file. Below 0.6: no dedicated campaign.",
            280, 320));
        nodes.add(CustSegNodes.node(8, CustSegNodes.REPORT, reportSettings(), 940, 320)
            .withVariable(CustSegNodes.REPORT_OUTPUT_FILE, "report_file")
            .withAnnotation("8. Write the HTML report\nOne page to open in a browser or send round: the segments,"
                + " their profiles, the recommended actions and how the number of segments was chosen. Written to"
                + " report_file (a knime:// or file:/// URL or an absolute path; replaced on every run)."));
        final List<WorkflowSpec.Connection> conns = List.of(new WorkflowSpec.Connection(1, 1, 2, 1),
            new WorkflowSpec.Connection(2, CustSegNodes.OUT_SEGMENTED, 3, 1),
            new WorkflowSpec.Connection(3, CustSegNodes.PROFILER_OUT_PROFILE, 4, CustSegNodes.RECOMMENDER_IN_PROFILE),
            new WorkflowSpec.Connection(3, CustSegNodes.PROFILER_OUT_SUMMARY, 4, CustSegNodes.RECOMMENDER_IN_SUMMARY),
            new WorkflowSpec.Connection(2, CustSegNodes.OUT_SEGMENTED, 5, 1),
            new WorkflowSpec.Connection(3, CustSegNodes.PROFILER_OUT_SUMMARY, 6, 1),
            new WorkflowSpec.Connection(4, 1, 7, 1),
            new WorkflowSpec.Connection(2, CustSegNodes.OUT_SEGMENTED, 8, CustSegNodes.REPORT_IN_CUSTOMERS),
            new WorkflowSpec.Connection(4, 1, 8, CustSegNodes.REPORT_IN_RECOMMENDATIONS),
            new WorkflowSpec.Connection(2, CustSegNodes.OUT_K_SELECTION, 8, CustSegNodes.REPORT_IN_K_SELECTION),
            new WorkflowSpec.Connection(2, CustSegNodes.OUT_SUMMARY, 3, CustSegNodes.PROFILER_IN_SEGMENTER_SUMMARY),
            new WorkflowSpec.Connection(3, CustSegNodes.PROFILER_OUT_PROFILE, 8, CustSegNodes.REPORT_IN_PROFILE),
            new WorkflowSpec.Connection(3, CustSegNodes.PROFILER_OUT_SUMMARY, 8,
                CustSegNodes.REPORT_IN_PROFILE_SUMMARY),
            new WorkflowSpec.Connection(2, CustSegNodes.OUT_SUMMARY, 9, 1));
        final List<WorkflowSpec.Variable> vars = List.of(
            new WorkflowSpec.Variable("input_file", "STRING", SAMPLE_FROM_TEMPLATE),
            new WorkflowSpec.Variable("k_min", "INTEGER", "2"), new WorkflowSpec.Variable("k_max", "INTEGER", "8"),
            new WorkflowSpec.Variable("assignments_file", "STRING", ASSIGNMENTS_URL),
            new WorkflowSpec.Variable("profiles_file", "STRING", PROFILES_URL),
            new WorkflowSpec.Variable("recommendations_file", "STRING", RECOMMENDATIONS_URL),
            new WorkflowSpec.Variable("report_file", "STRING", REPORT_FILE),
            new WorkflowSpec.Variable("stability_file", "STRING", STABILITY_URL));
        final List<WorkflowSpec.Annotation> notes = List.of(new WorkflowSpec.Annotation(
            "Credit card customer segmentation\n\nRun: press Shift+F7 (Execute all). The results (four CSV files and"
                + " the HTML report segment-report.html) are written next to this workflow, into the folder ../output/,"
                + " which must exist (it comes with the workflow).\n\n"
                + "Change without opening a dialog (Workflow Variables, or the schedule on KNIME Business Hub):\n"
                + "input_file: the customer table\n"
                + "k_min, k_max: the smallest and largest number of segments to try\n"
                + "assignments_file, profiles_file, recommendations_file, report_file, stability_file: where the"
                + " results go\n"
                + "The file variables take URLs: knime://knime.workflow/..., knime://knime.space/... on KNIME Hub,"
                + " or file:///C:/data/customers.csv for a local file (a batch run without a workspace needs file:///"
                + " URLs for all six).",
            40, 420, 760, 210));
        return new WorkflowSpec(TEMPLATE, nodes, conns, vars, notes, Map.of());
    }

    private static final String ASSIGNMENTS_URL = "knime://knime.workflow/../output/segment-assignments.csv";

    private static final String PROFILES_URL = "knime://knime.workflow/../output/segment-profiles.csv";

    private static final String RECOMMENDATIONS_URL = "knime://knime.workflow/../output/segment-recommendations.csv";

    private static final String STABILITY_URL = "knime://knime.workflow/../output/segment-stability.csv";

    /** Default of the template's {@code report_file}: beside the CSV outputs. */
    static final String REPORT_FILE = "knime://knime.workflow/../output/segment-report.html";

    /** Title of the template's HTML report. */
    static final String REPORT_TITLE = "Credit card customer segments";

    /**
     * Segment Report settings of the template: the segment column and attribute columns as the profiler's, the
     * default {@link #REPORT_FILE} (overridden by the variable report_file), replaced on every run.
     */
    static NodeSettings reportSettings() throws Exception {
        return CustSegNodes.modelSettings(CustSegNodes.REPORT, s -> {
            ConfigTrees.setString(s, "segment_column", "Segment");
            ConfigTrees.setString(s, "numeric_columns/filter-type", "STANDARD");
            ConfigTrees.setStringArray(s, "numeric_columns/included_names",
                SampleData.BEHAVIOUR.toArray(new String[0]));
            ConfigTrees.setStringArray(s, "numeric_columns/excluded_names", "Sl_No", "Customer Key",
                "Distance to segment centre");
            ConfigTrees.setString(s, "numeric_columns/enforce_option", "EnforceInclusion");
            ConfigTrees.setString(s, CustSegNodes.REPORT_OUTPUT_FILE, REPORT_FILE);
            ConfigTrees.setString(s, "overwrite_policy", "OVERWRITE");
            ConfigTrees.setString(s, "report_title", REPORT_TITLE);
        });
    }

    /** Segment Profiler settings: the segment column and the five behaviour columns as attributes. */
    static NodeSettings profilerSettings() throws Exception {
        return CustSegNodes.modelSettings(CustSegNodes.PROFILER, s -> {
            ConfigTrees.setString(s, "segment_column", "Segment");
            ConfigTrees.setString(s, "numeric_columns/filter-type", "STANDARD");
            ConfigTrees.setStringArray(s, "numeric_columns/included_names",
                SampleData.BEHAVIOUR.toArray(new String[0]));
            ConfigTrees.setStringArray(s, "numeric_columns/excluded_names", "Sl_No", "Customer Key",
                "Distance to segment centre");
            ConfigTrees.setString(s, "numeric_columns/enforce_option", "EnforceInclusion");
        });
    }

    /** Segment Recommender settings: the built-in playbook, defaults otherwise. */
    static NodeSettings recommenderSettings() throws Exception {
        return CustSegNodes.modelSettings(CustSegNodes.RECOMMENDER, s -> { });
    }

    private static NodeSpec writer(final int id, final String url, final String variable, final String note,
        final int x, final int y) {
        return new NodeSpec(id, KnimeNodes.NAMES.get(KnimeNodes.CSV_WRITER), KnimeNodes.CSV_WRITER,
            KnimeNodes.KNIME_BASE, KnimeNodes.csvWriter(url), Map.of(), note, x, y, 0)
                .withVariable(KnimeNodes.CSV_WRITER_PATH, variable);
    }

    private static NodeSpec testflowConfiguration() {
        return testflowConfiguration(new java.util.TreeMap<>());
    }

    /**
     * @param nodeWarnings node id to the warning that node must show (the runner fails on any other warning)
     * @return the Testflow Configuration node
     */
    private static NodeSpec testflowConfiguration(final java.util.SortedMap<Integer, String> nodeWarnings) {
        return new NodeSpec(1, KnimeNodes.NAMES.get(KnimeNodes.TESTFLOW_CONFIGURATION),
            KnimeNodes.TESTFLOW_CONFIGURATION, KnimeNodes.KNIME_TESTING,
            KnimeNodes.testflowConfiguration(300, nodeWarnings), Map.of(),
            "Testflow settings: fails on any node error or unexpected warning, 300 s timeout", 60, 40, 0);
    }

    /**
     * The warnings the template's nodes show on the sample data (node id to message), which the offline run
     * requires exactly: the built-in playbook has rules for attributes the sample does not have (the Segment
     * Recommender lists them). The template has no Testflow Configuration, so they are declared here.
     *
     * @return node id to warning
     */
    public static Map<Integer, String> templateWarnings() {
        return Map.of(4, SKIPPED_RULES_WARNING);
    }

    /** The Segment Recommender's warning on the sample data with the built-in playbook. */
    static final String SKIPPED_RULES_WARNING = "Skipped 9 of 17 playbook rules because they use attributes that are "
        + "not in the profile (risk-monitoring, debt-consolidation, limit-increase-rewards, activation, vip-relationship,"
        + " new-customer-onboarding, revolver-balance-offer, transactor-rewards, instalment-offers); turn on strict"
        + " mode to make this an error.";

    private static NodeSpec sampleReader(final int id, final int x, final int y) {
        return new NodeSpec(id, KnimeNodes.NAMES.get(KnimeNodes.CSV_READER), KnimeNodes.CSV_READER,
            KnimeNodes.KNIME_BASE, KnimeNodes.csvReader(SAMPLE_FROM_TESTFLOW, false), Map.of(),
            "Sample data: 660 customers", x, y, 1);
    }

    private static NodeSpec expectedReader(final int id, final String file, final String note, final int x,
        final int y) {
        return new NodeSpec(id, KnimeNodes.NAMES.get(KnimeNodes.CSV_READER), KnimeNodes.CSV_READER,
            KnimeNodes.KNIME_BASE, KnimeNodes.csvReader("knime://knime.workflow/" + file, true), Map.of(), note, x, y,
            1);
    }

    /** A Table Difference Checker for tables like {@code reference}: doubles within {@link #EPSILON}, rest equal. */
    private static NodeSpec checker(final int id, final DataTableSpec reference, final String note, final int x,
        final int y) {
        final List<String> exact = new ArrayList<>();
        final List<String> epsilon = new ArrayList<>();
        for (int c = 0; c < reference.getNumColumns(); c++) {
            final DataColumnSpec col = reference.getColumnSpec(c);
            (col.getType().equals(DoubleCell.TYPE) ? epsilon : exact).add(col.getName());
        }
        return new NodeSpec(id, KnimeNodes.NAMES.get(KnimeNodes.DIFFERENCE_CHECKER), KnimeNodes.DIFFERENCE_CHECKER,
            KnimeNodes.KNIME_TESTING, KnimeNodes.differenceChecker(exact, epsilon, EPSILON), Map.of(), note, x, y, 0);
    }

    /**
     * Testflow of a segmenter: sample data, the segmenter with k = 3, and a Table Difference Checker comparing its
     * segment summary with the expected table in the testflow's data folder. The expected table is what the node
     * computes here; generation fails unless its sizes are the ones the engine tests assert.
     */
    static WorkflowSpec segmenterTestflow(final String name, final String factory,
        final java.util.function.Consumer<NodeSettings> edits, final List<Integer> sizes) throws Exception {
        final NodeSettings model = CustSegNodes.modelSettings(factory, s -> {
            CustSegNodes.behaviourColumns(s);
            edits.accept(s);
        });
        final BufferedDataTable summary = (BufferedDataTable)CustSegNodes.run(factory, model, sample())[1];
        requireSizes(name, summary, sizes);
        final List<NodeSpec> nodes = List.of(testflowConfiguration(), sampleReader(2, 60, 200),
            CustSegNodes.node(3, factory, model, 300, 200)
                .withAnnotation("Node under test: k = 3 on the five behaviour columns"),
            expectedReader(4, EXPECTED_SUMMARY, "Expected segment summary (sizes " + sizes + ")", 300, 380),
            checker(5, summary.getDataTableSpec(), "Segment summary must equal the expected table", 560, 280));
        final List<WorkflowSpec.Connection> conns = List.of(new WorkflowSpec.Connection(2, 1, 3, 1),
            new WorkflowSpec.Connection(3, CustSegNodes.OUT_SUMMARY, 5, 1), new WorkflowSpec.Connection(4, 1, 5, 2));
        return new WorkflowSpec(TESTFLOWS + "/" + name, nodes, conns, List.of(), List.of(),
            Map.of(EXPECTED_SUMMARY, SampleData.toCsvWithRowIds(summary)));
    }

    private static void requireSizes(final String name, final BufferedDataTable table, final List<Integer> sizes) {
        final List<Integer> actual = intColumn(table, "Size");
        if (!actual.equals(sizes)) {
            throw new IllegalStateException(name + ": the node found segment sizes " + actual + " on the sample data,"
                + " the engine tests assert " + sizes + "; fix the node before regenerating the testflow");
        }
    }

    /**
     * Testflow of the Segment Assigner: a K-Means model (k = 3) applied to the data it was trained on must
     * reproduce the K-Means node's own segments and distances.
     */
    static WorkflowSpec assignerTestflow() throws Exception {
        final NodeSettings kmeans = kMeansK3();
        final NodeSettings assigner = CustSegNodes.modelSettings(CustSegNodes.ASSIGNER, s -> { });
        final BufferedDataTable data = sample();
        final PortObject[] trained = CustSegNodes.run(CustSegNodes.KMEANS, kmeans, data);
        final BufferedDataTable assigned =
            (BufferedDataTable)CustSegNodes.run(CustSegNodes.ASSIGNER, assigner, trained[3], data)[0];
        final BufferedDataTable reference = (BufferedDataTable)trained[0];
        final NodeSpec check = checker(5, reference.getDataTableSpec(),
            "Assigned segments must equal the K-Means node's own", 560, 200);
        TableComparison.assertSame(reference, assigned, exactColumns(check), EPSILON, "Segment Assigner testflow");
        final List<NodeSpec> nodes = List.of(testflowConfiguration(), sampleReader(2, 60, 200),
            CustSegNodes.node(3, CustSegNodes.KMEANS, kmeans, 300, 120).withAnnotation("Trains k = 3"),
            CustSegNodes.node(4, CustSegNodes.ASSIGNER, assigner, 300, 300)
                .withAnnotation("Node under test: assigns the same customers"),
            check);
        final List<WorkflowSpec.Connection> conns = List.of(new WorkflowSpec.Connection(2, 1, 3, 1),
            new WorkflowSpec.Connection(3, CustSegNodes.OUT_MODEL, 4, 1), new WorkflowSpec.Connection(2, 1, 4, 2),
            new WorkflowSpec.Connection(4, 1, 5, 1), new WorkflowSpec.Connection(3, CustSegNodes.OUT_SEGMENTED, 5, 2));
        return new WorkflowSpec(TESTFLOWS + "/Segment Assigner testflow", nodes, conns, List.of(), List.of(),
            Map.of());
    }

    private static List<String> exactColumns(final NodeSpec checker) {
        final List<String> exact = new ArrayList<>();
        for (final String k : checker.model().keySet()) {
            if (KnimeNodes.EQUALITY_CHECKER.equals(
                ConfigTrees.config(checker.model(), k).getString("checkerFactory", null))) {
                exact.add(k.substring("columnConfig_".length()));
            }
        }
        return exact;
    }

    /**
     * Testflow of the Segment Profiler on the K-Means segments (k = 3): its segment summary (sizes as the engine
     * tests assert, personas, descriptions, top attributes) must equal the expected table. The long profile is not
     * compared: several of its double columns are empty for numeric attributes, and a CSV Reader types an empty
     * column as string, which the Table Difference Checker would reject.
     */
    static WorkflowSpec profilerTestflow() throws Exception {
        final NodeSettings kmeans = kMeansK3();
        final NodeSettings profiler = profilerSettings();
        final PortObject[] segments = CustSegNodes.run(CustSegNodes.KMEANS, kmeans, sample());
        final PortObject[] profile = CustSegNodes.run(CustSegNodes.PROFILER, profiler, segments[0], null);
        final BufferedDataTable summary = (BufferedDataTable)profile[CustSegNodes.PROFILER_OUT_SUMMARY - 1];
        requireSizes("Segment Profiler testflow", summary, KMEANS_SIZES);
        final List<NodeSpec> nodes = List.of(testflowConfiguration(), sampleReader(2, 60, 200),
            CustSegNodes.node(3, CustSegNodes.KMEANS, kmeans, 260, 200).withAnnotation("k = 3"),
            CustSegNodes.node(4, CustSegNodes.PROFILER, profiler, 460, 200).withAnnotation("Node under test"),
            expectedReader(5, EXPECTED_SUMMARY, "Expected segment summary", 460, 380),
            checker(6, summary.getDataTableSpec(), "Segment summary must equal the expected table", 700, 300));
        final List<WorkflowSpec.Connection> conns = List.of(new WorkflowSpec.Connection(2, 1, 3, 1),
            new WorkflowSpec.Connection(3, CustSegNodes.OUT_SEGMENTED, 4, 1),
            new WorkflowSpec.Connection(4, CustSegNodes.PROFILER_OUT_SUMMARY, 6, 1),
            new WorkflowSpec.Connection(5, 1, 6, 2));
        return new WorkflowSpec(TESTFLOWS + "/Segment Profiler testflow", nodes, conns, List.of(), List.of(),
            Map.of(EXPECTED_SUMMARY, SampleData.toCsvWithRowIds(summary)));
    }

    /**
     * Testflow of the Segment Recommender on the profile of the K-Means segments (k = 3): its recommendations must
     * equal the expected table.
     */
    static WorkflowSpec recommenderTestflow() throws Exception {
        final NodeSettings kmeans = kMeansK3();
        final NodeSettings profiler = profilerSettings();
        final NodeSettings recommender = recommenderSettings();
        final PortObject[] segments = CustSegNodes.run(CustSegNodes.KMEANS, kmeans, sample());
        final PortObject[] profile = CustSegNodes.run(CustSegNodes.PROFILER, profiler, segments[0], null);
        final PortObject[] in = new PortObject[4];
        in[CustSegNodes.RECOMMENDER_IN_PROFILE - 1] = profile[CustSegNodes.PROFILER_OUT_PROFILE - 1];
        in[CustSegNodes.RECOMMENDER_IN_SUMMARY - 1] = profile[CustSegNodes.PROFILER_OUT_SUMMARY - 1];
        final NodeModelHarness<? extends org.knime.core.node.NodeModel> rh = CustSegNodes.harness(CustSegNodes.RECOMMENDER);
        rh.loadSettings(NodeModelHarness.throughXml(recommender));
        final BufferedDataTable recs = (BufferedDataTable)rh.run(in)[0];
        if (!SKIPPED_RULES_WARNING.equals(rh.warningMessage())) {
            throw new IllegalStateException("Segment Recommender testflow: the node warns " + rh.warningMessage()
                + ", declared is " + SKIPPED_RULES_WARNING);
        }
        if (recs.size() == 0) {
            throw new IllegalStateException("Segment Recommender testflow: no recommendation for the sample data");
        }
        final List<NodeSpec> nodes = List.of(
            testflowConfiguration(new java.util.TreeMap<>(Map.of(5, SKIPPED_RULES_WARNING))),
            sampleReader(2, 60, 200),
            CustSegNodes.node(3, CustSegNodes.KMEANS, kmeans, 240, 200).withAnnotation("k = 3"),
            CustSegNodes.node(4, CustSegNodes.PROFILER, profiler, 420, 200).withAnnotation("Profiles the segments"),
            CustSegNodes.node(5, CustSegNodes.RECOMMENDER, recommender, 600, 200).withAnnotation("Node under test"),
            expectedReader(6, EXPECTED_RECOMMENDATIONS, "Expected recommendations", 600, 380),
            checker(7, recs.getDataTableSpec(), "Recommendations must equal the expected table", 820, 300));
        final List<WorkflowSpec.Connection> conns = List.of(new WorkflowSpec.Connection(2, 1, 3, 1),
            new WorkflowSpec.Connection(3, CustSegNodes.OUT_SEGMENTED, 4, 1),
            new WorkflowSpec.Connection(4, CustSegNodes.PROFILER_OUT_PROFILE, 5, CustSegNodes.RECOMMENDER_IN_PROFILE),
            new WorkflowSpec.Connection(4, CustSegNodes.PROFILER_OUT_SUMMARY, 5, CustSegNodes.RECOMMENDER_IN_SUMMARY),
            new WorkflowSpec.Connection(5, 1, 7, 1), new WorkflowSpec.Connection(6, 1, 7, 2));
        return new WorkflowSpec(TESTFLOWS + "/Segment Recommender testflow", nodes, conns, List.of(), List.of(),
            Map.of(EXPECTED_RECOMMENDATIONS, SampleData.toCsvWithRowIds(recs)));
    }

    private static BufferedDataTable sample() throws java.io.IOException {
        return SampleData.readIntegers(Repository.sampleData(), NodeModelHarness.newExecutionContext());
    }

    private static List<Integer> intColumn(final BufferedDataTable table, final String column) {
        final int idx = table.getDataTableSpec().findColumnIndex(column);
        final List<Integer> values = new ArrayList<>();
        try (var it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow row = it.next();
                values.add(((IntValue)row.getCell(idx)).getIntValue());
            }
        }
        return values;
    }
}
