package org.custseg.engine.recommend;

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
 */
public record Rule(String id, String condition, String action, String team, String channel, int priority,
    String kpi, String explanation) {

    /** Replaces {@code null} texts by empty strings and trims them. */
    public Rule {
        id = clean(id);
        condition = clean(condition);
        action = clean(action);
        team = clean(team);
        channel = clean(channel);
        kpi = clean(kpi);
        explanation = clean(explanation);
    }

    private static String clean(final String s) {
        return s == null ? "" : s.trim();
    }
}
