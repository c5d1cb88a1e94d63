package org.custseg.knime.doubletest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;

import org.custseg.knime.testing.NodeModelHarness;
import org.custseg.knime.testing.TestTables;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.streamable.BufferedDataTableRowOutput;
import org.knime.core.node.streamable.DataTableRowInput;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.RowInput;
import org.knime.core.node.streamable.RowOutput;
import org.knime.core.node.streamable.StreamableOperator;

/**
 * The part of KNIME 5.3's classic streaming API ({@code org.knime.core.node.streamable}) the Segment Assigner uses,
 * pinned by reflection as {@code javap} shows it in knime-core 5.3.0 (modifiers, return types, declared exceptions),
 * and the behaviour of the row input/output classes. Runs on the double and on real KNIME.
 */
class StreamableApiTest {

    private static Set<Class<?>> thrown(final Method m) {
        return Set.of(m.getExceptionTypes());
    }

    @Test
    void signaturesAsInKnime53() throws Exception {
        final Method create = NodeModel.class.getMethod("createStreamableOperator", PartitionInfo.class,
            PortObjectSpec[].class);
        assertEquals(StreamableOperator.class, create.getReturnType());
        assertEquals(Set.of(InvalidSettingsException.class), thrown(create));
        assertEquals(InputPortRole[].class, NodeModel.class.getMethod("getInputPortRoles").getReturnType());
        assertEquals(OutputPortRole[].class, NodeModel.class.getMethod("getOutputPortRoles").getReturnType());

        final Method runFinal = StreamableOperator.class.getMethod("runFinal", PortInput[].class, PortOutput[].class,
            ExecutionContext.class);
        assertTrue(Modifier.isAbstract(runFinal.getModifiers()));
        assertEquals(Set.of(Exception.class), thrown(runFinal));
        assertTrue(Modifier.isAbstract(StreamableOperator.class.getModifiers()));

        assertEquals(Set.of(InterruptedException.class), thrown(RowInput.class.getMethod("poll")));
        assertEquals(Set.of(), thrown(RowInput.class.getMethod("close")));
        assertEquals(Set.of(InterruptedException.class), thrown(RowOutput.class.getMethod("push", DataRow.class)));
        assertEquals(Set.of(InterruptedException.class), thrown(RowOutput.class.getMethod("close")));
        assertEquals(Set.of(), thrown(BufferedDataTableRowOutput.class.getMethod("close")));
        assertEquals(long.class, DataTableRowInput.class.getMethod("getRowCount").getReturnType());
        assertTrue(RowInput.class.getSuperclass() == PortInput.class && RowOutput.class.getSuperclass() == PortOutput.class);
        assertTrue(Modifier.isFinal(InputPortRole.class.getModifiers()) && Modifier.isFinal(OutputPortRole.class
            .getModifiers()));
        DataTableRowInput.class.getConstructor(DataTable.class);
        BufferedDataTableRowOutput.class.getConstructor(BufferedDataContainer.class);
    }

    @Test
    void portRoleConstants() {
        assertTrue(InputPortRole.DISTRIBUTED_STREAMABLE.isStreamable());
        assertTrue(InputPortRole.DISTRIBUTED_STREAMABLE.isDistributable());
        assertFalse(InputPortRole.NONDISTRIBUTED_NONSTREAMABLE.isStreamable());
        assertFalse(InputPortRole.NONDISTRIBUTED_NONSTREAMABLE.isDistributable());
        assertSame(InputPortRole.NONDISTRIBUTED_STREAMABLE, InputPortRole.get(false, true));
        assertSame(InputPortRole.DISTRIBUTED_NONSTREAMABLE, InputPortRole.get(true, false));
        assertTrue(OutputPortRole.DISTRIBUTED.isDistributable());
        assertFalse(OutputPortRole.NONDISTRIBUTED.isDistributable());
        final PartitionInfo p = new PartitionInfo(2, 5);
        assertEquals(2, p.getPartitionIndex());
        assertEquals(5, p.getPartitionCount());
    }

    @Test
    void rowInputReadsEveryRowThenNullAndRowOutputWritesThemInOrder() throws Exception {
        final ExecutionContext exec = NodeModelHarness.newExecutionContext();
        final BufferedDataTable table = TestTables.doubles(new String[]{"a", "b"}, new double[]{1, 2},
            new double[]{3, 4}, new double[]{5, 6});
        final DataTableRowInput in = new DataTableRowInput(table);
        assertEquals(3, in.getRowCount());
        assertEquals(table.getDataTableSpec(), in.getDataTableSpec());
        final BufferedDataTableRowOutput out =
            new BufferedDataTableRowOutput(exec.createDataContainer(table.getDataTableSpec()));
        DataRow row;
        int n = 0;
        while ((row = in.poll()) != null) {
            out.push(row);
            n++;
        }
        assertEquals(3, n);
        assertNull(in.poll(), "stays exhausted");
        in.close();
        out.close();
        final BufferedDataTable written = out.getDataTable();
        assertEquals(3, written.size());
        final java.util.List<String> keys = new java.util.ArrayList<>();
        for (final DataRow r : written) {
            keys.add(r.getKey().getString());
        }
        final java.util.List<String> expected = new java.util.ArrayList<>();
        for (final DataRow r : table) {
            expected.add(r.getKey().getString());
        }
        assertArrayEquals(expected.toArray(), keys.toArray());
    }
}
