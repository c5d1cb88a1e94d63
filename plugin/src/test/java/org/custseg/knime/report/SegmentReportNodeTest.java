package org.custseg.knime.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.custseg.engine.report.HtmlReport;
import org.custseg.knime.common.SegmentColumns;
import org.custseg.knime.profiler.ProfilerSettings;
import org.custseg.knime.profiler.SampleCustomers;
import org.custseg.knime.profiler.SegmentProfilerNodeModel;
import org.custseg.knime.recommender.SegmentRecommenderNodeModel;
import org.custseg.knime.testing.NodeModelHarness;
import org.custseg.knime.testing.TestTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/**
 * The Segment Report node through the API double on the sample data (k-means, k = 3): settings (pinned keys, round
 * trip, invalid values), configure checks (nothing written), configured spec equals executed spec, the written HTML
 * (personas, embedded PNG charts, no web references, actions from the Segment Recommender, the k scan) and the
 * overwrite policy.
 */
class SegmentReportNodeTest {

    private static final List<String> PERSONAS =
        List.of("High-limit digital", "Call-heavy few-card", "Branch-going offline");

    @TempDir
    static Path dir;

    private static SampleCustomers sample;
    private static BufferedDataTable recommendations;

    @BeforeAll
    static void recommendForTheSample() throws Exception {
        sample = SampleCustomers.load();
        final NodeSettings s = NodeModelHarness.of(new SegmentProfilerNodeModel()).saveSettings();
        SampleCustomers.setFilter(s, ProfilerSettings.KEY_NUMERIC_COLUMNS, SampleCustomers.BEHAVIOUR,
            SampleCustomers.IDENTIFIERS);
        final NodeModelHarness<SegmentProfilerNodeModel> p = NodeModelHarness.of(new SegmentProfilerNodeModel());
        p.loadSettings(NodeModelHarness.throughXml(s));
        final BufferedDataTable profile = (BufferedDataTable)p.run(sample.table, null)[0];
        final PortObject[] rec =
            NodeModelHarness.of(new SegmentRecommenderNodeModel()).run(profile, null, null, null);
        recommendations = (BufferedDataTable)rec[0];
    }

    private static NodeSettings settings(final Path file, final String policy) throws InvalidSettingsException {
        final NodeSettings s = NodeModelHarness.of(new SegmentReportNodeModel()).saveSettings();
        SampleCustomers.setFilter(s, ReportSettings.KEY_NUMERIC_COLUMNS, SampleCustomers.BEHAVIOUR,
            SampleCustomers.IDENTIFIERS);
        s.addString(ReportSettings.KEY_OUTPUT_FILE, file.toString());
        s.addString(ReportSettings.KEY_OVERWRITE, policy);
        return s;
    }

    private static NodeModelHarness<SegmentReportNodeModel> harness(final NodeSettings s)
        throws InvalidSettingsException {
        final NodeModelHarness<SegmentReportNodeModel> h = NodeModelHarness.of(new SegmentReportNodeModel());
        h.loadSettings(NodeModelHarness.throughXml(s));
        return h;
    }

    private static DataRow onlyRow(final PortObject out) {
        final List<DataRow> rows = TestTables.rows((BufferedDataTable)out);
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    @Test
    void settingsKeysArePinnedAndRoundTrip() throws Exception {
        assertEquals(List.of("segment_column", "numeric_columns", "output_file", "overwrite_policy", "report_title",
            "names_segment_column", "names_name_column"),
            new ReportSettings().keys());
        final NodeSettings s = settings(dir.resolve("round.html"), "OVERWRITE");
        s.addString(ReportSettings.KEY_TITLE, "Q3 segments");
        s.addString(ReportSettings.KEY_SEGMENT_COLUMN, "Segment");
        final NodeModelHarness<SegmentReportNodeModel> h = harness(s);
        final NodeSettings saved = h.saveSettings();
        assertEquals(dir.resolve("round.html").toString(), saved.getString(ReportSettings.KEY_OUTPUT_FILE));
        assertEquals("OVERWRITE", saved.getString(ReportSettings.KEY_OVERWRITE));
        assertEquals("Q3 segments", saved.getString(ReportSettings.KEY_TITLE));
        assertEquals("Segment", saved.getString(ReportSettings.KEY_SEGMENT_COLUMN));
        final NodeModelHarness<SegmentReportNodeModel> again = harness(saved);
        assertEquals(saved.toString(), again.saveSettings().toString());
        // defaults: fail if the file exists, the command line's title, no path
        final NodeSettings d = NodeModelHarness.of(new SegmentReportNodeModel()).saveSettings();
        assertEquals("FAIL", d.getString(ReportSettings.KEY_OVERWRITE));
        assertEquals(ReportSettings.DEFAULT_TITLE, d.getString(ReportSettings.KEY_TITLE));
        assertEquals("", d.getString(ReportSettings.KEY_OUTPUT_FILE));
    }

    @Test
    void invalidSettingsNameTheSetting() throws Exception {
        final NodeModelHarness<SegmentReportNodeModel> h = NodeModelHarness.of(new SegmentReportNodeModel());
        final NodeSettings empty = settings(dir.resolve("x.html"), "FAIL");
        empty.addString(ReportSettings.KEY_OUTPUT_FILE, "  ");
        final InvalidSettingsException e1 =
            assertThrows(InvalidSettingsException.class, () -> h.validateSettings(empty));
        assertTrue(e1.getMessage().contains("'Output file' is empty"), e1.getMessage());

        final NodeSettings relative = settings(dir.resolve("x.html"), "FAIL");
        relative.addString(ReportSettings.KEY_OUTPUT_FILE, "reports/x.html");
        final InvalidSettingsException e2 =
            assertThrows(InvalidSettingsException.class, () -> h.validateSettings(relative));
        assertTrue(e2.getMessage().contains("reports/x.html") && e2.getMessage().contains("relative"),
            e2.getMessage());

        final NodeSettings policy = settings(dir.resolve("x.html"), "SOMETIMES");
        final InvalidSettingsException e3 =
            assertThrows(InvalidSettingsException.class, () -> h.validateSettings(policy));
        assertTrue(e3.getMessage().contains("If the file exists") && e3.getMessage().contains("SOMETIMES"),
            e3.getMessage());

        // the default settings have no path: configure says what to set
        final InvalidSettingsException e4 = assertThrows(InvalidSettingsException.class,
            () -> NodeModelHarness.of(new SegmentReportNodeModel()).configure(sample.table.getDataTableSpec(), null,
                null, null));
        assertTrue(e4.getMessage().contains("Output file"), e4.getMessage());
    }

    @Test
    void configureChecksSpecsAndWritesNothing() throws Exception {
        final Path file = dir.resolve("configure-only.html");
        final NodeModelHarness<SegmentReportNodeModel> h = harness(settings(file, "FAIL"));
        final PortObjectSpec[] specs = h.configure(sample.table.getDataTableSpec(), recommendations.getSpec(), null,
            null);
        assertEquals(List.of(ReportTables.FILE, ReportTables.SEGMENTS, ReportTables.ACTIONS),
            List.of(((DataTableSpec)specs[0]).getColumnNames()));
        assertFalse(Files.exists(file), "configure must not write the report");

        final DataTableSpec noRule = TestTables.spec(new String[]{"Segment", "Action", "Priority"},
            new DataType[]{StringCell.TYPE, StringCell.TYPE, IntCell.TYPE});
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> h.configure(sample.table.getDataTableSpec(), noRule, null, null));
        assertTrue(e.getMessage().contains("input 1") && e.getMessage().contains("\"Rule ID\""), e.getMessage());

        final DataTableSpec noChosen = TestTables.spec(new String[]{"k", "Silhouette"},
            new DataType[]{IntCell.TYPE, DoubleCell.TYPE});
        final InvalidSettingsException k = assertThrows(InvalidSettingsException.class,
            () -> h.configure(sample.table.getDataTableSpec(), null, noChosen, null));
        assertTrue(k.getMessage().contains("input 2") && k.getMessage().contains("\"Chosen\""), k.getMessage());

        final BufferedDataTable noSegment = SampleCustomers.table(sample.header, sample.values, null);
        final InvalidSettingsException s = assertThrows(InvalidSettingsException.class,
            () -> harness(settings(file, "FAIL")).configure(noSegment.getDataTableSpec(), null, null, null));
        assertTrue(s.getMessage().contains("Segment column"), s.getMessage());
    }

    @Test
    void sampleReportHasThePersonasEmbeddedChartsAndNoWebReferences() throws Exception {
        final Path file = dir.resolve("sample.html");
        final NodeModelHarness<SegmentReportNodeModel> h = harness(settings(file, "FAIL"));
        final PortObject[] out = h.run(sample.table, null, null, null);
        assertTrue(Files.exists(file));
        final String html = Files.readString(file, StandardCharsets.UTF_8);
        for (final String persona : PERSONAS) {
            assertTrue(html.contains(persona), persona);
        }
        for (final String a : SampleCustomers.BEHAVIOUR) {
            assertTrue(html.contains(a), a);
        }
        for (final String id : SampleCustomers.IDENTIFIERS) {
            assertFalse(html.contains(">" + id + "<"), id + " must not be shown as an attribute");
        }
        assertTrue(html.contains(ReportSettings.DEFAULT_TITLE));
        final Matcher m = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(html);
        int images = 0;
        while (m.find()) {
            // a PNG: signature, then the IHDR chunk with width and height (no ImageIO, to run inside OSGi as is)
            final ByteBuffer png = ByteBuffer.wrap(Base64.getDecoder().decode(m.group(1)));
            assertEquals(0x89504E470D0A1A0AL, png.getLong(0), "PNG signature of image " + images);
            assertEquals(0x49484452, png.getInt(12), "IHDR of image " + images);
            assertTrue(png.getInt(16) > 16 && png.getInt(20) > 16, "size of image " + images);
            images++;
        }
        assertTrue(images >= 2, "charts embedded as PNG: " + images);
        assertFalse(Pattern.compile("(?i)https?://").matcher(html).find(), "the report references the web");

        final DataRow row = onlyRow(out[0]);
        assertEquals(file.toString(), ((StringValue)row.getCell(0)).getStringValue());
        assertEquals(new TreeSet<>(List.of(sample.labels)).size(), ((IntValue)row.getCell(1)).getIntValue());
        assertEquals(0, ((IntValue)row.getCell(2)).getIntValue());
    }

    @Test
    void recommendationsAndKSelectionAreShown() throws Exception {
        final Path file = dir.resolve("with-actions.html");
        final DataTableSpec kSpec = SegmentColumns.kSelectionSpec();
        final List<DataRow> kRows = new ArrayList<>();
        for (int k = 2; k <= 5; k++) {
            kRows.add(new DefaultRow("Row" + k, new IntCell(k), new DoubleCell(0.3 + 0.1 * (k == 3 ? 2 : 1) / k),
                new DoubleCell(100.0 * k), new DoubleCell(1.0 / k), new DoubleCell(1000.0 / k),
                DataType.getMissingCell(), k == 3 ? BooleanCell.TRUE : BooleanCell.FALSE));
        }
        final BufferedDataTable kTable = TestTables.table(kSpec, kRows);
        final NodeModelHarness<SegmentReportNodeModel> h = harness(settings(file, "FAIL"));
        final PortObject[] out = h.run(sample.table, recommendations, kTable, null);
        final String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.contains("premium-digital"));
        final List<String> actions = new ArrayList<>();
        for (final DataRow r : TestTables.rows(recommendations)) {
            final DataCell a = r.getCell(recommendations.getDataTableSpec().findColumnIndex("Action"));
            actions.add(((StringValue)a).getStringValue());
        }
        for (final String a : actions) {
            assertTrue(html.contains(HtmlReport.escape(a)), a);
        }
        assertEquals(actions.size(), ((IntValue)onlyRow(out[0]).getCell(2)).getIntValue());
        assertTrue(html.contains("Silhouette (higher is better)"), "k curve label");
        assertTrue(html.contains("Calinski-Harabasz"), "k table");
    }

    @Test
    void namingTableReplacesThePersona() throws Exception {
        final Path file = dir.resolve("named.html");
        final String renamed = sample.segmentOfSize(50);
        final DataTableSpec spec = TestTables.spec(new String[]{"Segment", "Name"},
            new DataType[]{StringCell.TYPE, StringCell.TYPE});
        final BufferedDataTable names = TestTables.table(spec,
            new DefaultRow("Row0", new StringCell(renamed), new StringCell("Platinum online")));
        harness(settings(file, "FAIL")).run(sample.table, null, null, names);
        final String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.contains("Platinum online"));
        assertFalse(html.contains("High-limit digital"), "the 50-customer segment's generated persona is replaced");
        assertTrue(html.contains("Call-heavy few-card") && html.contains("Branch-going offline"));

        final BufferedDataTable oneString = TestTables.table(TestTables.spec(new String[]{"Segment"},
            new DataType[]{StringCell.TYPE}), new DefaultRow("Row0", new StringCell(renamed)));
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> harness(settings(file, "OVERWRITE")).configure(sample.table.getDataTableSpec(), null, null,
                oneString.getDataTableSpec()));
        assertTrue(e.getMessage().contains("input 3"), e.getMessage());
    }

    @Test
    void existingFileFailsOrIsOverwrittenAsSet() throws Exception {
        final Path file = dir.resolve("existing.html");
        Files.writeString(file, "old", StandardCharsets.UTF_8);
        final NodeModelHarness<SegmentReportNodeModel> fail = harness(settings(file, "FAIL"));
        fail.configure(sample.table.getDataTableSpec(), null, null, null);
        assertTrue(fail.warningMessage() != null && fail.warningMessage().contains(file.toString()));
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> fail.execute(sample.table, null, null, null));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("If the file exists"),
            e.getMessage());
        assertEquals("old", Files.readString(file, StandardCharsets.UTF_8));

        final NodeSettings overwrite = settings(file, "OVERWRITE");
        overwrite.addString(ReportSettings.KEY_TITLE, "Overwritten report");
        harness(overwrite).run(sample.table, null, null, null);
        final String html = Files.readString(file, StandardCharsets.UTF_8);
        assertNotEquals("old", html);
        assertTrue(html.contains("Overwritten report"));
    }

    @Test
    void missingFoldersAreCreated() throws Exception {
        final Path file = dir.resolve("new-folder").resolve("deeper").resolve("r.html");
        final NodeModelHarness<SegmentReportNodeModel> h = harness(settings(file, "FAIL"));
        h.configure(sample.table.getDataTableSpec(), null, null, null);
        assertFalse(Files.exists(file.getParent()), "configure must not create folders");
        final PortObject[] out = h.execute(sample.table, null, null, null);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains(ReportSettings.DEFAULT_TITLE));
        assertEquals(file.toString(), ((StringValue)onlyRow(out[0]).getCell(0)).getStringValue());
    }

    @Test
    void unwritableTargetGivesAClearMessage() throws Exception {
        // a regular file where a folder would have to be: no user (not even root) can create the folder
        final Path blocker = dir.resolve("a-file");
        Files.writeString(blocker, "x", StandardCharsets.UTF_8);
        final Path file = blocker.resolve("sub").resolve("r.html");
        final NodeModelHarness<SegmentReportNodeModel> h = harness(settings(file, "OVERWRITE"));
        h.configure(sample.table.getDataTableSpec(), null, null, null);
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> h.execute(sample.table, null, null, null));
        assertTrue(e.getMessage().contains("Output file") && e.getMessage().contains(file.getParent().toString())
            && e.getMessage().contains("cannot be created"), e.getMessage());
        assertFalse(Files.exists(file));

        // the location is a folder
        final Path folder = Files.createDirectories(dir.resolve("a-folder.html"));
        final NodeModelHarness<SegmentReportNodeModel> f = harness(settings(folder, "OVERWRITE"));
        final InvalidSettingsException e2 =
            assertThrows(InvalidSettingsException.class, () -> f.execute(sample.table, null, null, null));
        assertTrue(e2.getMessage().contains("is a folder"), e2.getMessage());
    }

    @Test
    void fileUrlsAreWrittenAndRefusedLikePaths() throws Exception {
        final Path file = dir.resolve("url folder").resolve("by-url.html");
        final NodeSettings s = settings(file, "FAIL");
        s.addString(ReportSettings.KEY_OUTPUT_FILE, file.toUri().toString());
        final PortObject[] out = harness(s).run(sample.table, null, null, null);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains(ReportSettings.DEFAULT_TITLE));
        assertEquals(file.toString(), ((StringValue)onlyRow(out[0]).getCell(0)).getStringValue());
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> harness(s).run(sample.table, null, null, null));
        assertTrue(e.getMessage().contains(file.toUri().toString()) && e.getMessage().contains("already exists"),
            e.getMessage());
    }

    @Test
    void urlsValidateWithoutBeingResolved() throws Exception {
        // knime:// URLs need KNIME's URL handler and a workflow, so validation only checks their syntax
        final NodeModelHarness<SegmentReportNodeModel> h = NodeModelHarness.of(new SegmentReportNodeModel());
        final NodeSettings ok = settings(dir.resolve("x.html"), "FAIL");
        ok.addString(ReportSettings.KEY_OUTPUT_FILE, "knime://knime.workflow/../output/segment report.html");
        h.loadSettings(ok);
        assertEquals("knime://knime.workflow/../output/segment report.html",
            h.saveSettings().getString(ReportSettings.KEY_OUTPUT_FILE));
        final NodeSettings bad = settings(dir.resolve("x.html"), "FAIL");
        bad.addString(ReportSettings.KEY_OUTPUT_FILE, "knime://knime.workflow/a|b<c>.html");
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> h.validateSettings(bad));
        assertTrue(e.getMessage().contains("not a valid URL"), e.getMessage());
    }
}
