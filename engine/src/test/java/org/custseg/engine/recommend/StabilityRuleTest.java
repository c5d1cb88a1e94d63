package org.custseg.engine.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.custseg.engine.profile.Level;
import org.junit.jupiter.api.Test;

/** The stability fact: condition term, built-in rule "unstable-segment", reading it from a summary table. */
class StabilityRuleTest {

    private static ProfileFacts facts() {
        return ProfileFacts.builder().segment("Segment 1", "Busy", 500, 0.5, "")
            .segment("Segment 2", "Quiet", 500, 0.5, "")
            .attribute("Segment 1", "x", 2, 1, 2, 1, Level.HIGH).attribute("Segment 2", "x", 0, 1, 0, -1, Level.LOW)
            .build();
    }

    private static boolean matched(final Recommendations r, final String segment, final String rule) {
        return r.forSegment(segment).stream().anyMatch(x -> x.ruleId().equals(rule));
    }

    @Test
    void builtInRuleFiresOnlyForAnUnstableSegment() throws Exception {
        final ProfileFacts f = facts().withStability(Map.of("Segment 1", 0.93, "Segment 2", 0.62));
        final Recommendations r = SegmentRecommender.recommend(f, Playbook.defaultPlaybook(),
            RecommenderConfig.DEFAULT);
        assertFalse(matched(r, "Segment 1", "unstable-segment"));
        assertTrue(matched(r, "Segment 2", "unstable-segment"));
        final Recommendation rec = r.forSegment("Segment 2").stream()
            .filter(x -> x.ruleId().equals("unstable-segment")).findFirst().orElseThrow();
        assertTrue(rec.rationale().contains("stability 0.62"), rec.rationale());
    }

    @Test
    void unknownStabilityNeverMatches() throws Exception {
        final Recommendations r = SegmentRecommender.recommend(facts(), Playbook.defaultPlaybook(),
            RecommenderConfig.DEFAULT);
        assertFalse(matched(r, "Segment 1", "unstable-segment"));
        assertFalse(matched(r, "Segment 2", "unstable-segment"));
    }

    @Test
    void stabilityIsReadFromTheSummaryTable() throws Exception {
        final ProfileFacts f = ProfileFacts.fromRows(
            List.of("segment", "attribute", "mean", "population_mean", "ratio", "effect", "level"),
            List.<String[]>of(new String[] {"Segment 1", "x", "2", "1", "2", "1", "high"}),
            List.of("Segment", "Persona", "Size", "Share", "Description", "Stability (mean Jaccard)"),
            List.<String[]>of(new String[] {"Segment 1", "Busy", "10", "1", "", "0.55"}));
        assertEquals(0.55, f.segment("Segment 1").stability(), 1e-12);
    }

    @Test
    void conditionTerm() throws Exception {
        final Condition c = ConditionParser.parse("t", "stability < 0.75 and size >= 10");
        final ProfileFacts.SegmentFact seg = new ProfileFacts.SegmentFact("S", "P", 40, 0.04, "", 0.7);
        final Condition.Context ctx = new Condition.Context() {
            @Override
            public ProfileFacts.SegmentFact segment() {
                return seg;
            }

            @Override
            public ProfileFacts.AttributeFact attribute(final String writtenName) {
                return null;
            }
        };
        assertTrue(c.eval(ctx));
        assertFalse(ConditionParser.parse("t", "stability >= 0.75").eval(ctx));
    }
}
