package org.custseg.engine.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.custseg.engine.metrics.ClusterMetrics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The segmentation diagnostics as PNG images, for the command line's report: the silhouette plot and a 2-D PCA
 * scatter coloured by segment with the segment centres. Headless; same style and colours as the report's other
 * charts.
 */
public final class DiagnosticCharts {

    /** Most rows in a silhouette plot; above it a seeded sample of this size is shown. */
    public static final int SILHOUETTE_MAX_ROWS = 2_000;

    /** Most points drawn in the PCA scatter; above it a seeded sample of this size is drawn (centres from all). */
    public static final int SCATTER_MAX_POINTS = 5_000;

    /** A rendered image: PNG bytes and its display size in pixels (the PNG itself has twice the size). */
    public record Image(byte[] png, int width, int height) {
    }

    private DiagnosticCharts() {
    }

    /**
     * Per-row silhouette widths (Euclidean distance) of a seeded sample.
     *
     * @param x rows (scaled)
     * @param labels segment per row, 0..k-1
     * @param k number of segments
     * @param seed seed of the sample ({@link ClusterMetrics#sample})
     * @param maxRows largest number of rows
     * @return {@code [0]} the rows' indices (ascending), {@code [1]} their silhouettes, as doubles
     */
    public static double[][] silhouettes(final double[][] x, final int[] labels, final int k, final long seed,
        final int maxRows) {
        return org.custseg.engine.chart.ChartMath.silhouettes(x, labels, k, seed, maxRows);
    }

    /**
     * The silhouette plot: one horizontal bar per row, rows grouped by segment (segment 1 at the top) and sorted by
     * silhouette within each segment, a dashed line at the mean.
     *
     * @param silhouettes per row its silhouette width
     * @param segments per row its segment, 0..k-1 (same order)
     * @param names segment names
     * @param note a note for the axis label (e.g. "seeded sample of 2,000 rows"), or {@code null}
     * @return the image
     */
    public static Image silhouettePlot(final double[] silhouettes, final int[] segments, final List<String> names,
        final String note) {
        final int k = names.size();
        final DefaultIntervalXYDataset ds = new DefaultIntervalXYDataset();
        final int gap = Math.max(2, silhouettes.length / 60);
        double pos = 0;
        double mean = 0;
        final double[] centres = new double[k];
        for (int s = 0; s < k; s++) {
            final List<Double> v = new ArrayList<>();
            for (int i = 0; i < silhouettes.length; i++) {
                if (segments[i] == s) {
                    v.add(silhouettes[i]);
                    mean += silhouettes[i];
                }
            }
            v.sort((a, b) -> Double.compare(b, a));
            final double[][] series = new double[6][v.size()];
            for (int i = 0; i < v.size(); i++) {
                series[0][i] = pos + i + 0.5; // x: position
                series[1][i] = pos + i;
                series[2][i] = pos + i + 1;
                series[3][i] = v.get(i); // y: silhouette
                series[4][i] = 0;
                series[5][i] = v.get(i);
            }
            centres[s] = pos + v.size() / 2.0;
            pos += v.size() + gap;
            ds.addSeries(names.get(s) + " (" + v.size() + ")", series);
        }
        mean /= Math.max(1, silhouettes.length);
        final NumberAxis rows = new NumberAxis(null);
        rows.setTickLabelsVisible(false);
        rows.setTickMarksVisible(false);
        rows.setInverted(true);
        rows.setRange(-gap, pos);
        ReportCharts.styleNumberAxis(rows);
        final NumberAxis value = new NumberAxis("Silhouette width" + (note == null ? "" : " (" + note + ")"));
        ReportCharts.styleNumberAxis(value);
        value.setRange(Math.min(-0.2, Arrays.stream(silhouettes).min().orElse(0) - 0.05), 1.0);
        final XYBarRenderer r = new XYBarRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        for (int s = 0; s < k; s++) {
            r.setSeriesPaint(s, ReportCharts.segmentColor(s));
        }
        final XYPlot plot = new XYPlot(ds, rows, value, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ReportCharts.stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        final ValueMarker m = new ValueMarker(mean);
        m.setPaint(new Color(0x33, 0x3D, 0x4A));
        m.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f},
            0f));
        m.setLabel(String.format(Locale.ROOT, "mean %.3f", mean));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        m.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        plot.addRangeMarker(m);
        final ValueMarker zero = new ValueMarker(0);
        zero.setPaint(new Color(0x99, 0x99, 0x99));
        plot.addRangeMarker(zero);
        final JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ReportCharts.styleChart(chart);
        chart.getLegend().setPosition(RectangleEdge.RIGHT);
        final ReportCharts.Png png = ReportCharts.render(chart, 880, 420);
        return new Image(png.bytes(), png.width(), png.height());
    }

    /**
     * The first two principal components of {@code x} (covariance of the rows, Jacobi eigenvalue method).
     *
     * @param x rows (scaled), at least two columns
     * @return {@code [0]} and {@code [1]}: the two unit axes; {@code [2]}: {mean..}; {@code [3]}: {share of variance
     *         of axis 1, of axis 2}
     */
    public static double[][] principalAxes(final double[][] x) {
        return org.custseg.engine.chart.ChartMath.principalAxes(x);
    }

    /**
     * The rows projected on their first two principal components, one colour per segment, each segment's centre
     * (the mean of its rows) as a large cross-marked circle.
     *
     * @param x rows (scaled)
     * @param labels segment per row (0..k-1; -1 rows are skipped)
     * @param names segment names
     * @param seed seed of the sample of drawn points above {@link #SCATTER_MAX_POINTS}
     * @return the image
     */
    public static Image pcaScatter(final double[][] x, final int[] labels, final List<String> names,
        final long seed) {
        final int k = names.size();
        final double[][] axes = principalAxes(x);
        final int n = x.length;
        final double[][] proj = new double[n][2];
        final double[][] centre = new double[k][2];
        final int[] count = new int[k];
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < 2; q++) {
                double s = 0;
                for (int a = 0; a < x[i].length; a++) {
                    s += (x[i][a] - axes[2][a]) * axes[q][a];
                }
                proj[i][q] = s;
            }
            if (labels[i] >= 0) {
                centre[labels[i]][0] += proj[i][0];
                centre[labels[i]][1] += proj[i][1];
                count[labels[i]]++;
            }
        }
        final int[] drawn = n <= SCATTER_MAX_POINTS ? null : ClusterMetrics.sample(n, SCATTER_MAX_POINTS, seed);
        final DefaultXYDataset ds = new DefaultXYDataset();
        for (int s = 0; s < k; s++) {
            final List<double[]> pts = new ArrayList<>();
            final int m = drawn == null ? n : drawn.length;
            for (int t = 0; t < m; t++) {
                final int i = drawn == null ? t : drawn[t];
                if (labels[i] == s) {
                    pts.add(proj[i]);
                }
            }
            final double[][] series = new double[2][pts.size()];
            for (int i = 0; i < pts.size(); i++) {
                series[0][i] = pts.get(i)[0];
                series[1][i] = pts.get(i)[1];
            }
            ds.addSeries(names.get(s), series);
        }
        final double[][] cs = new double[2][k];
        for (int s = 0; s < k; s++) {
            cs[0][s] = count[s] == 0 ? Double.NaN : centre[s][0] / count[s];
            cs[1][s] = count[s] == 0 ? Double.NaN : centre[s][1] / count[s];
        }
        ds.addSeries("Segment centres", cs);
        final XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getItemPaint(final int row, final int column) {
                return row == k ? ReportCharts.segmentColor(column) : super.getItemPaint(row, column);
            }
        };
        for (int s = 0; s < k; s++) {
            final Color c = ReportCharts.segmentColor(s);
            r.setSeriesPaint(s, new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
            r.setSeriesShape(s, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        final Path2D cross = new Path2D.Double();
        cross.append(new Ellipse2D.Double(-8, -8, 16, 16), false);
        r.setSeriesShape(k, cross);
        r.setSeriesPaint(k, Color.BLACK);
        r.setSeriesOutlinePaint(k, Color.BLACK);
        r.setSeriesOutlineStroke(k, new BasicStroke(2.5f));
        r.setUseOutlinePaint(true);
        r.setDrawOutlines(true);
        for (int s = 0; s < k; s++) {
            r.setSeriesShapesFilled(s, true);
            r.setSeriesOutlinePaint(s, new Color(0, 0, 0, 0));
        }
        r.setSeriesShapesFilled(k, true);
        final NumberAxis ax = new NumberAxis(String.format(Locale.ROOT, "Principal component 1 (%.0f%% of variance)",
            100 * axes[3][0]));
        final NumberAxis ay = new NumberAxis(String.format(Locale.ROOT, "Principal component 2 (%.0f%% of variance)",
            100 * axes[3][1]));
        ReportCharts.styleNumberAxis(ax);
        ReportCharts.styleNumberAxis(ay);
        ax.setAutoRangeIncludesZero(false);
        ay.setAutoRangeIncludesZero(false);
        final XYPlot plot = new XYPlot(ds, ax, ay, r);
        ReportCharts.stylePlot(plot);
        final JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ReportCharts.styleChart(chart);
        chart.getLegend().setPosition(RectangleEdge.RIGHT);
        final ReportCharts.Png png = ReportCharts.render(chart, 880, 520);
        return new Image(png.bytes(), png.width(), png.height());
    }
}
