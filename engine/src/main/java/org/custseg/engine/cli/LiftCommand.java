package org.custseg.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.lift.CampaignLift;

/**
 * {@code segment lift --outcomes <outcomes.csv> --out <dir> [--alpha 0.05] [--seed S]}: campaign read-out per
 * segment &times; action, treated against holdout ({@link CampaignLift}); writes {@code lift.csv}.
 */
final class LiftCommand {

    static final String HELP = String.join("\n",
        "Usage: segment lift --outcomes <outcomes.csv> --out <dir> [--alpha 0.05] [--seed S]",
        "",
        "Reads campaign outcomes, one row per customer: columns segment, action, holdout (true/false),",
        "responded (yes/no, true/false or 1/0; blank = not recorded) and/or value (a number; blank = none).",
        "Writes lift.csv: per segment and action the response of treated and holdout customers, absolute and",
        "relative lift with a Newcombe (hybrid Wilson score) interval, the mean value difference with a",
        "bootstrap interval, and p-values adjusted by Holm's method over the whole read-out.",
        "");

    private LiftCommand() {
    }

    static int run(final String[] args, final PrintStream out, final PrintStream err) {
        final Map<String, String> given = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            final String a = args[i];
            if ("--help".equals(a) || "-h".equals(a)) {
                out.print(HELP);
                return SegmentCli.EXIT_OK;
            }
            if (!List.of("--outcomes", "--out", "--alpha", "--seed").contains(a) || i + 1 >= args.length) {
                err.println("segment lift: unknown option or missing value at \"" + a + "\"; run 'segment lift --help'.");
                return SegmentCli.EXIT_USAGE;
            }
            if (given.put(a, args[++i]) != null) {
                err.println("segment lift: option " + a + " is given twice; give it once.");
                return SegmentCli.EXIT_USAGE;
            }
        }
        if (!given.containsKey("--outcomes") || !given.containsKey("--out")) {
            err.println("segment lift: --outcomes and --out are required; run 'segment lift --help'.");
            return SegmentCli.EXIT_USAGE;
        }
        final double alpha;
        final long seed;
        try {
            alpha = Double.parseDouble(given.getOrDefault("--alpha", "0.05"));
            seed = Long.parseLong(given.getOrDefault("--seed", "1"));
            if (!(alpha > 0 && alpha < 1)) {
                throw new NumberFormatException();
            }
        } catch (final NumberFormatException e) {
            err.println("segment lift: --alpha needs a number between 0 and 1 (e.g. 0.05) and --seed a whole number.");
            return SegmentCli.EXIT_USAGE;
        }
        final List<CampaignLift.Row> rows;
        try {
            rows = CampaignLift.readOut(read(Path.of(given.get("--outcomes"))), alpha, CampaignLift.DEFAULT_BOOTSTRAP,
                seed);
        } catch (final SegmentationException | IOException e) {
            err.println("segment lift: " + e.getMessage());
            return SegmentCli.EXIT_ERROR;
        }
        final CsvOut csv = liftCsv(rows);
        final Path dir = Path.of(given.get("--out"));
        try {
            Files.createDirectories(dir);
            csv.write(dir.resolve("lift.csv"));
        } catch (final IOException e) {
            err.println("segment lift: could not write to " + dir + ": " + e.getMessage());
            return SegmentCli.EXIT_ERROR;
        }
        printSummary(out, rows);
        out.println("Written: " + dir.resolve("lift.csv"));
        return SegmentCli.EXIT_OK;
    }

    /** @return lift.csv: one row per group (segment / action) */
    private static CsvOut liftCsv(final List<CampaignLift.Row> rows) {
        final CsvOut csv = new CsvOut(List.of("group", "treated", "treated_responders", "holdout",
            "holdout_responders", "treated_rate", "holdout_rate", "absolute_lift", "relative_lift", "lift_lower",
            "lift_upper", "p_value", "holm_adjusted_p", "significant", "treated_mean_value", "holdout_mean_value",
            "value_lift", "value_lower", "value_upper", "value_p", "value_holm_adjusted_p", "value_significant"));
        for (final CampaignLift.Row r : rows) {
            csv.row(List.of(r.group(), Integer.toString(r.treated()), Integer.toString(r.treatedResponders()),
                Integer.toString(r.holdout()), Integer.toString(r.holdoutResponders()), n(r.treatedRate()),
                n(r.holdoutRate()), n(r.absoluteLift()), n(r.relativeLift()), n(r.lower()), n(r.upper()),
                OutputWriter.p(r.p()), OutputWriter.p(r.adjustedP()), Boolean.toString(r.significant()),
                n(r.treatedMeanValue()), n(r.holdoutMeanValue()), n(r.valueLift()), n(r.valueLower()),
                n(r.valueUpper()), OutputWriter.p(r.valueP()), OutputWriter.p(r.valueAdjustedP()),
                Boolean.toString(r.valueSignificant())));
        }
        return csv;
    }

    /** Prints one line per group: sizes and the absolute lift with its interval. */
    private static void printSummary(final PrintStream out, final List<CampaignLift.Row> rows) {
        for (final CampaignLift.Row r : rows) {
            out.printf(Locale.ROOT, "%s: treated %d, holdout %d, lift %s (%s to %s)%s%n", r.group(), r.treated(),
                r.holdout(), pct(r.absoluteLift()), pct(r.lower()), pct(r.upper()),
                r.significant() ? ", significant after Holm" : "");
        }
    }

    private static String n(final double v) {
        return CsvOut.number(v, 6);
    }

    private static String pct(final double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%+.1f pp", 100 * v);
    }

    static List<CampaignLift.Outcome> read(final Path file) throws IOException, SegmentationException {
        if (!Files.isRegularFile(file)) {
            throw new SegmentationException("The outcomes file " + file + " does not exist.");
        }
        final List<CampaignLift.Outcome> out = new ArrayList<>();
        try (Reader rd = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(rd)) {
            final Map<String, Integer> col = new HashMap<>();
            final List<String> header = p.getHeaderNames();
            for (int i = 0; i < header.size(); i++) {
                col.putIfAbsent(header.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), i);
            }
            for (final String need : List.of("segment", "action", "holdout")) {
                if (!col.containsKey(need)) {
                    throw new SegmentationException(file + " has no \"" + need + "\" column; the outcomes need"
                        + " segment, action, holdout and responded and/or value.");
                }
            }
            if (!col.containsKey("responded") && !col.containsKey("value")) {
                throw new SegmentationException(file + " has neither a \"responded\" nor a \"value\" column.");
            }
            for (final CSVRecord rec : p) {
                final long line = rec.getRecordNumber() + 1;
                final Boolean holdout = bool(rec.get(col.get("holdout")));
                if (holdout == null) {
                    throw new SegmentationException(file + ", line " + line + ", column holdout: \""
                        + rec.get(col.get("holdout")) + "\" is not true/false (or yes/no, 1/0).");
                }
                Boolean responded = null;
                if (col.containsKey("responded") && !rec.get(col.get("responded")).isBlank()) {
                    responded = bool(rec.get(col.get("responded")));
                    if (responded == null) {
                        throw new SegmentationException(file + ", line " + line + ", column responded: \""
                            + rec.get(col.get("responded")) + "\" is not yes/no (or true/false, 1/0).");
                    }
                }
                double value = Double.NaN;
                if (col.containsKey("value") && !rec.get(col.get("value")).isBlank()) {
                    try {
                        value = Double.parseDouble(rec.get(col.get("value")).trim());
                    } catch (final NumberFormatException e) {
                        throw new SegmentationException(file + ", line " + line + ", column value: \""
                            + rec.get(col.get("value")) + "\" is not a number ('.' as decimal separator).");
                    }
                }
                out.add(new CampaignLift.Outcome(rec.get(col.get("segment")).trim() + " / "
                    + rec.get(col.get("action")).trim(), holdout, responded, value));
            }
        }
        return out;
    }

    private static Boolean bool(final String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "y" -> Boolean.TRUE;
            case "false", "no", "0", "n" -> Boolean.FALSE;
            default -> null;
        };
    }
}
