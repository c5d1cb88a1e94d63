package org.custseg.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.data.CsvTable;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.model.Assignment;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;
import org.custseg.engine.segment.Segmentation;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.segment.SegmentationConfig;
import org.jpmml.evaluator.Evaluator;
import org.jpmml.evaluator.EvaluatorUtil;
import org.jpmml.evaluator.LoadingModelEvaluatorBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The exported PMML, scored by an independent evaluator (JPMML-Evaluator, test scope only), and the exported SQL, run
 * in an embedded database (H2 through JDBC, test scope only), give our assigner's segment for every row: on the sample
 * data, on data with missing values (imputed, and left unassigned under "fail"), and on random bank-like data.
 * A difference is allowed only for a row whose two nearest centres are equally near to 1e-9 (relative) in our own
 * arithmetic; such rows are counted and printed, and on these data sets there are none that differ.
 */
class ScoringAgreementTest {

    private static final List<String> BEHAVIOURAL = List.of("Avg_Credit_Limit", "Total_Credit_Cards",
        "Total_visits_bank", "Total_visits_online", "Total_calls_made");

    static Path sample() {
        return org.custseg.engine.SampleFixture.file();
    }

    static FeatureMatrix sampleData() throws SegmentationException {
        return CsvTable.read(sample()).selectFeatures(BEHAVIOURAL, "Sl_No").features();
    }

    /** The sample with about 8% of the cells blanked (seeded). */
    static FeatureMatrix withBlanks(final FeatureMatrix m, final long seed) {
        final Random rnd = new Random(seed);
        final double[][] v = new double[m.rows()][];
        for (int r = 0; r < m.rows(); r++) {
            v[r] = m.row(r);
            for (int c = 0; c < v[r].length; c++) {
                if (rnd.nextDouble() < 0.08) {
                    v[r][c] = Double.NaN;
                }
            }
        }
        return new FeatureMatrix(m.columnNames(), m.rowIds(), v);
    }

    /**
     * Bank-like random data: log-normal amounts (skewed, some exact duplicates), [0,1] frequencies, counts, about 5%
     * blanks and some duplicated rows.
     */
    static FeatureMatrix bankLike(final int n, final long seed) {
        final Random rnd = new Random(seed);
        final List<String> cols = List.of("BALANCE", "PURCHASES", "PURCHASES_FREQUENCY", "CASH_ADVANCE",
            "TENURE", "CREDIT_LIMIT");
        final double[][] v = new double[n][];
        final List<String> ids = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            ids.add("C" + r);
            if (r > 10 && rnd.nextDouble() < 0.03) {
                v[r] = v[rnd.nextInt(r)].clone(); // duplicate customer rows
                continue;
            }
            final int g = rnd.nextInt(3);
            v[r] = new double[] {Math.round(Math.exp(6 + g + rnd.nextGaussian()) * 100) / 100.0,
                rnd.nextDouble() < 0.2 ? 0 : Math.round(Math.exp(5 + 0.7 * g + 1.2 * rnd.nextGaussian())),
                Math.min(1, Math.max(0, 0.3 * g + 0.25 * rnd.nextDouble())),
                rnd.nextDouble() < 0.5 ? 0 : Math.exp(4 + rnd.nextGaussian() * 2),
                6 + rnd.nextInt(7), 1000 * (1 + rnd.nextInt(20 + 10 * g))};
            for (int c = 0; c < v[r].length; c++) {
                if (rnd.nextDouble() < 0.05) {
                    v[r][c] = Double.NaN;
                }
            }
        }
        return new FeatureMatrix(cols, ids, v);
    }

    static SegmentationModel fit(final FeatureMatrix data, final SegmentationConfig.Builder b) throws Exception {
        return Segmentation.run(data, b.build(), ProgressListener.NONE).model();
    }

    /** Agreement counts of one model on one data set. */
    record Agreement(int rows, int unassigned, int nearTies, int pmmlDiffers, int sqlDiffers, int differsOutsideTies) {
    }

    static Agreement check(final String what, final SegmentationModel model, final FeatureMatrix data)
        throws Exception {
        final Assignment ours = model.assign(data, ProgressListener.NONE);
        final int[] labels = ours.labels();
        final boolean[] nearTie = nearTies(model, data, labels);
        final String[] pmml = scorePmml(model, data);
        final String[] sql = scoreSql(model, data);
        int unassigned = 0;
        int ties = 0;
        int pmmlDiff = 0;
        int sqlDiff = 0;
        int hard = 0;
        for (int r = 0; r < labels.length; r++) {
            final String expected = labels[r] < 0 ? null : model.segmentNames().get(labels[r]);
            unassigned += labels[r] < 0 ? 1 : 0;
            ties += nearTie[r] ? 1 : 0;
            final boolean p = !java.util.Objects.equals(expected, pmml[r]);
            final boolean s = !java.util.Objects.equals(expected, sql[r]);
            pmmlDiff += p ? 1 : 0;
            sqlDiff += s ? 1 : 0;
            if ((p || s) && !nearTie[r]) {
                hard++;
                if (hard <= 5) {
                    System.out.println(what + ": row " + (r + 1) + " ours " + expected + ", PMML " + pmml[r] + ", SQL "
                        + sql[r]);
                }
            }
        }
        final Agreement a = new Agreement(labels.length, unassigned, ties, pmmlDiff, sqlDiff, hard);
        System.out.println("[scoring agreement] " + what + ": " + a);
        return a;
    }

    /** Rows whose two nearest centres are equally near within 1e-9 (relative), in our arithmetic. */
    static boolean[] nearTies(final SegmentationModel model, final FeatureMatrix data, final int[] labels) {
        final boolean centreBased = model.algorithm() == Algorithm.KMEANS || model.algorithm() == Algorithm.KMEDOIDS;
        final double[][] centres = centreBased ? model.kMeansCenters() : model.centroidsScaled();
        final boolean manhattan = centreBased && model.distance() == Distance.MANHATTAN;
        final boolean[] out = new boolean[labels.length];
        final int d = model.featureNames().size();
        for (int r = 0; r < labels.length; r++) {
            if (labels[r] < 0) {
                continue;
            }
            final double[] x = new double[d];
            for (int c = 0; c < d; c++) {
                double v = data.value(r, data.columnNames().indexOf(model.featureNames().get(c)));
                if (Double.isNaN(v)) {
                    v = model.preprocessing().fillValue(c);
                }
                x[c] = model.preprocessing().scale(c, v);
            }
            double best = Double.POSITIVE_INFINITY;
            double second = Double.POSITIVE_INFINITY;
            for (final double[] c : centres) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += manhattan ? Math.abs(c[j] - x[j]) : (c[j] - x[j]) * (c[j] - x[j]);
                }
                if (s < best) {
                    second = best;
                    best = s;
                } else if (s < second) {
                    second = s;
                }
            }
            out[r] = second - best <= 1e-9 * Math.max(1, best);
        }
        return out;
    }

    /** JPMML's segment name per row; {@code null} when JPMML returns no segment or declares the input invalid. */
    static String[] scorePmml(final SegmentationModel model, final FeatureMatrix data) throws Exception {
        final String pmml = PmmlExport.toPmml(model, "test");
        final Evaluator ev = new LoadingModelEvaluatorBuilder()
            .load(new ByteArrayInputStream(pmml.getBytes(StandardCharsets.UTF_8))).build();
        ev.verify();
        final String[] out = new String[data.rows()];
        for (int r = 0; r < data.rows(); r++) {
            final Map<org.dmg.pmml.FieldName, Object> args = new LinkedHashMap<>();
            for (final String f : model.featureNames()) {
                final double v = data.value(r, data.columnNames().indexOf(f));
                args.put(org.dmg.pmml.FieldName.create(f), Double.isNaN(v) ? null : v);
            }
            try {
                final Map<String, ?> result = EvaluatorUtil.decodeAll(ev.evaluate(args));
                final Object seg = result.get("segment");
                out[r] = seg == null ? null : seg.toString();
                assertEquals(out[r] == null ? null : Integer.toString(model.segmentNames().indexOf(out[r]) + 1),
                    result.get("segment_id") == null ? null : result.get("segment_id").toString(), "segment_id");
            } catch (final org.jpmml.evaluator.EvaluationException e) {
                out[r] = null; // returnInvalid: the row cannot be scored, as our unassigned row
            }
        }
        return out;
    }

    /** The exported SQL run in an in-memory H2 database on a table holding the rows; segment per row. */
    static String[] scoreSql(final SegmentationModel model, final FeatureMatrix data) throws Exception {
        final String[] out = new String[data.rows()];
        try (Connection con = DriverManager.getConnection("jdbc:h2:mem:", "sa", "")) {
            final StringBuilder create = new StringBuilder("CREATE TABLE \"customers\" (\"row_no\" INTEGER");
            for (final String c : data.columnNames()) {
                create.append(", ").append(SqlExport.id(c)).append(" DOUBLE PRECISION");
            }
            try (Statement st = con.createStatement()) {
                st.execute(create.append(')').toString());
            }
            final StringBuilder ins = new StringBuilder("INSERT INTO \"customers\" VALUES (?");
            ins.append(", ?".repeat(data.columns())).append(')');
            try (PreparedStatement ps = con.prepareStatement(ins.toString())) {
                for (int r = 0; r < data.rows(); r++) {
                    ps.setInt(1, r);
                    for (int c = 0; c < data.columns(); c++) {
                        final double v = data.value(r, c);
                        if (Double.isNaN(v)) {
                            ps.setNull(c + 2, Types.DOUBLE);
                        } else {
                            ps.setDouble(c + 2, v);
                        }
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            final String query = SqlExport.select(model, "\"customers\"", List.of("row_no"));
            final Map<Integer, String> byRow = new HashMap<>();
            try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery(query)) {
                assertEquals(2, rs.getMetaData().getColumnCount(), "row_no and segment");
                while (rs.next()) {
                    byRow.put(rs.getInt(1), rs.getString("segment"));
                }
            }
            assertEquals(data.rows(), byRow.size(), "every row comes back");
            for (int r = 0; r < data.rows(); r++) {
                out[r] = byRow.get(r);
            }
        }
        return out;
    }

    static void assertAgrees(final Agreement a) {
        assertEquals(0, a.differsOutsideTies(), "rows scored differently that are not near-ties: " + a);
    }

    @Test
    void kMeansOnTheSampleData() throws Exception {
        final Agreement a = check("k-means k=3, sample", fit(sampleData(), SegmentationConfig.builder(Algorithm.KMEANS)
            .k(3)), sampleData());
        assertAgrees(a);
        assertEquals(0, a.pmmlDiffers());
        assertEquals(0, a.sqlDiffers());
        assertEquals(660, a.rows());
    }

    @Test
    void kMeansMinMaxAndAutomaticKOnTheSampleData() throws Exception {
        final FeatureMatrix m = sampleData();
        assertAgrees(check("k-means auto k, min-max, sample", fit(m, SegmentationConfig.builder(Algorithm.KMEANS)
            .kMin(2).kMax(6).scaling(Scaling.MINMAX)), m));
    }

    @Test
    void manhattanKMeansAndUnscaledModels() throws Exception {
        final FeatureMatrix m = sampleData();
        assertAgrees(check("k-means Manhattan k=4, sample", fit(m, SegmentationConfig.builder(Algorithm.KMEANS).k(4)
            .distance(Distance.MANHATTAN).engine(HierarchicalEngine.WEKA)), m)); // fast k-means is Euclidean only
        assertAgrees(check("k-means k=3, no scaling, sample", fit(m, SegmentationConfig.builder(Algorithm.KMEANS).k(3)
            .scaling(Scaling.NONE)), m));
    }

    @Test
    void hierarchicalOnTheSampleData() throws Exception {
        final FeatureMatrix m = sampleData();
        final Agreement a = check("hierarchical ward k=3, sample",
            fit(m, SegmentationConfig.builder(Algorithm.HIERARCHICAL).k(3)), m);
        assertAgrees(a);
        assertEquals(0, a.pmmlDiffers());
        assertAgrees(check("hierarchical average k=4, sample", fit(m, SegmentationConfig.builder(
            Algorithm.HIERARCHICAL).k(4).linkage(org.custseg.engine.config.Linkage.AVERAGE)), m));
    }

    @Test
    void missingValuesImputedByTheModel() throws Exception {
        final FeatureMatrix blanks = withBlanks(sampleData(), 7);
        for (final MissingPolicy p : List.of(MissingPolicy.IMPUTE_MEAN, MissingPolicy.IMPUTE_MEDIAN)) {
            final SegmentationModel model = fit(blanks, SegmentationConfig.builder(Algorithm.KMEANS).k(3).missing(p));
            final Agreement a = check("k-means k=3, " + p + ", sample with blanks", model, blanks);
            assertAgrees(a);
            assertEquals(0, a.unassigned());
        }
    }

    @Test
    void missingValuesUnderFailOrDropLeaveTheRowUnassignedEverywhere() throws Exception {
        final FeatureMatrix blanks = withBlanks(sampleData(), 11);
        final SegmentationModel model = fit(blanks, SegmentationConfig.builder(Algorithm.KMEANS).k(3)
            .missing(MissingPolicy.DROP_ROWS));
        final Agreement a = check("k-means k=3, DROP_ROWS, sample with blanks", model, blanks);
        assertAgrees(a);
        assertTrue(a.unassigned() > 100, "many rows have a blank: " + a);
        final SegmentationModel failModel = fit(sampleData(), SegmentationConfig.builder(Algorithm.KMEANS).k(3));
        assertEquals(MissingPolicy.FAIL, failModel.missingPolicy());
        assertAgrees(check("k-means k=3, FAIL model, sample with blanks", failModel, blanks));
    }

    @Test
    void randomBankLikeData() throws Exception {
        for (final long seed : new long[] {1, 2, 3}) {
            final FeatureMatrix train = bankLike(1500, seed);
            final FeatureMatrix score = bankLike(2000, seed + 100);
            assertAgrees(check("k-means k=5 median, bank-like seed " + seed, fit(train, SegmentationConfig.builder(
                Algorithm.KMEANS).k(5).missing(MissingPolicy.IMPUTE_MEDIAN)), score));
            assertAgrees(check("hierarchical ward k=4 mean, bank-like seed " + seed, fit(train,
                SegmentationConfig.builder(Algorithm.HIERARCHICAL).k(4).missing(MissingPolicy.IMPUTE_MEAN)), score));
        }
        // uniform random points in a cube: no structure, many rows near borders
        final Random rnd = new Random(5);
        final double[][] v = new double[3000][3];
        final List<String> ids = new ArrayList<>();
        for (int r = 0; r < v.length; r++) {
            ids.add(Integer.toString(r));
            for (int c = 0; c < 3; c++) {
                v[r][c] = rnd.nextDouble() * 100;
            }
        }
        final FeatureMatrix cube = new FeatureMatrix(List.of("a", "b", "c"), ids, v);
        assertAgrees(check("k-means k=8, uniform cube", fit(cube, SegmentationConfig.builder(Algorithm.KMEANS).k(8)),
            cube));
    }

    @Test
    void kMedoidsExportsAsNearestMedoid() throws Exception {
        final FeatureMatrix m = sampleData();
        assertAgrees(check("k-medoids Euclidean k=3, sample", fit(m, SegmentationConfig.builder(Algorithm.KMEDOIDS)
            .k(3)), m));
        assertAgrees(check("k-medoids Manhattan k=4, sample", fit(m, SegmentationConfig.builder(Algorithm.KMEDOIDS)
            .k(4).distance(Distance.MANHATTAN)), m));
        // Gower (category comparison, training ranges) has no exported form: refused with the reason
        final SegmentationModel gower = fit(m, SegmentationConfig.builder(Algorithm.KMEDOIDS).k(3)
            .distance(Distance.GOWER));
        final SegmentationException e = assertThrows(SegmentationException.class, () -> PmmlExport.toPmml(gower, null));
        assertTrue(e.getMessage().contains("Gower"), e.getMessage());
        assertThrows(SegmentationException.class, () -> SqlExport.select(gower, "customers", null));
    }

    @Test
    void emIsRefusedWithAMessage() throws Exception {
        final SegmentationModel em = fit(sampleData(), SegmentationConfig.builder(Algorithm.EM).k(3));
        final Executable pmml = () -> PmmlExport.toPmml(em, null);
        final SegmentationException e = assertThrows(SegmentationException.class, pmml);
        assertTrue(e.getMessage().contains("EM models cannot be exported"), e.getMessage());
        final SegmentationException s = assertThrows(SegmentationException.class,
            () -> SqlExport.select(em, "customers", null));
        assertTrue(s.getMessage().contains("EM"), s.getMessage());
    }

    @Test
    void namesWithQuotesAndMarkupSurviveBothExports() throws Exception {
        final FeatureMatrix m = sampleData();
        final List<String> odd = List.of("Limit \"avg\" <EUR>", "Cards & co", "it's visits", "online;visits",
            "calls\tmade");
        final FeatureMatrix renamed = new FeatureMatrix(odd, m.rowIds(), rows(m));
        assertAgrees(check("k-means k=3, odd column names", fit(renamed, SegmentationConfig.builder(Algorithm.KMEANS)
            .k(3)), renamed));
    }

    private static double[][] rows(final FeatureMatrix m) {
        final double[][] v = new double[m.rows()][];
        for (int r = 0; r < m.rows(); r++) {
            v[r] = m.row(r);
        }
        return v;
    }
}
