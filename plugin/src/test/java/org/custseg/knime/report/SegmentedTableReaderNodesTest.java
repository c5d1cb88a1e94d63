package org.custseg.knime.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import org.custseg.engine.profile.ProfileData;
import org.custseg.knime.common.SegmentedTableReader;
import org.custseg.knime.profiler.ProfilerSettings;
import org.custseg.knime.profiler.SampleCustomers;
import org.custseg.knime.profiler.SegmentProfilerNodeModel;
import org.custseg.knime.testing.NodeModelHarness;
import org.custseg.knime.testing.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;

/**
 * Issue 18: the Segment Profiler and the Segment Report read a segmented table with one reader
 * ({@link SegmentedTableReader}). On one generated bank-like table (skewed balances with blanks, frequencies in
 * [0, 1], counts, a nominal region with blanks, segment cells missing or blank) both nodes count the same unassigned
 * rows with the same words, and the counts are checked against the generator, not against the reader.
 */
class SegmentedTableReaderNodesTest {

    private static final List<String> NUMERIC = List.of("BALANCE", "PURCHASES_FREQUENCY", "TX_COUNT");

    private static final int N = 300;

    @TempDir
    Path dir;

    /** What the generator put in, counted independently of the reader. */
    private int missingSegment;
    private int blankSegment;
    private int segmentedBalanceBlanks;
    private int segmentedRegionBlanks;
    private final TreeMap<String, Integer> sizes = new TreeMap<>();

    private BufferedDataTable table(final boolean allUnassigned) {
        final DataTableSpec spec = TestTables.spec(new String[]{"CUST_ID", "BALANCE", "PURCHASES_FREQUENCY",
            "TX_COUNT", "REGION", "Segment"}, new DataType[]{StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE,
                IntCell.TYPE, StringCell.TYPE, StringCell.TYPE});
        final Random rnd = new Random(18);
        final List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            final int g = i % 3;
            final DataCell segment;
            final boolean assigned;
            if (allUnassigned || i % 23 == 4) {
                segment = DataType.getMissingCell();
                missingSegment++;
                assigned = false;
            } else if (i % 41 == 7) {
                segment = new StringCell("  ");
                blankSegment++;
                assigned = false;
            } else {
                final String name = "Segment " + (g + 1);
                segment = new StringCell(name);
                sizes.merge(name, 1, Integer::sum);
                assigned = true;
            }
            final boolean balanceBlank = i % 13 == 2;
            final boolean regionBlank = i % 19 == 3;
            segmentedBalanceBlanks += balanceBlank && assigned ? 1 : 0;
            segmentedRegionBlanks += regionBlank && assigned ? 1 : 0;
            final double balance = Math.exp((g == 0 ? 8.5 : g == 1 ? 6.5 : 4.5) + 0.9 * rnd.nextGaussian());
            final double freq = Math.min(1, Math.max(0, (g == 0 ? 0.2 : g == 1 ? 0.6 : 0.9)
                + 0.15 * rnd.nextGaussian()));
            rows.add(new DefaultRow("Row" + i, new StringCell(String.format("C%05d", i % 150)),
                balanceBlank ? DataType.getMissingCell() : new DoubleCell(balance), new DoubleCell(freq),
                new IntCell(rnd.nextInt(g == 2 ? 40 : 10)),
                regionBlank ? DataType.getMissingCell() : new StringCell(i % 4 == 0 ? "North" : "South"), segment));
        }
        return TestTables.table(spec, rows);
    }

    private static NodeSettings profilerSettings() throws InvalidSettingsException {
        final NodeSettings s = NodeModelHarness.of(new SegmentProfilerNodeModel()).saveSettings();
        s.addString(ProfilerSettings.KEY_SEGMENT_COLUMN, "Segment");
        SampleCustomers.setFilter(s, ProfilerSettings.KEY_NUMERIC_COLUMNS, NUMERIC, List.of());
        SampleCustomers.setFilter(s, ProfilerSettings.KEY_NOMINAL_COLUMNS, List.of("REGION"), List.of("CUST_ID"));
        return s;
    }

    private NodeSettings reportSettings(final Path file) throws InvalidSettingsException {
        final NodeSettings s = NodeModelHarness.of(new SegmentReportNodeModel()).saveSettings();
        s.addString(ReportSettings.KEY_SEGMENT_COLUMN, "Segment");
        SampleCustomers.setFilter(s, ReportSettings.KEY_NUMERIC_COLUMNS, NUMERIC, List.of());
        s.addString(ReportSettings.KEY_OUTPUT_FILE, file.toString());
        s.addString(ReportSettings.KEY_OVERWRITE, "OVERWRITE");
        return s;
    }

    private static NodeModelHarness<SegmentProfilerNodeModel> profiler() throws InvalidSettingsException {
        final NodeModelHarness<SegmentProfilerNodeModel> h = NodeModelHarness.of(new SegmentProfilerNodeModel());
        h.loadSettings(NodeModelHarness.throughXml(profilerSettings()));
        return h;
    }

    private NodeModelHarness<SegmentReportNodeModel> report(final Path file) throws InvalidSettingsException {
        final NodeModelHarness<SegmentReportNodeModel> h = NodeModelHarness.of(new SegmentReportNodeModel());
        h.loadSettings(NodeModelHarness.throughXml(reportSettings(file)));
        return h;
    }

    private static String str(final DataCell c) {
        return c.isMissing() ? null : ((StringValue)c).getStringValue();
    }

    @Test
    void profilerAndReportCountTheSameUnassignedRowsInTheSameWords() throws Exception {
        final BufferedDataTable data = table(false);
        final int unassigned = missingSegment + blankSegment;
        assertTrue(missingSegment > 0 && blankSegment > 0 && segmentedBalanceBlanks > 0, "the generator's blanks");
        final String shared = unassigned + " of " + N + " row(s) have a missing or empty segment in \"Segment\"";

        final NodeModelHarness<SegmentProfilerNodeModel> p = profiler();
        final PortObject[] profiled = p.run(data, null, null);
        final String pw = p.warningMessage();
        assertTrue(pw.contains(shared + ": they are unassigned (counted in the last row of the segment summary)"), pw);
        // only the blanks of segmented rows count; the unassigned rows' blanks are never profiled
        final int missingValues = segmentedBalanceBlanks + segmentedRegionBlanks;
        assertTrue(pw.contains(missingValues + " missing attribute value(s) were left out of the statistics of their "
            + "attribute in 2 attribute(s) (BALANCE: " + segmentedBalanceBlanks + ", REGION: "
            + segmentedRegionBlanks + ")"), pw);
        final List<DataRow> summary = TestTables.rows((BufferedDataTable)profiled[1]);
        final int segCol = ((BufferedDataTable)profiled[1]).getDataTableSpec().findColumnIndex("Segment");
        final int sizeCol = ((BufferedDataTable)profiled[1]).getDataTableSpec().findColumnIndex("Size");
        final TreeMap<String, Integer> profiledSizes = new TreeMap<>();
        for (final DataRow r : summary.subList(0, summary.size() - 1)) {
            profiledSizes.put(str(r.getCell(segCol)), ((IntValue)r.getCell(sizeCol)).getIntValue());
        }
        assertEquals(sizes, profiledSizes, "segment sizes: segmented rows only");
        final DataRow last = summary.get(summary.size() - 1);
        assertTrue(last.getCell(segCol).isMissing());
        assertEquals(unassigned, ((IntValue)last.getCell(sizeCol)).getIntValue(), "unassigned summary row");

        // the Report profiling input 0 itself (no Profiler outputs connected)
        final Path alone = dir.resolve("alone.html");
        final NodeModelHarness<SegmentReportNodeModel> r = report(alone);
        final PortObject[] out = r.run(data, null, null, null, null, null);
        final String rw = r.warningMessage();
        assertTrue(rw.contains(shared + ": they are unassigned, shown only in the box plots"), rw);
        final String html = Files.readString(alone, StandardCharsets.UTF_8);
        assertTrue(html.contains(unassigned + " of " + N + " (no segment; not profiled)"), "unassigned fact");
        assertEquals(sizes.size(), ((IntValue)TestTables.rows((BufferedDataTable)out[0]).get(0).getCell(1))
            .getIntValue(), "segments in the report: the segmented ones only");

        // the Report with the Profiler's outputs: the same count, the same words
        final Path withProfiler = dir.resolve("with-profiler.html");
        final NodeModelHarness<SegmentReportNodeModel> r2 = report(withProfiler);
        r2.run(data, null, null, null, profiled[0], profiled[1]);
        assertTrue(r2.warningMessage().contains(shared + ": they are unassigned"), r2.warningMessage());
        assertTrue(Files.readString(withProfiler, StandardCharsets.UTF_8)
            .contains(unassigned + " of " + N + " (no segment; not profiled)"), "unassigned fact");
    }

    @Test
    void noSegmentedRowIsTheSameErrorInBothNodes() throws Exception {
        final BufferedDataTable data = table(true);
        final String expected = "No row of the input has a segment in \"Segment\" (" + N + " row(s), all with a "
            + "missing or empty segment cell)";
        final Exception p = assertThrows(Exception.class, () -> profiler().run(data, null, null));
        assertTrue(String.valueOf(p.getMessage()).contains(expected), String.valueOf(p.getMessage()));
        final Exception r = assertThrows(Exception.class,
            () -> report(dir.resolve("none.html")).run(data, null, null, null, null, null));
        assertTrue(String.valueOf(r.getMessage()).contains(expected), String.valueOf(r.getMessage()));
    }

    @Test
    void readerKeepsEveryRowForPlotsAndProfilesOnlyTheSegmentedOnes() throws Exception {
        final BufferedDataTable data = table(false);
        final SegmentedTableReader rows = SegmentedTableReader.read(data, "Segment", NUMERIC, List.of("REGION"),
            "fit", NodeModelHarness.newExecutionContext());
        assertEquals(N, rows.rows());
        assertEquals(N, rows.labels().length, "every row kept for the box plots of all customers");
        assertEquals(missingSegment + blankSegment, rows.unassigned());
        assertTrue(Double.isNaN(rows.numeric()[0][2]), "row 2's blank balance is NaN");
        final ProfileData pd = rows.profileData();
        assertEquals(N - missingSegment - blankSegment, pd.rows());
    }
}
