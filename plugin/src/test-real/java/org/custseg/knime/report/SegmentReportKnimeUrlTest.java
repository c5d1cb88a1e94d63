package org.custseg.knime.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.custseg.knime.profiler.SampleCustomers;
import org.custseg.knime.testing.NodeModelHarness;
import org.custseg.knime.testing.TestTables;
import org.custseg.knime.workflows.KnimeUrlSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.workflow.contextv2.WorkflowContextV2;

/**
 * The Segment Report on real KNIME writes through KNIME's URL handling: {@code knime://knime.workflow/...} and
 * {@code knime://knime.mountpoint/...} URLs resolved by KNIME's resolver for a workflow in a LOCAL mount point
 * (missing folders created), the fail policy, an unwritable location, a URL leaving the mount point and a
 * workflow-relative URL without a mount point (batch). See {@link KnimeUrlSupport} for what is KNIME's own and what
 * stands in for the OSGi-registered {@code knime:} protocol handler.
 */
class SegmentReportKnimeUrlTest {

    @TempDir
    static Path dir;

    private static SampleCustomers sample;

    private Path m_workflow;

    @BeforeAll
    static void install() throws Exception {
        KnimeUrlSupport.install();
        sample = SampleCustomers.load();
        // one run to a plain temporary file first: KNIME registers its context-object suppliers while its node
        // framework starts, long before a user's node runs; without this the first test's workflow context is
        // not found
        harness(Files.createTempFile("custseg-report-warmup", ".html").toString(), "OVERWRITE")
            .run(sample.table, null, null, null);
    }

    @AfterEach
    void pop() {
        if (m_workflow != null) {
            KnimeUrlSupport.popContext();
            m_workflow = null;
        }
    }

    /** A workflow {@code <mount>/group/flow}, its context current, as while KNIME runs one of its nodes. */
    private Path enterWorkflow(final String mount, final boolean withMountPoint) throws Exception {
        final Path root = Files.createDirectories(dir.resolve(mount));
        m_workflow = Files.createDirectories(root.resolve("group/flow"));
        final WorkflowContextV2 ctx = KnimeUrlSupport.context(m_workflow, withMountPoint ? root : null, !withMountPoint);
        KnimeUrlSupport.pushContext(ctx);
        return root;
    }

    private static NodeModelHarness<SegmentReportNodeModel> harness(final String location, final String policy)
        throws InvalidSettingsException {
        final NodeModelHarness<SegmentReportNodeModel> h = NodeModelHarness.of(new SegmentReportNodeModel());
        final NodeSettings s = h.saveSettings();
        SampleCustomers.setFilter(s, ReportSettings.KEY_NUMERIC_COLUMNS, SampleCustomers.BEHAVIOUR,
            SampleCustomers.IDENTIFIERS);
        s.addString(ReportSettings.KEY_OUTPUT_FILE, location);
        s.addString(ReportSettings.KEY_OVERWRITE, policy);
        h.loadSettings(NodeModelHarness.throughXml(s));
        return h;
    }

    private static String reportedFile(final PortObject[] out) {
        final List<org.knime.core.data.DataRow> rows = TestTables.rows((BufferedDataTable)out[0]);
        assertEquals(1, rows.size());
        return ((StringValue)rows.get(0).getCell(0)).getStringValue();
    }

    @Test
    void writesToAWorkflowRelativeUrlCreatingTheFolder() throws Exception {
        final Path root = enterWorkflow("wr", true);
        final Path expected = root.resolve("group/output/segment report.html");
        assertFalse(Files.exists(expected.getParent()));
        final PortObject[] out =
            harness("knime://knime.workflow/../output/segment report.html", "FAIL").run(sample.table, null, null, null);
        assertTrue(Files.readString(expected, StandardCharsets.UTF_8).contains(ReportSettings.DEFAULT_TITLE));
        assertEquals(expected.toString(), reportedFile(out));
    }

    @Test
    void writesToAMountpointRelativeUrl() throws Exception {
        final Path root = enterWorkflow("mp", true);
        final Path expected = root.resolve("reports/q3/segments.html");
        harness("knime://knime.mountpoint/reports/q3/segments.html", "OVERWRITE").run(sample.table, null, null, null);
        assertTrue(Files.readString(expected, StandardCharsets.UTF_8).contains(ReportSettings.DEFAULT_TITLE));
    }

    @Test
    void refusesToOverwriteWhenToldTo() throws Exception {
        final Path root = enterWorkflow("fail", true);
        final Path existing = Files.createDirectories(root.resolve("group/output")).resolve("r.html");
        Files.writeString(existing, "old", StandardCharsets.UTF_8);
        final NodeModelHarness<SegmentReportNodeModel> h = harness("knime://knime.workflow/../output/r.html", "FAIL");
        h.configure(sample.table.getDataTableSpec(), null, null, null);
        assertTrue(h.warningMessage() != null && h.warningMessage().contains("exists"), h.warningMessage());
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> h.execute(sample.table, null, null, null));
        assertTrue(e.getMessage().contains("knime://knime.workflow/../output/r.html")
            && e.getMessage().contains("already exists") && e.getMessage().contains("If the file exists"),
            e.getMessage());
        assertEquals("old", Files.readString(existing, StandardCharsets.UTF_8));
        // and replaces it when told to
        harness("knime://knime.workflow/../output/r.html", "OVERWRITE").run(sample.table, null, null, null);
        assertTrue(Files.readString(existing, StandardCharsets.UTF_8).contains(ReportSettings.DEFAULT_TITLE));
    }

    @Test
    void anUnwritableLocationGivesAClearError() throws Exception {
        final Path root = enterWorkflow("unwritable", true);
        // a file where the folder would have to be: the folder cannot be created, not even by root
        Files.writeString(Files.createDirectories(root.resolve("group")).resolve("output"), "a file",
            StandardCharsets.UTF_8);
        final NodeModelHarness<SegmentReportNodeModel> h =
            harness("knime://knime.workflow/../output/r.html", "OVERWRITE");
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> h.run(sample.table, null, null, null));
        assertTrue(e.getMessage().contains("knime://knime.workflow/../output/r.html")
            && e.getMessage().contains("cannot be created") && e.getMessage().contains(root.resolve("group/output")
                .toString()), e.getMessage());
    }

    @Test
    void aUrlLeavingTheMountPointIsRefusedInConfigure() throws Exception {
        enterWorkflow("leave", true);
        final NodeModelHarness<SegmentReportNodeModel> h =
            harness("knime://knime.workflow/../../../outside/r.html", "OVERWRITE");
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> h.configure(sample.table.getDataTableSpec(), null, null, null));
        assertTrue(e.getMessage().contains("knime://knime.workflow/../../../outside/r.html")
            && e.getMessage().contains("cannot be resolved"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("outside")));
    }

    @Test
    void aWorkflowRelativeUrlWithoutMountPointIsRefusedAndAFileUrlWorks() throws Exception {
        final Path root = enterWorkflow("batch", false);
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> harness("knime://knime.workflow/../output/r.html", "OVERWRITE").configure(
                sample.table.getDataTableSpec(), null, null, null));
        assertTrue(e.getMessage().contains("knime://knime.workflow/../output/r.html")
            && e.getMessage().contains("file:///"), e.getMessage());
        // what the README's batch command passes instead
        final Path file = root.resolve("batch output/r.html");
        harness(file.toUri().toString(), "OVERWRITE").run(sample.table, null, null, null);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains(ReportSettings.DEFAULT_TITLE));
    }
}
