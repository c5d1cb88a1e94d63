package org.custseg.engine.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.custseg.engine.profile.OrderStatistics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Builds the report's charts with JFreeChart and renders them to PNG (at twice the display size, so they stay sharp
 * on high-resolution screens and in print). Headless: never opens a window.
 */
final class ReportCharts {

    /** Colour-blind-safe qualitative palette (Okabe–Ito, then Tableau-like extras), one colour per segment. */
    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x7F7F7F),
        new Color(0x8C564B), new Color(0x17BECF), new Color(0xBCBD22), new Color(0x9467BD)};

    private static final Color TEXT = new Color(0x33, 0x3D, 0x4A);
    private static final Color GRID = new Color(0xE3E7EC);
    private static final Font AXIS_LABEL = new Font("SansSerif", Font.PLAIN, 12);
    private static final Font TICK = new Font("SansSerif", Font.PLAIN, 11);
    private static final Font ITEM = new Font("SansSerif", Font.BOLD, 11);

    /** The rendered chart: PNG bytes plus its display size in CSS pixels. */
    record Png(byte[] bytes, int width, int height) {
    }

    private ReportCharts() {
    }

    static Color segmentColor(final int segment) {
        return PALETTE[segment % PALETTE.length];
    }

    private static NumberFormat format(final String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    static Png render(final JFreeChart chart, final int width, final int height) {
        final int scale = 2;
        final BufferedImage img = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        final Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        try {
            return new Png(encodePng(img), width, height);
        } catch (final IOException e) {
            throw new UncheckedIOException("Could not encode a chart as PNG", e);
        }
    }

    /**
     * PNG bytes of an image, encoded in memory. (ImageIO's default stream for an {@code OutputStream} caches in a
     * file in the temp folder; with a full disk or a file size limit that failed as "could not encode a chart".)
     */
    static byte[] encodePng(final java.awt.image.BufferedImage img) throws IOException {
        final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        final javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("png").next();
        try (javax.imageio.stream.ImageOutputStream out = new javax.imageio.stream.MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(img);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static void styleChart(final JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(BlockBorder.NONE);
            chart.getLegend().setItemFont(TICK);
        }
    }

    static void styleNumberAxis(final NumberAxis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
    }

    private static void styleCategoryAxis(final CategoryAxis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarksVisible(false);
        axis.setMaximumCategoryLabelLines(2);
    }

    /** Horizontal bars, one per segment, labelled "size (share)". */
    static Png sizes(final ReportInput in) {
        final DefaultCategoryDataset ds = new DefaultCategoryDataset();
        final List<ReportInput.Segment> segs = in.segments();
        for (final ReportInput.Segment s : segs) {
            ds.addValue(s.size(), "Customers", label(s));
        }
        final CategoryAxis catAxis = new CategoryAxis(null);
        styleCategoryAxis(catAxis);
        catAxis.setCategoryMargin(0.3);
        final NumberAxis valAxis = new NumberAxis("Customers");
        styleNumberAxis(valAxis);
        valAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        valAxis.setUpperMargin(0.18);
        final BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(final int row, final int column) {
                return segmentColor(column);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.5);
        renderer.setDefaultPositiveItemLabelPosition(
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(6);
        final NumberFormat pct = format("0.0%");
        renderer.setDefaultItemLabelGenerator(new CategoryItemLabelGenerator() {
            @Override
            public String generateRowLabel(final CategoryDataset dataset, final int row) {
                return null;
            }

            @Override
            public String generateColumnLabel(final CategoryDataset dataset, final int column) {
                return null;
            }

            @Override
            public String generateLabel(final CategoryDataset dataset, final int row, final int column) {
                final ReportInput.Segment s = segs.get(column);
                return s.size() + "  (" + pct.format(s.share()) + ")";
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ITEM);
        renderer.setDefaultItemLabelPaint(TEXT);
        final CategoryPlot plot = new CategoryPlot(ds, catAxis, valAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        stylePlot(plot);
        final JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        styleChart(chart);
        return render(chart, 880, Math.max(170, 70 + 52 * segs.size()));
    }

    /**
     * Horizontal bars of each segment's mean Jaccard (0 to 1), with dashed lines at 0.6, 0.75 and 0.85, the edges of
     * the verdict bands.
     */
    static Png stability(final ReportInput in) {
        final ReportInput.Stability st = in.stability();
        final double[] mean = st.meanJaccard();
        final DefaultCategoryDataset ds = new DefaultCategoryDataset();
        final List<ReportInput.Segment> segs = in.segments();
        for (int s = 0; s < segs.size(); s++) {
            ds.addValue(Double.isNaN(mean[s]) ? 0 : mean[s], "Mean Jaccard", label(segs.get(s)));
        }
        final CategoryAxis catAxis = new CategoryAxis(null);
        styleCategoryAxis(catAxis);
        catAxis.setCategoryMargin(0.3);
        final NumberAxis valAxis = new NumberAxis("Mean Jaccard similarity over resamples (1 = always found again)");
        styleNumberAxis(valAxis);
        valAxis.setRange(0, 1.0);
        final BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(final int row, final int column) {
                return segmentColor(column);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.5);
        final CategoryPlot plot = new CategoryPlot(ds, catAxis, valAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        stylePlot(plot);
        for (final double at : new double[] {0.6, 0.75, 0.85}) {
            final ValueMarker m = new ValueMarker(at, TEXT,
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
            plot.addRangeMarker(m);
        }
        final JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        styleChart(chart);
        return render(chart, 880, Math.max(170, 70 + 44 * segs.size()));
    }

    private static String label(final ReportInput.Segment s) {
        return s.persona() == null || s.persona().isBlank() || s.persona().equals(s.name()) ? s.name()
            : s.name() + ": " + s.persona();
    }

    private static void stylePlot(final CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    static void stylePlot(final XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** The criterion against k, the chosen k marked by a vertical line and a larger point. */
    static Png kSelection(final ReportInput.KSelection ks) {
        final int[] k = ks.ks();
        final double[] v = ks.criterionValues();
        final List<double[]> pts = new ArrayList<>();
        double chosenValue = Double.NaN;
        for (int i = 0; i < k.length; i++) {
            if (Double.isFinite(v[i])) {
                pts.add(new double[] {k[i], v[i]});
                if (k[i] == ks.chosenK()) {
                    chosenValue = v[i];
                }
            }
        }
        final double[][] series = new double[2][pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            series[0][i] = pts.get(i)[0];
            series[1][i] = pts.get(i)[1];
        }
        final DefaultXYDataset ds = new DefaultXYDataset();
        ds.addSeries(ks.criterionLabel(), series);
        if (Double.isFinite(chosenValue)) {
            ds.addSeries("Chosen k", new double[][] {{ks.chosenK()}, {chosenValue}});
        }
        final NumberAxis x = new NumberAxis("Number of segments (k)");
        styleNumberAxis(x);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (k.length > 0) {
            x.setRange(k[0] - 0.5, k[k.length - 1] + 0.5);
        }
        final NumberAxis y = new NumberAxis(ks.criterionLabel());
        styleNumberAxis(y);
        y.setAutoRangeIncludesZero(false);
        y.setUpperMargin(0.12);
        y.setLowerMargin(0.12);
        final XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesPaint(0, PALETTE[0]);
        r.setSeriesStroke(0, new BasicStroke(2.2f));
        r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        r.setSeriesPaint(1, PALETTE[5]);
        r.setSeriesLinesVisible(1, false);
        r.setSeriesShape(1, new Ellipse2D.Double(-7, -7, 14, 14));
        final XYPlot plot = new XYPlot(ds, x, y, r);
        stylePlot(plot);
        final ValueMarker marker = new ValueMarker(ks.chosenK());
        marker.setPaint(PALETTE[5]);
        marker.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 4f}, 0f));
        marker.setLabel("chosen k = " + ks.chosenK());
        marker.setLabelFont(ITEM);
        marker.setLabelPaint(PALETTE[5]);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        marker.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
        plot.addDomainMarker(marker);
        final JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        styleChart(chart);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return render(chart, 880, 340);
    }

    /** Diverging blue–white–red scale, clamped at ±limit. */
    static final class DivergingScale implements PaintScale {
        private static final Color LOW = new Color(0x2166AC);
        private static final Color MID = new Color(0xF7F7F7);
        private static final Color HIGH = new Color(0xB2182B);
        private final double limit;

        DivergingScale(final double limit) {
            this.limit = limit;
        }

        @Override
        public double getLowerBound() {
            return -limit;
        }

        @Override
        public double getUpperBound() {
            return limit;
        }

        @Override
        public Paint getPaint(final double value) {
            if (!Double.isFinite(value)) {
                return new Color(0xDDDDDD);
            }
            final double t = Math.max(-1, Math.min(1, value / limit));
            final Color end = t < 0 ? LOW : HIGH;
            final double a = Math.abs(t);
            return new Color(mix(MID.getRed(), end.getRed(), a), mix(MID.getGreen(), end.getGreen(), a),
                mix(MID.getBlue(), end.getBlue(), a));
        }

        private static int mix(final int from, final int to, final double a) {
            return (int) Math.round(from + (to - from) * a);
        }
    }

    /**
     * Heatmap of standardized means: one column per segment, one row per attribute, value printed in each cell.
     *
     * @param attrs indices of the attributes to show, in display order
     */
    static Png heatmap(final ReportInput in, final int[] attrs) {
        final List<ReportInput.Segment> segs = in.segments();
        final int k = segs.size();
        final double[][] xyz = heatmapCells(in.standardizedNoCopy(), k, attrs);
        double max = 0;
        for (final double v : xyz[2]) {
            if (Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        // colours saturate at |d| = 3 (a very large difference) so moderate differences stay visible
        final double limit = Math.min(3.0, Math.max(1.0, Math.ceil(max * 2) / 2));
        final DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries("standardized difference", xyz);
        final String[] segLabels = new String[k];
        for (int s = 0; s < k; s++) {
            segLabels[s] = segs.get(s).name() + " (" + segs.get(s).size() + ")";
        }
        final String[] attrLabels = new String[attrs.length];
        for (int a = 0; a < attrs.length; a++) {
            attrLabels[a] = in.attributes().get(attrs[a]);
        }
        final SymbolAxis x = heatmapAxis(segLabels, ITEM, false);
        final SymbolAxis y = heatmapAxis(attrLabels, TICK, true);
        final XYBlockRenderer r = new XYBlockRenderer();
        final DivergingScale scale = new DivergingScale(limit);
        r.setPaintScale(scale);
        final XYPlot plot = new XYPlot(ds, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        annotateHeatmapCells(plot, xyz, limit, attrs.length > 25 ? 10 : 12);
        final JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        styleChart(chart);
        chart.addSubtitle(heatmapLegend(scale, limit));
        final int rowHeight = attrs.length > 25 ? 22 : 34;
        final int width = Math.min(1000, 260 + 150 * k);
        return render(chart, Math.max(560, width), 110 + rowHeight * attrs.length + 50);
    }

    /** @return the heatmap's cells as x (segment), y (attribute position) and z (standardized mean) arrays */
    private static double[][] heatmapCells(final double[][] d, final int k, final int[] attrs) {
        final int n = k * attrs.length;
        final double[][] xyz = new double[3][n];
        int i = 0;
        for (int a = 0; a < attrs.length; a++) {
            for (int s = 0; s < k; s++) {
                xyz[0][i] = s;
                xyz[1][i] = a;
                xyz[2][i] = d[s][attrs[a]];
                i++;
            }
        }
        return xyz;
    }

    /** @return a heatmap axis of labels, one per cell row or column, without line, ticks or bands */
    private static SymbolAxis heatmapAxis(final String[] labels, final Font font, final boolean inverted) {
        final SymbolAxis axis = new SymbolAxis(null, labels);
        axis.setTickLabelFont(font);
        axis.setTickLabelPaint(TEXT);
        axis.setGridBandsVisible(false);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        if (inverted) {
            axis.setInverted(true);
        }
        axis.setRange(-0.5, labels.length - 0.5);
        return axis;
    }

    /** Prints each cell's value in it, white on strongly coloured cells. */
    private static void annotateHeatmapCells(final XYPlot plot, final double[][] xyz, final double limit,
        final int fontSize) {
        final NumberFormat signed = format("+0.00;-0.00");
        for (int j = 0; j < xyz[2].length; j++) {
            final double v = xyz[2][j];
            final XYTextAnnotation t = new XYTextAnnotation(Double.isFinite(v) ? signed.format(v) : "n/a",
                xyz[0][j], xyz[1][j]);
            t.setFont(new Font("SansSerif", Font.BOLD, fontSize));
            t.setPaint(Double.isFinite(v) && Math.abs(v) / limit > 0.55 ? Color.WHITE : TEXT);
            t.setTextAnchor(TextAnchor.CENTER);
            plot.addAnnotation(t);
        }
    }

    /** @return the colour legend below the heatmap, from -limit to +limit */
    private static PaintScaleLegend heatmapLegend(final DivergingScale scale, final double limit) {
        final NumberAxis legendAxis = new NumberAxis("Standardized difference from the rest (Cohen's d)");
        styleNumberAxis(legendAxis);
        legendAxis.setRange(-limit, limit);
        final PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setStripWidth(12);
        legend.setSubdivisionCount(200);
        legend.setMargin(new RectangleInsets(10, 120, 4, 120));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    /**
     * Whether an attribute is drawn on a log scale: at least 20 observed values, none negative, and skewed (sample
     * skewness above 2, or the maximum more than 20 times the upper quartile), as money amounts usually are. On a
     * linear axis such a column's boxes collapse into a flat line under a column of outlier dots.
     *
     * @param values the attribute's values ({@code NaN} = missing)
     * @return whether to use the log scale
     */
    static boolean logScale(final double[] values) {
        int n = 0;
        double sum = 0;
        for (final double v : values) {
            if (!Double.isNaN(v)) {
                if (v < 0) {
                    return false;
                }
                n++;
                sum += v;
            }
        }
        if (n < 20) {
            return false;
        }
        final double mean = sum / n;
        double m2 = 0;
        double m3 = 0;
        for (final double v : values) {
            if (!Double.isNaN(v)) {
                final double d = v - mean;
                m2 += d * d;
                m3 += d * d * d;
            }
        }
        m2 /= n;
        m3 /= n;
        if (m2 <= 0) {
            return false;
        }
        final double skew = m3 / Math.pow(m2, 1.5);
        if (skew > 2) {
            return true;
        }
        // the upper quartile by selection (the same value as from the sorted values), the maximum by a scan
        final double[] observed = new double[n];
        int i = 0;
        for (final double v : values) {
            if (!Double.isNaN(v)) {
                observed[i++] = v;
            }
        }
        final double q3 = OrderStatistics.quantiles(observed, n, 0.75)[0];
        return q3 > 0 && OrderStatistics.max(observed, n) > 20 * q3;
    }

    /** Axis labels of a log10(1 + x) axis, in original units. */
    private static final class Log1pFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final NumberFormat plain = ReportCharts.format("#,##0.##");

        @Override
        public StringBuffer format(final double y, final StringBuffer to, final java.text.FieldPosition pos) {
            final double x = Math.pow(10, y) - 1;
            final double mag = Math.pow(10, Math.floor(Math.log10(Math.max(Math.abs(x), 1e-9))));
            // two significant digits keep the labels short: 0, 9, 99, 1,000, 9,900
            final double rounded = Math.abs(x) < 1 ? Math.round(x * 100) / 100.0 : Math.round(x / mag * 10) * mag / 10;
            return plain.format(rounded, to, pos);
        }

        @Override
        public StringBuffer format(final long y, final StringBuffer to, final java.text.FieldPosition pos) {
            return format((double) y, to, pos);
        }

        @Override
        public Number parse(final String source, final java.text.ParsePosition pos) {
            throw new UnsupportedOperationException();
        }
    }

    /**
     * One box plot per attribute, one box per segment, coloured by segment; skewed attributes on a log scale.
     *
     * @param log whether to draw on a log scale: {@link #logScale} of the attribute's values (the caller that also
     *            needs it for the caption computes it once)
     */
    static Png boxPlot(final ReportInput in, final int attr, final boolean log) {
        final double[] raw = in.valuesNoCopy()[attr];
        final double[] values = log ? new double[raw.length] : raw;
        if (log) {
            for (int r = 0; r < raw.length; r++) {
                values[r] = Double.isNaN(raw[r]) ? Double.NaN : Math.log10(1 + raw[r]);
            }
        }
        final List<ReportInput.Segment> segs = in.segments();
        final int k = segs.size();
        final double[][] bySeg = bySegment(values, in.rowSegmentsNoCopy(), k);
        final DefaultBoxAndWhiskerCategoryDataset ds = new DefaultBoxAndWhiskerCategoryDataset();
        final DefaultMultiValueCategoryDataset outlierDs = new DefaultMultiValueCategoryDataset();
        for (int s = 0; s < k; s++) {
            final BoxAndWhiskerItem item = boxItem(bySeg[s]);
            @SuppressWarnings("unchecked")
            final List<Number> outliers = item.getOutliers();
            ds.add(new BoxAndWhiskerItem(item.getMean(), item.getMedian(), item.getQ1(), item.getQ3(),
                item.getMinRegularValue(), item.getMaxRegularValue(), item.getMinOutlier(), item.getMaxOutlier(),
                List.of()), in.attributes().get(attr), segs.get(s).name());
            outlierDs.add(new ArrayList<>(outliers), "unusual", segs.get(s).name());
        }
        final CategoryAxis catAxis = new CategoryAxis(null);
        styleCategoryAxis(catAxis);
        catAxis.setCategoryLabelPositions(
            k > 6 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        final NumberAxis valAxis = new NumberAxis(null);
        styleNumberAxis(valAxis);
        valAxis.setAutoRangeIncludesZero(false);
        valAxis.setNumberFormatOverride(log ? new Log1pFormat() : format("#,##0.##"));
        final CategoryPlot plot = new CategoryPlot(ds, catAxis, valAxis, boxRenderer());
        plot.setDataset(1, outlierDs);
        plot.setRenderer(1, outlierRenderer());
        stylePlot(plot);
        valAxis.setUpperMargin(0.06);
        valAxis.setLowerMargin(0.06);
        final JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        styleChart(chart);
        return render(chart, 430, 260);
    }

    /** @return per segment its observed values, in row order (unassigned rows and missing values left out) */
    private static double[][] bySegment(final double[] values, final int[] seg, final int k) {
        final int[] counts = new int[k];
        for (int r = 0; r < values.length; r++) {
            if (seg[r] >= 0 && !Double.isNaN(values[r])) {
                counts[seg[r]]++;
            }
        }
        final double[][] bySeg = new double[k][];
        for (int s = 0; s < k; s++) {
            bySeg[s] = new double[counts[s]];
        }
        final int[] fill = new int[k];
        for (int r = 0; r < values.length; r++) {
            if (seg[r] >= 0 && !Double.isNaN(values[r])) {
                bySeg[seg[r]][fill[seg[r]]++] = values[r];
            }
        }
        return bySeg;
    }

    /** @return the boxes' renderer: filled boxes in the segments' colours, medians shown, means hidden */
    private static BoxAndWhiskerRenderer boxRenderer() {
        final BoxAndWhiskerRenderer r = new BoxAndWhiskerRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(final int row, final int column) {
                return segmentColor(column);
            }
        };
        r.setFillBox(true);
        r.setMeanVisible(false);
        r.setMedianVisible(true);
        r.setMaximumBarWidth(0.22);
        r.setUseOutlinePaintForWhiskers(false);
        r.setDefaultOutlinePaint(TEXT);
        r.setArtifactPaint(TEXT);
        r.setWhiskerWidth(0.6);
        return r;
    }

    /** @return the outliers' renderer: open circles in the segments' colours */
    private static ScatterRenderer outlierRenderer() {
        final ScatterRenderer dots = new ScatterRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(final int row, final int column) {
                return segmentColor(column);
            }
        };
        dots.setUseSeriesOffset(false);
        dots.setDefaultShape(new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        dots.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        dots.setAutoPopulateSeriesShape(false);
        dots.setBaseShapesFilled(false);
        dots.setDrawOutlines(true);
        dots.setUseOutlinePaint(false);
        dots.setDefaultStroke(new BasicStroke(1.2f));
        return dots;
    }

    /**
     * Tukey box: quartiles by linear interpolation (type 7), whiskers to the most extreme values within 1.5 IQR,
     * outliers beyond (at most 200 distinct values drawn, spread evenly, to keep large data sets light).
     */
    static BoxAndWhiskerItem boxItem(final double[] raw) {
        if (raw.length == 0) {
            return new BoxAndWhiskerItem(null, null, null, null, null, null, null, null, List.of());
        }
        if (!OrderStatistics.hasNegativeZero(raw, raw.length)) {
            return boxItemBySelection(raw.clone());
        }
        final double[] v = raw.clone();
        Arrays.sort(v);
        final double q1 = quantile(v, 0.25);
        final double med = quantile(v, 0.5);
        final double q3 = quantile(v, 0.75);
        final double iqr = q3 - q1;
        final double lo = q1 - 1.5 * iqr;
        final double hi = q3 + 1.5 * iqr;
        double minReg = Double.NaN;
        double maxReg = Double.NaN;
        final List<Double> outliers = new ArrayList<>();
        double sum = 0;
        for (final double x : v) {
            sum += x;
            if (x < lo || x > hi) {
                if (outliers.isEmpty() || outliers.get(outliers.size() - 1) != x) {
                    outliers.add(x);
                }
            } else {
                if (Double.isNaN(minReg)) {
                    minReg = x;
                }
                maxReg = x;
            }
        }
        List<Double> shown = outliers;
        if (outliers.size() > 200) {
            shown = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                shown.add(outliers.get((int) ((long) i * (outliers.size() - 1) / 199)));
            }
        }
        return new BoxAndWhiskerItem(sum / v.length, med, q1, q3, minReg, maxReg, v[0], v[v.length - 1], shown);
    }

    /**
     * {@link #boxItem} without sorting all values: the quartiles by selection, the whiskers' ends, minimum and maximum
     * by scans, and only the outliers sorted. The same box, whiskers and outliers as from the sorted values (no
     * {@code -0.0} among them, see {@link OrderStatistics}); the mean (not drawn: the renderer hides it) is summed in
     * the order the selection leaves, so its last bits may differ from a sum in sorted order.
     *
     * @param v the values, no {@code NaN} or {@code -0.0}; reordered
     */
    private static BoxAndWhiskerItem boxItemBySelection(final double[] v) {
        final int n = v.length;
        final double[] q = OrderStatistics.quantiles(v, n, 0.25, 0.5, 0.75);
        final double q1 = q[0];
        final double q3 = q[2];
        final double iqr = q3 - q1;
        final double lo = q1 - 1.5 * iqr;
        final double hi = q3 + 1.5 * iqr;
        double minReg = Double.NaN;
        double maxReg = Double.NaN;
        double min = v[0];
        double max = v[0];
        double sum = 0;
        int outlierCount = 0;
        for (final double x : v) {
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
            if (x < lo || x > hi) {
                outlierCount++;
            } else {
                minReg = Double.isNaN(minReg) || x < minReg ? x : minReg;
                maxReg = Double.isNaN(maxReg) || x > maxReg ? x : maxReg;
            }
        }
        final double[] out = new double[outlierCount];
        int o = 0;
        for (final double x : v) {
            if (x < lo || x > hi) {
                out[o++] = x;
            }
        }
        Arrays.sort(out);
        final List<Double> outliers = new ArrayList<>();
        for (final double x : out) {
            if (outliers.isEmpty() || outliers.get(outliers.size() - 1) != x) {
                outliers.add(x);
            }
        }
        List<Double> shown = outliers;
        if (outliers.size() > 200) {
            shown = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                shown.add(outliers.get((int) ((long) i * (outliers.size() - 1) / 199)));
            }
        }
        return new BoxAndWhiskerItem(sum / n, q[1], q1, q3, minReg, maxReg, min, max, shown);
    }

    /** Linear-interpolation quantile of sorted values (R type 7). */
    static double quantile(final double[] sorted, final double p) {
        return OrderStatistics.sortedQuantile(sorted, sorted.length, p);
    }
}
