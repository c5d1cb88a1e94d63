package org.custseg.engine.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.custseg.engine.segment.AlgorithmSpec;
import org.custseg.engine.segment.Algorithms;
import org.custseg.engine.stability.StabilityConfig;

/**
 * Parses the arguments of {@code segment} into {@link CliOptions}. Every mistake becomes a {@link UsageException}
 * whose message names the option, the value given and what is allowed. Options are written {@code --name value} or
 * {@code --name=value}; each may be given once.
 */
public final class CliParser {

    /** Options that take a value, with the allowed words where the value is a choice. */
    private static final Map<String, Map<String, String>> CHOICES = new LinkedHashMap<>();

    private static final Set<String> VALUE_OPTIONS = Set.of("--input", "--out", "--columns", "--id-column",
        "--algorithm", "--k", "--k-range", "--criterion", "--missing", "--scaling", "--seed", "--restarts",
        "--linkage", "--engine", "--sample-size", "--playbook", "--playbook-mode", "--names",
        "--stability", "--stability-method", "--distance", "--covariance");

    private static final Set<String> FLAG_OPTIONS = Set.of("--quiet", "--help", "-h", "--version");

    private static final Pattern K_RANGE = Pattern.compile("\\s*(-?\\d+)\\s*\\.\\.\\s*(-?\\d+)\\s*");

    static {
        CHOICES.put("--algorithm", choices("kmeans", "KMEANS", "k-means", "KMEANS", "hierarchical", "HIERARCHICAL",
            "em", "EM", "kmedoids", "KMEDOIDS"));
        CHOICES.put("--covariance", choices("diagonal", "DIAGONAL", "full", "FULL"));
        CHOICES.put("--distance", choices("euclidean", "EUCLIDEAN", "manhattan", "MANHATTAN", "gower", "GOWER"));
        CHOICES.put("--criterion", choices("silhouette", "SILHOUETTE", "calinski-harabasz", "CALINSKI_HARABASZ",
            "davies-bouldin", "DAVIES_BOULDIN", "sse-knee", "SSE_KNEE", "bic", "BIC"));
        CHOICES.put("--missing", choices("fail", "FAIL", "drop", "DROP_ROWS", "mean", "IMPUTE_MEAN", "median",
            "IMPUTE_MEDIAN"));
        CHOICES.put("--scaling", choices("zscore", "ZSCORE", "minmax", "MINMAX", "none", "NONE"));
        CHOICES.put("--linkage", choices("ward", "WARD", "single", "SINGLE", "complete", "COMPLETE", "average",
            "AVERAGE", "mean", "MEAN", "centroid", "CENTROID", "adjcomplete", "ADJCOMPLETE", "neighbor-joining",
            "NEIGHBOR_JOINING"));
        CHOICES.put("--engine", choices("fast", "FAST", "weka", "WEKA"));
        CHOICES.put("--playbook-mode", choices("replace", "REPLACE", "extend", "EXTEND"));
        CHOICES.put("--stability-method", choices("bootstrap", "BOOTSTRAP", "subsample", "SUBSAMPLE"));
    }

    /** Algorithms with a choice of engine (fast or weka). */
    private static final Set<String> ENGINE_ALGORITHMS = Set.of("KMEANS", "EM", "HIERARCHICAL");

    private static final Set<String> WEKA_ONLY_LINKAGES = Set.of("MEAN", "CENTROID", "ADJCOMPLETE",
        "NEIGHBOR_JOINING");

    private CliParser() {
    }

    private static Map<String, String> choices(final String... pairs) {
        final Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /**
     * @param args the raw arguments
     * @return {@code true} when {@code --help} or {@code -h} is among them (help wins over everything else)
     */
    public static boolean wantsHelp(final String[] args) {
        for (final String a : args) {
            if ("--help".equals(a) || "-h".equals(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param args the raw arguments
     * @return {@code true} when {@code --version} is among them
     */
    public static boolean wantsVersion(final String[] args) {
        for (final String a : args) {
            if ("--version".equals(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses and checks the arguments. Does not look at the contents of the input file.
     *
     * @param args the raw arguments
     * @return the options
     * @throws UsageException naming the option and value when something is wrong
     */
    public static CliOptions parse(final String[] args) throws UsageException {
        final Map<String, String> given = new LinkedHashMap<>();
        final Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            final int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            if ("--export-playbook".equals(arg)) {
                throw new UsageException("Option --export-playbook stands alone: run"
                    + " 'segment --export-playbook playbook.csv' without other options.");
            }
            if (FLAG_OPTIONS.contains(arg)) {
                if (value != null) {
                    throw new UsageException("Option " + arg + " takes no value, but \"" + value + "\" was given.");
                }
                flags.add(arg);
                continue;
            }
            if (!VALUE_OPTIONS.contains(arg)) {
                if (arg.startsWith("-")) {
                    throw new UsageException("Unknown option \"" + arg + "\"." + suggestion(arg)
                        + " Run 'segment --help' for the list of options.");
                }
                throw new UsageException("Unexpected argument \"" + arg
                    + "\": every value belongs to an option (e.g. --input customers.csv)."
                    + " Run 'segment --help' for the list of options.");
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("Option " + arg + " needs a value" + valueHint(arg) + ".");
                }
                value = args[++i];
            }
            if (given.containsKey(arg)) {
                throw new UsageException("Option " + arg + " is given twice (\"" + given.get(arg) + "\" and \""
                    + value + "\"); give it once.");
            }
            given.put(arg, value);
        }
        return build(given, flags);
    }

    private static String suggestion(final String arg) {
        final String bare = arg.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        final List<String> all = new ArrayList<>(VALUE_OPTIONS);
        all.addAll(FLAG_OPTIONS);
        all.sort(null);
        for (final String o : all) {
            final int d = editDistance(bare, o.replaceFirst("^-+", ""));
            if (d < bestDistance) {
                bestDistance = d;
                best = o;
            }
        }
        return best != null && bestDistance <= 2 ? " Did you mean " + best + "?" : "";
    }

    private static int editDistance(final String a, final String b) {
        final int[] prev = new int[b.length() + 1];
        final int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                final int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            System.arraycopy(cur, 0, prev, 0, cur.length);
        }
        return prev[b.length()];
    }

    private static String valueHint(final String option) {
        final Map<String, String> c = CHOICES.get(option);
        if (c != null) {
            return " (one of " + allowed(option) + ")";
        }
        switch (option) {
            case "--input":
                return " (the customer CSV file)";
            case "--out":
                return " (the output directory)";
            case "--k":
                return " (a whole number of segments, at least 2)";
            case "--k-range":
                return " (e.g. 2..8)";
            case "--columns":
                return " (comma-separated column names)";
            default:
                return "";
        }
    }

    private static String allowed(final String option) {
        return String.join(", ",
            CHOICES.get(option).keySet().stream().filter(w -> !"k-means".equals(w)).toList());
    }

    private static String choice(final Map<String, String> given, final String option, final String dflt)
        throws UsageException {
        final String v = given.get(option);
        if (v == null) {
            return dflt;
        }
        String mapped = CHOICES.get(option).get(v.trim().toLowerCase(Locale.ROOT));
        if (mapped == null && "--algorithm".equals(option)) {
            mapped = addedAlgorithm(v);
        }
        if (mapped == null) {
            throw new UsageException("Option " + option + " does not accept \"" + v + "\"; use one of "
                + allowed(option) + ".");
        }
        return mapped;
    }

    /** @return the name of an algorithm added through the engine's registry (not a built-in), or {@code null} */
    private static String addedAlgorithm(final String v) {
        final String wanted = v.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (final AlgorithmSpec s : Algorithms.all()) {
            if (s.algorithm().name().equals(wanted)) {
                return wanted;
            }
        }
        return null;
    }

    private static long parseLong(final String option, final String v, final String what) throws UsageException {
        try {
            return Long.parseLong(v.trim());
        } catch (final NumberFormatException e) {
            throw new UsageException(
                "Option " + option + " needs " + what + ", but \"" + v + "\" is not a whole number.");
        }
    }

    private static int parseInt(final String option, final String v, final int min, final String what)
        throws UsageException {
        final long x = parseLong(option, v, what);
        if (x < min || x > Integer.MAX_VALUE) {
            throw new UsageException("Option " + option + " needs " + what + ", but \"" + v.trim() + "\" is "
                + (x < min ? "less than " + min : "too large") + ".");
        }
        return (int) x;
    }

    private static Path existingFile(final Map<String, String> given, final String option, final String what)
        throws UsageException {
        final String v = given.get(option);
        if (v == null) {
            return null;
        }
        final Path p = path(option, v);
        if (!Files.exists(p)) {
            throw new UsageException("Option " + option + ": the " + what + " \"" + v
                + "\" does not exist; check the path (relative paths start in " + Path.of("").toAbsolutePath()
                + ").");
        }
        if (Files.isDirectory(p)) {
            throw new UsageException("Option " + option + ": \"" + v + "\" is a directory; give the " + what
                + " itself.");
        }
        if (!Files.isReadable(p)) {
            throw new UsageException("Option " + option + ": the " + what + " \"" + v + "\" cannot be read;"
                + " check its permissions.");
        }
        return p;
    }

    private static Path path(final String option, final String v) throws UsageException {
        if (v.isBlank()) {
            throw new UsageException("Option " + option + " needs a path, but the value is empty.");
        }
        try {
            return Path.of(v);
        } catch (final InvalidPathException e) {
            throw new UsageException("Option " + option + ": \"" + v + "\" is not a valid path (" + e.getReason()
                + ").");
        }
    }

    private static CliOptions build(final Map<String, String> given, final Set<String> flags)
        throws UsageException {
        if (!given.containsKey("--input")) {
            throw new UsageException("Missing required option --input <csv>: the customer CSV file to segment."
                + " Example: segment --input customers.csv --out results");
        }
        if (!given.containsKey("--out")) {
            throw new UsageException("Missing required option --out <dir>: the directory the results are written"
                + " to (created when missing). Example: segment --input customers.csv --out results");
        }
        final Path input = existingFile(given, "--input", "input file");
        final Path out = path("--out", given.get("--out"));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("Option --out: \"" + given.get("--out")
                + "\" is a file, not a directory; give a directory (it is created when missing).");
        }

        final List<String> columns = columns(given);
        final String idColumn = idColumn(given, columns);
        final String algorithm = choice(given, "--algorithm", "KMEANS");
        final KRange kr = kRange(given);
        final String criterion = choice(given, "--criterion", "SILHOUETTE");
        checkCriterion(given, criterion, kr.k(), algorithm);
        final String missing = choice(given, "--missing", "FAIL");
        final String scaling = choice(given, "--scaling", "ZSCORE");
        final long seed = given.containsKey("--seed") ? parseLong("--seed", given.get("--seed"), "a whole-number seed")
            : CliOptions.DEFAULT_SEED;
        final AlgorithmOptions ao = algorithmOptions(given, algorithm);

        final Path playbook = existingFile(given, "--playbook", "playbook file");
        final String mode = choice(given, "--playbook-mode", "EXTEND");
        if (given.containsKey("--playbook-mode") && playbook == null) {
            throw new UsageException("Option --playbook-mode \"" + given.get("--playbook-mode")
                + "\" needs --playbook <file.csv>.");
        }
        final Path names = existingFile(given, "--names", "names file");

        final int stability = stability(given);
        final String stabilityMethod = choice(given, "--stability-method", "BOOTSTRAP");
        if (given.containsKey("--stability-method") && stability == 0) {
            throw new UsageException("Option --stability-method \"" + given.get("--stability-method")
                + "\" needs a stability assessment, but --stability 0 switches it off; drop one of the two.");
        }

        return new CliOptions(input, out, columns, idColumn, algorithm, kr.k(), kr.kMin(), kr.kMax(), criterion,
            missing, scaling, seed, ao.restarts(), ao.linkage(), ao.engine(), ao.sampleSize(), playbook,
            "EXTEND".equals(mode), names, flags.contains("--quiet"), stability, stabilityMethod, ao.distance(),
            ao.covariance());
    }

    /** @return the --columns list (empty when not given), each name once */
    private static List<String> columns(final Map<String, String> given) throws UsageException {
        final List<String> columns = new ArrayList<>();
        if (given.containsKey("--columns")) {
            final Set<String> seen = new HashSet<>();
            for (final String part : given.get("--columns").split(",", -1)) {
                final String name = part.trim();
                if (name.isEmpty()) {
                    throw new UsageException("Option --columns \"" + given.get("--columns")
                        + "\" has an empty column name; separate names with single commas, e.g. --columns a,b,c.");
                }
                if (!seen.add(name)) {
                    throw new UsageException("Option --columns names \"" + name + "\" twice; list each column once.");
                }
                columns.add(name);
            }
        }
        return columns;
    }

    /** @return the --id-column (trimmed), or {@code null}; it must not be a feature column */
    private static String idColumn(final Map<String, String> given, final List<String> columns)
        throws UsageException {
        final String idColumn = given.containsKey("--id-column") ? given.get("--id-column").trim() : null;
        if (idColumn != null && idColumn.isEmpty()) {
            throw new UsageException("Option --id-column needs a column name, but the value is empty.");
        }
        if (idColumn != null && columns.contains(idColumn)) {
            throw new UsageException("Column \"" + idColumn + "\" is given both as --id-column and in --columns;"
                + " an identifier cannot also be a segmentation feature.");
        }
        return idColumn;
    }

    /**
     * The number of segments asked for.
     *
     * @param k the fixed k, 0 when k is chosen automatically
     * @param kMin the smallest k tried
     * @param kMax the largest k tried
     */
    private record KRange(int k, int kMin, int kMax) {
    }

    /** @return --k or --k-range (they exclude each other), with the defaults for what is not given */
    private static KRange kRange(final Map<String, String> given) throws UsageException {
        int k = 0;
        int kMin = CliOptions.DEFAULT_K_MIN;
        int kMax = CliOptions.DEFAULT_K_MAX;
        if (given.containsKey("--k") && given.containsKey("--k-range")) {
            throw new UsageException("Options --k (\"" + given.get("--k") + "\") and --k-range (\""
                + given.get("--k-range") + "\") exclude each other: give --k for a fixed number of segments or"
                + " --k-range to choose it automatically.");
        }
        if (given.containsKey("--k")) {
            k = parseInt("--k", given.get("--k"), 2, "a whole number of segments of at least 2");
        }
        if (given.containsKey("--k-range")) {
            final String v = given.get("--k-range");
            final Matcher m = K_RANGE.matcher(v);
            if (!m.matches()) {
                throw new UsageException("Option --k-range \"" + v + "\" is not a range; write MIN..MAX, e.g. 2..8.");
            }
            kMin = parseInt("--k-range", m.group(1), 2, "a smallest k of at least 2");
            kMax = parseInt("--k-range", m.group(2), 2, "a largest k of at least 2");
            if (kMin > kMax) {
                throw new UsageException("Option --k-range \"" + v + "\" runs backwards: the smallest k (" + kMin
                    + ") is larger than the largest (" + kMax + "); write it as " + kMax + ".." + kMin + ".");
            }
        }
        return new KRange(k, kMin, kMax);
    }

    /** Checks that --criterion fits a k chosen automatically and the algorithm. */
    private static void checkCriterion(final Map<String, String> given, final String criterion, final int k,
        final String algorithm) throws UsageException {
        if (given.containsKey("--criterion") && k > 0) {
            throw new UsageException("Option --criterion \"" + given.get("--criterion")
                + "\" only applies when k is chosen automatically, but --k " + k
                + " fixes it; drop one of the two.");
        }
        if ("BIC".equals(criterion) && !"EM".equals(algorithm)) {
            throw new UsageException("Option --criterion bic needs --algorithm em (BIC comes from EM's"
                + " likelihood); with " + given.getOrDefault("--algorithm", "kmeans")
                + " use silhouette, calinski-harabasz, davies-bouldin or sse-knee.");
        }
    }

    /**
     * The options that apply to some algorithms only.
     *
     * @param restarts --restarts, 0 when not given
     * @param distance --distance, or {@code null}
     * @param covariance --covariance, or {@code null}
     * @param linkage --linkage, or {@code null}
     * @param engine --engine, or {@code null}
     * @param sampleSize --sample-size, 0 when not given
     */
    private record AlgorithmOptions(int restarts, String distance, String covariance, String linkage, String engine,
        int sampleSize) {
    }

    /** @return the algorithm-specific options, each checked to apply to the algorithm */
    private static AlgorithmOptions algorithmOptions(final Map<String, String> given, final String algorithm)
        throws UsageException {
        int restarts = 0;
        if (given.containsKey("--restarts")) {
            if (!"KMEANS".equals(algorithm) && !"KMEDOIDS".equals(algorithm)) {
                throw new UsageException("Option --restarts only applies to --algorithm kmeans or kmedoids.");
            }
            restarts = parseInt("--restarts", given.get("--restarts"), 1, "a number of seeded runs of at least 1");
        }
        final String distance = choice(given, "--distance", null);
        if (distance != null && !"KMEDOIDS".equals(algorithm)) {
            throw new UsageException("Option --distance only applies to --algorithm kmedoids.");
        }
        final String covariance = choice(given, "--covariance", null);
        if (covariance != null && !"EM".equals(algorithm)) {
            throw new UsageException("Option --covariance only applies to --algorithm em.");
        }
        final String linkage = choice(given, "--linkage", null);
        final String engine = choice(given, "--engine", null);
        int sampleSize = 0;
        if (given.containsKey("--sample-size")) {
            sampleSize = parseInt("--sample-size", given.get("--sample-size"), 0,
                "a number of rows of at least 0 (0 = cluster all rows)");
        }
        for (final String o : List.of("--linkage", "--sample-size")) {
            if (given.containsKey(o) && !"HIERARCHICAL".equals(algorithm)) {
                throw new UsageException("Option " + o + " only applies to --algorithm hierarchical.");
            }
        }
        if (engine != null && !ENGINE_ALGORITHMS.contains(algorithm)) {
            throw new UsageException("Option --engine only applies to --algorithm kmeans, em or hierarchical.");
        }
        if (linkage != null && WEKA_ONLY_LINKAGES.contains(linkage) && !"WEKA".equals(engine)) {
            throw new UsageException("Option --linkage " + given.get("--linkage")
                + " exists only in Weka's engine; add --engine weka, or use ward, single, complete or average.");
        }
        return new AlgorithmOptions(restarts, distance, covariance, linkage, engine, sampleSize);
    }

    /** @return --stability, the number of resamples (the default when not given) */
    private static int stability(final Map<String, String> given) throws UsageException {
        int stability = StabilityConfig.DEFAULT_RESAMPLES;
        if (given.containsKey("--stability")) {
            stability = parseInt("--stability", given.get("--stability"), 0,
                "a number of resamples of at least 0 (0 = no stability assessment)");
            if (stability > StabilityConfig.MAX_RESAMPLES) {
                throw new UsageException("Option --stability needs at most " + StabilityConfig.MAX_RESAMPLES
                    + " resamples, but \"" + given.get("--stability").trim() + "\" was given.");
            }
        }
        return stability;
    }
}
