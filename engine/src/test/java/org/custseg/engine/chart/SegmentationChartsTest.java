package org.custseg.engine.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.KCriterion;
import org.custseg.engine.config.Linkage;
import org.custseg.engine.SampleFixture;
import org.custseg.engine.data.ColumnSelection;
import org.custseg.engine.data.CsvTable;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.profile.ProfileConfig;
import org.custseg.engine.profile.ProfileData;
import org.custseg.engine.profile.SegmentProfile;
import org.custseg.engine.profile.SegmentProfiler;
import org.custseg.engine.segment.Segmentation;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.engine.segment.SegmentationResult;
import org.custseg.engine.testdata.UsageTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The charts of the image outputs on the sample data and on a generated bank-like table: real pictures (size, many
 * colours), the same bytes on a second run, and the k search, the silhouette sample and the dendrogram's cut as
 * documented. With {@code -Dchart.preview=<folder>} the PNGs are also written there for a look.
 */
class SegmentationChartsTest {

    static FeatureMatrix sample() throws Exception {
        final ColumnSelection s = CsvTable.read(SampleFixture.file()).selectFeatures(SampleFixture.BEHAVIOURAL,
            "Sl_No");
        return s.features();
    }

    /** Decodes the PNG, checks its size and returns the number of distinct colours. */
    static int distinctColours(final byte[] png, final int width, final int height) throws Exception {
        final BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, img.getWidth());
        assertEquals(height, img.getHeight());
        final Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static void preview(final String name, final byte[] png) throws Exception {
        final String dir = System.getProperty("chart.preview");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), png);
        }
    }

    private static void check(final String name, final Chart c, final int minColours) throws Exception {
        final byte[] png = c.png();
        preview(name, png);
        assertTrue(png.length > 2_000, name + ": " + png.length + " bytes");
        final int colours = distinctColours(png, c.width(), c.height());
        assertTrue(colours >= minColours, name + ": only " + colours + " colours");
    }

    @Test
    void kMeansWithAutomaticKOnTheSampleData() throws Exception {
        final FeatureMatrix data = sample();
        final SegmentationConfig config = SegmentationConfig.builder(Algorithm.KMEANS).k(0).kMin(2).kMax(8)
            .criterion(KCriterion.SILHOUETTE).seed(7).build();
        final SegmentationResult r = Segmentation.run(data, config, ProgressListener.NONE);
        final List<Chart> charts = SegmentationCharts.charts(data, r, config);
        assertEquals(3, charts.size(), "k curve, silhouette, PCA scatter");
        check("kmeans-k", charts.get(0), 8);
        check("kmeans-silhouette", charts.get(1), 8);
        check("kmeans-pca", charts.get(2), 8);
        final Chart panel = SegmentationCharts.panel(data, r, config);
        assertEquals(2 * DiagnosticPlots.WIDTH, panel.width());
        assertEquals(2 * DiagnosticPlots.HEIGHT, panel.height());
        check("kmeans-panel", panel, 12);
        // reproducible: the same bytes from a second run
        assertArrayEquals(panel.png(),
            SegmentationCharts.panel(data, Segmentation.run(data, config, ProgressListener.NONE), config).png());
    }

    @Test
    void hierarchicalGetsADendrogramOnAGeneratedBankTable(@TempDir final Path tmp) throws Exception {
        final Path csv = UsageTable.generate(3_000, 11).write(tmp.resolve("usage.csv"), UsageTable.Style.values()[0]);
        final FeatureMatrix data = CsvTable.read(csv).selectFeatures(List.of("BALANCE", "BALANCE_FREQUENCY",
            "PURCHASES", "CASH_ADVANCE", "PURCHASES_FREQUENCY", "CREDIT_LIMIT", "PAYMENTS", "MINIMUM_PAYMENTS",
            "TENURE"), "CUST_ID").features();
        final SegmentationConfig config = SegmentationConfig.builder(Algorithm.HIERARCHICAL).k(0).kMin(2).kMax(7)
            .linkage(Linkage.WARD).missing(org.custseg.engine.config.MissingPolicy.DROP_ROWS).seed(3).build();
        final SegmentationResult r = Segmentation.run(data, config, ProgressListener.NONE);
        final List<Chart> charts = SegmentationCharts.charts(data, r, config);
        assertEquals(4, charts.size(), "k curve, silhouette, PCA scatter, dendrogram");
        check("hier-k", charts.get(0), 6);
        check("hier-silhouette", charts.get(1), 8);
        check("hier-pca", charts.get(2), 8);
        check("hier-dendrogram", charts.get(3), 8);
        check("hier-panel", SegmentationCharts.panel(data, r, config), 12);
        // k set: no k curve
        final SegmentationConfig fixed = config.toBuilder().k(4).build();
        final List<Chart> three = SegmentationCharts.charts(data, Segmentation.run(data, fixed,
            ProgressListener.NONE), fixed);
        assertEquals(3, three.size(), "silhouette, PCA scatter, dendrogram");
    }

    @Test
    void profilerEffectHeatmap() throws Exception {
        final FeatureMatrix data = sample();
        final SegmentationConfig config = SegmentationConfig.builder(Algorithm.KMEANS).k(3).seed(7).build();
        final SegmentationResult r = Segmentation.run(data, config, ProgressListener.NONE);
        final String[] labels = new String[data.rows()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = r.segmentName(r.labels()[i]);
        }
        final SegmentProfile p = SegmentProfiler.profile(ProfileData.of(data, labels), ProfileConfig.DEFAULT,
            ProgressListener.NONE);
        final Chart c = DiagnosticPlots.effectHeatmap(p.segments(), p.numericAttributes(), p.effects(), 30);
        check("profiler-heatmap", c, 12);
    }

    @Test
    void dendrogramCutSeparatesTheLastKMinusOneMerges() throws Exception {
        // three tight pairs far apart: cutting at k = 3 keeps the pairs, the cut lies between merge 3 and 4
        final double[][] x = {{0, 0}, {0, 0.1}, {10, 0}, {10, 0.1}, {0, 10}, {0, 10.1}};
        final int[] labels = {0, 0, 1, 1, 2, 2};
        final double[] h = org.custseg.engine.hierarchical.FastHierarchical.cluster(x,
            org.custseg.engine.hierarchical.FastLinkage.WARD, ProgressListener.NONE).heights();
        final double cut = DendrogramPlot.cutHeight(h, 3);
        assertTrue(cut > h[2] && cut < h[3], cut + " not between " + h[2] + " and " + h[3]);
        assertTrue(h[2] < 0.2 && h[3] > 5, java.util.Arrays.toString(h));
        final Chart c = DendrogramPlot.of(x, labels, List.of("A", "B", "C"),
            org.custseg.engine.hierarchical.FastLinkage.WARD, 1);
        check("dendrogram-small", c, 8);
    }

    @Test
    void bitmapFontMeasuresAndReplacesCharacters() {
        assertEquals(5 * 2, BitmapFont.width("A", 2));
        assertEquals((3 * 6 - 1) * 2, BitmapFont.width("abc", 2));
        assertEquals("Cafe ?", BitmapFont.ascii("Café €"));
        assertEquals("Segme..", BitmapFont.fit("Segment one", BitmapFont.width("Segme..", 2), 2));
    }
}
