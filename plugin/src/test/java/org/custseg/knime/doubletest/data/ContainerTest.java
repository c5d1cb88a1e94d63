package org.custseg.knime.doubletest.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.custseg.knime.testing.NodeModelHarness;
import org.custseg.knime.testing.TestTables;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnDomain;
import org.knime.core.data.DataColumnDomainCreator;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.container.DataContainer;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.util.DuplicateKeyException;

/** Data containers compute domains on close and check the rows like KNIME's. */
class ContainerTest {

    private static final DataTableSpec SPEC =
        TestTables.spec(new String[]{"name", "value", "count"},
            new DataType[]{StringCell.TYPE, DoubleCell.TYPE, IntCell.TYPE});

    private static DataRow row(final String key, final String name, final double value, final int count) {
        return new DefaultRow(key, new StringCell(name), new DoubleCell(value), new IntCell(count));
    }

    @Test
    void domainIsComputedOnClose() {
        BufferedDataTable t = TestTables.table(SPEC, row("r0", "b", 2.5, 3), row("r1", "a", -1.0, 7),
            new DefaultRow("r2", new StringCell("b"), DataType.getMissingCell(), new IntCell(-2)));
        DataColumnDomain names = t.getDataTableSpec().getColumnSpec("name").getDomain();
        assertEquals(List.of(new StringCell("b"), new StringCell("a")), new ArrayList<>(names.getValues()),
            "possible values in order of appearance");
        assertFalse(names.hasBounds(), "strings get no bounds");
        DataColumnDomain values = t.getDataTableSpec().getColumnSpec("value").getDomain();
        assertEquals(new DoubleCell(-1.0), values.getLowerBound());
        assertEquals(new DoubleCell(2.5), values.getUpperBound(), "missing cells are ignored");
        assertNull(values.getValues(), "numbers get no possible values");
        DataColumnDomain counts = t.getDataTableSpec().getColumnSpec("count").getDomain();
        assertEquals(new IntCell(-2), counts.getLowerBound());
        assertEquals(new IntCell(7), counts.getUpperBound());
        assertEquals(3, t.size());
    }

    @Test
    void tooManyPossibleValuesMeansNoValues() {
        DataTableSpec spec = TestTables.spec(new String[]{"s"}, new DataType[]{StringCell.TYPE});
        List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < 61; i++) {
            rows.add(new DefaultRow("r" + i, "v" + i));
        }
        assertFalse(TestTables.table(spec, rows).getDataTableSpec().getColumnSpec(0).getDomain().hasValues());
        assertEquals(60, TestTables.table(spec, rows.subList(0, 60)).getDataTableSpec().getColumnSpec(0)
            .getDomain().getValues().size());
    }

    @Test
    void initDomainKeepsDeclaredValuesAndBounds() {
        Set<DataCell> declared = new LinkedHashSet<>(List.of(new StringCell("a"), new StringCell("z")));
        DataColumnSpecCreator name = new DataColumnSpecCreator("name", StringCell.TYPE);
        name.setDomain(new DataColumnDomainCreator(declared).createDomain());
        DataColumnSpecCreator value = new DataColumnSpecCreator("value", DoubleCell.TYPE);
        value.setDomain(new DataColumnDomainCreator(new DoubleCell(0), new DoubleCell(100)).createDomain());
        DataTableSpec spec = new DataTableSpec(name.createSpec(), value.createSpec(),
            SPEC.getColumnSpec("count"));
        BufferedDataContainer c = NodeModelHarness.newExecutionContext().createDataContainer(spec, true);
        c.addRowToTable(row("r0", "a", 5, 1));
        c.addRowToTable(row("r1", "b", 150, 1));
        c.close();
        DataTableSpec out = c.getTable().getDataTableSpec();
        assertEquals(List.of(new StringCell("a"), new StringCell("z"), new StringCell("b")),
            new ArrayList<>(out.getColumnSpec(0).getDomain().getValues()));
        assertEquals(new DoubleCell(0), out.getColumnSpec(1).getDomain().getLowerBound());
        assertEquals(new DoubleCell(150), out.getColumnSpec(1).getDomain().getUpperBound());

        DataContainer fresh = new DataContainer(spec, false);
        fresh.addRowToTable(row("r0", "a", 5, 1));
        fresh.close();
        assertEquals(Set.of(new StringCell("a")), fresh.getTableSpec().getColumnSpec(0).getDomain().getValues());
        assertEquals(new DoubleCell(5), fresh.getTableSpec().getColumnSpec(1).getDomain().getLowerBound());
    }

    @Test
    void badRowsAreRejectedByCloseAtTheLatestWithMessagesNamingTheRow() {
        // KNIME 5.3 checks rows when it writes them: the error comes at close() at the latest (DataContainerException,
        // DuplicateKeyException); the double rejects the row when it is added
        RuntimeException count =
            assertThrows(RuntimeException.class, () -> addAndClose(new DefaultRow("r9", "x")));
        assertTrue(count.getMessage().contains("r9"), count.getMessage());
        RuntimeException type = assertThrows(RuntimeException.class,
            () -> addAndClose(new DefaultRow("r8", new StringCell("a"), new StringCell("oops"), new IntCell(1))));
        assertTrue(type.getMessage().contains("r8"), type.getMessage());
        DuplicateKeyException dup =
            assertThrows(DuplicateKeyException.class, () -> addAndClose(row("r1", "a", 1, 1), row("r1", "b", 2, 2)));
        assertEquals("r1", dup.getKey());
        DataContainer c = new DataContainer(SPEC);
        c.addRowToTable(row("r1", "a", 1, 1));
        c.addRowToTable(new DefaultRow("r2", new StringCell("a"), new IntCell(3), new IntCell(1)));
        assertEquals(2, c.size(), "an int cell fits a double column");
        assertThrows(IllegalStateException.class, c::getTable, "no table before close");
        c.close();
        assertThrows(IllegalStateException.class, () -> c.addRowToTable(row("r3", "a", 1, 1)));
    }

    @Test
    void containersAreNotAutoCloseableButIteratorsAreCloseable() {
        assertFalse(AutoCloseable.class.isAssignableFrom(DataContainer.class));
        assertFalse(AutoCloseable.class.isAssignableFrom(BufferedDataContainer.class));
        assertTrue(java.io.Closeable.class.isAssignableFrom(CloseableRowIterator.class));
        BufferedDataTable t = TestTables.table(SPEC, row("r0", "a", 1, 1), row("r1", "b", 2, 2));
        try (CloseableRowIterator it = t.iterator()) {
            assertEquals("r0", it.next().getKey().getString());
            it.close();
            assertFalse(it.hasNext(), "closed iterators end");
        }
        assertEquals(2, TestTables.rows(t).size(), "tables can be iterated again");
        assertEquals(2, t.getRowCount());
    }

    private static void addAndClose(final DataRow... rows) {
        DataContainer c = new DataContainer(SPEC);
        for (DataRow r : rows) {
            c.addRowToTable(r);
        }
        c.close();
    }
}
