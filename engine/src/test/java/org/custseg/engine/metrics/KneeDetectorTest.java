package org.custseg.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KneeDetectorTest {

    @Test
    void findsTheBend() {
        // steep drop to k = 3, then flat
        assertEquals(1, KneeDetector.knee(new int[] {2, 3, 4, 5, 6}, new double[] {2000, 900, 800, 720, 660}));
        assertEquals(2, KneeDetector.knee(new int[] {1, 2, 3, 4, 5, 6}, new double[] {100, 80, 20, 18, 16, 15}));
    }

    @Test
    void straightLineOrTooFewPointsGiveTheFirstK() {
        assertEquals(0, KneeDetector.knee(new int[] {2, 3, 4, 5}, new double[] {40, 30, 20, 10}));
        assertEquals(0, KneeDetector.knee(new int[] {2, 3}, new double[] {40, 10}));
        assertEquals(0, KneeDetector.knee(new int[] {2, 3, 4}, new double[] {5, 5, 5}));
    }
}
