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
import org.custseg.engine.migration.MigrationResult;
import org.custseg.engine.migration.NamedMove;
import org.custseg.engine.migration.ScoredCustomers;
import org.custseg.engine.migration.SegmentMigration;

/**
 * {@code segment migrate --before <assignments.csv> --after <assignments.csv> --out <dir> [--moves <moves.csv>]}:
 * who moved between two runs of the same model. Reads two {@code assignments.csv} files (the first column is the
 * customer id; {@code segment}, optional {@code persona} and {@code model_fingerprint}), writes
 * {@code migration-matrix.csv} and {@code movers.csv}.
 */
final class MigrateCommand {

    static final String HELP = String.join("\n",
        "Usage: segment migrate --before <assignments.csv> --after <assignments.csv> --out <dir>",
        "                       [--moves <moves.csv>]",
        "",
        "Compares two scored tables of the same model (e.g. last month's and this month's assignments.csv),",
        "joined by customer id (first column). Tables scored by different models (model_fingerprint) are refused.",
        "",
        "  --before <file.csv>   the earlier assignments (columns: id, segment, [persona], [model_fingerprint])",
        "  --after <file.csv>    the later assignments, same columns",
        "  --out <dir>           output directory, created when missing",
        "  --moves <file.csv>    optional named moves, rows \"name,from,to\" (header optional); from and to are a",
        "                        segment or persona, * = any; e.g. \"at risk,High-limit digital,*\"",
        "",
        "Files written to --out:",
        "  migration-matrix.csv  per previous and current segment: customers and share of the previous segment",
        "  movers.csv            per customer who moved, is new or is gone: from/to segment and persona, moves",
        "");

    private MigrateCommand() {
    }

    static int run(final String[] args, final PrintStream out, final PrintStream err) {
        final Map<String, String> given = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            final String a = args[i];
            if ("--help".equals(a) || "-h".equals(a)) {
                out.print(HELP);
                return SegmentCli.EXIT_OK;
            }
            if (!List.of("--before", "--after", "--out", "--moves").contains(a)) {
                err.println("segment migrate: unknown option \"" + a + "\"; use --before, --after, --out, --moves.");
                return SegmentCli.EXIT_USAGE;
            }
            if (i + 1 >= args.length) {
                err.println("segment migrate: option " + a + " needs a value.");
                return SegmentCli.EXIT_USAGE;
            }
            if (given.put(a, args[++i]) != null) {
                err.println("segment migrate: option " + a + " is given twice; give it once.");
                return SegmentCli.EXIT_USAGE;
            }
        }
        for (final String required : List.of("--before", "--after", "--out")) {
            if (!given.containsKey(required)) {
                err.println("segment migrate: missing option " + required + ". Run 'segment migrate --help'.");
                return SegmentCli.EXIT_USAGE;
            }
        }
        final MigrationResult r;
        try {
            final List<NamedMove> moves = given.containsKey("--moves") ? moves(Path.of(given.get("--moves")))
                : List.of();
            r = SegmentMigration.compare(read(Path.of(given.get("--before"))), read(Path.of(given.get("--after"))),
                moves);
        } catch (final SegmentationException e) {
            err.println("segment migrate: " + e.getMessage());
            return SegmentCli.EXIT_ERROR;
        } catch (final IOException | IllegalArgumentException e) {
            err.println("segment migrate: " + e.getMessage());
            return SegmentCli.EXIT_ERROR;
        }
        final Path dir = Path.of(given.get("--out"));
        try {
            Files.createDirectories(dir);
            matrix(r).write(dir.resolve("migration-matrix.csv"));
            movers(r).write(dir.resolve("movers.csv"));
        } catch (final IOException e) {
            err.println("segment migrate: could not write to " + dir + ": " + e.getMessage());
            return SegmentCli.EXIT_ERROR;
        }
        out.println("Model " + (r.fingerprint() == null ? "(fingerprint not given)" : r.fingerprint()) + ": "
            + r.stayed() + " customers stayed, " + r.count(MigrationResult.Status.MOVED) + " moved, "
            + r.count(MigrationResult.Status.NEW) + " new, " + r.count(MigrationResult.Status.GONE) + " gone.");
        out.println("Files written to " + dir + ": migration-matrix.csv, movers.csv");
        return SegmentCli.EXIT_OK;
    }

    static CsvOut matrix(final MigrationResult r) {
        final CsvOut csv = new CsvOut(List.of("from_segment", "to_segment", "customers", "share_of_from"));
        final int[][] c = r.counts();
        for (int i = 0; i < c.length; i++) {
            for (int j = 0; j < c.length; j++) {
                final double share = r.share(i, j);
                csv.row(List.of(r.segments().get(i), r.segments().get(j), Integer.toString(c[i][j]),
                    Double.isNaN(share) ? "" : CsvOut.number(share, 6)));
            }
        }
        return csv;
    }

    static CsvOut movers(final MigrationResult r) {
        final CsvOut csv = new CsvOut(List.of("id", "status", "from_segment", "from_persona", "to_segment",
            "to_persona", "moves"));
        for (final MigrationResult.Change c : r.changes()) {
            csv.row(List.of(c.id(), c.status().name().toLowerCase(Locale.ROOT), nz(c.fromSegment()),
                nz(c.fromPersona()), nz(c.toSegment()), nz(c.toPersona()), String.join("; ", c.moves())));
        }
        return csv;
    }

    private static String nz(final String s) {
        return s == null ? "" : s;
    }

    static ScoredCustomers read(final Path file) throws IOException, SegmentationException {
        if (!Files.isRegularFile(file)) {
            throw new SegmentationException("The file " + file + " does not exist; give an assignments.csv file.");
        }
        try (Reader rd = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(rd)) {
            final Map<String, Integer> col = new HashMap<>();
            final List<String> header = p.getHeaderNames();
            for (int i = 0; i < header.size(); i++) {
                col.putIfAbsent(header.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), i);
            }
            if (!col.containsKey("segment")) {
                throw new SegmentationException(file + " has no \"segment\" column; give an assignments.csv file"
                    + " written by segment (columns: id, segment, persona, ..., model_fingerprint).");
            }
            final List<String> ids = new ArrayList<>();
            final List<String> segments = new ArrayList<>();
            final List<String> personas = col.containsKey("persona") ? new ArrayList<>() : null;
            String fingerprint = null;
            final Integer fp = col.get("model_fingerprint");
            for (final CSVRecord rec : p) {
                ids.add(rec.get(0));
                segments.add(rec.get(col.get("segment")));
                if (personas != null) {
                    personas.add(rec.get(col.get("persona")));
                }
                if (fp != null) {
                    final String f = rec.get(fp).trim();
                    if (fingerprint == null) {
                        fingerprint = f;
                    } else if (!fingerprint.equals(f)) {
                        throw new SegmentationException(file + ", line " + rec.getRecordNumber() + ": model "
                            + f + " but earlier rows say " + fingerprint + "; one file must come from one model.");
                    }
                }
            }
            return new ScoredCustomers(file.getFileName().toString(), ids, segments, personas, fingerprint);
        }
    }

    static List<NamedMove> moves(final Path file) throws IOException, SegmentationException {
        if (!Files.isRegularFile(file)) {
            throw new SegmentationException("The moves file " + file + " does not exist.");
        }
        final List<NamedMove> out = new ArrayList<>();
        try (Reader rd = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            CSVParser p = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build().parse(rd)) {
            for (final CSVRecord rec : p) {
                if (rec.getRecordNumber() == 1 && rec.size() >= 3
                    && rec.get(0).replace("\uFEFF", "").trim().equalsIgnoreCase("name")) {
                    continue;
                }
                if (rec.size() < 3) {
                    throw new SegmentationException("Moves file " + file + ", line " + rec.getRecordNumber()
                        + ": expected three columns \"name,from,to\", e.g. \"at risk,High-limit digital,*\".");
                }
                try {
                    out.add(new NamedMove(rec.get(0), rec.get(1), rec.get(2)));
                } catch (final IllegalArgumentException e) {
                    throw new SegmentationException("Moves file " + file + ", line " + rec.getRecordNumber() + ": "
                        + e.getMessage(), e);
                }
            }
        }
        return out;
    }
}
