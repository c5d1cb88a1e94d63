package org.custseg.engine.recommend;

import java.util.ArrayList;
import java.util.List;

/**
 * One playbook rule, as data. {@code null} texts become empty strings; the rule is checked when it is put into a
 * {@link Playbook}.
 *
 * @param id unique identifier, e.g. {@code premium-digital}
 * @param condition the condition over profile facts, in the grammar documented in {@link Playbook}
 * @param action what to do
 * @param team the owning team (Marketing, Operations, Risk, Sales, Analytics, ...)
 * @param channel the channel to use
 * @param priority 1 = highest; matching rules of a segment are listed by ascending priority
 * @param kpi the KPI to watch
 * @param explanation a short explanation template; placeholders {@code {segment}}, {@code {persona}},
 *            {@code {size}}, {@code {share}}, {@code {description}} and {@code {evidence}} are filled in
 * @param excludes ids of rules that must not be recommended to the same segment together with this one (separated
 *            by spaces, commas or semicolons; empty = none), e.g. {@code activation limit-increase-rewards} on a risk
 *            rule. Exclusion works both ways; see {@link SegmentRecommender} for how a conflict is resolved
 */
public record Rule(String id, String condition, String action, String team, String channel, int priority,
    String kpi, String explanation, String excludes) {

    /**
     * A rule that excludes no other rule (the playbook format before the {@code excludes} column).
     *
     * @param id unique identifier
     * @param condition the condition
     * @param action what to do
     * @param team the owning team
     * @param channel the channel
     * @param priority 1 = highest
     * @param kpi the KPI
     * @param explanation the explanation template
     */
    public Rule(final String id, final String condition, final String action, final String team,
        final String channel, final int priority, final String kpi, final String explanation) {
        this(id, condition, action, team, channel, priority, kpi, explanation, "");
    }

    /** Replaces {@code null} texts by empty strings and trims them. */
    public Rule {
        id = clean(id);
        condition = clean(condition);
        action = clean(action);
        team = clean(team);
        channel = clean(channel);
        kpi = clean(kpi);
        explanation = clean(explanation);
        excludes = String.join(" ", split(clean(excludes)));
    }

    /** @return the ids in {@link #excludes()}, in order */
    public List<String> excludedIds() {
        return split(excludes);
    }

    private static List<String> split(final String s) {
        final List<String> out = new ArrayList<>();
        for (final String t : s.split("[\\s,;]+")) {
            if (!t.isEmpty() && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static String clean(final String s) {
        return s == null ? "" : s.trim();
    }
}
