package org.custseg.engine.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.custseg.engine.profile.Level;
import org.custseg.engine.profile.SegmentProfile;
import org.junit.jupiter.api.Test;

/** Rule conflicts ({@code excludes}), the data-based reason when nothing matches, and the no-segment group. */
class ConflictsAndCoverageTest {

    /** A: cash advance very high, full payment very low, purchases low; B: all average; C: only x high. */
    static ProfileFacts facts() {
        return ProfileFacts.builder()
            .segment("A", "Cash-advance revolving", 300, 0.3, "")
            .attribute("A", "CASH_ADVANCE", 4000, 1000, 4.0, 1.5, Level.VERY_HIGH)
            .attribute("A", "PRC_FULL_PAYMENT", 0.0, 0.2, 0.0, -0.9, Level.VERY_LOW)
            .attribute("A", "PURCHASES", 100, 1000, 0.1, -0.6, Level.LOW)
            .attribute("A", "x", 1, 1, 1, 0, Level.AVERAGE)
            .segment("B", "Typical", 500, 0.5, "")
            .attribute("B", "CASH_ADVANCE", 1000, 1000, 1.0, 0.1, Level.AVERAGE)
            .attribute("B", "PRC_FULL_PAYMENT", 0.2, 0.2, 1.0, 0.0, Level.AVERAGE)
            .attribute("B", "PURCHASES", 1000, 1000, 1.0, 0.0, Level.AVERAGE)
            .attribute("B", "x", 1, 1, 1, 0.2, Level.AVERAGE)
            .segment("C", "High x", 150, 0.15, "")
            .attribute("C", "CASH_ADVANCE", 900, 1000, 0.9, -0.1, Level.AVERAGE)
            .attribute("C", "PRC_FULL_PAYMENT", 0.2, 0.2, 1.0, 0.0, Level.AVERAGE)
            .attribute("C", "PURCHASES", 1100, 1000, 1.1, 0.1, Level.AVERAGE)
            .attribute("C", "x", 9, 1, 9, 1.4, Level.VERY_HIGH)
            .segment(SegmentProfile.NO_SEGMENT, "No segment", 50, 0.05, "")
            .attribute(SegmentProfile.NO_SEGMENT, "CASH_ADVANCE", 1, 1000, 0.001, -1, Level.VERY_LOW)
            .attribute(SegmentProfile.NO_SEGMENT, "PRC_FULL_PAYMENT", 0.2, 0.2, 1, 0, Level.AVERAGE)
            .attribute(SegmentProfile.NO_SEGMENT, "PURCHASES", 1, 1000, 0.001, -1, Level.VERY_LOW)
            .attribute(SegmentProfile.NO_SEGMENT, "x", 1, 1, 1, 0, Level.AVERAGE)
            .build();
    }

    static Rule rule(final String id, final String condition, final int priority, final String excludes) {
        return new Rule(id, condition, "do " + id, "Team", "", priority, "", "because {evidence}", excludes);
    }

    static List<String> ids(final Recommendations r, final String segment) {
        return r.forSegment(segment).stream().map(Recommendation::ruleId).toList();
    }

    @Test
    void higherPriorityWinsAndTheReasonIsShown() throws Exception {
        final Playbook p = Playbook.of(List.of(
            rule("spend-more", "PURCHASES is at most low", 2, ""),
            rule("risk", "CASH_ADVANCE is at least high and PRC_FULL_PAYMENT is at most low", 1, "spend-more"),
            rule("consolidate", "CASH_ADVANCE is at least high", 2, "")));
        final Recommendations r = SegmentRecommender.recommend(facts(), p, RecommenderConfig.DEFAULT);
        assertEquals(List.of("risk", "consolidate"), ids(r, "A"));
        final Recommendation risk = r.forSegment("A").get(0);
        assertTrue(risk.explanation().contains("\"spend-more\" (\"risk\" excludes it; priority 1 beats 2)"),
            risk.explanation());
        assertEquals(List.of("A: rule \"spend-more\" matched but is not recommended: \"risk\" excludes it and \"risk\""
            + " wins (priority 1 beats 2)."), r.conflicts());
    }

    @Test
    void exclusionWorksBothWaysAndTiesGoToPlaybookOrder() throws Exception {
        // the later rule declares the exclusion; same priority: the earlier rule stays
        final Playbook p = Playbook.of(List.of(
            rule("first", "CASH_ADVANCE is high or CASH_ADVANCE is very high", 1, ""),
            rule("second", "PURCHASES is low", 1, "first")));
        final Recommendations r = SegmentRecommender.recommend(facts(), p, RecommenderConfig.DEFAULT);
        assertEquals(List.of("first"), ids(r, "A"));
        assertTrue(r.forSegment("A").get(0).explanation().contains(
            "\"second\" (it excludes \"first\"; same priority 1, \"first\" comes first in the playbook)"),
            r.forSegment("A").get(0).explanation());
        // without the exclusion both are recommended
        final Recommendations both = SegmentRecommender.recommend(facts(), Playbook.of(List.of(
            rule("first", "CASH_ADVANCE is very high", 1, ""), rule("second", "PURCHASES is low", 1, ""))),
            RecommenderConfig.DEFAULT);
        assertEquals(List.of("first", "second"), ids(both, "A"));
        assertTrue(both.conflicts().isEmpty());
    }

    @Test
    void noMatchGivesADataBasedReason() throws Exception {
        final Playbook p = Playbook.of(List.of(rule("risk", "CASH_ADVANCE is very high", 1, "")));
        final Recommendations r = SegmentRecommender.recommend(facts(), p, RecommenderConfig.DEFAULT);
        final Recommendation avg = r.forSegment("B").get(0);
        assertFalse(avg.matched());
        assertEquals(Recommendation.AVERAGE_ACTION, avg.action());
        assertTrue(avg.explanation().contains("close to the average on every attribute"), avg.explanation());
        assertTrue(avg.explanation().contains("control group"), avg.explanation());
        final Recommendation c = r.forSegment("C").get(0);
        assertEquals(Recommendation.NO_MATCH_ACTION, c.action());
        assertEquals("x 9 = 9.0× average (very high)", c.rationale());
        assertTrue(c.explanation().startsWith("No playbook rule covers what sets High x (150 customers, 15.0%) apart:"),
            c.explanation());
    }

    @Test
    void theNoSegmentGroupIsNeverRecommendedOn() throws Exception {
        final Playbook p = Playbook.of(List.of(rule("low-buyers", "PURCHASES is at most low", 1, ""),
            rule("small", "share < 10%", 3, "")));
        final Recommendations r = SegmentRecommender.recommend(facts(), p, RecommenderConfig.DEFAULT);
        assertTrue(r.forSegment(SegmentProfile.NO_SEGMENT).isEmpty());
        assertTrue(r.rows().stream().noneMatch(x -> x.segment().equals(SegmentProfile.NO_SEGMENT)));
        assertTrue(r.topActions(null, 2).isEmpty());
        assertEquals(List.of("low-buyers"), ids(r, "A"));
    }

    @Test
    void excludesColumnIsOptionalAndRoundTrips() throws Exception {
        // a playbook written before the excludes column existed
        final Playbook old = Playbook.fromCsv(new StringReader("id,condition,action,team,channel,priority,kpi,"
            + "explanation\nr1,size > 1,Act,Marketing,,1,,why\n"));
        assertEquals("", old.rules().get(0).excludes());
        assertEquals(List.of(), old.rules().get(0).excludedIds());
        final Playbook p = Playbook.of(List.of(rule("a", "size > 1", 1, "b; c,  d"), rule("b", "size > 1", 2, "")));
        assertEquals(List.of("b", "c", "d"), p.rules().get(0).excludedIds());
        final StringWriter w = new StringWriter();
        p.toCsv(w);
        assertTrue(w.toString().startsWith("id,condition,action,team,channel,priority,kpi,explanation,excludes\r\n"));
        assertEquals(p.rules(), Playbook.fromCsv(new StringReader(w.toString())).rules());
        final PlaybookException e = assertThrows(PlaybookException.class,
            () -> Playbook.of(List.of(rule("loop", "size > 1", 1, "loop"))));
        assertTrue(e.getMessage().contains("excludes itself"), e.getMessage());
    }

    @Test
    void defaultPlaybookKeepsRiskAndSpendOffersApart() {
        final Rule risk = Playbook.defaultPlaybook().rules().stream().filter(r -> r.id().equals("risk-monitoring"))
            .findFirst().orElseThrow();
        assertTrue(risk.excludedIds().containsAll(List.of("activation", "limit-increase-rewards")), risk.excludes());
        // every excluded id is a rule of the default playbook (no typos)
        final List<String> all = Playbook.defaultPlaybook().rules().stream().map(Rule::id).toList();
        for (final Rule r : Playbook.defaultPlaybook().rules()) {
            assertTrue(all.containsAll(r.excludedIds()), r.id() + " excludes " + r.excludes());
        }
    }
}
