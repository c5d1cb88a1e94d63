package org.custseg.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.data.ColumnKind;
import org.custseg.engine.data.ColumnSelection;
import org.custseg.engine.data.CsvTable;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.model.Assignment;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.profile.ProfileConfig;
import org.custseg.engine.profile.SegmentProfile;
import org.custseg.engine.profile.SegmentProfiler;
import org.custseg.engine.profile.SegmentSummary;
import org.custseg.engine.recommend.Playbook;
import org.custseg.engine.recommend.PlaybookMode;
import org.custseg.engine.recommend.ProfileFacts;
import org.custseg.engine.recommend.Recommendation;
import org.custseg.engine.recommend.Recommendations;
import org.custseg.engine.recommend.RecommenderConfig;
import org.custseg.engine.recommend.SegmentRecommender;
import org.custseg.engine.report.HtmlReport;
import org.custseg.engine.report.ReportInput;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.engine.segment.SegmentationResult;

/**
 * {@code segment apply}: scores a customer CSV with a saved model (model.json of an earlier run) without re-fitting,
 * so the segments keep their numbering and shape month after month.
 *
 * <p>Rules: the model's feature columns are matched by name (absent or text columns are an error naming all of them);
 * the model's own missing-value policy and scaling are re-applied ({@link SegmentationModel#assign}); every input row
 * comes back in assignments.csv, either with its segment or with an empty segment and the reason in a last column
 * {@code unassigned_reason} (present only when some row is unassigned). assignments.csv otherwise has exactly the
 * columns of a fitting run; profile, summary, recommendations and report describe the scored population unless
 * {@code --no-report} is given.
 */
public final class ApplyCommand {

    /** Help text for {@code segment apply}. */
    public static final String HELP = String.join("\n",
        "Usage: segment apply --model <model.json> --input <file.csv> --out <dir> [options]",
        "",
        "Assigns the customers in a CSV file to the segments of a saved model (model.json of an earlier",
        "run) without re-fitting: same segments, same numbering, every month. The model's missing-value",
        "policy and scaling are applied to the new rows.",
        "",
        "  --model <model.json>      the saved model (required)",
        "  --input <file.csv>        customers to score (required); needs every column the model uses,",
        "                            same names, numeric",
        "  --out <dir>               output directory, created when missing (required)",
        "  --id-column NAME          column identifying customers (default: as in a fitting run)",
        "  --names <file.csv>        persona names, as for a fitting run",
        "  --playbook <file.csv>     playbook rules, as for a fitting run",
        "  --playbook-mode MODE      extend (default) | replace",
        "  --no-report               write assignments.csv and segments.csv only (no profile,",
        "                            recommendations or report.html)",
        "  --quiet                   print nothing but errors",
        "",
        "Files written to --out: assignments.csv (the columns of a fitting run; rows that cannot be",
        "assigned, e.g. a missing value under the model's policy \"fail\" or \"drop\", have an empty segment",
        "and the reason in an extra last column unassigned_reason), segments.csv (sizes of the scored",
        "customers, the model's centres), and unless --no-report: profile.csv, segment-summary.csv,",
        "recommendations.csv, report.html.",
        "",
        "Exit status: 0 success, 1 data or model error, 2 usage error.",
        "",
        "Example (monthly scoring):",
        "  segment apply --model results/model.json --input customers-2026-06.csv --out scored-2026-06",
        "");

    private static final List<String> VALUE_OPTIONS = List.of("--model", "--input", "--out", "--id-column",
        "--names", "--playbook", "--playbook-mode");

    private static final List<String> FLAGS = List.of("--no-report", "--quiet");

    private ApplyCommand() {
    }

    /**
     * The checked options of {@code segment apply}.
     *
     * @param model the model file
     * @param input the customer CSV
     * @param out the output directory
     * @param idColumn the identifier column, or {@code null} for the automatic choice
     * @param names persona names file, or {@code null}
     * @param playbook playbook file, or {@code null}
     * @param playbookExtends whether the playbook extends the built-in one
     * @param report whether profile, recommendations and report are written
     * @param quiet print nothing but errors
     */
    public record Options(Path model, Path input, Path out, String idColumn, Path names, Path playbook,
        boolean playbookExtends, boolean report, boolean quiet) {
    }

    /**
     * What one scoring run produced.
     *
     * @param outcome the outcome in the shape of a fitting run (for the shared CSV writers)
     * @param assignment the model's assignment of every row
     * @param modelFile the model file read
     */
    public record Scored(SegmentJob.Outcome outcome, Assignment assignment, Path modelFile) {
    }

    /**
     * @param args the arguments after {@code apply} (or all arguments when {@code --model} was given without
     *            {@code apply})
     * @return the options
     * @throws UsageException naming the option
     */
    public static Options parse(final String[] args) throws UsageException {
        final Given g = given(args);
        final Map<String, String> given = g.values();
        for (final String required : List.of("--model", "--input", "--out")) {
            if (!given.containsKey(required)) {
                throw new UsageException("Missing required option " + required + " for segment apply. Example: "
                    + "segment apply --model results/model.json --input customers.csv --out scored");
            }
        }
        final Path model = file(given, "--model", "model file");
        final Path input = file(given, "--input", "input file");
        final Path out = Path.of(given.get("--out"));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("Option --out: \"" + out + "\" is a file, not a directory.");
        }
        final String mode = given.getOrDefault("--playbook-mode", "extend").trim().toLowerCase(Locale.ROOT);
        if (!mode.equals("extend") && !mode.equals("replace")) {
            throw new UsageException("Option --playbook-mode does not accept \"" + given.get("--playbook-mode")
                + "\"; use extend or replace.");
        }
        if (given.containsKey("--playbook-mode") && !given.containsKey("--playbook")) {
            throw new UsageException("Option --playbook-mode needs --playbook <file.csv>.");
        }
        final String id = given.get("--id-column");
        if (id != null && id.isBlank()) {
            throw new UsageException("Option --id-column needs a column name, but the value is empty.");
        }
        return new Options(model, input, out, id == null ? null : id.trim(), file(given, "--names", "names file"),
            file(given, "--playbook", "playbook file"), mode.equals("extend"), !g.noReport(), g.quiet());
    }

    /**
     * The options as given, before their values are checked.
     *
     * @param values each value option to its value, in the order given
     * @param noReport whether --no-report was given
     * @param quiet whether --quiet was given
     */
    private record Given(Map<String, String> values, boolean noReport, boolean quiet) {
    }

    /** @return the options as given: known names, values present, none twice */
    private static Given given(final String[] args) throws UsageException {
        final Map<String, String> given = new LinkedHashMap<>();
        boolean noReport = false;
        boolean quiet = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            final int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            if (FLAGS.contains(arg)) {
                if (value != null) {
                    throw new UsageException("Option " + arg + " takes no value, but \"" + value + "\" was given.");
                }
                noReport |= arg.equals("--no-report");
                quiet |= arg.equals("--quiet");
                continue;
            }
            if (!VALUE_OPTIONS.contains(arg)) {
                throw new UsageException((arg.startsWith("-") ? "Unknown option \"" + arg + "\" for segment apply"
                    : "Unexpected argument \"" + arg + "\"") + "; it takes " + String.join(", ", VALUE_OPTIONS)
                    + ", --no-report and --quiet (segmentation settings come from the model). Run 'segment apply"
                    + " --help' for usage.");
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("Option " + arg + " needs a value.");
                }
                value = args[++i];
            }
            if (given.put(arg, value) != null) {
                throw new UsageException("Option " + arg + " is given twice; give it once.");
            }
        }
        return new Given(given, noReport, quiet);
    }

    private static Path file(final Map<String, String> given, final String option, final String what)
        throws UsageException {
        final String v = given.get(option);
        if (v == null) {
            return null;
        }
        final Path p = Path.of(v);
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new UsageException("Option " + option + ": the " + what + " \"" + v
                + "\" does not exist or cannot be read (relative paths start in " + Path.of("").toAbsolutePath()
                + ").");
        }
        return p;
    }

    /**
     * Reads the model and the CSV, assigns every row, and (unless {@code --no-report}) profiles and recommends.
     *
     * @param o the options
     * @param progress progress
     * @return the scored run
     * @throws SegmentationException for an unreadable model or unusable data (naming file, column, row)
     * @throws IOException if a file cannot be read
     * @throws CanceledException if canceled
     * @throws UsageException if the model's settings cannot be restated (a damaged model)
     */
    public static Scored run(final Options o, final ProgressListener progress)
        throws SegmentationException, IOException, CanceledException, UsageException {
        final SegmentationModel model = SegmentationModel.fromJson(Files.readString(o.model(), StandardCharsets.UTF_8));
        final CsvTable table = CsvTable.read(o.input());
        final ModelColumns columns = modelColumns(table, model, o.idColumn());
        final FeatureMatrix features = columns.features();
        final String id = columns.idColumn();
        final Assignment a = model.assign(features, progress);

        final Map<String, Integer> imputed = imputedCounts(model, features);
        final List<String> warnings = unassignedWarnings(a, features.rows());
        final SegmentationResult result = SegmentationResult.ofAssignment(model, a, imputed, warnings);
        final InputData input = inputData(o, table, features, model.featureNames(), id);
        final CliOptions cli = new CliOptions(o.input(), o.out(), model.featureNames(), o.idColumn(),
            model.algorithm().name(), model.k(), CliOptions.DEFAULT_K_MIN, CliOptions.DEFAULT_K_MAX, "SILHOUETTE",
            model.missingPolicy().name(), model.scaling().name(), CliOptions.DEFAULT_SEED, 0, null, null, 0,
            o.playbook(), o.playbookExtends(), o.names(), o.quiet(), 0, null); // scoring: no stability refits
        final SegmentationConfig config = SegmentationConfig.builder(model.algorithm()).k(model.k())
            .missing(model.missingPolicy()).scaling(model.scaling()).distance(model.distance()).build();
        final List<String> outcomeWarnings = new ArrayList<>(warnings);
        final List<String> notes = new ArrayList<>();
        notes.add("Segments assigned by the saved model " + o.model().getFileName() + " (" + model.engineVersion()
            + "; fitted with " + model.parametersDescription() + "); nothing was re-fitted.");
        // profiled even without the report: segments.csv shows the profile's means of the observed values
        final Map<String, String> names =
            o.names() == null ? Map.of() : SegmentJob.readNames(o.names(), result, outcomeWarnings);
        final SegmentProfile profile = SegmentProfiler.profile(SegmentJob.profileData(input, result),
            ProfileConfig.builder().personaNames(names).build(), progress);
        Recommendations recs = null;
        if (o.report()) {
            outcomeWarnings.addAll(profile.warnings());
            recs = recommend(o, profile, outcomeWarnings, notes);
        }
        return new Scored(new SegmentJob.Outcome(cli, input, config, result, profile, recs, outcomeWarnings, notes,
            null), a,
            o.model());
    }

    /** @return per feature the model imputes, the number of its missing values (features without any left out) */
    private static Map<String, Integer> imputedCounts(final SegmentationModel model, final FeatureMatrix features) {
        final Map<String, Integer> imputed = new LinkedHashMap<>();
        final List<String> featureNames = model.featureNames();
        for (int c = 0; c < featureNames.size(); c++) {
            if (Double.isNaN(model.preprocessing().fillValue(c))) {
                continue;
            }
            int count = 0;
            for (int r = 0; r < features.rows(); r++) {
                count += Double.isNaN(features.value(r, c)) ? 1 : 0;
            }
            if (count > 0) {
                imputed.put(featureNames.get(c), count);
            }
        }
        return imputed;
    }

    /** @return one warning per reason rows were not assigned, with their count */
    private static List<String> unassignedWarnings(final Assignment a, final int rows) {
        final Map<String, Integer> reasons = new LinkedHashMap<>();
        for (final String reason : a.reasons()) {
            if (reason != null) {
                reasons.merge(reason, 1, Integer::sum);
            }
        }
        final List<String> warnings = new ArrayList<>();
        reasons.forEach((reason, count) -> warnings.add(count + " of " + rows
            + " rows not assigned: " + reason + "; they are listed in assignments.csv with the reason."));
        return warnings;
    }

    /** @return the scored rows in the shape of a fitting run's input */
    private static InputData inputData(final Options o, final CsvTable table, final FeatureMatrix features,
        final List<String> featureNames, final String id) {
        final List<String> nominal = new ArrayList<>();
        for (int c = 0; c < features.columns(); c++) {
            if (features.isNominal(c)) {
                nominal.add(featureNames.get(c)); // Gower text features are profiled as categories, as when fitted
            }
        }
        final Map<String, String[]> categories = InputData.categories(table, featureNames, nominal, id);
        return new InputData(o.input(), features, id == null ? "row" : id,
            o.idColumn() != null ? o.idColumn() + " (--id-column)"
                : id != null ? id + " (first identifier-like column with unique values)" : "row number",
            featureNames, Map.of(), categories);
    }

    /** @return the recommendations for the profile; notes or warnings about the playbook are added */
    private static Recommendations recommend(final Options o, final SegmentProfile profile,
        final List<String> outcomeWarnings, final List<String> notes) throws IOException, SegmentationException {
        Playbook user = null;
        if (o.playbook() != null) {
            try (Reader r = Files.newBufferedReader(o.playbook(), StandardCharsets.UTF_8)) {
                user = Playbook.fromCsv(r);
            }
        }
        final Recommendations recs = SegmentRecommender.recommend(ProfileFacts.of(profile),
            Playbook.resolve(o.playbookExtends() ? PlaybookMode.EXTEND : PlaybookMode.REPLACE, user),
            RecommenderConfig.DEFAULT);
        if (user == null && !recs.skippedRules().isEmpty()) {
            notes.add(recs.skippedRules().size() + " built-in playbook rules need attributes this data does not"
                + " have and were skipped: " + String.join(", ", recs.skippedRules()) + ".");
        } else {
            outcomeWarnings.addAll(recs.warnings());
        }
        return recs;
    }

    /**
     * The model's columns read from the CSV.
     *
     * @param features the model's feature columns, in the model's order (all-blank columns as missing values)
     * @param idColumn the identifier column, {@code null} when rows are numbered
     */
    record ModelColumns(FeatureMatrix features, String idColumn) {
    }

    /** The model's feature columns as a matrix, in the model's order; errors name every absent or text column. */
    static ModelColumns modelColumns(final CsvTable table, final SegmentationModel model, final String idColumn)
        throws SegmentationException {
        final List<String> features = model.featureNames();
        final List<String> absent = new ArrayList<>();
        final List<String> text = new ArrayList<>();
        final List<String> present = new ArrayList<>();
        // Gower k-medoids: per feature its categories (text feature) or null (numeric); null for other models
        final List<List<String>> modelLevels = model.nominalLevels();
        for (int i = 0; i < features.size(); i++) {
            final String f = features.get(i);
            if (table.columnIndex(f) < 0) {
                absent.add("\"" + f + "\"");
            } else if (modelLevels != null && modelLevels.get(i) != null) {
                present.add(f); // a text feature of a Gower model: read as categories, mapped by label on assigning
            } else if (table.kind(f) == ColumnKind.TEXT) {
                text.add("\"" + f + "\"");
            } else if (table.kind(f) == ColumnKind.NUMERIC) {
                present.add(f);
            }
        }
        if (!absent.isEmpty()) {
            throw new SegmentationException(table.source() + " lacks the column" + (absent.size() > 1 ? "s " : " ")
                + String.join(", ", absent) + " that the segmentation model uses: add "
                + (absent.size() > 1 ? "them" : "it") + " with the same name" + (absent.size() > 1 ? "s" : "")
                + " or fit a new model. The model uses: " + String.join(", ", features) + ".");
        }
        if (!text.isEmpty()) {
            throw new SegmentationException("The column" + (text.size() > 1 ? "s " : " ") + String.join(", ", text)
                + " of " + table.source() + (text.size() > 1 ? " hold" : " holds")
                + " text, but the segmentation model needs numbers there: fix the values (decimal point, no"
                + " thousands separator; blank = missing) or fit a new model.");
        }
        final ColumnSelection sel =
            present.isEmpty() ? null : table.selectFeatures(present, idColumn, modelLevels != null);
        final List<String> ids = sel != null ? sel.features().rowIds() : rowNumbers(table.rows());
        final double[][] values = new double[table.rows()][features.size()];
        final List<List<String>> levels = new ArrayList<>(features.size());
        for (int c = 0; c < features.size(); c++) {
            final int src = sel == null ? -1 : sel.features().columnNames().indexOf(features.get(c));
            for (int r = 0; r < table.rows(); r++) {
                values[r][c] = src < 0 ? Double.NaN : sel.features().value(r, src);
            }
            levels.add(src < 0 ? null : sel.features().levels(src)); // the data's own categories (codes index them)
        }
        return new ModelColumns(new FeatureMatrix(features, ids, values, levels),
            sel == null ? idColumn : sel.idColumn());
    }

    private static List<String> rowNumbers(final int n) {
        final List<String> ids = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            ids.add(Integer.toString(r + 1));
        }
        return ids;
    }

    /**
     * Writes assignments.csv and segments.csv, and unless {@code --no-report} profile.csv, profile-categories.csv
     * (when text columns are profiled), segment-summary.csv, recommendations.csv and report.html.
     *
     * @param s the scored run
     * @param dir the output directory
     * @return the files written and a report problem, as for a fitting run
     * @throws IOException if a file cannot be written
     */
    public static OutputWriter.Written write(final Scored s, final Path dir) throws IOException {
        final SegmentJob.Outcome o = s.outcome();
        Files.createDirectories(dir);
        final List<Path> written = new ArrayList<>();
        written.add(assignments(s, dir.resolve("assignments.csv")));
        written.add(save(OutputWriter.segments(o), dir.resolve("segments.csv")));
        if (o.recommendations() == null) { // --no-report
            return new OutputWriter.Written(written, null);
        }
        written.add(save(OutputWriter.profile(o.profile()), dir.resolve("profile.csv")));
        if (!o.profile().nominalRows().isEmpty()) {
            written.add(save(OutputWriter.profileCategories(o.profile()), dir.resolve("profile-categories.csv")));
        }
        written.add(save(OutputWriter.summary(o), dir.resolve("segment-summary.csv")));
        written.add(save(OutputWriter.recommendations(o), dir.resolve("recommendations.csv")));
        final Path html = dir.resolve("report.html");
        try {
            HtmlReport.write(reportInput(s), html);
            written.add(html);
        } catch (final IOException e) {
            throw e;
        } catch (final RuntimeException | LinkageError | InternalError e) {
            return new OutputWriter.Written(written, "report.html could not be rendered (" + e + "); the Java"
                + " runtime needs fonts for the charts, e.g. on Debian/Ubuntu: apt-get install fontconfig"
                + " fonts-dejavu-core.");
        }
        return new OutputWriter.Written(written, null);
    }

    private static Path save(final CsvOut csv, final Path file) throws IOException {
        csv.write(file);
        return file;
    }

    /** assignments.csv: a fitting run's columns, plus unassigned_reason when some row is unassigned. */
    static Path assignments(final Scored s, final Path file) throws IOException {
        final String[] reasons = s.assignment().reasons();
        boolean anyUnassigned = false;
        for (final String r : reasons) {
            anyUnassigned |= r != null;
        }
        return OutputWriter.writeAssignments(s.outcome(), file, anyUnassigned ? "unassigned_reason" : null,
            reasons);
    }

    /** The report of a fitting run, with the facts of the applied model instead of the fitting settings. */
    static ReportInput reportInput(final Scored s) {
        // the scoring report has no diagnostic charts: not drawn (at a million rows they cost seconds and 150 MB)
        final ReportInput fit = ReportAssembly.reportInput(s.outcome(), false);
        final SegmentationModel m = s.outcome().result().model();
        final int n = s.assignment().rows();
        int assigned = 0;
        for (final int l : s.assignment().labels()) {
            assigned += l >= 0 ? 1 : 0;
        }
        final List<ReportInput.Fact> facts = new ArrayList<>();
        facts.add(new ReportInput.Fact("Model", s.modelFile().getFileName() + " (" + m.engineVersion() + ")"));
        facts.add(new ReportInput.Fact("Algorithm", m.algorithm() == Algorithm.KMEANS ? "k-means"
            : m.algorithm() == Algorithm.EM ? "EM Gaussian mixture" : "hierarchical (nearest segment centre)"));
        facts.add(new ReportInput.Fact("Segments", m.k() + " (from the saved model, not re-fitted)"));
        facts.add(new ReportInput.Fact("Customers assigned", assigned + " of " + n));
        facts.add(new ReportInput.Fact("Features", String.join(", ", m.featureNames())));
        facts.add(new ReportInput.Fact("Scaling", OutputWriter.scalingWords(m.scaling()) + ", the model's"));
        facts.add(new ReportInput.Fact("Missing values", m.missingPolicy() == MissingPolicy.IMPUTE_MEAN
            || m.missingPolicy() == MissingPolicy.IMPUTE_MEDIAN
                ? "replaced by the training " + (m.missingPolicy() == MissingPolicy.IMPUTE_MEAN ? "mean" : "median")
                : "rows with a missing value are not assigned (model policy " + m.missingPolicy() + ")"));
        facts.add(new ReportInput.Fact("Fitted with", m.parametersDescription()));
        // attributeValues() is a fresh copy: handed over, not copied again
        return ReportInput.adopting("Customer segmentation report (scored with a saved model)", fit.sourceName(),
            fit.rows(), facts, fit.segments(), fit.attributes(), fit.standardizedMeans(), fit.segmentMeans(),
            fit.populationMeans(), fit.attributeValues(), fit.rowSegments(), null, fit.actions(), fit.notes(),
            m.engineVersion() + " · applied model " + s.modelFile().getFileName(), null, List.of());
    }

    /**
     * Runs {@code segment apply} and prints its summary.
     *
     * @param args the arguments after {@code apply}
     * @param out standard output
     * @param err standard error
     * @param progress progress
     * @return the exit status
     */
    public static int main(final String[] args, final PrintStream out, final PrintStream err,
        final ProgressListener progress) {
        final Options o;
        final Scored s;
        try {
            o = parse(args);
            s = run(o, progress);
        } catch (final UsageException e) {
            err.println("segment apply: " + e.getMessage());
            err.println("Run 'segment apply --help' for usage.");
            return SegmentCli.EXIT_USAGE;
        } catch (final SegmentationException e) {
            err.println("segment apply: " + e.getMessage());
            return SegmentCli.EXIT_ERROR;
        } catch (final IOException | UncheckedIOException e) {
            err.println("segment apply: could not read the input: " + e.getMessage());
            return SegmentCli.EXIT_ERROR;
        } catch (final CanceledException e) {
            err.println("segment apply: canceled.");
            return SegmentCli.EXIT_ERROR;
        }
        final OutputWriter.Written w;
        try {
            w = write(s, o.out());
        } catch (final IOException | UncheckedIOException e) {
            err.println("segment apply: could not write to " + o.out() + ": " + e.getMessage());
            return SegmentCli.EXIT_ERROR;
        }
        if (!o.quiet()) {
            out.print(summary(s, w.files()));
        }
        if (w.reportProblem() != null) {
            err.println("segment apply: " + w.reportProblem());
            return SegmentCli.EXIT_ERROR;
        }
        return SegmentCli.EXIT_OK;
    }

    static String summary(final Scored s, final List<Path> files) {
        final SegmentJob.Outcome o = s.outcome();
        final SegmentationResult r = o.result();
        final SegmentationModel m = r.model();
        final DecimalFormat pct = new DecimalFormat("0.0%", DecimalFormatSymbols.getInstance(Locale.ROOT));
        final StringBuilder b = new StringBuilder();
        b.append("Read ").append(r.rows()).append(" rows from ").append(o.input().source()).append('\n');
        b.append("Model: ").append(s.modelFile()).append(" (").append(m.algorithm().name().toLowerCase(Locale.ROOT))
            .append(", k = ").append(m.k()).append("; columns ").append(String.join(", ", m.featureNames()))
            .append(")\n");
        b.append("Identifier: ").append(o.input().idColumnDescription()).append('\n');
        r.preparation().imputedCounts().forEach((c, n) -> b.append("Missing values imputed (model's ")
            .append(m.missingPolicy() == MissingPolicy.IMPUTE_MEAN ? "mean" : "median").append("): ").append(c)
            .append(' ').append(n).append('\n'));
        b.append("Assigned ").append(r.rows() - r.preparation().droppedRows()).append(" of ").append(r.rows())
            .append(" rows\n");
        b.append("Segments:\n");
        final int[] sizes = r.sizes();
        for (int seg = 0; seg < r.k(); seg++) {
            final String name = r.segmentName(seg);
            final SegmentSummary sum = o.profile() == null ? null : o.profile().summary(name);
            b.append(String.format(Locale.ROOT, "  %-11s %d  %6s  %s%n", name, sizes[seg],
                pct.format(sizes[seg] / (double) Math.max(1, r.rows())), sum == null ? "" : sum.persona()));
            if (o.recommendations() != null) {
                final List<Recommendation> recs = o.recommendations().forSegment(name);
                if (!recs.isEmpty()) {
                    b.append("              top action: ").append(recs.get(0).action()).append('\n');
                }
            }
        }
        for (final String w : o.warnings()) {
            b.append("Warning: ").append(w).append('\n');
        }
        SegmentCli.appendFilesWritten(b, o.options().out(), files);
        return b.toString();
    }
}
