package org.custseg.engine.lift;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Holdout assignment and lift against hand-computed values. */
class LiftTest {

    private static final double Z95 = 1.959963984540054;

    @Test
    void wilsonAndNewcombeMatchThePublishedExample() {
        // Newcombe (1998), example 56/70 versus 48/80: method 10 gives 0.0524 to 0.3339
        final double[] ci = CampaignLift.newcombe(56, 70, 48, 80, Z95);
        assertEquals(0.0524, ci[0], 5e-5);
        assertEquals(0.3339, ci[1], 5e-5);
        // Wilson 56/70 by hand: (p + z^2/2n -+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)
        final double[] w = CampaignLift.wilson(56, 70, Z95);
        assertEquals(0.691834, w[0], 1e-6);
        assertEquals(0.876953, w[1], 1e-6);
    }

    @Test
    void readOutOfOneGroupByHand() {
        final List<CampaignLift.Outcome> o = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            o.add(new CampaignLift.Outcome("Segment 1 / offer", false, i < 56, Double.NaN));
        }
        for (int i = 0; i < 80; i++) {
            o.add(new CampaignLift.Outcome("Segment 1 / offer", true, i < 48, Double.NaN));
        }
        final CampaignLift.Row r = CampaignLift.readOut(o, 0.05, 200, 1).get(0);
        assertEquals(70, r.treated());
        assertEquals(48, r.holdoutResponders());
        assertEquals(0.8, r.treatedRate(), 1e-12);
        assertEquals(0.6, r.holdoutRate(), 1e-12);
        assertEquals(0.2, r.absoluteLift(), 1e-12);
        assertEquals(0.8 / 0.6 - 1, r.relativeLift(), 1e-12);
        assertEquals(0.0524, r.lower(), 5e-5);
        assertEquals(0.008045, r.p(), 1e-6); // pooled z-test by hand: z = 0.2 / sqrt(104/150 * 46/150 * (1/70 + 1/80))
        assertEquals(0.008045, r.adjustedP(), 1e-6, "only one p-value (no values recorded)");
        assertTrue(r.significant());
        assertTrue(Double.isNaN(r.valueLift()));
    }

    @Test
    void holmByHand() {
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, Double.NaN},
            CampaignLift.holm(new double[] {0.01, 0.04, 0.03, Double.NaN}), 1e-12);
        assertArrayEquals(new double[] {0.9, 0.5}, CampaignLift.holm(new double[] {0.9, 0.25}), 1e-12);
    }

    @Test
    void valuesGetABootstrapIntervalAroundTheTrueDifference() {
        final List<CampaignLift.Outcome> o = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            o.add(new CampaignLift.Outcome("g", false, null, 100 + (i % 10)));
            if (i % 4 == 0) {
                o.add(new CampaignLift.Outcome("g", true, null, 90 + (i % 10)));
            }
        }
        final CampaignLift.Row r = CampaignLift.readOut(o, 0.05, 1000, 7).get(0);
        assertEquals(104.5, r.treatedMeanValue(), 1e-9);
        // holdout: i = 0, 4, 8, ... so i % 10 cycles 0, 4, 8, 2, 6: mean 94
        assertEquals(94.0, r.holdoutMeanValue(), 1e-9);
        assertEquals(10.5, r.valueLift(), 1e-9);
        assertTrue(r.valueLower() < 10.5 && r.valueUpper() > 10.5 && r.valueLower() > 9, r.toString());
        assertTrue(r.valueSignificant());
        assertEquals(r, CampaignLift.readOut(o, 0.05, 1000, 7).get(0), "seeded");
    }

    @Test
    void holdoutIsStableAndHasTheShareInEverySegment() {
        final Holdout h = new Holdout(42, 0.10);
        for (final String seg : List.of("Segment 1", "Segment 2", "Segment 3")) {
            int held = 0;
            for (int i = 0; i < 5000; i++) {
                held += h.heldOut("C" + i, seg, "premium-digital") ? 1 : 0;
            }
            // 10% of 5,000 = 500; 3 standard errors = 3 * sqrt(5000 * 0.1 * 0.9) = 64
            assertTrue(Math.abs(held - 500) <= 64, seg + ": " + held);
        }
        // same seed in another run: same groups; the decision depends on no other customer or row
        final Holdout again = new Holdout(42, 0.10);
        for (int i = 0; i < 1000; i++) {
            assertEquals(h.heldOut("C" + i, "Segment 1", "a"), again.heldOut(" C" + i + " ", "Segment 1", "a"));
        }
        // another seed or action draws other customers
        int same = 0;
        final Holdout other = new Holdout(43, 0.10);
        for (int i = 0; i < 1000; i++) {
            same += h.heldOut("C" + i, "Segment 1", "a") && other.heldOut("C" + i, "Segment 1", "a") ? 1 : 0;
        }
        assertTrue(same < 40, "overlap " + same + " (about 10 expected by chance)");
        assertNotEquals(h.uniform("C1", "Segment 1", "a"), h.uniform("C1", "Segment 1", "b"));
        assertFalse(new Holdout(1, 0).heldOut("x", "s", "a"));
    }
}
