package org.custseg.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The compact row-id store gives back every id exactly, in order, also after a non-Latin-1 id widens it. */
class PackedIdsTest {

    @Test
    void givesBackEveryIdExactly() {
        final Random rnd = new Random(3);
        final List<String> expected = new ArrayList<>();
        final PackedIds ids = new PackedIds();
        for (int r = 0; r < 20_000; r++) {
            final String id;
            if (r == 12_345) {
                id = "Kunde-\u4e2d\u6587-\ud83d\ude00"; // CJK and a surrogate pair: the store turns to two bytes a char
            } else if (r % 1000 == 7) {
                id = "";
            } else {
                id = (r % 3 == 0 ? "C-" : "") + rnd.nextInt(1_000_000) + (r % 5 == 0 ? "\u00e9\u00ff" : "");
            }
            expected.add(id);
            ids.append(id);
        }
        final List<String> trimmed = ids.trim();
        assertEquals(expected, trimmed);
        assertEquals(expected.size(), trimmed.size());
        assertThrows(IndexOutOfBoundsException.class, () -> trimmed.get(expected.size()));
        assertThrows(UnsupportedOperationException.class, () -> trimmed.add("x"));
    }

    @Test
    void theTablesIdsComeBackAsRead() throws Exception {
        final java.nio.file.Path csv = java.nio.file.Files.createTempFile("ids", ".csv");
        try {
            java.nio.file.Files.writeString(csv, "customer_id,a,b\nK-\u00e9,1,2\nK-\u4e2d,3,4\n007,5,7\n");
            final FeatureMatrix m = CsvTable.read(csv).selectFeatures(List.of(), null, false).features();
            assertEquals(List.of("K-\u00e9", "K-\u4e2d", "007"), m.rowIds());
        } finally {
            java.nio.file.Files.delete(csv);
        }
    }
}
