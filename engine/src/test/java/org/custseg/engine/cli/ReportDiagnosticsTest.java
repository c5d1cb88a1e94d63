package org.custseg.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report shows the engine's charts: silhouette plot and PCA scatter for every algorithm, and for hierarchical
 * segmentation the dendrogram with the cut at k (the k curve is the report's own k-selection chart).
 */
class ReportDiagnosticsTest {

    @Test
    void hierarchicalReportHasTheDendrogram(@TempDir final Path tmp) throws Exception {
        final Path out = tmp.resolve("hier");
        final SegmentCliTest.Run r = new SegmentCliTest.Run("--input", SegmentCliTest.sample().toString(), "--out",
            out.toString(), "--algorithm", "hierarchical", "--k", "3", "--quiet");
        assertEquals(SegmentCli.EXIT_OK, r.status, r.err);
        final String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        for (final String id : new String[]{"silhouette", "pca", "dendrogram"}) {
            final int at = html.indexOf("<section id=\"" + id + "\">");
            assertTrue(at >= 0, "no " + id + " section");
            assertTrue(html.indexOf("data:image/png;base64,", at) > at, id + " has no image");
        }
    }

    @Test
    void kMeansReportHasNoDendrogram(@TempDir final Path tmp) throws Exception {
        final Path out = tmp.resolve("km");
        final SegmentCliTest.Run r = new SegmentCliTest.Run("--input", SegmentCliTest.sample().toString(), "--out",
            out.toString(), "--k", "3", "--quiet");
        assertEquals(SegmentCli.EXIT_OK, r.status, r.err);
        final String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<section id=\"silhouette\">"));
        assertFalse(html.contains("<section id=\"dendrogram\">"));
    }
}
