package org.custseg.engine.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.export.PmmlExport;
import org.custseg.engine.export.SqlExport;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.profile.NominalProfileRow;
import org.custseg.engine.profile.NumericProfileRow;
import org.custseg.engine.profile.SegmentProfile;
import org.custseg.engine.profile.SegmentSummary;
import org.custseg.engine.recommend.Recommendation;
import org.custseg.engine.report.HtmlReport;
import org.custseg.engine.report.ProfileReportParts;
import org.custseg.engine.report.ReportInput;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.KCriterion;

import org.custseg.engine.segment.KSelectionRow;
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
 * Writes the files of one run into the output directory. CSV files follow {@link CsvOut} (RFC 4180, UTF-8, fixed
 * number formats), so the same input and options give byte-identical files.
 *
 * <table>
 * <caption>Files</caption>
 * <tr><td>assignments.csv</td><td>one row per input row: id, segment, persona, then {@code distance} (Euclidean
 * distance to the segment centre in scaled space) or, for EM, one {@code p_<segment>} probability column per
 * segment, then {@code model_fingerprint}; rows dropped by {@code --missing drop} have an empty segment</td></tr>
 * <tr><td>segments.csv</td><td>segment, persona, size, share of the segmented customers, then the mean of each
 * feature over the segment's observed values (the profile's mean; imputed values are not counted), then the
 * stability columns unless stability is off</td></tr>
 * <tr><td>k-selection.csv</td><td>k, silhouette, calinski_harabasz, davies_bouldin, sse, bic, chosen (header only
 * when k was fixed)</td></tr>
 * <tr><td>model.json</td><td>the segmentation model (plain versioned JSON) for assigning new customers</td></tr>
 * <tr><td>model.pmml, model.sql</td><td>k-means and hierarchical only: the model as PMML 4.4 and as one SQL
 * query on a table {@code customers} ({@link PmmlExport}, {@link SqlExport})</td></tr>
 * <tr><td>profile.csv</td><td>segment × attribute statistics, effect size, p-values, level</td></tr>
 * <tr><td>profile-categories.csv</td><td>only when text columns are profiled as categories: segment × attribute ×
 * category counts and shares, chi-square test, Cramér's V</td></tr>
 * <tr><td>segment-summary.csv</td><td>segment, persona, size, share, description, top attributes</td></tr>
 * <tr><td>recommendations.csv</td><td>segment × matching playbook rule with rationale</td></tr>
 * <tr><td>stability.csv</td><td>only when stability was assessed: per segment the mean and minimum Jaccard
 * similarity over the resamples, resamples compared, dissolved and recovered, verdict</td></tr>
 * <tr><td>report.html</td><td>the self-contained HTML report</td></tr>
 * </table>
 */
public final class OutputWriter {

    /** File names in the order they are written. */
    public static final List<String> FILES = List.of("assignments.csv", "segments.csv", "k-selection.csv",
        "model.json", "model.pmml", "model.sql", "profile.csv", "segment-summary.csv", "recommendations.csv", "report.html");

    private static final int DECIMALS = 6;

    /** The assignments column naming the model that assigned the row ({@code SegmentationModel#fingerprint()}). */
    public static final String MODEL_FINGERPRINT = "model_fingerprint";

    private OutputWriter() {
    }

    /**
     * What {@link #write} did.
     *
     * @param files the files written, in {@link #FILES} order
     * @param reportProblem {@code null}, or why report.html could not be rendered (the CSV files are complete)
     */
    public record Written(List<Path> files, String reportProblem) {
        /** Copies the list. */
        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * Writes every file of {@link #FILES} into {@code dir} (created when missing), replacing existing ones. A failure
     * to render the charts (e.g. a Java runtime without any font) does not lose the other files: it is returned in
     * {@link Written#reportProblem()}.
     *
     * @param o the run's outcome
     * @param dir the output directory
     * @param report {@code false} to skip the HTML report
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static Written write(final SegmentJob.Outcome o, final Path dir, final boolean report)
        throws IOException {
        Files.createDirectories(dir);
        final List<Path> written = new ArrayList<>();
        written.add(writeAssignments(o, dir.resolve("assignments.csv"), null, null));
        written.add(save(segments(o), dir.resolve("segments.csv")));
        written.add(save(kSelection(o.result()), dir.resolve("k-selection.csv")));
        final Path model = dir.resolve("model.json");
        Files.writeString(model, o.result().model().toJson(), StandardCharsets.UTF_8);
        written.add(model);
        // PMML and SQL for scoring elsewhere: centre-based models only (PmmlExport says why not for EM)
        final SegmentationModel m = o.result().model();
        if (PmmlExport.unsupportedReason(m) == null) {
            final Path pmml = dir.resolve("model.pmml");
            Files.writeString(pmml, exportPmml(o), StandardCharsets.UTF_8);
            written.add(pmml);
            final Path sql = dir.resolve("model.sql");
            Files.writeString(sql, exportSql(o), StandardCharsets.UTF_8);
            written.add(sql);
        } else {
            Files.deleteIfExists(dir.resolve("model.pmml"));
            Files.deleteIfExists(dir.resolve("model.sql"));
        }
        written.add(save(profile(o.profile()), dir.resolve("profile.csv")));
        if (!o.profile().nominalRows().isEmpty()) {
            written.add(save(profileCategories(o.profile()), dir.resolve("profile-categories.csv")));
        }
        written.add(save(summary(o), dir.resolve("segment-summary.csv")));
        written.add(save(recommendations(o), dir.resolve("recommendations.csv")));
        if (o.stability() != null) {
            written.add(save(stability(o), dir.resolve("stability.csv")));
        }
        String problem = null;
        if (report) {
            final Path html = dir.resolve("report.html");
            try {
                HtmlReport.write(ReportAssembly.reportInput(o), html);
                written.add(html);
            } catch (final IOException e) {
                throw e;
            } catch (final java.io.UncheckedIOException e) {
                throw e.getCause(); // e.g. a full disk while encoding a chart: a write failure, not missing fonts
            } catch (final RuntimeException | LinkageError | InternalError e) {
                // headless AWT without fonts or native libraries fails here, not in the statistics
                problem = "report.html could not be rendered (" + e + "); the Java runtime needs fonts for the"
                    + " charts, e.g. on Debian/Ubuntu: apt-get install fontconfig fonts-dejavu-core.";
            }
        }
        return new Written(written, problem);
    }

    /** model.pmml of a centre-based model. */
    static String exportPmml(final SegmentJob.Outcome o) {
        try {
            return PmmlExport.toPmml(o.result().model(), "Customer segmentation of " + o.input().source().getFileName()
                + " (" + o.config().describe() + ")");
        } catch (final org.custseg.engine.SegmentationException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * model.sql of a centre-based model, reading table {@code customers}: returns the identifier column (when the
     * data has one), the feature columns and {@code "segment"}.
     */
    static String exportSql(final SegmentJob.Outcome o) {
        final List<String> keep = new ArrayList<>();
        if (!"row".equals(o.input().idColumn()) || o.input().features().columnNames().contains("row")) {
            keep.add(o.input().idColumn());
        }
        keep.addAll(o.result().model().featureNames());
        try {
            return SqlExport.select(o.result().model(), "customers", keep) + ";\n";
        } catch (final org.custseg.engine.SegmentationException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Path save(final CsvOut csv, final Path file) throws IOException {
        csv.write(file);
        return file;
    }

    private static String n(final double v) {
        return CsvOut.number(v, DECIMALS);
    }

    /** p-values: 4 significant digits, exponent notation for very small values (e.g. {@code 1.234E-80}). */
    static String p(final double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == 0) {
            return "0";
        }
        final BigDecimal b = new BigDecimal(v).round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return b.abs().compareTo(new BigDecimal("0.0001")) >= 0 ? b.toPlainString() : b.toString();
    }

    /** The persona of each segment index (0-based), from the profile. */
    static String[] personas(final SegmentJob.Outcome o) {
        final SegmentationResult r = o.result();
        final String[] p = new String[r.k()];
        for (int s = 0; s < r.k(); s++) {
            // no profile (segment apply --no-report): no persona names
            p[s] = o.profile() == null ? "" : o.profile().summary(r.segmentName(s)).persona();
        }
        return p;
    }

    /**
     * Writes assignments.csv row by row (a million customers are a million rows; none of them is held as strings).
     *
     * @param o the run's outcome
     * @param file the file to write
     * @param extraHeader the name of an extra last column, or {@code null} for none
     * @param extra the extra column's value per row (when {@code extraHeader} is given; {@code null} = empty)
     * @return the file
     * @throws IOException if writing fails
     */
    static Path writeAssignments(final SegmentJob.Outcome o, final Path file, final String extraHeader,
        final String[] extra) throws IOException {
        final SegmentationResult r = o.result();
        final String[] persona = personas(o);
        final List<String> header = new ArrayList<>(List.of(o.input().idColumn(), "segment", "persona"));
        final double[][] mem = r.memberships();
        if (mem != null) {
            for (int s = 0; s < r.k(); s++) {
                header.add("p_" + r.segmentName(s).replace(' ', '_'));
            }
        } else {
            header.add("distance");
        }
        header.add(MODEL_FINGERPRINT);
        if (extraHeader != null) {
            header.add(extraHeader);
        }
        final String fingerprint = r.model().fingerprint();
        final int[] labels = r.labels();
        final double[] dist = r.distances();
        final FeatureMatrix f = o.input().features();
        final String[] names = new String[r.k()];
        for (int s = 0; s < names.length; s++) {
            names[s] = r.segmentName(s);
        }
        CsvOut.stream(file, header, labels.length, (row, rec) -> {
            int i = 0;
            rec[i++] = f.rowId(row);
            final int s = labels[row];
            rec[i++] = s < 0 ? "" : names[s];
            rec[i++] = s < 0 ? "" : persona[s];
            if (mem != null) {
                for (int j = 0; j < names.length; j++) {
                    rec[i++] = s < 0 || mem[row] == null ? "" : n(mem[row][j]);
                }
            } else {
                rec[i++] = n(dist[row]);
            }
            rec[i++] = fingerprint;
            if (extraHeader != null) {
                rec[i] = extra[row] == null ? "" : extra[row];
            }
        });
        return file;
    }

    static CsvOut segments(final SegmentJob.Outcome o) {
        final SegmentationResult r = o.result();
        final String[] persona = personas(o);
        final List<String> features = r.model().featureNames();
        final List<String> header = new ArrayList<>(List.of("segment", "persona", "size", "share"));
        final int[] medoids = r.medoidRows();
        if (medoids != null) {
            header.add("medoid_" + o.input().idColumn()); // k-medoids: the real customer representing the segment
        }
        header.addAll(features);
        final StabilityResult st = o.stability();
        if (st != null) {
            header.addAll(List.of("stability_mean_jaccard", "stability_min_jaccard", "stability_verdict",
                "resamples_dissolved"));
        }
        final CsvOut csv = new CsvOut(header);
        final int[] sizes = r.sizes();
        final int assigned = r.rows() - r.preparation().droppedRows();
        for (int s = 0; s < r.k(); s++) {
            final List<String> rec = new ArrayList<>(List.of(r.segmentName(s), persona[s], Integer.toString(sizes[s]),
                n(sizes[s] / (double) assigned)));
            if (medoids != null) {
                rec.add(o.input().features().rowId(medoids[s]));
            }
            for (int j = 0; j < features.size(); j++) {
                final FeatureMatrix in = o.input().features();
                final int col = in.columnNames().indexOf(features.get(j));
                if (in.isNominal(col) && medoids != null) {
                    // a nominal feature (Gower k-medoids): the medoid's category, as a mean of codes means nothing
                    final double code = in.value(medoids[s], col);
                    rec.add(Double.isNaN(code) ? "" : in.levels(col).get((int) code));
                } else if (in.isNominal(col)) {
                    // scored with a saved Gower model (segment apply): the medoid's category stored in the model
                    final double code = r.model().kMeansCenters()[s][j];
                    rec.add(Double.isNaN(code) || code < 0 ? "" : r.model().nominalLevels().get(j).get((int) code));
                } else {
                    // the profile's mean of the observed values: the same number as in profile.csv and the report
                    rec.add(n(o.profile().numericRow(r.segmentName(s), features.get(j)).mean()));
                }
            }
            if (st != null) {
                final StabilityResult.Segment seg = st.segment(s);
                rec.addAll(List.of(n(seg.meanJaccard()), n(seg.minJaccard()), seg.verdict().words(),
                    Integer.toString(seg.dissolved())));
            }
            csv.row(rec);
        }
        return csv;
    }

    static CsvOut kSelection(final SegmentationResult r) {
        final CsvOut csv = new CsvOut(
            List.of("k", "silhouette", "calinski_harabasz", "davies_bouldin", "sse", "bic", "chosen"));
        for (final KSelectionRow k : r.kSelection()) {
            csv.row(List.of(Integer.toString(k.k()), n(k.silhouette()), n(k.calinskiHarabasz()), n(k.daviesBouldin()),
                n(k.sse()), n(k.bic()), Boolean.toString(k.chosen())));
        }
        return csv;
    }

    static CsvOut profile(final SegmentProfile profile) {
        final CsvOut csv = new CsvOut(List.of("segment", "attribute", "n", "missing", "mean", "sd", "min", "q1",
            "median", "q3", "max", "population_mean", "population_sd", "ratio", "effect_d", "p_value", "adjusted_p",
            "level", "note"));
        for (final NumericProfileRow x : profile.numericRows()) {
            csv.row(List.of(x.segment(), x.attribute(), Integer.toString(x.n()), Integer.toString(x.missing()),
                n(x.mean()), n(x.sd()), n(x.min()), n(x.q1()), n(x.median()), n(x.q3()), n(x.max()),
                n(x.populationMean()), n(x.populationSd()), n(x.ratio()), n(x.effect()), p(x.pValue()),
                p(x.adjustedP()), x.level() == null ? "" : x.level().label(), x.note() == null ? "" : x.note()));
        }
        return csv;
    }

    static CsvOut profileCategories(final SegmentProfile profile) {
        final CsvOut csv = new CsvOut(List.of("segment", "attribute", "category", "count", "segment_share",
            "population_share", "missing", "chi_square", "p_value", "adjusted_p", "cramers_v", "note"));
        for (final NominalProfileRow x : profile.nominalRows()) {
            csv.row(List.of(x.segment(), x.attribute(), x.category(), Integer.toString(x.count()),
                n(x.segmentShare()), n(x.populationShare()), Integer.toString(x.missing()), n(x.chiSquare()),
                p(x.pValue()), p(x.adjustedP()), n(x.cramersV()), x.note() == null ? "" : x.note()));
        }
        return csv;
    }

    static CsvOut summary(final SegmentJob.Outcome o) {
        final List<String> header = new ArrayList<>(List.of("segment", "persona", "persona_generated", "size",
            "share", "description", "top_attributes"));
        final StabilityResult st = o.stability();
        if (st != null) {
            header.addAll(List.of("stability_mean_jaccard", "stability_verdict"));
        }
        final CsvOut csv = new CsvOut(header);
        for (final SegmentSummary s : o.profile().summaries()) {
            final List<String> rec = new ArrayList<>(List.of(s.segment(), s.persona(),
                Boolean.toString(s.personaGenerated()), Integer.toString(s.size()), n(s.share()), s.description(),
                String.join("; ", s.topAttributes())));
            if (st != null) {
                final int index = indexOf(o.result(), s.segment());
                rec.add(index < 0 ? "" : n(st.segment(index).meanJaccard()));
                rec.add(index < 0 ? "" : st.segment(index).verdict().words());
            }
            csv.row(rec);
        }
        return csv;
    }

    static CsvOut stability(final SegmentJob.Outcome o) {
        final StabilityResult st = o.stability();
        final CsvOut csv = new CsvOut(List.of("segment", "persona", "size", "mean_jaccard", "min_jaccard",
            "resamples_compared", "resamples_dissolved", "resamples_recovered", "verdict", "method", "resamples",
            "resamples_failed", "overall_mean_jaccard"));
        final String[] persona = personas(o);
        for (final StabilityResult.Segment seg : st.segments()) {
            csv.row(List.of(o.result().segmentName(seg.index()), persona[seg.index()], Integer.toString(seg.size()),
                n(seg.meanJaccard()), n(seg.minJaccard()), Integer.toString(seg.compared()),
                Integer.toString(seg.dissolved()), Integer.toString(seg.recovered()), seg.verdict().words(),
                st.method().name().toLowerCase(java.util.Locale.ROOT), Integer.toString(st.resamples()),
                Integer.toString(st.failedResamples()), n(st.overall())));
        }
        return csv;
    }

    static CsvOut recommendations(final SegmentJob.Outcome o) {
        final CsvOut csv = new CsvOut(List.of("segment", "persona", "rule_id", "action", "team", "channel",
            "priority", "kpi", "rationale", "explanation", "matched"));
        for (final Recommendation r : o.recommendations().rows()) {
            csv.row(List.of(r.segment(), r.persona(), r.ruleId(), r.action(), r.team(), r.channel(),
                Integer.toString(r.priority()), r.kpi(), r.rationale(), r.explanation(),
                Boolean.toString(r.matched())));
        }
        return csv;
    }

    /** @return human words for a scaling */
    static String scalingWords(final Scaling s) {
        switch (s) {
            case ZSCORE:
                return "z-score (mean 0, standard deviation 1)";
            case MINMAX:
                return "min-max (0 to 1)";
            default:
                return "none (original units)";
        }
    }

    /** @return human words for a missing-value policy */
    static String missingWords(final MissingPolicy m) {
        switch (m) {
            case FAIL:
                return "stop if any (none found)";
            case DROP_ROWS:
                return "rows with missing values left out";
            case IMPUTE_MEAN:
                return "replaced by the column mean";
            case IMPUTE_MEDIAN:
                return "replaced by the column median";
            default:
                return m.name();
        }
    }

    /** One-line description of the algorithm and its main settings. */
    static String describeAlgorithm(final SegmentationConfig c) {
        return Algorithms.of(c.algorithm()).label(c);
    }

    static int indexOf(final SegmentationResult r, final String name) {
        for (int s = 0; s < r.k(); s++) {
            if (r.segmentName(s).equals(name)) {
                return s;
            }
        }
        return -1;
    }
}
