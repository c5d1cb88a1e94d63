package org.custseg.engine.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.custseg.engine.profile.Level;
import org.junit.jupiter.api.Test;

/**
 * The customer fact {@code moved "name"}: a named move of the Segment Migration used as a rule condition. False for a
 * whole segment, true for a customer who has the move (case-insensitive), combinable with segment facts.
 */
class MoveConditionTest {

    private static ProfileFacts facts() {
        return ProfileFacts.builder().segment("Segment 1", "Busy", 500, 0.5, "")
            .segment("Segment 2", "Quiet", 500, 0.5, "")
            .attribute("Segment 1", "x", 2, 1, 2, 1, Level.HIGH).attribute("Segment 2", "x", 0, 1, 0, -1, Level.LOW)
            .build();
    }

    private static Playbook playbook() throws PlaybookException {
        return Playbook.of(List.of(new Rule("win-back", "moved \"at risk\" and x is low", "call them", "CRM", "phone",
            1, "", "because {evidence}"), new Rule("keep", "x is at least average and not moved 'at risk'", "thank",
                "CRM", "email", 2, "", "")));
    }

    private static List<String> ids(final Recommendations r, final String segment) {
        return r.forSegment(segment).stream().map(Recommendation::ruleId).toList();
    }

    @Test
    void aMoveRuleFiresOnlyForCustomersWithThatMove() throws Exception {
        final Recommendations segmentLevel =
            SegmentRecommender.recommend(facts(), playbook(), RecommenderConfig.DEFAULT);
        assertFalse(ids(segmentLevel, "Segment 2").contains("win-back"), ids(segmentLevel, "Segment 2").toString());
        assertEquals(List.of("keep"), ids(segmentLevel, "Segment 1"));

        final Recommendations atRisk =
            SegmentRecommender.recommend(facts(), playbook(), RecommenderConfig.DEFAULT, Set.of("At Risk"));
        assertEquals(List.of("win-back"), ids(atRisk, "Segment 2"));
        final Recommendation rec = atRisk.forSegment("Segment 2").get(0);
        assertTrue(rec.rationale().contains("customer moved: at risk"), rec.rationale());
        // segment 1 is not "x is low": the move alone is not enough; and "not moved" now excludes "keep"
        assertFalse(ids(atRisk, "Segment 1").contains("win-back"));
        assertFalse(ids(atRisk, "Segment 1").contains("keep"));
        // another move changes nothing
        assertEquals(ids(segmentLevel, "Segment 1"),
            ids(SegmentRecommender.recommend(facts(), playbook(), RecommenderConfig.DEFAULT, Set.of("upgrade")),
                "Segment 1"));
    }

    @Test
    void theMoveNeedsAQuotedName() {
        final PlaybookException e = assertThrows(PlaybookException.class,
            () -> ConditionParser.parse("t", "moved at risk"));
        assertTrue(e.getMessage().contains("moved"), e.getMessage());
    }
}
