package org.custseg.knime.doubletest.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.custseg.knime.testing.CancelAfterChecksMonitor;
import org.custseg.knime.testing.NodeModelHarness;
import org.custseg.knime.testing.TestTables;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnDomainCreator;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.AbstractCellFactory;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.container.SingleCellFactory;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;

/** Column rearrangers applied through ExecutionContext#createColumnRearrangeTable. */
class ColumnRearrangerTest {

    private static final BufferedDataTable IN =
        TestTables.doubles(new String[]{"x", "y"}, new double[]{1, 10}, new double[]{2, 20}, new double[]{3, 30});

    /** Appends x+y and a label; counts calls. */
    private static final class SumAndLabel extends AbstractCellFactory {
        private final AtomicInteger m_calls = new AtomicInteger();

        private final AtomicInteger m_after = new AtomicInteger();

        SumAndLabel(final DataColumnSpec... specs) {
            super(specs);
        }

        @Override
        public DataCell[] getCells(final DataRow row) {
            m_calls.incrementAndGet();
            double sum = ((DoubleValue)row.getCell(0)).getDoubleValue() + ((DoubleValue)row.getCell(1)).getDoubleValue();
            return new DataCell[]{new DoubleCell(sum), new StringCell(sum > 20 ? "big" : "small")};
        }

        @Override
        public void afterProcessing() {
            m_after.incrementAndGet();
        }
    }

    private static DataColumnSpec[] newColumns() {
        DataColumnSpecCreator label = new DataColumnSpecCreator("label", StringCell.TYPE);
        label.setDomain(new DataColumnDomainCreator(
            new DataCell[]{new StringCell("small"), new StringCell("big"), new StringCell("huge")}).createDomain());
        return new DataColumnSpec[]{new DataColumnSpecCreator("sum", DoubleCell.TYPE).createSpec(),
            label.createSpec()};
    }

    @Test
    void appendedColumnsAreComputedOncePerRowWithDomains() throws Exception {
        ColumnRearranger r = new ColumnRearranger(IN.getDataTableSpec());
        SumAndLabel f = new SumAndLabel(newColumns());
        r.append(f);
        DataTableSpec configured = r.createSpec();
        assertArrayEquals(new String[]{"x", "y", "sum", "label"}, configured.getColumnNames());
        ExecutionContext exec = NodeModelHarness.newExecutionContext();
        BufferedDataTable out = exec.createColumnRearrangeTable(IN, r, exec);
        assertEquals(3, f.m_calls.get(), "getCells once per row for a two-column factory");
        assertEquals(1, f.m_after.get());
        List<DataRow> rows = TestTables.rows(out);
        assertEquals(new DoubleCell(22), rows.get(1).getCell(2));
        assertEquals(new StringCell("small"), rows.get(0).getCell(3));
        assertEquals("Row2", rows.get(2).getKey().getString());
        DataTableSpec spec = out.getDataTableSpec();
        assertTrue(configured.equalStructure(spec));
        assertEquals(IN.getDataTableSpec().getColumnSpec(0), spec.getColumnSpec(0), "kept columns keep their spec");
        assertEquals(new DoubleCell(11), spec.getColumnSpec("sum").getDomain().getLowerBound());
        assertEquals(new DoubleCell(33), spec.getColumnSpec("sum").getDomain().getUpperBound());
        assertEquals(Set.of(new StringCell("small"), new StringCell("big"), new StringCell("huge")),
            spec.getColumnSpec("label").getDomain().getValues(), "declared values are kept");
        assertEquals(1.0, exec.getProgressMonitor().getProgress(), 1e-9);
    }

    @Test
    void removeKeepMovePermuteAndReplace() throws Exception {
        ColumnRearranger r = new ColumnRearranger(IN.getDataTableSpec());
        r.append(new SingleCellFactory(new DataColumnSpecCreator("neg", DoubleCell.TYPE).createSpec()) {
            @Override
            public DataCell getCell(final DataRow row) {
                return new DoubleCell(-((DoubleValue)row.getCell(0)).getDoubleValue());
            }
        });
        r.move("neg", 0);
        assertArrayEquals(new String[]{"neg", "x", "y"}, r.createSpec().getColumnNames());
        r.permute(new String[]{"y"});
        assertArrayEquals(new String[]{"y", "neg", "x"}, r.createSpec().getColumnNames());
        r.remove("x");
        assertEquals(2, r.getColumnCount());
        r.replace(new SingleCellFactory(new DataColumnSpecCreator("twice", DoubleCell.TYPE).createSpec()) {
            @Override
            public DataCell getCell(final DataRow row) {
                return new DoubleCell(2 * ((DoubleValue)row.getCell(1)).getDoubleValue());
            }
        }, "y");
        assertEquals(0, r.indexOf("twice"));
        ExecutionContext exec = NodeModelHarness.newExecutionContext();
        BufferedDataTable out = exec.createColumnRearrangeTable(IN, r, exec);
        DataRow first = TestTables.rows(out).get(0);
        assertEquals(new DoubleCell(20), first.getCell(0));
        assertEquals(new DoubleCell(-1), first.getCell(1));
        ColumnRearranger keep = new ColumnRearranger(IN.getDataTableSpec());
        keep.keepOnly("y");
        assertArrayEquals(new String[]{"y"}, keep.createSpec().getColumnNames());
        assertThrows(IllegalArgumentException.class, () -> keep.remove("nope"));
    }

    @Test
    void cancellationStopsTheRearrangement() {
        ColumnRearranger r = new ColumnRearranger(IN.getDataTableSpec());
        SumAndLabel f = new SumAndLabel(newColumns());
        r.append(f);
        ExecutionContext exec = NodeModelHarness.newExecutionContext(new CancelAfterChecksMonitor(1));
        assertThrows(CanceledExecutionException.class, () -> exec.createColumnRearrangeTable(IN, r, exec));
        // KNIME 5.3 computes the second row before it sees the cancellation, the double stops after the first
        assertTrue(f.m_calls.get() >= 1 && f.m_calls.get() < IN.size(), "the rearrangement stopped early: "
            + f.m_calls.get() + " of " + IN.size() + " rows computed");
        assertEquals(1, f.m_after.get(), "afterProcessing runs also when canceled");
    }
}
