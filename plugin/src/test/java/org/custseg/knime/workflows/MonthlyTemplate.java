package org.custseg.knime.workflows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.custseg.knime.testing.NodeModelHarness;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataRow;
import org.knime.core.data.IntValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;

/**
 * The second template, a monthly run: last month's customers train (in practice: are) the model, this month's
 * customers are scored with it, the Segment Migration shows who moved, the Segment Recommender gives actions with a
 * holdout, and the Campaign Lift reads out last campaign's outcomes. Its example data (this month's customers, the
 * outcomes and the named moves) is generated here, seeded, from the sample, and written beside it, into
 * {@code test-workflows/data/monthly-*.csv}.
 */
final class MonthlyTemplate {

    /** Folder name of the template. */
    static final String NAME = "Monthly segment run with migration and lift";

    static final String PREVIOUS_URL = "knime://knime.workflow/../data/credit-card-customer-data.csv";
    static final String CURRENT = "../data/monthly-customers-this-month.csv";
    static final String OUTCOMES = "../data/monthly-campaign-outcomes.csv";
    static final String MOVES = "../data/monthly-named-moves.csv";
    static final String MOVERS_URL = "knime://knime.workflow/../output/monthly-movers.csv";
    static final String MATRIX_URL = "knime://knime.workflow/../output/monthly-migration-matrix.csv";
    static final String LIFT_URL = "knime://knime.workflow/../output/campaign-lift.csv";

    /** Id of the Recommender node (its warning on the sample is the template's). */
    static final int RECOMMENDER_ID = 8;

    private MonthlyTemplate() {
    }

    /** The sample with 25 customers gone, 20 new ones and every 15th customer behaving like another. */
    static String currentMonth(final Path sample) throws java.io.IOException {
        final List<List<String>> rows = Csv.parse(Files.readString(sample, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        final List<String> header = rows.get(0);
        final List<List<String>> data = new ArrayList<>(rows.subList(1, rows.size()));
        data.removeIf(List::isEmpty);
        final int n = data.size();
        final List<Integer> behaviour = new ArrayList<>();
        for (final String b : SampleData.BEHAVIOUR) {
            behaviour.add(header.indexOf(b));
        }
        final int id = header.indexOf("Sl_No");
        final int key = header.indexOf("Customer Key");
        final StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
        for (int i = 0; i < n; i++) {
            if (i % 26 == 25) {
                continue; // gone
            }
            final List<String> r = new ArrayList<>(data.get(i));
            if (i % 15 == 7) {
                final List<String> other = data.get((i + n / 2) % n);
                for (final int c : behaviour) {
                    r.set(c, other.get(c)); // behaves like someone else now: likely another segment
                }
            }
            sb.append(String.join(",", r)).append('\n');
        }
        for (int j = 0; j < 20; j++) {
            final List<String> r = new ArrayList<>(data.get(j * 31 % n));
            r.set(id, Integer.toString(n + 1 + j));
            r.set(key, Integer.toString(90000 + j));
            sb.append(String.join(",", r)).append('\n');
        }
        return sb.toString();
    }

    /**
     * Outcomes of last campaign, seeded: treated customers respond with 14%, held-out ones with 6% (so the read-out
     * has a lift to find); a responder's revenue is 50 to 150.
     */
    static String outcomes(final BufferedDataTable customerActions) {
        final int id = customerActions.getDataTableSpec().findColumnIndex("Sl_No");
        final int hold = customerActions.getDataTableSpec().findColumnIndex("Holdout 1");
        final SplittableRandom rnd = new SplittableRandom(2026);
        final StringBuilder sb = new StringBuilder("Sl_No,Responded,Revenue\n");
        try (var it = customerActions.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                final boolean held = !r.getCell(hold).isMissing() && ((BooleanValue)r.getCell(hold)).getBooleanValue();
                final boolean yes = rnd.nextDouble() < (held ? 0.06 : 0.14);
                final double revenue = yes ? 50 + Math.round(100 * rnd.nextDouble()) : 0;
                sb.append(((IntValue)r.getCell(id)).getIntValue()).append(',').append(yes ? "yes" : "no").append(',')
                    .append(revenue).append('\n');
            }
        }
        return sb.toString();
    }

    static NodeSettings kMeans() throws Exception {
        return CustSegNodes.modelSettings(CustSegNodes.KMEANS, s -> {
            CustSegNodes.behaviourColumns(s);
            ConfigTrees.setBoolean(s, "k_automatic", true);
            ConfigTrees.setInt(s, "k_min", 2);
            ConfigTrees.setInt(s, "k_max", 8);
        });
    }

    static NodeSettings recommender() throws Exception {
        return CustSegNodes.modelSettings(CustSegNodes.RECOMMENDER,
            s -> ConfigTrees.setString(s, "customer_id_column", "Sl_No"));
    }

    static NodeSettings migration() throws Exception {
        return CustSegNodes.modelSettings(CustSegNodes.MIGRATION,
            s -> ConfigTrees.setString(s, "customer_id_column", "Sl_No"));
    }

    static NodeSettings lift() throws Exception {
        return CustSegNodes.modelSettings(CustSegNodes.LIFT, s -> {
            ConfigTrees.setString(s, "customer_id_column", "Sl_No");
            ConfigTrees.setString(s, "outcome_id_column", "Sl_No");
            ConfigTrees.setString(s, "value_column", "Revenue");
        });
    }

    private static NodeSpec reader(final int id, final String url, final String variable, final String note,
        final int x, final int y) {
        final NodeSpec n = new NodeSpec(id, KnimeNodes.NAMES.get(KnimeNodes.CSV_READER), KnimeNodes.CSV_READER,
            KnimeNodes.KNIME_BASE, KnimeNodes.csvReader(url, false), Map.of(), note, x, y, 1);
        return variable == null ? n : n.withVariable(KnimeNodes.CSV_READER_PATH, variable);
    }

    private static NodeSpec writer(final int id, final String url, final String variable, final String note,
        final int x, final int y) {
        return new NodeSpec(id, KnimeNodes.NAMES.get(KnimeNodes.CSV_WRITER), KnimeNodes.CSV_WRITER,
            KnimeNodes.KNIME_BASE, KnimeNodes.csvWriter(url), Map.of(), note, x, y, 0)
                .withVariable(KnimeNodes.CSV_WRITER_PATH, variable);
    }

    /** @return the template, its example data computed by running its nodes on the generated month */
    static WorkflowSpec spec() throws Exception {
        final Path sample = Repository.sampleData();
        final String current = currentMonth(sample);
        final Path tmp = Files.createTempFile("custseg-month", ".csv");
        final BufferedDataTable cur;
        try {
            Files.writeString(tmp, current, StandardCharsets.UTF_8);
            cur = SampleData.readIntegers(tmp, NodeModelHarness.newExecutionContext());
        } finally {
            Files.deleteIfExists(tmp);
        }
        final BufferedDataTable prev = SampleData.readIntegers(sample, NodeModelHarness.newExecutionContext());
        final NodeSettings kmeans = kMeans();
        final NodeSettings assigner = CustSegNodes.modelSettings(CustSegNodes.ASSIGNER, s -> { });
        final PortObject[] trained = CustSegNodes.run(CustSegNodes.KMEANS, kmeans, prev);
        final BufferedDataTable scored =
            (BufferedDataTable)CustSegNodes.run(CustSegNodes.ASSIGNER, assigner, trained[3], cur)[0];
        final PortObject[] profile =
            CustSegNodes.run(CustSegNodes.PROFILER, Workflows.profilerSettings(), scored, null);
        final PortObject[] recs = CustSegNodes.run(CustSegNodes.RECOMMENDER, recommender(), profile[0], null, scored,
            profile[1]);
        final String outcomes = outcomes((BufferedDataTable)recs[1]);

        final List<NodeSpec> nodes = new ArrayList<>();
        nodes.add(reader(1, PREVIOUS_URL, "previous_file", "1. Last month's customers\nThe customers as they were"
            + " last month (here: the sample data). Variable previous_file.", 60, 100));
        nodes.add(reader(2, "knime://knime.workflow/" + CURRENT, "input_file", "2. This month's customers\nThe same"
            + " customers now (generated example: some gone, some new, some changed). Variable input_file.", 60, 300));
        nodes.add(CustSegNodes.node(3, CustSegNodes.KMEANS, kmeans, 280, 100).withVariable("k_min", "k_min")
            .withVariable("k_max", "k_max").withAnnotation("3. The segmentation model\nFound on last month's"
                + " customers (in a real monthly run: read the saved model instead). Its stability output tells"
                + " which segments are real."));
        nodes.add(CustSegNodes.node(4, CustSegNodes.ASSIGNER, assigner, 280, 300).withAnnotation("4. Score this"
            + " month\nPuts this month's customers into last month's segments with the same model (same"
            + " fingerprint)."));
        nodes.add(reader(5, "knime://knime.workflow/" + MOVES, null, "5. Named moves\nWhich moves deserve a name,"
            + " e.g. leaving the premium segment = at risk.", 280, 480));
        nodes.add(CustSegNodes.node(6, CustSegNodes.MIGRATION, migration(), 500, 200).withAnnotation("6. Who moved?"
            + "\nTransition matrix between the months and every customer who moved, is new or is gone."));
        nodes.add(CustSegNodes.node(7, CustSegNodes.PROFILER, Workflows.profilerSettings(), 500, 380)
            .withAnnotation("7. Describe this month's segments\nEvery segment against all customers."));
        nodes.add(CustSegNodes.node(RECOMMENDER_ID, CustSegNodes.RECOMMENDER, recommender(), 720, 380)
            .withAnnotation("8. Actions with a holdout\nEach customer's action; 10% of each segment and action"
                + " are held out as a control group (Holdout 1), the same customers every month."));
        nodes.add(reader(9, "knime://knime.workflow/" + OUTCOMES, "outcomes_file", "9. Campaign outcomes\nWho"
            + " responded and the revenue (generated example). Variable outcomes_file.", 720, 560));
        nodes.add(CustSegNodes.node(10, CustSegNodes.LIFT, lift(), 940, 460).withAnnotation("10. Did it work?\nPer"
            + " segment and action: response of treated against held-out customers, lift, 95% interval,"
            + " significance."));
        nodes.add(writer(11, MOVERS_URL, "movers_file", "11. Save the movers\nEvery customer who moved, is new or is"
            + " gone, to movers_file.", 720, 120));
        nodes.add(writer(12, MATRIX_URL, "migration_file", "12. Save the transition matrix\nCustomers and shares"
            + " from each segment to each segment, to migration_file.", 720, 240));
        nodes.add(writer(13, LIFT_URL, "lift_file", "13. Save the lift\nThe campaign read-out, to lift_file.", 1160,
            460));
        final List<WorkflowSpec.Connection> conns = List.of(new WorkflowSpec.Connection(1, 1, 3, 1),
            new WorkflowSpec.Connection(3, CustSegNodes.OUT_MODEL, 4, 1), new WorkflowSpec.Connection(2, 1, 4, 2),
            new WorkflowSpec.Connection(3, CustSegNodes.OUT_SEGMENTED, 6, 1), new WorkflowSpec.Connection(4, 1, 6, 2),
            new WorkflowSpec.Connection(5, 1, 6, 3), new WorkflowSpec.Connection(4, 1, 7, 1),
            new WorkflowSpec.Connection(7, CustSegNodes.PROFILER_OUT_PROFILE, RECOMMENDER_ID,
                CustSegNodes.RECOMMENDER_IN_PROFILE),
            new WorkflowSpec.Connection(4, 1, RECOMMENDER_ID, 3),
            new WorkflowSpec.Connection(7, CustSegNodes.PROFILER_OUT_SUMMARY, RECOMMENDER_ID,
                CustSegNodes.RECOMMENDER_IN_SUMMARY),
            new WorkflowSpec.Connection(RECOMMENDER_ID, 2, 10, 1), new WorkflowSpec.Connection(9, 1, 10, 2),
            new WorkflowSpec.Connection(6, 2, 11, 1), new WorkflowSpec.Connection(6, 1, 12, 1),
            new WorkflowSpec.Connection(10, 1, 13, 1));
        final List<WorkflowSpec.Variable> vars = List.of(
            new WorkflowSpec.Variable("input_file", "STRING", "knime://knime.workflow/" + CURRENT),
            new WorkflowSpec.Variable("previous_file", "STRING", PREVIOUS_URL),
            new WorkflowSpec.Variable("outcomes_file", "STRING", "knime://knime.workflow/" + OUTCOMES),
            new WorkflowSpec.Variable("k_min", "INTEGER", "2"), new WorkflowSpec.Variable("k_max", "INTEGER", "8"),
            new WorkflowSpec.Variable("movers_file", "STRING", MOVERS_URL),
            new WorkflowSpec.Variable("migration_file", "STRING", MATRIX_URL),
            new WorkflowSpec.Variable("lift_file", "STRING", LIFT_URL));
        final List<WorkflowSpec.Annotation> notes = List.of(new WorkflowSpec.Annotation(
            "Monthly segment run with migration and lift\n\nRun: Shift+F7. Scores this month's customers with the"
                + " segmentation of last month, shows who moved between the months (movers, transition matrix),"
                + " recommends actions with a seeded 10% holdout per segment and action, and reads out the last"
                + " campaign against its holdout. Results go to ../output/ (monthly-movers.csv,"
                + " monthly-migration-matrix.csv, campaign-lift.csv).\n\nThe data in ../data/monthly-*.csv is a"
                + " generated example:"
                + " this month = the sample with 25 customers gone, 20 new and every 15th customer behaving like"
                + " another; outcomes drawn with 14% response when treated and 6% when held out.",
            40, 680, 900, 160));
        final Map<String, String> files = new LinkedHashMap<>();
        files.put(CURRENT, current);
        files.put(OUTCOMES, outcomes);
        files.put(MOVES, "Name,From,To\nat risk,Segment 3,*\nnew to Segment 3,*,Segment 3\n");
        return new WorkflowSpec(NAME, nodes, conns, vars, notes, files);
    }
}
