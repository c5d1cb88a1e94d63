package org.custseg.engine.recommend;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * An ordered set of {@link Rule}s whose conditions have been checked; immutable. Import and export as CSV or as
 * rows (for KNIME tables) with the columns {@link #COLUMNS}.
 *
 * <h2>Condition grammar</h2>
 * <pre>
 * condition   = disjunction ;
 * disjunction = conjunction , { "or" , conjunction } ;
 * conjunction = term , { "and" , term } ;
 * term        = "(" , disjunction , ")"
 *             | "not" , term
 *             | "share" , cmp , number , "%"          (* segment size / all rows, in percent *)
 *             | "size" , cmp , number                 (* customers in the segment *)
 *             | "stability" , cmp , number            (* mean Jaccard over resamples, 0..1; false when unknown *)
 *             | "moved" , quoted                      (* the customer has this named move (Segment Migration) *)
 *             | attribute , "is" , [ "not" | "at least" | "at most" ] , level
 *             | attribute , ( "ratio" | "effect" | "mean" ) , cmp , number ;
 * level       = "very low" | "low" | "average" | "high" | "very high" ;
 * cmp         = "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "=" ;
 * attribute   = word , { word } | quoted ;              (* quoted: "..." or '...' or `...` *)
 * word        = letters, digits and _ . - / # $ &amp; + (not a keyword) ;
 * </pre>
 * Keywords are case-insensitive. "and" binds tighter than "or". An attribute name of several words needs no
 * quotes unless it contains a keyword ({@code is and or not}) or a character outside {@code word}.
 * {@code ratio} is the segment mean / population mean, {@code effect} is Cohen's d against the rest, {@code mean}
 * the segment mean in the attribute's units; levels come from the profiler ({@code at least high} = high or very
 * high). Attribute names are resolved through {@link AttributeAliases}. Examples:
 * <pre>
 * Avg_Credit_Limit is very high and Total_visits_online is at least high
 * Total_calls_made ratio &gt;= 1.5 or (share &lt; 5% and size &gt;= 20)
 * </pre>
 *
 * <h2>Default playbook (credit-card banking)</h2>
 * The resource {@code default-playbook.csv} next to this class; see {@link #defaultPlaybook()}.
 */
public final class Playbook {

    /** The table columns, in order. */
    public static final List<String> COLUMNS =
        List.of("id", "condition", "action", "team", "channel", "priority", "kpi", "explanation", "excludes");

    private static final List<String> REQUIRED = List.of("id", "condition", "action", "priority");

    private static volatile Playbook defaultPlaybook;

    private final List<Rule> rules;
    private final Map<String, Condition> conditions;

    private Playbook(final List<Rule> rules, final Map<String, Condition> conditions) {
        this.rules = List.copyOf(rules);
        this.conditions = Map.copyOf(conditions);
    }

    /**
     * Checks and parses rules.
     *
     * @param rules the rules in order
     * @return the playbook
     * @throws PlaybookException for an empty id, a duplicate id, an empty action, a priority below 1 or a malformed
     *             condition (message with rule id and character position)
     */
    public static Playbook of(final List<Rule> rules) throws PlaybookException {
        final Map<String, Condition> parsed = new HashMap<>();
        final Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            final Rule r = rules.get(i);
            if (r.id().isEmpty()) {
                throw new PlaybookException("Playbook rule " + (i + 1) + " has no id; give every rule a unique id.",
                    null, 0);
            }
            if (!ids.add(r.id())) {
                throw new PlaybookException("The rule id \"" + r.id() + "\" is used twice in the playbook; give "
                    + "every rule a unique id.", r.id(), 0);
            }
            if (r.action().isEmpty()) {
                throw new PlaybookException("Rule \"" + r.id() + "\" has no action; say what should be done.",
                    r.id(), 0);
            }
            if (r.priority() < 1) {
                throw new PlaybookException("Rule \"" + r.id() + "\" has priority " + r.priority()
                    + "; use a whole number of at least 1 (1 = highest).", r.id(), 0);
            }
            parsed.put(r.id(), ConditionParser.parse(r.id(), r.condition()));
            if (r.excludedIds().contains(r.id())) {
                throw new PlaybookException("Rule \"" + r.id() + "\" excludes itself; list other rule ids in "
                    + "\"excludes\".", r.id(), 0);
            }
        }
        return new Playbook(rules, parsed);
    }

    /**
     * The built-in playbook for credit-card banking (resource {@code default-playbook.csv}): premium/loyalty through
     * digital channels for high-limit multi-card online customers; service-experience fixes and low/no-fee entry
     * products for low-limit few-card callers; in-branch cross-sell and a visit-reason investigation for
     * branch-going customers; risk monitoring and debt consolidation for high cash advance with low full-payment
     * share; limit increase and rewards for high purchases paid in full; an activation campaign for low activity;
     * validation of very small segments and of unstable segments (stability below 0.75, when the stability was
     * assessed).
     *
     * @return the default playbook
     */
    public static Playbook defaultPlaybook() {
        Playbook p = defaultPlaybook;
        if (p == null) {
            try (InputStream in = Playbook.class.getResourceAsStream("default-playbook.csv")) {
                if (in == null) {
                    throw new IllegalStateException("The resource default-playbook.csv is missing from the engine.");
                }
                p = fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (final IOException e) {
                throw new UncheckedIOException(e);
            } catch (final PlaybookException e) {
                throw new IllegalStateException("The built-in playbook is invalid: " + e.getMessage(), e);
            }
            defaultPlaybook = p;
        }
        return p;
    }

    /**
     * The playbook to use for a user playbook and a mode.
     *
     * @param mode replace or extend the default
     * @param user the user's playbook, {@code null} when none is given (then the default is used)
     * @return the resolved playbook
     */
    public static Playbook resolve(final PlaybookMode mode, final Playbook user) {
        if (user == null) {
            return defaultPlaybook();
        }
        return mode == PlaybookMode.REPLACE ? user : defaultPlaybook().extendWith(user);
    }

    /**
     * @param other more rules
     * @return these rules followed by {@code other}'s; a rule of {@code other} whose id exists here replaces it in
     *         place
     */
    public Playbook extendWith(final Playbook other) {
        final Map<String, Rule> byId = new LinkedHashMap<>();
        for (final Rule r : rules) {
            byId.put(r.id(), r);
        }
        for (final Rule r : other.rules) {
            byId.put(r.id(), r);
        }
        final Map<String, Condition> c = new HashMap<>(conditions);
        c.putAll(other.conditions);
        return new Playbook(new ArrayList<>(byId.values()), c);
    }

    /** @return the rules in playbook order */
    public List<Rule> rules() {
        return rules;
    }

    Condition condition(final String ruleId) {
        return conditions.get(ruleId);
    }

    /**
     * Reads a playbook table: the header names the columns (case-insensitive, any order); {@code id},
     * {@code condition}, {@code action} and {@code priority} are required, {@code team}, {@code channel},
     * {@code kpi}, {@code explanation} and {@code excludes} optional (a playbook written before the {@code excludes}
     * column existed loads unchanged: its rules exclude nothing). Completely empty rows are ignored. An id in
     * {@code excludes} that is not a rule of the playbook in effect is allowed (it may come from another playbook).
     *
     * @param header the column names
     * @param rows the rows, cells in header order ({@code null} cells are empty)
     * @return the playbook
     * @throws PlaybookException naming the missing column, or the row and rule of a bad value
     */
    public static Playbook fromRows(final List<String> header, final List<String[]> rows) throws PlaybookException {
        final Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            final String h = header.get(i) == null ? "" : header.get(i).trim().toLowerCase(Locale.ROOT);
            col.putIfAbsent(h.startsWith("\uFEFF") ? h.substring(1) : h, i);
        }
        for (final String req : REQUIRED) {
            if (!col.containsKey(req)) {
                throw new PlaybookException("The playbook has no \"" + req + "\" column; a playbook needs the columns "
                    + String.join(", ", COLUMNS) + " (team, channel, kpi, explanation and excludes may be left out).",
                    null, 0);
            }
        }
        final List<Rule> rules = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            final String[] row = rows.get(r);
            boolean empty = true;
            for (final String cell : row) {
                empty &= cell == null || cell.isBlank();
            }
            if (empty) {
                continue;
            }
            final String id = cell(row, col.get("id"));
            final String prio = cell(row, col.get("priority"));
            final int priority;
            try {
                priority = Integer.parseInt(prio.trim());
            } catch (final NumberFormatException e) {
                throw new PlaybookException("Playbook row " + (r + 1) + " (rule \"" + id + "\"): priority \"" + prio
                    + "\" is not a whole number; use 1 for the highest priority, 2, 3, ... for lower ones.", id, 0);
            }
            rules.add(new Rule(id, cell(row, col.get("condition")), cell(row, col.get("action")),
                cell(row, col.get("team")), cell(row, col.get("channel")), priority, cell(row, col.get("kpi")),
                cell(row, col.get("explanation")), cell(row, col.get("excludes"))));
        }
        return of(rules);
    }

    private static String cell(final String[] row, final Integer index) {
        if (index == null || index >= row.length || row[index] == null) {
            return "";
        }
        return row[index];
    }

    /**
     * Reads a CSV playbook (RFC 4180, comma separated, header row, optional UTF-8 BOM); see
     * {@link #fromRows(List, List)} for the columns.
     *
     * @param reader the CSV text; not closed
     * @return the playbook
     * @throws IOException if reading fails
     * @throws PlaybookException for bad content
     */
    public static Playbook fromCsv(final Reader reader) throws IOException, PlaybookException {
        final List<CSVRecord> records = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).build()
            .parse(reader).getRecords();
        if (records.isEmpty()) {
            throw new PlaybookException("The playbook file is empty; it needs a header row with the columns "
                + String.join(", ", COLUMNS) + ".", null, 0);
        }
        final List<String> header = records.get(0).toList();
        final List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(records.get(i).values());
        }
        return fromRows(header, rows);
    }

    /** @return one row per rule, cells in the order of {@link #COLUMNS} (priority as decimal text) */
    public List<String[]> toRows() {
        final List<String[]> out = new ArrayList<>();
        for (final Rule r : rules) {
            out.add(new String[] {r.id(), r.condition(), r.action(), r.team(), r.channel(),
                Integer.toString(r.priority()), r.kpi(), r.explanation(), r.excludes()});
        }
        return out;
    }

    /**
     * Writes the playbook as CSV with a header row ({@link #COLUMNS}); {@link #fromCsv} reads it back unchanged.
     *
     * @param writer the target; flushed, not closed
     * @throws IOException if writing fails
     */
    public void toCsv(final Writer writer) throws IOException {
        final CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(COLUMNS);
        for (final String[] row : toRows()) {
            printer.printRecord((Object[]) row);
        }
        printer.flush();
    }
}
