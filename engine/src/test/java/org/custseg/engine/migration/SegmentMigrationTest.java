package org.custseg.engine.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.custseg.engine.SegmentationException;
import org.junit.jupiter.api.Test;

/** Migration on a hand-made pair of scored tables. */
class SegmentMigrationTest {

    /*
     * before: a,b,c in Segment 1 (Premium); d,e in Segment 2 (Low activity); f in Segment 1
     * after:  a stays 1; b -> 2; c -> 2; d stays 2; e -> 1; g new in 2; f gone
     * matrix (rows before, columns after), customers in both: S1 -> S1: a (1), S1 -> S2: b, c (2); S2 -> S2: d (1),
     * S2 -> S1: e (1)
     */
    private static final ScoredCustomers BEFORE = new ScoredCustomers("january.csv",
        List.of("a", "b", "c", "d", "e", "f"),
        List.of("Segment 1", "Segment 1", "Segment 1", "Segment 2", "Segment 2", "Segment 1"),
        List.of("Premium", "Premium", "Premium", "Low activity", "Low activity", "Premium"), "m-1");
    private static final ScoredCustomers AFTER = new ScoredCustomers("february.csv",
        List.of("g", "e", "d", "c", "b", "a"),
        List.of("Segment 2", "Segment 1", "Segment 2", "Segment 2", "Segment 2", "Segment 1"),
        List.of("Low activity", "Premium", "Low activity", "Low activity", "Low activity", "Premium"), "m-1");

    @Test
    void matrixMoversNewAndGone() throws Exception {
        final MigrationResult r = SegmentMigration.compare(BEFORE, AFTER,
            List.of(new NamedMove("at risk", "Premium", "Low activity"), new NamedMove("upgraded", "*", "Segment 1")));
        assertEquals(List.of("Segment 1", "Segment 2"), r.segments());
        assertArrayEquals(new int[] {1, 2}, r.counts()[0]);
        assertArrayEquals(new int[] {1, 1}, r.counts()[1]);
        assertEquals(1 / 3.0, r.share(0, 0), 1e-12);
        assertEquals(2 / 3.0, r.share(0, 1), 1e-12);
        assertEquals(0.5, r.share(1, 0), 1e-12);
        assertEquals(2, r.stayed());
        assertEquals(3, r.count(MigrationResult.Status.MOVED));
        assertEquals(1, r.count(MigrationResult.Status.NEW));
        assertEquals(1, r.count(MigrationResult.Status.GONE));
        final List<MigrationResult.Change> c = r.changes();
        assertEquals(List.of("b", "c", "e", "g", "f"), c.stream().map(MigrationResult.Change::id).toList());
        assertEquals(List.of("at risk"), c.get(0).moves());
        assertEquals("Premium", c.get(0).fromPersona());
        assertEquals("Low activity", c.get(0).toPersona());
        assertEquals(List.of("upgraded"), c.get(2).moves());
        assertEquals(MigrationResult.Status.NEW, c.get(3).status());
        assertEquals("Segment 2", c.get(3).toSegment());
        assertEquals(MigrationResult.Status.GONE, c.get(4).status());
        assertEquals("m-1", r.fingerprint());
    }

    @Test
    void differentModelsAreRefused() {
        final ScoredCustomers other = new ScoredCustomers("february.csv", AFTER.ids(), AFTER.segments(),
            AFTER.personas(), "m-2");
        final SegmentationException e =
            assertThrows(SegmentationException.class, () -> SegmentMigration.compare(BEFORE, other, List.of()));
        assertTrue(e.getMessage().contains("m-1") && e.getMessage().contains("m-2")
            && e.getMessage().contains("february.csv"), e.getMessage());
    }

    @Test
    void duplicateAndEmptyIdsAreNamed() {
        final ScoredCustomers dup = new ScoredCustomers("x.csv", List.of("a", "a"), List.of("Segment 1", "Segment 2"),
            null, null);
        final SegmentationException e =
            assertThrows(SegmentationException.class, () -> SegmentMigration.compare(dup, AFTER, List.of()));
        assertTrue(e.getMessage().contains("\"a\"") && e.getMessage().contains("rows 1 and 2"), e.getMessage());
        final ScoredCustomers empty = new ScoredCustomers("y.csv", Arrays.asList("a", " "),
            List.of("Segment 1", "Segment 2"), null, null);
        assertThrows(SegmentationException.class, () -> SegmentMigration.compare(empty, AFTER, List.of()));
    }

    @Test
    void rowsWithoutSegmentFormTheirOwnRowAndColumn() throws Exception {
        final ScoredCustomers b = new ScoredCustomers("b", List.of("x", "y"), Arrays.asList("Segment 10", null),
            null, null);
        final ScoredCustomers a = new ScoredCustomers("a", List.of("x", "y"), List.of("Segment 2", "Segment 10"),
            null, null);
        final MigrationResult r = SegmentMigration.compare(b, a, List.of());
        assertEquals(List.of("Segment 2", "Segment 10", SegmentMigration.NO_SEGMENT), r.segments());
        assertEquals(1, r.counts()[1][0]);
        assertEquals(1, r.counts()[2][1]);
    }
}
