package org.custseg.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.profile.SegmentSummary;
import org.custseg.engine.recommend.Playbook;
import org.custseg.engine.recommend.Recommendation;
import org.custseg.engine.segment.KSelectionTable;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.segment.QualityVerdict;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.engine.segment.SegmentationResult;
import org.custseg.engine.stability.StabilityResult;

/**
 * The {@code segment} command: customer CSV in; segments, profiles, recommendations and an HTML report out. The same
 * pipeline as the KNIME nodes, without KNIME.
 *
 * <p>Exit status: {@value #EXIT_OK} success, {@value #EXIT_USAGE} usage error (the message names the option and
 * value), {@value #EXIT_ERROR} data or segmentation error (the engine's message, naming column, row or setting).
 * See {@link #HELP} for the options.
 */
public final class SegmentCli {

    /** Exit status: success. */
    public static final int EXIT_OK = 0;

    /** Exit status: the data could not be segmented (bad value, too few rows, I/O error, ...). */
    public static final int EXIT_ERROR = 1;

    /** Exit status: the command line is wrong. */
    public static final int EXIT_USAGE = 2;

    /** The text printed by {@code --help}. */
    public static final String HELP = String.join("\n",
        "Usage: segment --input <file.csv> --out <dir> [options]",
        "       segment --export-playbook <file.csv>",
        "       segment apply --model <model.json> --input <file.csv> --out <dir>   (monthly scoring;",
        "                                 'segment apply --help' lists its options)",
        "       segment migrate --before <assignments.csv> --after <assignments.csv> --out <dir>",
        "       segment lift --outcomes <outcomes.csv> --out <dir>   (each with --help)",
        "",
        "Segments the customers in a CSV file, profiles every segment against all customers,",
        "recommends actions from a playbook and writes CSV files plus a self-contained report.html.",
        "",
        "Input and output:",
        "  --input <file.csv>        customer table (required): UTF-8 (BOM allowed), header row, comma-",
        "                            separated (semicolon or tab if the header has no comma), '.' as",
        "                            decimal separator; blank, NA, N/A, NaN, null or ? = missing value",
        "  --out <dir>               output folder (required), created when missing; checked before the",
        "                            computation. All or nothing: the files are written to a new folder",
        "                            next to it and swapped in when complete; a failed run leaves it",
        "                            unchanged. It may hold only files of an earlier run (replaced as a",
        "                            whole, stale ones removed); any other file stops the run",
        "  --columns a,b,...         feature columns to segment on (default: every numeric column except",
        "                            identifier-like ones such as a serial number or customer key)",
        "  --id-column NAME          column identifying customers in assignments.csv (default: the first",
        "                            identifier-like column with unique values, else the row number)",
        "",
        "Segmentation:",
        "  --algorithm NAME          kmeans (default) | hierarchical | em | kmedoids (medoids are real",
        "                            customers; CLARA samples above 3,000 rows)",
        "  --k N                     fixed number of segments (at least 2)",
        "  --k-range MIN..MAX        try every k in the range and choose one (default: 2..8; used when --k is",
        "                            not given)",
        "  --criterion NAME          how k is chosen: silhouette (default; highest wins)",
        "                            | calinski-harabasz (highest) | davies-bouldin (lowest)",
        "                            | sse-knee (knee of the SSE curve) | bic (lowest; --algorithm em only)",
        "  --missing POLICY          missing values: fail (default; lists columns and counts)",
        "                            | drop (rows left out, reported, no segment)",
        "                            | mean | median (imputed per column)",
        "  --scaling NAME            zscore (default) | minmax | none",
        "  --seed S                  random seed, a whole number (default: 1); same seed, same result",
        "  --restarts N              k-means, k-medoids: keep the best of N seeded runs (default: 10)",
        "  --covariance NAME         em: diagonal (default; Weka EM) | full (correlated columns; own EM)",
        "  --distance NAME           k-medoids: euclidean (default) | manhattan | gower (mixed data: text",
        "                            columns named in --columns become nominal features)",
        "  --linkage NAME            hierarchical: ward (default) | single | complete | average;",
        "                            with --engine weka also mean | centroid | adjcomplete | neighbor-joining",
        "  --engine NAME             fast (default) | weka: which implementation runs the algorithm.",
        "                            kmeans: our k-means (greedy k-means++, bounded Lloyd, all cores) or",
        "                            Weka's SimpleKMeans; em: our diagonal EM or Weka's EM (--covariance",
        "                            full: always our full-covariance EM, not with weka); hierarchical:",
        "                            exact O(n^2) engine or Weka's HierarchicalClusterer (small data only)",
        "  --sample-size N           hierarchical: cluster a seeded sample of N rows and assign the others to",
        "                            the nearest segment centre (default: 0 = all rows)",
        "",
        "Stability (is each segment real?):",
        "  --stability B             refit on B seeded resamples and report per segment how well it is found",
        "                            again (mean Jaccard, Hennig 2007; default: 20; 0 = skip, saves about",
        "                            B fixed-k fits)",
        "  --stability-method NAME   bootstrap (default; rows drawn with replacement) | subsample (half the",
        "                            rows, without replacement)",
        "",
        "Profiles and recommendations:",
        "  --names <file.csv>        your persona names, rows \"segment,name\" (header optional),",
        "                            e.g. \"Segment 1,Premium digital\"; they replace the generated names",
        "  --playbook <file.csv>     your playbook rules (columns as in the built-in playbook: id, condition,",
        "                            action, team, channel, priority, kpi, explanation)",
        "  --playbook-mode MODE      extend (default: built-in rules plus yours; same id replaces) | replace",
        "                            (only your rules)",
        "  --export-playbook <file>  write the built-in playbook as CSV (to edit and pass to --playbook) and",
        "                            exit; used alone: segment --export-playbook playbook.csv",
        "",
        "Other:",
        "  --quiet                   print nothing but errors",
        "  --help, -h                print this help and exit",
        "  --version                 print the version and exit",
        "",
        "Files written to --out:",
        "  assignments.csv           per customer: id, segment, persona, distance to the segment centre",
        "                            (Euclidean, in the scaled units of --scaling, e.g. standard deviations",
        "                            for zscore), or for em one probability column per segment, and the",
        "                            model's fingerprint (same fingerprint = same model); rows left out by",
        "                            --missing drop are unassigned (empty segment)",
        "  segments.csv              per segment: size, share of the segmented customers, (k-medoids: the",
        "                            medoid customer's id), mean of every feature over its observed values",
        "                            (as in profile.csv and the report; a gower text column: the medoid's",
        "                            category) (+ stability columns unless --stability 0)",
        "  stability.csv             per segment: mean and min Jaccard, resamples dissolved/recovered,",
        "                            verdict (not written with --stability 0)",
        "  k-selection.csv           every k tried with silhouette, Calinski-Harabasz, Davies-Bouldin, SSE,",
        "                            BIC (em) and the chosen one (header only when --k is given)",
        "  model.json                the segmentation model (versioned JSON) to assign new customers",
        "                            with 'segment apply'",
        "  model.pmml                the same model as PMML 4.4 (k-means, hierarchical, k-medoids; not em,",
        "                            not k-medoids with gower)",
        "  model.sql                 one SQL SELECT adding the segment to a table \"customers\"",
        "                            (as model.pmml)",
        "  profile.csv               per segment and attribute: statistics, Cohen's d, p-values, level",
        "  profile-categories.csv    only when text columns with 2-20 distinct values exist: their category",
        "                            shares per segment, chi-square p-values, Cramer's V (profiled, never",
        "                            segmented on)",
        "  segment-summary.csv       per segment: persona, size, share, description, top attributes",
        "  recommendations.csv       per segment: matching playbook rules, actions and their evidence",
        "  report.html               the report: charts, profiles and actions; opens offline",
        "",
        "CSV files are RFC 4180, UTF-8, '.' decimal separator; the same input and options give",
        "byte-identical files.",
        "",
        "Exit status: 0 success, 1 data or segmentation error, 2 usage error.",
        "",
        "Example:",
        "  segment --input test-workflows/data/credit-card-customer-data.csv --out results",
        "");

    /** Held so that the level set in {@link #main} is not lost when the logger is garbage-collected. */
    private static final Logger NETLIB_LOGGER = Logger.getLogger("com.github.fommil");

    private SegmentCli() {
    }

    /**
     * Entry point.
     *
     * @param args the command line
     */
    public static void main(final String[] args) {
        SideEffectGuard.apply(); // first: no ~/wekafiles, no native libraries, no DNS lookup, no ~/.java
        System.setProperty("java.awt.headless", "true");
        // Weka's linear-algebra library logs a warning when no native BLAS is installed; the pure-Java one is used.
        NETLIB_LOGGER.setLevel(Level.SEVERE);
        final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        final PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        final boolean quiet = java.util.Arrays.asList(args).contains("--quiet");
        final ProgressListener progress =
            System.console() != null && !quiet ? new ConsoleProgress(err) : ProgressListener.NONE;
        final int status = run(args, out, err, progress);
        // under the heap limit ./segment estimated from the input, running out of memory asks it for a second run
        // with Java's default limit (it says so itself)
        System.exit(status == EXIT_ERROR && ranOutOfMemory && AUTO_HEAP ? EXIT_RETRY_DEFAULT_HEAP : status);
    }

    /**
     * Set by the {@code segment} launcher ({@code -Dcustseg.heap.auto=true}) when it chose the heap limit from the
     * input's size: running out of memory then prints nothing and ends with {@link #EXIT_RETRY_DEFAULT_HEAP}.
     */
    static final boolean AUTO_HEAP = Boolean.getBoolean("custseg.heap.auto");

    /** Exit status, only with {@link #AUTO_HEAP}: out of memory, the launcher runs the job again. */
    static final int EXIT_RETRY_DEFAULT_HEAP = 3;

    /** Whether this run ran out of memory (reported by {@link #outOfMemory}). */
    private static volatile boolean ranOutOfMemory;

    /** Shows progress on a terminal's stderr, at most twice a second, on one line. */
    private static final class ConsoleProgress implements ProgressListener {
        private final PrintStream err;
        private long last;
        private boolean shown;

        ConsoleProgress(final PrintStream err) {
            this.err = err;
        }

        @Override
        public void progress(final double fraction, final String message) {
            final long now = System.nanoTime();
            if (now - last < 500_000_000L) {
                return;
            }
            last = now;
            final String pct =
                Double.isNaN(fraction) ? "    " : String.format(Locale.ROOT, "%3d%%", (int) (100 * fraction));
            String line = pct + " " + (message == null ? "" : message);
            if (line.length() > 78) {
                line = line.substring(0, 78);
            }
            err.print("\r" + line + " ".repeat(79 - line.length()));
            err.flush();
            shown = true;
        }

        @Override
        public void checkCanceled() {
            // Ctrl-C ends the JVM
        }

        void clear() {
            if (shown) {
                err.print("\r" + " ".repeat(80) + "\r");
                err.flush();
            }
        }
    }

    /**
     * Runs the command without exiting the JVM.
     *
     * @param args the command line
     * @param out where the summary goes
     * @param err where errors go
     * @return the exit status
     */
    public static int run(final String[] args, final PrintStream out, final PrintStream err) {
        return run(args, out, err, ProgressListener.NONE);
    }

    /**
     * Runs the command without exiting the JVM.
     *
     * @param args the command line
     * @param out where the summary goes
     * @param err where errors go
     * @param progress receives progress while the data is segmented and profiled
     * @return the exit status
     */
    public static int run(final String[] args, final PrintStream out, final PrintStream err,
        final ProgressListener progress) {
        final Integer other = runOtherCommand(args, out, err, progress);
        if (other != null) {
            return other;
        }
        reserve = new byte[RESERVE_BYTES];
        try {
            final Computed computed = compute(args, err, progress);
            if (computed.outcome() == null) {
                return computed.exit();
            }
            final CliOptions options = computed.options();
            final SegmentJob.Outcome outcome = computed.outcome();
            final OutputWriter.Written written = write(outcome, options, err);
            if (written == null) {
                return EXIT_ERROR;
            }
            if (!options.quiet()) {
                out.print(summary(outcome, written.files()));
            }
            return EXIT_OK;
        } finally {
            reserve = null;
        }
    }

    /** Size of {@link #reserve}. */
    private static final int RESERVE_BYTES = 2 << 20;

    /**
     * Heap kept back while a fitting run works, and let go when it runs out of memory, so that the message saying so
     * (and the clean-up of a staged output folder) still finds memory: a full heap otherwise fails again while
     * printing.
     */
    private static volatile byte[] reserve;

    /** Lets the reserve go and reports running out of memory. */
    private static void outOfMemory(final PrintStream err, final String after) {
        reserve = null;
        ranOutOfMemory = true;
        if (AUTO_HEAP) {
            return; // the launcher runs the job again with Java's default heap limit, and says so
        }
        err.println("segment: out of memory (Java heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MB); give Java more heap (e.g. JAVA_OPTS=-Xmx8g ./segment ...). For hierarchical clustering or"
            + " k-medoids of large data, --algorithm kmeans or --sample-size also help." + after);
    }

    /**
     * Runs what is not a fitting run: migrate, lift, apply, help, version, export-playbook.
     *
     * @return the exit status, or {@code null} when the command line asks for a fitting run
     */
    private static Integer runOtherCommand(final String[] args, final PrintStream out, final PrintStream err,
        final ProgressListener progress) {
        if (args.length > 0 && args[0].equals("migrate")) {
            return MigrateCommand.run(args, out, err);
        }
        if (args.length > 0 && args[0].equals("lift")) {
            return LiftCommand.run(args, out, err);
        }
        if (args.length > 0 && args[0].equals("apply") || java.util.Arrays.asList(args).contains("--model")) {
            // segment apply ... (or the same options without the word "apply"): score with a saved model
            final String[] rest = args.length > 0 && args[0].equals("apply")
                ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
            if (CliParser.wantsHelp(rest)) {
                out.print(ApplyCommand.HELP);
                return EXIT_OK;
            }
            try {
                return ApplyCommand.main(rest, out, err, progress);
            } finally {
                clearProgress(progress);
            }
        }
        if (CliParser.wantsHelp(args)) {
            out.print(HELP);
            return EXIT_OK;
        }
        if (CliParser.wantsVersion(args)) {
            out.println("segment (" + SegmentationModel.ENGINE_VERSION + ")");
            return EXIT_OK;
        }
        if (args.length > 0 && (args[0].equals("--export-playbook") || args[0].startsWith("--export-playbook="))) {
            return exportPlaybook(args, out, err);
        }
        return null;
    }

    private static void clearProgress(final ProgressListener progress) {
        if (progress instanceof ConsoleProgress) {
            ((ConsoleProgress) progress).clear();
        }
    }

    /**
     * A fitting run's computation, or why it failed.
     *
     * @param options the parsed options ({@code null} on failure)
     * @param outcome the outcome ({@code null} on failure)
     * @param exit the exit status on failure
     */
    private record Computed(CliOptions options, SegmentJob.Outcome outcome, int exit) {
        static Computed failed(final int exit) {
            return new Computed(null, null, exit);
        }
    }

    /** Parses the options, checks --out and runs the job; errors are reported on {@code err}. */
    private static Computed compute(final String[] args, final PrintStream err, final ProgressListener progress) {
        try {
            final CliOptions options = CliParser.parse(args);
            OutputFolder.check(options.out()); // before the computation: a bad --out costs nothing
            try {
                return new Computed(options, SegmentJob.run(options, progress), EXIT_OK);
            } finally {
                clearProgress(progress);
            }
        } catch (final UsageException e) {
            err.println("segment: " + e.getMessage());
            err.println("Run 'segment --help' for usage.");
            return Computed.failed(EXIT_USAGE);
        } catch (final SegmentationException e) {
            err.println("segment: " + e.getMessage());
            if (e.getMessage() != null && e.getMessage().contains("missing-value policy")) {
                err.println("On the command line: --missing drop | mean | median.");
            }
            return Computed.failed(EXIT_ERROR);
        } catch (final IOException | UncheckedIOException e) {
            err.println("segment: could not read the input: " + e.getMessage());
            return Computed.failed(EXIT_ERROR);
        } catch (final CanceledException e) {
            err.println("segment: canceled.");
            return Computed.failed(EXIT_ERROR);
        } catch (final RuntimeException e) {
            err.println("segment: internal error (" + e + "); please report it with the command line used.");
            e.printStackTrace(err);
            return Computed.failed(EXIT_ERROR);
        } catch (final OutOfMemoryError e) {
            outOfMemory(err, "");
            return Computed.failed(EXIT_ERROR);
        }
    }

    /**
     * Writes the results all or nothing: into a new folder next to --out, then swapped into place.
     *
     * @return what was written, or {@code null} after reporting the failure on {@code err}
     */
    private static OutputWriter.Written write(final SegmentJob.Outcome outcome, final CliOptions options,
        final PrintStream err) {
        Path staged = null;
        try {
            staged = OutputFolder.staging(options.out());
            final OutputWriter.Written written = OutputWriter.write(outcome, staged, true);
            if (written.reportProblem() != null) {
                OutputFolder.discard(staged);
                err.println("segment: " + written.reportProblem() + " Nothing was written; " + options.out()
                    + " is unchanged.");
                return null;
            }
            OutputFolder.commit(staged, options.out());
            return written;
        } catch (final IOException | UncheckedIOException e) {
            OutputFolder.discard(staged);
            final IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            err.println("segment: could not write the results to " + options.out() + ": "
                + OutputFolder.reason(io, options.out()) + ". Nothing was written; " + options.out()
                + " is unchanged.");
            return null;
        } catch (final OutOfMemoryError e) {
            reserve = null; // before the clean-up, which needs memory too; the message comes after it
            OutputFolder.discard(staged);
            outOfMemory(err, " Nothing was written; " + options.out() + " is unchanged.");
            return null;
        }
    }

    /** {@code segment --export-playbook FILE}: writes the built-in playbook as CSV to edit and feed back. */
    private static int exportPlaybook(final String[] args, final PrintStream out, final PrintStream err) {
        final String target = args[0].contains("=") ? args[0].substring(args[0].indexOf('=') + 1)
            : args.length > 1 ? args[1] : null;
        final int used = args[0].contains("=") ? 1 : 2;
        if (target == null || target.isBlank() || target.startsWith("--")) {
            err.println("segment: Option --export-playbook needs a value (the CSV file to write).");
            return EXIT_USAGE;
        }
        if (args.length > used) {
            err.println("segment: Option --export-playbook stands alone; \"" + args[used]
                + "\" cannot be combined with it.");
            return EXIT_USAGE;
        }
        final Path file = Path.of(target);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Playbook.defaultPlaybook().toCsv(w);
        } catch (final IOException e) {
            err.println("segment: could not write " + file + ": " + e.getMessage());
            return EXIT_ERROR;
        }
        out.println("Built-in playbook (" + Playbook.defaultPlaybook().rules().size() + " rules) written to " + file
            + "; edit it and pass it back with --playbook " + file + " [--playbook-mode replace].");
        return EXIT_OK;
    }

    /** The short stdout summary: input and preparation, method and k, segments, stability, warnings, files. */
    static String summary(final SegmentJob.Outcome o, final List<Path> files) {
        final StringBuilder b = new StringBuilder();
        appendInput(b, o);
        appendMethod(b, o);
        appendSegments(b, o);
        appendStability(b, o);
        for (final String w : o.warnings()) {
            b.append("Warning: ").append(w).append('\n');
        }
        for (final String n : o.notes()) {
            b.append("Note: ").append(n).append('\n');
        }
        appendFilesWritten(b, o.options().out(), files);
        return b.toString();
    }

    /** Appends the line "Files written to OUT: a.csv, b.csv" of a run's summary. */
    static void appendFilesWritten(final StringBuilder b, final Path out, final List<Path> files) {
        final List<String> names = new ArrayList<>();
        for (final Path f : files) {
            names.add(f.getFileName().toString());
        }
        b.append("Files written to ").append(out).append(": ").append(String.join(", ", names)).append('\n');
    }

    /** The summary's lines on the input and what preparation did to it. */
    private static void appendInput(final StringBuilder b, final SegmentJob.Outcome o) {
        final InputData in = o.input();
        final SegmentationResult r = o.result();
        b.append("Read ").append(in.features().rows()).append(" rows from ").append(in.source()).append('\n');
        b.append("Columns used (").append(in.usedColumns().size()).append("): ")
            .append(String.join(", ", r.model().featureNames())).append('\n');
        for (final Map.Entry<String, String> e : in.skippedColumns().entrySet()) {
            b.append("Column skipped: ").append(e.getKey()).append(" (").append(e.getValue()).append(")\n");
        }
        for (final String col : r.preparation().droppedConstantColumns()) {
            b.append("Column dropped: ").append(col).append(" (constant)\n");
        }
        for (final Map.Entry<String, Integer> e : r.preparation().imputedCounts().entrySet()) {
            if (e.getValue() > 0) {
                b.append("Missing values imputed: ").append(e.getKey()).append(' ').append(e.getValue()).append(" (")
                    .append(o.config().missing() == MissingPolicy.IMPUTE_MEAN ? "mean" : "median")
                    .append(")\n");
            }
        }
        if (r.preparation().droppedRows() > 0) {
            b.append("Unassigned: ").append(r.preparation().droppedRows()).append(" of ").append(r.rows())
                .append(" rows have missing values and were left out (--missing drop): empty segment in")
                .append(" assignments.csv; not profiled, not recommended on\n");
        }
        for (final String w : r.preparation().otherWarnings()) {
            b.append("Warning: ").append(w).append('\n');
        }
        b.append("Identifier: ").append(in.idColumnDescription()).append('\n');
    }

    /** The summary's lines on the algorithm, the number of segments and the quality verdict. */
    private static void appendMethod(final StringBuilder b, final SegmentJob.Outcome o) {
        final SegmentationResult r = o.result();
        final SegmentationConfig c = o.config();
        b.append("Algorithm: ").append(OutputWriter.describeAlgorithm(c)).append("; scaling ")
            .append(OutputWriter.scalingWords(c.scaling())).append("; seed ").append(c.seed())
            .append('\n');
        if (c.automaticK()) {
            b.append(KSelectionTable.chosenLine(r.kSelection(), r.k(), c.criterion(), c.kMin(), c.kMax()))
                .append('\n');
        } else {
            b.append("k = ").append(r.k()).append(" (fixed)\n");
        }
        b.append(QualityVerdict.of(r, c).text()).append('\n');
    }

    /** The summary's table of segments: name, size, share, persona and top action. */
    private static void appendSegments(final StringBuilder b, final SegmentJob.Outcome o) {
        final SegmentationResult r = o.result();
        final DecimalFormat pct = new DecimalFormat("0.0%", DecimalFormatSymbols.getInstance(Locale.ROOT));
        b.append("Segments:\n");
        final int width = Integer.toString(r.rows()).length();
        for (int s = 0; s < r.k(); s++) {
            final String name = r.segmentName(s);
            final SegmentSummary sum = o.profile().summary(name);
            b.append(String.format(Locale.ROOT, "  %-11s %" + width + "d  %6s  %s\n", name, sum.size(),
                pct.format(sum.share()), sum.persona()));
            final List<Recommendation> recs = o.recommendations().forSegment(name);
            if (!recs.isEmpty()) {
                b.append("  ").append(" ".repeat(11)).append(" top action: ").append(recs.get(0).action())
                    .append('\n');
            }
        }
    }

    /** The summary's stability line, when stability was assessed. */
    private static void appendStability(final StringBuilder b, final SegmentJob.Outcome o) {
        if (o.stability() == null) {
            return;
        }
        final DecimalFormat three = new DecimalFormat("0.000", DecimalFormatSymbols.getInstance(Locale.ROOT));
        b.append("Stability (").append(o.stability().resamples()).append(' ')
            .append(o.stability().method().name().toLowerCase(Locale.ROOT)).append(" resamples, mean Jaccard): ");
        final List<String> parts = new ArrayList<>();
        for (final StabilityResult.Segment seg : o.stability().segments()) {
            parts.add(o.result().segmentName(seg.index()) + " " + three.format(seg.meanJaccard()) + " "
                + seg.verdict().words().replaceFirst(":.*", ""));
        }
        b.append(String.join(", ", parts)).append('\n');
    }
}
