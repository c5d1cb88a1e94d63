package org.custseg.knime.doubletest.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.custseg.knime.testing.KnimeUnderTest;
import org.junit.jupiter.api.Test;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.MissingCell;
import org.knime.core.data.NominalValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;

/** Cells, types and rows of the API double behave like KNIME's. */
class CellsAndTypesTest {

    @Test
    void cellsHaveValueSemantics() {
        assertEquals(new DoubleCell(1.5), new DoubleCell(1.5));
        assertEquals(new DoubleCell(1.5).hashCode(), new DoubleCell(1.5).hashCode());
        assertNotEquals(new DoubleCell(1.5), new DoubleCell(2.5));
        assertEquals(new StringCell("a"), new StringCell("a"));
        assertNotEquals(new StringCell("a"), new StringCell("b"));
        assertNotEquals(new IntCell(1), new DoubleCell(1.0), "different cell classes are not equal");
        assertEquals(new DoubleCell(Double.NaN), new DoubleCell(Double.NaN));
        assertEquals(new LongCell(7L), new LongCell(7L));
    }

    @Test
    void missingCellsAreEqualToEachOtherOnly() {
        DataCell missing = DataType.getMissingCell();
        assertTrue(missing.isMissing());
        assertSame(missing, DataType.getMissingCell());
        assertEquals(missing, new MissingCell("reason"));
        assertNotEquals(missing, new StringCell("?"));
        assertFalse(new StringCell("?").isMissing());
        assertEquals("reason", new MissingCell("reason").getError());
    }

    @Test
    void numericCompatibilityFollowsTheValueInterfaces() {
        assertTrue(IntCell.TYPE.isCompatible(DoubleValue.class));
        assertTrue(IntCell.TYPE.isCompatible(LongValue.class));
        assertTrue(IntCell.TYPE.isCompatible(IntValue.class));
        assertTrue(LongCell.TYPE.isCompatible(DoubleValue.class));
        assertFalse(LongCell.TYPE.isCompatible(IntValue.class));
        assertTrue(DoubleCell.TYPE.isCompatible(DoubleValue.class));
        assertFalse(DoubleCell.TYPE.isCompatible(IntValue.class));
        assertFalse(StringCell.TYPE.isCompatible(DoubleValue.class));
        assertTrue(StringCell.TYPE.isCompatible(NominalValue.class));
        assertTrue(StringCell.TYPE.isCompatible(StringValue.class));
        assertTrue(BooleanCell.TYPE.isCompatible(DoubleValue.class), "KNIME's BooleanCell is a DoubleValue");
        assertTrue(BooleanCell.TYPE.isCompatible(BooleanValue.class));
        // KNIME: a null value class is a programming error
        assertThrows(NullPointerException.class, () -> DoubleCell.TYPE.isCompatible(null));
    }

    @Test
    void cellValuesConvertLikeKnime() {
        IntCell i = new IntCell(3);
        assertEquals(3.0, i.getDoubleValue());
        assertEquals(3L, i.getLongValue());
        assertEquals(1.0, BooleanCell.TRUE.getDoubleValue());
        assertEquals(0, BooleanCell.FALSE.getIntValue());
        assertEquals(1L, BooleanCell.TRUE.getLongValue());
        assertTrue(BooleanCell.TRUE.getBooleanValue());
        assertEquals("3", i.toString());
        assertEquals("x", new StringCell("x").toString());
        assertThrows(NullPointerException.class, () -> new StringCell(null));
    }

    @Test
    void typesAreSingletonsPerCellClassWithKnimeNames() {
        assertSame(DoubleCell.TYPE, DataType.getType(DoubleCell.class));
        assertSame(DoubleCell.TYPE, new DoubleCell(1).getType());
        // KNIME renamed the number types after 5.3 (5.11: "Number (Float)", "Number (Integer)")
        final boolean newNames = KnimeUnderTest.atLeast(5, 11);
        assertEquals(newNames ? "Number (Float)" : "Number (double)", DoubleCell.TYPE.getName());
        assertEquals(newNames ? "Number (Integer)" : "Number (integer)", IntCell.TYPE.toString());
        assertEquals("String", StringCell.TYPE.getName());
        assertNotEquals(DoubleCell.TYPE, IntCell.TYPE);
    }

    @Test
    void finalityMatchesKnime() {
        assertFalse(Modifier.isFinal(IntCell.class.getModifiers()), "IntCell is not final in KNIME");
        assertTrue(Modifier.isFinal(DoubleCell.class.getModifiers()));
        assertTrue(Modifier.isFinal(StringCell.class.getModifiers()));
        assertTrue(Iterable.class.isAssignableFrom(DataRow.class));
    }

    @Test
    void defaultRowOverloadsCreateTheMatchingCells() {
        assertEquals(Arrays.asList(new DoubleCell(1), new DoubleCell(2)), cells(new DefaultRow("r", 1.0, 2.0)));
        assertEquals(Arrays.asList(new IntCell(1), new IntCell(2)), cells(new DefaultRow("r", 1, 2)));
        assertEquals(Arrays.asList(new StringCell("a"), new StringCell("b")), cells(new DefaultRow("r", "a", "b")));
        DataRow byList = new DefaultRow(new RowKey("k"), List.<DataCell> of(new StringCell("a"), new IntCell(4)));
        assertEquals(Arrays.asList(new StringCell("a"), new IntCell(4)), cells(byList));
        DataRow rekeyed = new DefaultRow("other", byList);
        assertEquals(new RowKey("other"), rekeyed.getKey());
        assertEquals(cells(byList), cells(rekeyed));
        assertEquals(new DefaultRow("k", new DoubleCell(1)), new DefaultRow(new RowKey("k"), 1.0));
        assertNotEquals(new DefaultRow("k", new DoubleCell(1)), new DefaultRow("j", new DoubleCell(1)));
        assertThrows(NullPointerException.class, () -> new DefaultRow("r", (DataCell)null));
        assertEquals("Row12", RowKey.createRowKey(12).getString());
    }

    private static List<DataCell> cells(final DataRow row) {
        List<DataCell> result = new java.util.ArrayList<>();
        for (Iterator<DataCell> it = row.iterator(); it.hasNext();) {
            result.add(it.next());
        }
        assertEquals(row.getNumCells(), result.size());
        return result;
    }
}
