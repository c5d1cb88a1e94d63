package org.custseg.engine.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.custseg.engine.profile.Level;
import org.junit.jupiter.api.Test;

/** The condition grammar: precedence, all term forms, and error positions. */
class ConditionParserTest {

    /** One segment: size 40 of 1000, x very high (ratio 2.5, d 1.2), y low (ratio 0.7, d -0.5). */
    private static boolean eval(final String condition) throws PlaybookException {
        final Condition c = ConditionParser.parse("t", condition);
        final ProfileFacts.SegmentFact seg = new ProfileFacts.SegmentFact("S", "P", 40, 0.04, "");
        final Map<String, ProfileFacts.AttributeFact> facts = Map.of(
            "x", new ProfileFacts.AttributeFact("x", 25, 10, 2.5, 1.2, Level.VERY_HIGH),
            "my attr", new ProfileFacts.AttributeFact("y", 7, 10, 0.7, -0.5, Level.LOW),
            "y", new ProfileFacts.AttributeFact("y", 7, 10, 0.7, -0.5, Level.LOW),
            "has and", new ProfileFacts.AttributeFact("has and", 7, 10, 0.7, -0.5, Level.UNDEFINED));
        return c.eval(new Condition.Context() {
            @Override
            public ProfileFacts.SegmentFact segment() {
                return seg;
            }

            @Override
            public ProfileFacts.AttributeFact attribute(final String writtenName) {
                return facts.get(writtenName.toLowerCase(java.util.Locale.ROOT));
            }
        });
    }

    @Test
    void termsEvaluate() throws Exception {
        assertTrue(eval("x is very high"));
        assertTrue(eval("x is at least high"));
        assertFalse(eval("x is at most high"));
        assertTrue(eval("y is at most low and y is not average"));
        assertTrue(eval("X IS AT LEAST HIGH"));
        assertTrue(eval("x ratio >= 2.5"));
        assertFalse(eval("x ratio > 2.5"));
        assertTrue(eval("y effect < -0.3"));
        assertTrue(eval("x mean = 25"));
        assertTrue(eval("share < 5%"));
        assertFalse(eval("share >= 5%"));
        assertTrue(eval("size >= 40"));
        assertTrue(eval("my attr is low"));
        assertTrue(eval("not x is low"));
        // undefined levels satisfy no level test
        assertFalse(eval("'has and' is at most very high"));
        assertFalse(eval("'has and' is not high"));
    }

    @Test
    void andBindsTighterThanOr() throws Exception {
        // false and false or true = true;  false and (false or true) = false
        assertTrue(eval("x is low and y is high or size > 1"));
        assertFalse(eval("x is low and (y is high or size > 1)"));
        assertTrue(eval("((x is very high))"));
    }

    @Test
    void attributesAreCollectedWithPositions() throws Exception {
        final List<Condition.AttributeRef> refs = new ArrayList<>();
        ConditionParser.parse("t", "Avg_Credit_Limit is high and (credit cards ratio > 2 or `a is b` is low)")
            .attributes(refs);
        assertEquals(List.of(new Condition.AttributeRef("Avg_Credit_Limit", 1),
            new Condition.AttributeRef("credit cards", 31), new Condition.AttributeRef("a is b", 57)), refs);
    }

    private static PlaybookException error(final String condition) {
        return assertThrows(PlaybookException.class, () -> ConditionParser.parse("R7", condition));
    }

    @Test
    void errorsNameRuleAndPosition() {
        PlaybookException e = error("Avg_Credit_Limit is hihg");
        assertEquals("R7", e.ruleId());
        assertEquals(21, e.position());
        assertTrue(e.getMessage().startsWith("Rule \"R7\": condition error at character 21: expected a level"),
            e.getMessage());
        assertTrue(e.getMessage().contains("\"hihg\""));

        assertEquals(24, error("x is high and (y is low").position()); // missing ')': the end, after 23 characters
        assertEquals(11, error("share < 5 and x is high").position()); // '%' expected at "and"
        assertEquals(8, error("x ratio").position()); // "ratio" without a comparison is part of the name "x ratio"
        assertEquals(1, error("").position());
        assertEquals(9, error("x is at best high").position());
        assertEquals(11, error("x is high high").position());
        assertEquals(3, error("x ! high").position());
        assertEquals(12, error("x ratio >= high").position());
        assertEquals(10, error("x is very").position());
        assertEquals(1, error("and x is high").position());
        assertEquals(6, error("x is 'unclosed").position());
    }
}
