package org.custseg.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.imageio.ImageIO;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.metrics.ClusterMetrics;
import org.junit.jupiter.api.Test;

/** The diagnostic charts: silhouettes and principal axes against direct computations; the PNGs are real pictures. */
class DiagnosticChartsTest {

    static double[][] blobs(final int n, final long seed, final int[] labels) {
        final Random r = new Random(seed);
        final double[][] c = {{0, 0, 0}, {5, 1, -1}, {1, 6, 2}};
        final double[][] x = new double[n][3];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int a = 0; a < 3; a++) {
                x[i][a] = c[i % 3][a] + r.nextGaussian();
            }
        }
        return x;
    }

    /** Decodes the PNG and counts its distinct colours. */
    static int distinctColours(final byte[] png, final int minWidth) throws Exception {
        final BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(img.getWidth() >= minWidth && img.getHeight() >= 200, img.getWidth() + "x" + img.getHeight());
        final Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void silhouettesAverageToTheEngineSilhouette() throws Exception {
        final int[] labels = new int[300];
        final double[][] x = blobs(300, 1, labels);
        final double[][] s = DiagnosticCharts.silhouettes(x, labels, 3, 1, 1000);
        double mean = 0;
        for (final double v : s[1]) {
            mean += v / s[1].length;
        }
        assertEquals(ClusterMetrics.silhouette(x, labels, 3, 1, ProgressListener.NONE), mean, 1e-12);
        // above the limit: the seeded sample of ClusterMetrics.sample
        final double[][] t = DiagnosticCharts.silhouettes(x, labels, 3, 7, 100);
        assertEquals(100, t[0].length);
        assertEquals((double)ClusterMetrics.sample(300, 100, 7)[0], t[0][0]);
    }

    @Test
    void principalAxesOfAnElongatedCloud() {
        final Random r = new Random(3);
        final double[][] x = new double[2000][3];
        final double[] dir = {2 / 3.0, 2 / 3.0, 1 / 3.0}; // unit length
        for (final double[] row : x) {
            final double u = r.nextGaussian() * 5;
            for (int a = 0; a < 3; a++) {
                row[a] = dir[a] * u + r.nextGaussian() * 0.3;
            }
        }
        final double[][] axes = DiagnosticCharts.principalAxes(x);
        for (int a = 0; a < 3; a++) {
            assertEquals(dir[a], axes[0][a], 0.01);
        }
        double dot = 0;
        for (int a = 0; a < 3; a++) {
            dot += axes[0][a] * axes[1][a];
        }
        assertEquals(0, dot, 1e-9);
        assertTrue(axes[3][0] > 0.95, "share " + axes[3][0]);
    }

    @Test
    void chartsAreRealPictures() throws Exception {
        final int[] labels = new int[600];
        final double[][] x = blobs(600, 2, labels);
        final List<String> names = List.of("Segment 1", "Segment 2", "Segment 3");
        final double[][] s = DiagnosticCharts.silhouettes(x, labels, 3, 1, DiagnosticCharts.SILHOUETTE_MAX_ROWS);
        final int[] seg = new int[s[0].length];
        for (int i = 0; i < seg.length; i++) {
            seg[i] = labels[(int)s[0][i]];
        }
        final DiagnosticCharts.Image sil = DiagnosticCharts.silhouettePlot(s[1], seg, names, null);
        final DiagnosticCharts.Image pca = DiagnosticCharts.pcaScatter(x, labels, names, 1);
        assertTrue(distinctColours(sil.png(), 1000) > 20);
        assertTrue(distinctColours(pca.png(), 1000) > 20);
        final Path dir = Path.of(System.getProperty("java.io.tmpdir"), "custseg-chart-check");
        Files.createDirectories(dir);
        Files.write(dir.resolve("silhouette.png"), sil.png());
        Files.write(dir.resolve("pca.png"), pca.png());
    }
}
