package org.custseg.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.custseg.engine.SegmentationException;
import org.junit.jupiter.api.Test;

class NamingTableTest {

    @Test
    void readsNamesNumbersAndSkipsBlanks() throws SegmentationException {
        final NamingTable t = new NamingTable("T");
        t.add("Segment 1", " Premium digital ", "line 2");
        t.add("2", "Branch-going", "line 3");
        t.add("", "orphan name", "line 4");
        t.add("Segment 3", null, "line 5");
        t.add("Segment 1", "Premium digital", "line 6"); // the same name again is fine
        assertEquals(Map.of("Segment 1", "Premium digital", "Segment 2", "Branch-going"), t.names());
        assertEquals(List.of("T: 2 entries have no segment or no name and were ignored."), t.warnings());
    }

    @Test
    void twoDifferentNamesForOneSegmentNameBothPlaces() throws SegmentationException {
        final NamingTable t = new NamingTable("The naming table (input 1)");
        t.add("Segment 2", "Savers", "row Row0");
        final SegmentationException e =
            assertThrows(SegmentationException.class, () -> t.add("2", "Spenders", "row Row7"));
        assertTrue(e.getMessage().contains("\"Segment 2\" twice"), e.getMessage());
        assertTrue(e.getMessage().contains("\"Savers\" (row Row0)"), e.getMessage());
        assertTrue(e.getMessage().contains("\"Spenders\" (row Row7)"), e.getMessage());
    }

    @Test
    void unknownSegmentsAreReportedAndDropped() throws SegmentationException {
        final NamingTable t = new NamingTable("Names file n.csv");
        t.add("Segment 1", "A", "line 1");
        t.add("Segment 9", "Z", "line 2");
        final List<String> w = t.unknown(List.of("Segment 1", "Segment 2"));
        assertEquals(1, w.size());
        assertTrue(w.get(0).startsWith("Names file n.csv, line 2: there is no \"Segment 9\""), w.get(0));
        assertEquals(Map.of("Segment 1", "A"), t.names());
        assertEquals(List.of(), t.warnings());
    }
}
