package org.custseg.engine.recommend;

/**
 * One output row: a segment and a matching rule, or the explicit "no rule matched" row of a segment no rule
 * matched ({@link #matched()} {@code false}, rule id {@link #NO_MATCH_ID}, action {@link #NO_MATCH_ACTION} or
 * {@link #AVERAGE_ACTION}, priority 0, team, channel and KPI empty, rationale and explanation the data-based reason).
 *
 * @param segment segment name
 * @param persona persona name
 * @param ruleId rule id
 * @param action action
 * @param team owning team
 * @param channel channel
 * @param priority priority (1 = highest; 0 on the no-match row)
 * @param kpi KPI to watch
 * @param rationale the evidence, e.g. "Avg_Credit_Limit 141k = 4.1× average (very high); ..."
 * @param explanation the rule's explanation template filled in
 * @param matched {@code false} only on the no-match row
 */
public record Recommendation(String segment, String persona, String ruleId, String action, String team,
    String channel, int priority, String kpi, String rationale, String explanation, boolean matched) {

    /** Rule id of the no-match row. */
    public static final String NO_MATCH_ID = "(none)";

    /** Action of the no-match row. */
    public static final String NO_MATCH_ACTION = "no rule matched — review manually";

    /** Action of the no-match row of a segment that is average on every attribute. */
    public static final String AVERAGE_ACTION =
        "No targeted action: average on every attribute — use as a control group or for general communication";
}
