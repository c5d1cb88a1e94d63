package org.custseg.engine.recommend;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.custseg.engine.profile.SegmentProfile;
import org.custseg.engine.profile.SegmentProfiler;

/**
 * The recommender's result: one row per segment and matching rule (segments in profile order, rules by ascending
 * priority then playbook order; never the no-segment group), a no-match row with the data-based reason for every
 * segment without a match, the warnings (rules skipped because an attribute is not in the profile) and the conflicts
 * resolved. Immutable.
 */
public final class Recommendations {

    /** Columns of {@link #toCsv} ({@code recommendations.csv}); the priority of a no-match row is empty. */
    public static final List<String> COLUMNS = List.of("segment", "persona", "rule_id", "action", "team", "channel",
        "priority", "kpi", "rationale", "explanation");

    private final List<Recommendation> rows;
    private final List<String> warnings;
    private final List<String> skippedRules;
    private final List<String> conflicts;
    private final Map<String, List<Recommendation>> bySegment;

    Recommendations(final List<Recommendation> rows, final List<String> warnings, final List<String> skippedRules,
        final List<String> conflicts) {
        this.rows = List.copyOf(rows);
        this.conflicts = List.copyOf(conflicts);
        this.warnings = List.copyOf(warnings);
        this.skippedRules = List.copyOf(skippedRules);
        final Map<String, List<Recommendation>> m = new LinkedHashMap<>();
        for (final Recommendation r : rows) {
            m.computeIfAbsent(r.segment(), s -> new ArrayList<>()).add(r);
        }
        final Map<String, List<Recommendation>> frozen = new LinkedHashMap<>();
        m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.bySegment = frozen;
    }

    /** @return all rows */
    public List<Recommendation> rows() {
        return rows;
    }

    /** @return messages about skipped rules, for the node's warning and the log */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * @return one sentence per matching rule left out because it conflicts with a kept rule ({@code excludes}), e.g.
     *         "Segment 3: rule "activation" matched but is not recommended: "risk-monitoring" excludes it and
     *         "risk-monitoring" wins (same priority, listed first in the playbook)."
     */
    public List<String> conflicts() {
        return conflicts;
    }

    /** @return ids of the rules skipped because they name attributes that are not in the profile */
    public List<String> skippedRules() {
        return skippedRules;
    }

    /**
     * @param segment a segment name
     * @return its rows (at least one for a known segment; empty for an unknown one)
     */
    public List<Recommendation> forSegment(final String segment) {
        return bySegment.getOrDefault(segment, List.of());
    }

    /**
     * The per-customer helper: the top actions of a customer's segment.
     *
     * @param segmentLabel the customer's segment label; {@code null} or blank means {@link SegmentProfile#NO_SEGMENT}
     * @param n how many actions at most (&ge; 1)
     * @return the first {@code n} rows of the segment (the no-match row if nothing matched); empty when the label
     *         is not a segment of the profile
     */
    public List<Recommendation> topActions(final String segmentLabel, final int n) {
        if (n < 1) {
            throw new IllegalArgumentException("The number of top actions is " + n + " but must be at least 1.");
        }
        final List<Recommendation> l = forSegment(SegmentProfiler.segmentName(segmentLabel));
        return l.subList(0, Math.min(n, l.size()));
    }

    /**
     * Writes all rows as RFC 4180 CSV with the header {@link #COLUMNS}.
     *
     * @param out the target; flushed, not closed
     * @throws IOException if writing fails
     */
    public void toCsv(final Writer out) throws IOException {
        final CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180);
        p.printRecord(COLUMNS);
        for (final Recommendation r : rows) {
            p.printRecord(r.segment(), r.persona(), r.ruleId(), r.action(), r.team(), r.channel(),
                r.matched() ? Integer.toString(r.priority()) : "", r.kpi(), r.rationale(), r.explanation());
        }
        p.flush();
    }
}
