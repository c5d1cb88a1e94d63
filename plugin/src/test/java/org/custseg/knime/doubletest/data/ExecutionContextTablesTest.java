package org.custseg.knime.doubletest.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.custseg.knime.testing.NodeModelHarness;
import org.custseg.knime.testing.TestTables;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.container.DataContainer;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/** The table-creating methods of ExecutionContext besides containers and rearrangers. */
class ExecutionContextTablesTest {

    private final ExecutionContext m_exec = NodeModelHarness.newExecutionContext();

    @Test
    void concatenationKeepsOrderAndMergesDomains() throws Exception {
        BufferedDataTable a = TestTables.doubles(new String[]{"v"}, new double[]{1}, new double[]{5});
        DataTableSpec spec = a.getDataTableSpec();
        BufferedDataTable b = TestTables.table(spec, new DefaultRow("x", 9.0));
        BufferedDataTable ab = m_exec.createConcatenateTable(m_exec, a, b);
        List<DataRow> rows = TestTables.rows(ab);
        assertEquals(List.of("Row0", "Row1", "x"), rows.stream().map(r -> r.getKey().getString()).toList());
        assertEquals(new DoubleCell(1), ab.getDataTableSpec().getColumnSpec(0).getDomain().getLowerBound());
        assertEquals(new DoubleCell(9), ab.getDataTableSpec().getColumnSpec(0).getDomain().getUpperBound());
        IllegalArgumentException dup =
            assertThrows(IllegalArgumentException.class, () -> m_exec.createConcatenateTable(m_exec, a, a));
        assertTrue(dup.getMessage().contains("Row0"), dup.getMessage());
        // KNIME: tables with other columns are concatenated too; each table's missing columns get missing cells
        BufferedDataTable other = TestTables.table(TestTables.spec(new String[]{"w"}, new DataType[]{DoubleCell.TYPE}),
            new DefaultRow("w0", 7.0));
        BufferedDataTable union = m_exec.createConcatenateTable(m_exec, a, other);
        assertArrayEquals(new String[]{"v", "w"}, union.getDataTableSpec().getColumnNames());
        List<DataRow> unionRows = TestTables.rows(union);
        assertEquals(3, unionRows.size());
        assertEquals(new DoubleCell(5), unionRows.get(1).getCell(0));
        assertTrue(unionRows.get(1).getCell(1).isMissing());
        assertTrue(unionRows.get(2).getCell(0).isMissing());
        assertEquals(new DoubleCell(7), unionRows.get(2).getCell(1));
    }

    @Test
    void joinNeedsTheSameRowsAndDistinctColumns() throws Exception {
        BufferedDataTable left = TestTables.doubles(new String[]{"v"}, new double[]{1}, new double[]{2});
        BufferedDataTable right = TestTables.table(TestTables.spec(new String[]{"s"}, new DataType[]{StringCell.TYPE}),
            new DefaultRow("Row0", "a"), new DefaultRow("Row1", "b"));
        BufferedDataTable joined = m_exec.createJoinedTable(left, right, m_exec);
        assertArrayEquals(new String[]{"v", "s"}, joined.getDataTableSpec().getColumnNames());
        assertEquals(new StringCell("b"), TestTables.rows(joined).get(1).getCell(1));
        assertEquals(right.getDataTableSpec().getColumnSpec(0), joined.getDataTableSpec().getColumnSpec(1));
        BufferedDataTable shuffled = TestTables.table(right.getDataTableSpec(), new DefaultRow("Row1", "b"),
            new DefaultRow("Row0", "a"));
        assertThrows(IllegalArgumentException.class, () -> m_exec.createJoinedTable(left, shuffled, m_exec));
        assertThrows(IllegalArgumentException.class, () -> m_exec.createJoinedTable(left, left, m_exec));
    }

    @Test
    void specReplacerWrappedAndCachedTables() throws Exception {
        BufferedDataTable in = TestTables.doubles(new String[]{"v"}, new double[]{3});
        DataTableSpec renamed = TestTables.spec(new String[]{"renamed"}, new DataType[]{DoubleCell.TYPE});
        BufferedDataTable replaced = m_exec.createSpecReplacerTable(in, renamed);
        assertSame(renamed, replaced.getDataTableSpec());
        assertEquals(TestTables.rows(in), TestTables.rows(replaced));
        BufferedDataTable wrapped = m_exec.createWrappedTable(in);
        assertEquals(in.getDataTableSpec(), wrapped.getDataTableSpec());
        assertEquals(TestTables.rows(in), TestTables.rows(wrapped));
        assertSame(in, m_exec.createBufferedDataTable(in, m_exec), "buffered tables are returned as is");
        DataContainer plain = new DataContainer(in.getDataTableSpec());
        plain.addRowToTable(new DefaultRow("p", 4.0));
        plain.close();
        BufferedDataTable cached = m_exec.createBufferedDataTable(plain.getTable(), m_exec);
        assertEquals(1, cached.size());
        assertEquals("p", TestTables.rows(cached).get(0).getKey().getString());
    }
}
