package org.custseg.knime.doubletest.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.custseg.knime.testing.CancelAfterChecksMonitor;
import org.custseg.knime.testing.NodeModelHarness;
import org.junit.jupiter.api.Test;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;

/** Progress, messages and cancellation. */
class ExecutionMonitorTest {

    @Test
    void cancelFlagMakesCheckCanceledThrow() throws Exception {
        DefaultNodeProgressMonitor pm = new DefaultNodeProgressMonitor();
        ExecutionMonitor exec = new ExecutionMonitor(pm);
        exec.checkCanceled();
        pm.setExecuteCanceled();
        assertThrows(CanceledExecutionException.class, exec::checkCanceled);
        assertThrows(CanceledExecutionException.class, exec.createSubProgress(0.5)::checkCanceled,
            "sub monitors share the parent's flag");
        pm.reset();
        assertDoesNotThrow(exec::checkCanceled);
    }

    @Test
    void progressAndMessagesAreRecorded() {
        DefaultNodeProgressMonitor pm = new DefaultNodeProgressMonitor();
        ExecutionMonitor exec = new ExecutionMonitor(pm);
        assertNull(pm.getProgress());
        exec.setProgress(0.25, "quarter");
        assertEquals(0.25, pm.getProgress());
        assertEquals("quarter", pm.getMessage());
        exec.setProgress(7.0);
        assertEquals(0.25, pm.getProgress(), "out of range values are ignored");
        exec.setMessage(() -> "lazy");
        assertEquals("lazy", pm.getMessage());
    }

    @Test
    void subProgressIsScaledIntoTheParentsRange() {
        DefaultNodeProgressMonitor pm = new DefaultNodeProgressMonitor();
        ExecutionContext exec = NodeModelHarness.newExecutionContext(pm);
        ExecutionContext first = exec.createSubExecutionContext(0.4);
        first.setProgress(0.5);
        assertEquals(0.2, pm.getProgress(), 1e-9);
        first.setProgress(1.0);
        ExecutionMonitor second = exec.createSilentSubProgress(0.6);
        second.setProgress(0.5, "hidden");
        assertEquals(0.7, pm.getProgress(), 1e-9);
        assertEquals(null, pm.getMessage(), "silent sub monitors do not forward messages");
        // KNIME appends a sub monitor's message to the parent's in its progress events; the parent's own message
        // stays (the double forwarded it until issue 11)
        exec.setMessage("main");
        ExecutionMonitor sub = exec.createSubProgress(0.1);
        sub.setMessage("sub");
        assertEquals("main", pm.getMessage());
        assertThrows(IllegalArgumentException.class, () -> exec.createSubProgress(1.5));
    }

    @Test
    void cancelAfterChecksMonitorCancelsAtTheRequestedCheck() throws Exception {
        CancelAfterChecksMonitor pm = new CancelAfterChecksMonitor(2);
        ExecutionMonitor exec = new ExecutionMonitor(pm);
        exec.checkCanceled();
        exec.createSubProgress(0.5).checkCanceled();
        assertThrows(CanceledExecutionException.class, exec::checkCanceled);
        assertEquals(3, pm.getCheckCount());
    }
}
