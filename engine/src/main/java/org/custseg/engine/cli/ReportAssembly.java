package org.custseg.engine.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custseg.engine.CanceledException;
import org.custseg.engine.chart.Chart;
import org.custseg.engine.chart.DendrogramPlot;
import org.custseg.engine.chart.DiagnosticPlots;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.hierarchical.FastLinkage;
import org.custseg.engine.export.PmmlExport;
import org.custseg.engine.export.SqlExport;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.profile.NominalProfileRow;
import org.custseg.engine.profile.NumericProfileRow;
import org.custseg.engine.profile.SegmentProfile;
import org.custseg.engine.profile.SegmentSummary;
import org.custseg.engine.recommend.Recommendation;
import org.custseg.engine.report.DiagnosticCharts;
import org.custseg.engine.report.HtmlReport;
import org.custseg.engine.report.ProfileReportParts;
import org.custseg.engine.report.ReportInput;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.KCriterion;
import org.custseg.engine.segment.KSelectionRow;
import org.custseg.engine.segment.KSelectionTable;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;
import org.custseg.engine.prep.PreparationReport;
import org.custseg.engine.segment.QualityVerdict;
import org.custseg.engine.segment.Algorithms;
import org.custseg.engine.segment.Segmentation;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.engine.segment.SegmentationResult;
import org.custseg.engine.stability.StabilityResult;

/**
 * Assembles the HTML report's input ({@link ReportInput}: facts, diagnostics, notes) from a run's outcome; the CSV
 * files are written by {@link OutputWriter}.
 */
final class ReportAssembly {

    private ReportAssembly() {
    }

    /** Fills the report's input from the outcome. */
    static ReportInput reportInput(final SegmentJob.Outcome o) {
        return reportInput(o, true);
    }

    /**
     * Fills the report's input from the outcome.
     *
     * @param withDiagnostics {@code false} to leave out the diagnostic charts (silhouette plot, PCA scatter,
     *            dendrogram), e.g. for a scoring run's report, which does not show them
     */
    static ReportInput reportInput(final SegmentJob.Outcome o, final boolean withDiagnostics) {
        final SegmentationResult r = o.result();
        final SegmentationConfig c = o.config();
        final SegmentationModel model = r.model();
        // the report's charts and tables are numeric; nominal features (Gower k-medoids) are in the categories
        final List<String> features = new ArrayList<>(model.featureNames());
        features.removeIf(name -> o.input().features().isNominal(o.input().features().columnNames().indexOf(name)));
        final int k = r.k();

        final List<String> segmentNames = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            segmentNames.add(r.segmentName(s));
        }
        final ProfileReportParts parts = ProfileReportParts.of(o.profile(), segmentNames, features);
        // the diagnostics first: their scaled copy of the rows is garbage before the columns below are copied
        // (at a million rows each is some 140 MB); the report input is built once (each with...() copies the columns)
        final List<ReportInput.Diagnostic> diagnostics = withDiagnostics ? diagnostics(o, segmentNames) : List.of();

        final ReportInput.KSelection ks = r.kSelection().isEmpty() ? null : kSelection(r, c);

        final List<ReportInput.Action> actions = new ArrayList<>();
        for (final Recommendation rec : o.recommendations().rows()) {
            final int s = OutputWriter.indexOf(r, rec.segment());
            if (s < 0) {
                continue;
            }
            actions.add(new ReportInput.Action(s, rec.matched() ? rec.ruleId() : "", rec.action(), rec.team(),
                rec.channel(), rec.priority(), rec.kpi(), rec.rationale()));
        }

        final List<ReportInput.Fact> facts = facts(o, features);
        // the columns are made here for the report alone: handed over, not copied again
        return ReportInput.adopting("Customer segmentation report", o.input().source().getFileName().toString(),
            r.rows(), facts, parts.segments(), parts.attributes(), parts.standardizedMeans(), parts.segmentMeans(),
            parts.populationMeans(), columnValues(o.input().features(), features), r.labels(), ks, actions, notes(o),
            SegmentationModel.ENGINE_VERSION + " · run " + runDate() + " · technical settings, for reproducing the"
                + " run: " + c.describe() + " · Weka options: " + r.wekaOptions(),
            o.stability() == null ? null : ReportInput.Stability.of(o.stability()), diagnostics);
    }

    /** @return per feature its values in input row order */
    private static double[][] columnValues(final FeatureMatrix f, final List<String> features) {
        final int[] col = new int[features.size()];
        for (int a = 0; a < col.length; a++) {
            col[a] = f.columnNames().indexOf(features.get(a));
        }
        final double[][] values = new double[col.length][f.rows()];
        for (int row = 0; row < f.rows(); row++) { // row by row: the matrix holds rows
            for (int a = 0; a < col.length; a++) {
                values[a][row] = f.value(row, col[a]);
            }
        }
        return values;
    }

    /** @return the k-selection chart and table of an automatic-k run ({@link KSelectionTable} formats it) */
    private static ReportInput.KSelection kSelection(final SegmentationResult r, final SegmentationConfig c) {
        final List<KSelectionRow> rows = r.kSelection();
        final int[] kk = new int[rows.size()];
        final double[] v = new double[rows.size()];
        final List<List<String>> table = new ArrayList<>();
        final boolean em = Algorithms.of(c.algorithm()).hasLikelihood();
        int chosen = r.k();
        for (int i = 0; i < rows.size(); i++) {
            final KSelectionRow row = rows.get(i);
            kk[i] = row.k();
            v[i] = KSelectionTable.criterionValue(row, c.criterion());
            if (row.chosen()) {
                chosen = row.k();
            }
            table.add(KSelectionTable.cells(row, em));
        }
        return new ReportInput.KSelection(KSelectionTable.criterionLabel(c.criterion()), kk, v, chosen,
            KSelectionTable.header(em), table);
    }

    /** @return the report's facts about the run */
    private static List<ReportInput.Fact> facts(final SegmentJob.Outcome o, final List<String> features) {
        final SegmentationResult r = o.result();
        final SegmentationConfig c = o.config();
        final int k = r.k();
        final List<ReportInput.Fact> facts = new ArrayList<>();
        facts.add(new ReportInput.Fact("Algorithm", OutputWriter.describeAlgorithm(c)));
        facts.add(new ReportInput.Fact("Segments", c.automaticK()
            ? k + " (chosen by " + c.criterion().name().toLowerCase().replace('_', '-') + " over k = " + c.kMin()
                + ".." + c.kMax() + ")"
            : k + " (fixed)"));
        final QualityVerdict verdict = QualityVerdict.of(r, c);
        facts.add(new ReportInput.Fact("Quality", verdict.text().substring("Quality: ".length())));
        facts.add(new ReportInput.Fact("Customers segmented", r.rows() - r.preparation().droppedRows() + " of "
            + r.rows()));
        facts.add(new ReportInput.Fact("Features", String.join(", ", features)));
        facts.add(new ReportInput.Fact("Scaling", OutputWriter.scalingWords(c.scaling())));
        facts.add(new ReportInput.Fact("Missing values", OutputWriter.missingWords(c.missing())));
        facts.add(new ReportInput.Fact("Seed", Long.toString(c.seed())));
        if (r.memberships() == null) {
            facts.add(new ReportInput.Fact("Distance (assignments.csv)", "Euclidean distance to the segment centre"
                + " in scaled units: " + OutputWriter.scalingWords(c.scaling())
                + (c.scaling() == Scaling.ZSCORE ? ", i.e. in standard deviations" : "")));
        }
        facts.add(new ReportInput.Fact("Run", runDate()));

        if (o.stability() != null) {
            facts.add(new ReportInput.Fact("Stability", n2(o.stability().overall()) + " mean Jaccard over "
                + o.stability().resamples() + " resamples (" + o.stability().overallVerdict().words() + ")"));
        }
        return facts;
    }

    /** The clock the run date is read from; tests fix it so that two runs give byte-identical reports. */
    static volatile Clock clock = Clock.systemUTC();

    /**
     * The run's date and time in UTC, minutes precision; the environment variable {@code SOURCE_DATE_EPOCH}
     * (seconds since 1970, the reproducible-builds convention) replaces the clock, so a report can be reproduced
     * byte for byte.
     */
    static String runDate() {
        Instant t = clock.instant();
        final String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            t = Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC).format(t);
    }

    /**
     * The silhouette plot and the PCA scatter of the segmented rows in the model's scaled space (numeric features
     * only: none for a Gower model with text columns, whose distances are not Euclidean).
     */
    static List<ReportInput.Diagnostic> diagnostics(final SegmentJob.Outcome o, final List<String> names) {
        final SegmentationResult r = o.result();
        final SegmentationModel model = r.model();
        if (model.nominalLevels() != null) {
            return List.of();
        }
        final ScaledRows scaled = scaledSegmentedRows(o.input().features(), model, r.labels());
        final double[][] x = scaled.x();
        final int[] lab = scaled.labels();
        final List<ReportInput.Diagnostic> out = new ArrayList<>();
        final long seed = o.config().seed();
        if (x.length > r.k()) {
            final boolean sampled = x.length > DiagnosticPlots.SILHOUETTE_MAX_ROWS;
            out.add(new ReportInput.Diagnostic("silhouette", "Silhouette plot",
                "One bar per customer" + (sampled ? " of a seeded sample of " + DiagnosticPlots.SILHOUETTE_MAX_ROWS
                    : "") + ": how much closer the customer is to their own segment than to the next one (1 = clearly"
                    + " placed, 0 = on the border, below 0 = closer to another segment), sorted within each segment."
                    + " Euclidean distance in the scaled columns.",
                image(DiagnosticPlots.silhouette(x, lab, names, seed)),
                "Silhouette plot, one bar per customer, grouped by segment"));
        }
        if (x[0].length >= 2) {
            out.add(new ReportInput.Diagnostic("pca", "Segments on the first two principal components",
                "Every customer projected onto the two directions in which the scaled columns vary most, coloured by"
                    + " segment; the circled points are the segment centres (means). Overlap here does not always"
                    + " mean overlap in all columns.",
                image(DiagnosticPlots.pcaScatter(x, lab, names, seed)),
                "Scatter plot of the customers on the first two principal components, coloured by segment"));
        }
        if (o.config().algorithm() == Algorithm.HIERARCHICAL && x.length > 1
            && o.config().linkage().fastEngineSupports()) {
            out.add(dendrogram(o, x, lab, names, seed));
        }
        return out;
    }

    /** The segmented rows (label at least 0) in the model's scaled space, and their labels. */
    private record ScaledRows(double[][] x, int[] labels) {
    }

    /**
     * @param f the input's features
     * @param model the model (its features and preprocessing)
     * @param labels segment per input row, negative for rows not segmented
     * @return the segmented rows, blanks filled and scaled as the model does, with their labels
     */
    private static ScaledRows scaledSegmentedRows(final FeatureMatrix f, final SegmentationModel model,
        final int[] labels) {
        final List<String> features = model.featureNames();
        final int[] col = new int[features.size()];
        for (int a = 0; a < col.length; a++) {
            col[a] = f.columnNames().indexOf(features.get(a));
        }
        int n = 0;
        for (final int l : labels) {
            n += l < 0 ? 0 : 1;
        }
        final double[][] rows = new double[n][];
        final int[] seg = new int[n];
        for (int i = 0, j = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                continue;
            }
            final double[] x = new double[col.length];
            for (int a = 0; a < col.length; a++) {
                double v = f.value(i, col[a]);
                if (Double.isNaN(v)) {
                    v = model.preprocessing().fillValue(a);
                }
                x[a] = model.preprocessing().scale(a, v);
            }
            rows[j] = x;
            seg[j++] = labels[i];
        }
        return new ScaledRows(rows, seg);
    }

    /** The dendrogram diagnostic of a hierarchical run (the tree built again on the scaled rows). */
    private static ReportInput.Diagnostic dendrogram(final SegmentJob.Outcome o, final double[][] x,
        final int[] lab, final List<String> names, final long seed) {
        try {
            return new ReportInput.Diagnostic("dendrogram", "Dendrogram",
                "The top levels of the merge tree: each leaf is a cluster of customers (its number of rows below"
                    + " it, its colour the segment most of them belong to); the dashed line is the cut into "
                    + o.result().k() + " segments. Merges above the line join segments.",
                image(DendrogramPlot.of(x, lab, names, FastLinkage.valueOf(o.config().linkage().name()), seed)),
                "Dendrogram of the top levels of the hierarchical clustering with the cut at k");
        } catch (final CanceledException e) {
            throw new IllegalStateException("The dendrogram cannot be canceled: " + e.getMessage(), e);
        }
    }

    private static DiagnosticCharts.Image image(final Chart chart) {
        return new DiagnosticCharts.Image(chart.png(), chart.width(), chart.height());
    }

    private static String n2(final double v) {
        return Double.isFinite(v) ? fmt(v, 2) : "n/a";
    }

    private static String fmt(final double v, final int decimals) {
        return Double.isFinite(v) ? new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString() : "";
    }

    /** Data-preparation and method notes shown in the report and (partly) on stdout. */
    static List<String> notes(final SegmentJob.Outcome o) {
        final List<String> notes = new ArrayList<>();
        final InputData in = o.input();
        notes.add("Input: " + in.source().getFileName() + ", " + in.features().rows() + " rows; identifier column: "
            + in.idColumnDescription() + ".");
        notes.add("Columns used (" + in.usedColumns().size() + "): " + String.join(", ", in.usedColumns()) + ".");
        for (final Map.Entry<String, String> e : in.skippedColumns().entrySet()) {
            notes.add("Column skipped: " + e.getKey() + " (" + e.getValue() + ").");
        }
        final PreparationReport p = o.result().preparation();
        for (final String col : p.droppedConstantColumns()) {
            notes.add("Column dropped: " + col + " (constant: the same value in every row).");
        }
        if (p.droppedRows() > 0) {
            notes.add(p.droppedRows() + " of " + o.result().rows() + " customers have missing values and were left"
                + " out: they are unassigned (empty segment in assignments.csv) and are neither profiled nor"
                + " recommended on; shares are of the " + (o.result().rows() - p.droppedRows())
                + " segmented customers.");
        }
        for (final Map.Entry<String, Integer> e : p.imputedCounts().entrySet()) {
            if (e.getValue() > 0) {
                notes.add(e.getValue() + " missing values in " + e.getKey() + " were replaced by the column "
                    + (o.config().missing() == MissingPolicy.IMPUTE_MEAN ? "mean" : "median")
                    + " to assign segments; every mean shown counts observed values only.");
            }
        }
        notes.addAll(p.otherWarnings());
        notes.add("Segment means (segments.csv, profile.csv, this report) are means of the observed values of the"
            + " segment's customers; missing values are not counted, imputed or not.");
        notes.add("Profile: each segment against the rest of the customers; effect = Cohen's d with pooled standard"
            + " deviation; p-values from " + (o.profile().config().test().name().startsWith("WELCH")
                ? "Welch's t-test" : "the Mann-Whitney U test")
            + " against the rest, Benjamini-Hochberg adjusted across all segment x attribute pairs; levels (very"
            + " low .. very high) from d.");
        notes.add("Recommendations: " + (o.options().playbook() == null ? "built-in credit-card banking playbook"
            : (o.options().playbookExtends() ? "built-in playbook extended by " : "playbook ")
                + o.options().playbook().getFileName()) + ".");
        notes.addAll(o.notes());
        for (final String w : o.warnings()) {
            notes.add("Warning: " + w);
        }
        return notes;
    }
}
