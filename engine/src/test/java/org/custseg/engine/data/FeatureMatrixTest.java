package org.custseg.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link FeatureMatrix#rowsAt}: the drawn rows in order, with their ids, columns and categories. */
class FeatureMatrixTest {

    @Test
    void rowsAtKeepsOrderRepeatsIdsAndCategories() {
        final FeatureMatrix m = new FeatureMatrix(List.of("x", "kind"), List.of("a", "b", "c"),
            new double[][] {{1.5, 0}, {-2, 1}, {Double.NaN, 1}}, Arrays.asList(null, List.of("gold", "blue")));
        final FeatureMatrix r = m.rowsAt(new int[] {2, 0, 2});
        assertEquals(3, r.rows());
        assertEquals(List.of("c", "a", "c"), r.rowIds());
        assertEquals(List.of("x", "kind"), r.columnNames());
        assertArrayEquals(new double[] {Double.NaN, 1}, r.row(0));
        assertArrayEquals(new double[] {1.5, 0}, r.row(1));
        assertEquals(List.of("gold", "blue"), r.levels(1));
        assertEquals(true, r.isNominal(1));
        assertEquals(false, r.isNominal(0));
        // the rows handed out are copies: changing one changes neither matrix
        r.row(1)[0] = 99;
        assertEquals(1.5, r.value(1, 0));
        assertEquals(1.5, m.value(0, 0));
        assertEquals(0, m.rowsAt(new int[0]).rows());
        assertThrows(IndexOutOfBoundsException.class, () -> m.rowsAt(new int[] {3}));
        assertThrows(UnsupportedOperationException.class, () -> r.rowIds().set(0, "z"));
    }
}
