package org.custseg.engine.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.custseg.engine.metrics.ClusterMetrics;

/**
 * The charts of a segmentation, each {@value #WIDTH} &times; {@value #HEIGHT} pixels: k-selection curve with the
 * chosen k, silhouette plot, 2-D PCA scatter with segment centres, and the Profiler's effect-size heat map. The
 * dendrogram is in {@link DendrogramPlot}. Shapes only; text in {@link BitmapFont}.
 */
public final class DiagnosticPlots {

    /** Width of one chart in pixels. */
    public static final int WIDTH = 760;

    /** Height of one chart in pixels. */
    public static final int HEIGHT = 460;

    /** Most rows in a silhouette plot; above it a seeded sample of this size is shown. */
    public static final int SILHOUETTE_MAX_ROWS = 2_000;

    /** Most points drawn in the PCA scatter; above it a seeded sample of this size is drawn (centres from all). */
    public static final int SCATTER_MAX_POINTS = 5_000;

    private DiagnosticPlots() {
    }

    /**
     * The criterion against k, the chosen k marked by a dashed line and a ringed point.
     *
     * @param ks the k values tried, ascending
     * @param values the criterion per k ({@code NaN} where undefined)
     * @param chosenK the chosen k
     * @param criterion the criterion's label, e.g. "Silhouette (higher is better)"
     * @return the chart
     */
    public static Chart kCurve(final int[] ks, final double[] values, final int chosenK, final String criterion) {
        final int paren = criterion.indexOf(" (");
        final String axis = paren < 0 ? criterion : criterion.substring(0, paren);
        final String how = paren < 0 ? "" : "; " + criterion.substring(paren + 2, criterion.length() - 1);
        return new Chart(WIDTH, HEIGHT, g -> paintKCurve(g, ks, values, chosenK, axis, how));
    }

    /** Paints the k-selection curve of {@link #kCurve}. */
    private static void paintKCurve(final Graphics2D g, final int[] ks, final double[] values, final int chosenK,
        final String axis, final String how) {
        Plot.title(g, "Choice of the number of segments",
            ks.length <= 1 ? "k was set, not searched: k = " + chosenK : "chosen k = " + chosenK + how, WIDTH);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (final double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(lo <= hi)) {
            Plot.message(g, "No criterion value to show.", WIDTH, HEIGHT);
            return;
        }
        final Plot p = kCurveAxes(g, ks, chosenK, axis, lo, hi);
        g.setColor(new Color(0xD55E00));
        g.setStroke(Plot.DASHED);
        Plot.line(g, p.px(chosenK), p.top, p.px(chosenK), p.bottom);
        drawKCurveLine(g, p, ks, values);
        drawKCurvePoints(g, p, ks, values, chosenK);
        final String label = "chosen k = " + chosenK;
        final int lw = BitmapFont.width(label, Plot.PX);
        final int lx = (int)p.px(chosenK) + 8 + lw > p.right ? (int)p.px(chosenK) - 8 - lw : (int)p.px(chosenK) + 8;
        g.setColor(Color.WHITE);
        g.fillRect(lx - 3, p.top + 3, lw + 6, Plot.LINE + 2);
        g.setColor(new Color(0xD55E00));
        BitmapFont.draw(g, label, lx, p.top + 5, Plot.PX);
    }

    /** Draws the axes of the k-selection curve for criterion values from {@code lo} to {@code hi}. */
    private static Plot kCurveAxes(final Graphics2D g, final int[] ks, final int chosenK, final String axis,
        final double lo, final double hi) {
        final double pad = hi > lo ? (hi - lo) * 0.08 : Math.max(Math.abs(hi) * 0.1, 0.1);
        final double ystep = Plot.step(lo - pad, hi + pad, 5);
        final double[] yt = Plot.ticks(lo - pad, hi + pad, 5);
        final int tickW = Arrays.stream(yt).mapToInt(t -> BitmapFont.width(Plot.format(t, ystep), Plot.PX))
            .max().orElse(0);
        final int kMin = ks.length == 0 ? chosenK : Math.min(ks[0], chosenK);
        final int kMax = ks.length == 0 ? chosenK : Math.max(ks[ks.length - 1], chosenK);
        final Plot p = new Plot(12 + Plot.LINE + 14 + tickW, 24 + 2 * Plot.LINE, WIDTH - 24,
            HEIGHT - 30 - 2 * Plot.LINE, kMin - 0.5, kMax + 0.5, lo - pad, hi + pad);
        p.yAxis(g, yt, ystep);
        final double xstep = Math.max(1, Plot.step(kMin, kMax, 12));
        p.xAxis(g, Plot.ticks(Math.ceil(kMin), kMax, (int)Math.ceil((kMax - kMin) / xstep)), xstep, false);
        p.baseLine(g);
        p.yTitle(g, axis, 12);
        p.xTitle(g, "Number of segments k");
        return p;
    }

    /** Draws the line through the finite criterion values. */
    private static void drawKCurveLine(final Graphics2D g, final Plot p, final int[] ks, final double[] values) {
        final Path2D path = new Path2D.Double();
        boolean first = true;
        for (int i = 0; i < ks.length; i++) {
            if (Double.isFinite(values[i])) {
                if (first) {
                    path.moveTo(p.px(ks[i]), p.py(values[i]));
                } else {
                    path.lineTo(p.px(ks[i]), p.py(values[i]));
                }
                first = false;
            }
        }
        g.setColor(Plot.segmentColor(0));
        g.setStroke(new BasicStroke(2.5f));
        g.draw(path);
    }

    /** Draws a point per finite criterion value, the chosen k's ringed. */
    private static void drawKCurvePoints(final Graphics2D g, final Plot p, final int[] ks, final double[] values,
        final int chosenK) {
        for (int i = 0; i < ks.length; i++) {
            if (Double.isFinite(values[i])) {
                final double x = p.px(ks[i]);
                final double y = p.py(values[i]);
                g.setColor(Plot.segmentColor(0));
                g.fill(new Ellipse2D.Double(x - 5, y - 5, 10, 10));
                if (ks[i] == chosenK) {
                    g.setColor(new Color(0xD55E00));
                    g.setStroke(new BasicStroke(3f));
                    g.draw(new Ellipse2D.Double(x - 10, y - 10, 20, 20));
                }
            }
        }
    }

    /**
     * The silhouette plot: per segment its rows' silhouette widths sorted from high to low, as one filled shape
     * (segment 1 at the top), a dashed line at the mean.
     *
     * @param silhouettes per row its silhouette width
     * @param segments per row its segment, 0..k-1 (same order)
     * @param names segment names
     * @param note a note for the subtitle (e.g. "seeded sample of 2,000 of 9,000 rows"), or {@code null}
     * @return the chart
     */
    public static Chart silhouette(final double[] silhouettes, final int[] segments, final List<String> names,
        final String note) {
        return silhouette(silhouettes, segments, names, note, "Euclidean, scaled columns");
    }

    /**
     * The silhouette plot as {@link #silhouette(double[], int[], List, String)}, naming the distance used.
     *
     * @param silhouettes per row its silhouette width
     * @param segments per row its segment, 0..k-1 (same order)
     * @param names segment names
     * @param note a note for the subtitle, or {@code null}
     * @param distance the distance, for the axis title (e.g. "Gower distance")
     * @return the chart
     */
    public static Chart silhouette(final double[] silhouettes, final int[] segments, final List<String> names,
        final String note, final String distance) {
        return new Chart(WIDTH, HEIGHT, g -> paintSilhouette(g, silhouettes, segments, names, note, distance));
    }

    /** Paints the silhouette plot of {@link #silhouette(double[], int[], List, String, String)}. */
    private static void paintSilhouette(final Graphics2D g, final double[] silhouettes, final int[] segments,
        final List<String> names, final String note, final String distance) {
        final int k = names.size();
        final int n = silhouettes.length;
        double mean = 0;
        double min = 0;
        for (final double s : silhouettes) {
            mean += s / Math.max(1, n);
            min = Math.min(min, s);
        }
        Plot.title(g, "Silhouette plot", Plot.fmt("mean %.3f; ", mean) + (note == null
            ? "1: well placed, 0: border, < 0: nearer another" : note), WIDTH);
        if (n == 0) {
            Plot.message(g, "No rows to show.", WIDTH, HEIGHT);
            return;
        }
        final List<String> legend = new ArrayList<>();
        final List<Color> colors = new ArrayList<>();
        final int[] size = new int[k];
        for (final int s : segments) {
            size[s]++;
        }
        for (int s = 0; s < k; s++) {
            legend.add(names.get(s) + " (" + size[s] + ")");
            colors.add(Plot.segmentColor(s));
        }
        final int lw = Plot.legendWidth(legend, 220);
        final double lo = Math.min(-0.2, Math.floor((min - 0.05) * 10) / 10);
        final Plot p = new Plot(40, 24 + 2 * Plot.LINE + 4, WIDTH - 36 - lw, HEIGHT - 30 - 2 * Plot.LINE, lo, 1.0,
            0, 1);
        final double[] xt = Plot.ticks(lo, 1, 6);
        p.xAxis(g, xt, Plot.step(lo, 1, 6), true);
        p.xTitle(g, "Silhouette width (" + distance + ")");
        drawSilhouetteShapes(g, p, silhouettes, segments, k);
        g.setColor(Plot.MUTED);
        g.fillRect((int)Math.round(p.px(0)), p.top, 1, p.bottom - p.top);
        g.setColor(Plot.TEXT);
        g.setStroke(Plot.DASHED);
        Plot.line(g, p.px(mean), p.top, p.px(mean), p.bottom);
        p.baseLine(g);
        Plot.legend(g, legend, colors, WIDTH - 12 - lw, p.top, lw);
    }

    /** Draws per segment its rows' silhouette widths, sorted from high to low, as one filled shape. */
    private static void drawSilhouetteShapes(final Graphics2D g, final Plot p, final double[] silhouettes,
        final int[] segments, final int k) {
        final int n = silhouettes.length;
        final double gap = Math.max(2, n / 50.0);
        final double total = n + gap * (k - 1);
        double pos = 0;
        for (int s = 0; s < k; s++) {
            final List<Double> v = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (segments[i] == s) {
                    v.add(silhouettes[i]);
                }
            }
            v.sort((a, b) -> Double.compare(b, a));
            if (v.isEmpty()) {
                continue;
            }
            final double h = (p.bottom - p.top) / total;
            final double top = p.top + pos * h;
            final Path2D shape = new Path2D.Double();
            shape.moveTo(p.px(0), top);
            for (int i = 0; i < v.size(); i++) {
                shape.lineTo(p.px(v.get(i)), top + i * h);
                shape.lineTo(p.px(v.get(i)), top + (i + 1) * h);
            }
            shape.lineTo(p.px(0), top + v.size() * h);
            shape.closePath();
            g.setColor(Plot.segmentColor(s));
            g.fill(shape);
            pos += v.size() + gap;
        }
    }

    /**
     * Per-row silhouettes of a seeded sample, for {@link #silhouette}.
     *
     * @param x rows (scaled)
     * @param labels segment per row, 0..k-1
     * @param names segment names
     * @param seed seed of the sample
     * @return the chart
     */
    public static Chart silhouette(final double[][] x, final int[] labels, final List<String> names,
        final long seed) {
        return silhouette(x, labels, names, seed, null, null, null);
    }

    /**
     * Per-row silhouettes of a seeded sample with the given distance, for {@link #silhouette}.
     *
     * @param x rows
     * @param labels segment per row, 0..k-1
     * @param names segment names
     * @param seed seed of the sample
     * @param distance the distance between two rows, {@code null} for Euclidean
     * @param distanceName its name for the axis title, {@code null} for Euclidean
     * @param extraNote a note for the subtitle (e.g. rows left out), or {@code null}
     * @return the chart
     */
    public static Chart silhouette(final double[][] x, final int[] labels, final List<String> names,
        final long seed, final java.util.function.ToDoubleBiFunction<double[], double[]> distance,
        final String distanceName, final String extraNote) {
        final double[][] s = distance == null
            ? ChartMath.silhouettes(x, labels, names.size(), seed, SILHOUETTE_MAX_ROWS)
            : ChartMath.silhouettes(x, labels, names.size(), seed, SILHOUETTE_MAX_ROWS, distance);
        final int[] seg = new int[s[0].length];
        for (int i = 0; i < seg.length; i++) {
            seg[i] = labels[(int)s[0][i]];
        }
        final String sample = x.length > SILHOUETTE_MAX_ROWS
            ? Plot.fmt("seeded sample of %,d of %,d rows", seg.length, x.length) : null;
        final String note = extraNote == null ? sample : sample == null ? extraNote : sample + "; " + extraNote;
        return distance == null ? silhouette(s[1], seg, names, note) : silhouette(s[1], seg, names, note, distanceName);
    }

    /**
     * The rows on their first two principal components, one colour per segment, each segment's centre (the mean of
     * its rows) as a black ringed cross.
     *
     * @param x rows (scaled), at least two columns
     * @param labels segment per row (0..k-1)
     * @param names segment names
     * @param seed seed of the sample of drawn points above {@link #SCATTER_MAX_POINTS}
     * @return the chart
     */
    public static Chart pcaScatter(final double[][] x, final int[] labels, final List<String> names,
        final long seed) {
        final int k = names.size();
        final int n = x.length;
        final double[][] axes = ChartMath.principalAxes(x);
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
            centre[labels[i]][0] += proj[i][0];
            centre[labels[i]][1] += proj[i][1];
            count[labels[i]]++;
        }
        for (int s = 0; s < k; s++) {
            centre[s][0] /= Math.max(1, count[s]);
            centre[s][1] /= Math.max(1, count[s]);
        }
        final int[] drawn = n <= SCATTER_MAX_POINTS ? null : ClusterMetrics.sample(n, SCATTER_MAX_POINTS, seed);
        return new Chart(WIDTH, HEIGHT, g -> {
            Plot.title(g, "Segments on the first two principal components", drawn == null ? Plot.fmt("%,d rows", n)
                : Plot.fmt("seeded sample of %,d of %,d rows drawn; centres from all rows", drawn.length, n), WIDTH);
            final List<String> legend = new ArrayList<>(names);
            final List<Color> colors = new ArrayList<>();
            for (int s = 0; s < k; s++) {
                colors.add(Plot.segmentColor(s));
            }
            legend.add("centre");
            colors.add(Color.BLACK);
            final int lw = Plot.legendWidth(legend, 200);
            final Plot p = scatterAxes(g, proj, axes[3], lw);
            drawScatterPoints(g, p, proj, labels, drawn);
            drawScatterCentres(g, p, centre, count);
            Plot.legend(g, legend, colors, WIDTH - 12 - lw, p.top, lw);
        });
    }

    /**
     * Draws the axes of the PCA scatter, spanning the projected rows.
     *
     * @param shares share of variance of axis 1 and of axis 2
     * @param lw legend width
     */
    private static Plot scatterAxes(final Graphics2D g, final double[][] proj, final double[] shares, final int lw) {
        double xlo = Double.POSITIVE_INFINITY;
        double xhi = Double.NEGATIVE_INFINITY;
        double ylo = Double.POSITIVE_INFINITY;
        double yhi = Double.NEGATIVE_INFINITY;
        for (final double[] pt : proj) {
            xlo = Math.min(xlo, pt[0]);
            xhi = Math.max(xhi, pt[0]);
            ylo = Math.min(ylo, pt[1]);
            yhi = Math.max(yhi, pt[1]);
        }
        final double xp = Math.max(1e-9, (xhi - xlo) * 0.04);
        final double yp = Math.max(1e-9, (yhi - ylo) * 0.04);
        final double ystep = Plot.step(ylo - yp, yhi + yp, 5);
        final double[] yt = Plot.ticks(ylo - yp, yhi + yp, 5);
        final int tickW = Arrays.stream(yt).mapToInt(t -> BitmapFont.width(Plot.format(t, ystep), Plot.PX))
            .max().orElse(0);
        final Plot p = new Plot(12 + Plot.LINE + 14 + tickW, 24 + 2 * Plot.LINE + 4, WIDTH - 36 - lw,
            HEIGHT - 30 - 2 * Plot.LINE, xlo - xp, xhi + xp, ylo - yp, yhi + yp);
        p.yAxis(g, yt, ystep);
        p.xAxis(g, Plot.ticks(xlo - xp, xhi + xp, 6), Plot.step(xlo - xp, xhi + xp, 6), true);
        p.baseLine(g);
        p.xTitle(g, Plot.fmt("Principal component 1 (%.0f%% of variance)", 100 * shares[0]));
        p.yTitle(g, Plot.fmt("PC 2 (%.0f%% of variance)", 100 * shares[1]), 12);
        return p;
    }

    /** Draws the rows (or the sample {@code drawn} of them), translucent, in their segment's colour. */
    private static void drawScatterPoints(final Graphics2D g, final Plot p, final double[][] proj, final int[] labels,
        final int[] drawn) {
        final int m = drawn == null ? proj.length : drawn.length;
        final double r = m > 2000 ? 2 : 3;
        for (int t = 0; t < m; t++) {
            final int i = drawn == null ? t : drawn[t];
            final Color c = Plot.segmentColor(labels[i]);
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
            g.fill(new Ellipse2D.Double(p.px(proj[i][0]) - r, p.py(proj[i][1]) - r, 2 * r, 2 * r));
        }
    }

    /** Draws each non-empty segment's centre as a black ringed cross. */
    private static void drawScatterCentres(final Graphics2D g, final Plot p, final double[][] centre,
        final int[] count) {
        for (int s = 0; s < centre.length; s++) {
            if (count[s] == 0) {
                continue;
            }
            final double cx = p.px(centre[s][0]);
            final double cy = p.py(centre[s][1]);
            g.setColor(Plot.segmentColor(s));
            g.fill(new Ellipse2D.Double(cx - 9, cy - 9, 18, 18));
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Ellipse2D.Double(cx - 9, cy - 9, 18, 18));
            Plot.line(g, cx - 5, cy, cx + 5, cy);
            Plot.line(g, cx, cy - 5, cx, cy + 5);
        }
    }

    /**
     * The Profiler's effect sizes as a heat map: one row per attribute, one column per segment, the cell coloured by
     * Cohen's d (blue below the rest of the population, orange above, clipped at &plusmn;2) with its value printed.
     * With more than {@code maxAttributes} attributes the ones with the largest absolute effect in any segment are
     * shown.
     *
     * @param segments segment names (columns)
     * @param attributes numeric attribute names (rows)
     * @param effects {@code [segment][attribute]} Cohen's d ({@code NaN}: undefined, drawn grey)
     * @param maxAttributes most rows shown
     * @return the chart
     */
    public static Chart effectHeatmap(final List<String> segments, final List<String> attributes,
        final double[][] effects, final int maxAttributes) {
        final int k = segments.size();
        final int attributeCount = attributes.size();
        final int[] rows = strongestAttributes(effects, k, attributeCount, maxAttributes);
        final int shown = rows.length;
        final int cellH = Math.max(Plot.LINE + 6, Math.min(34, 360 / Math.max(1, shown)));
        final int labelW = Math.min(260, attributes.stream().mapToInt(s -> BitmapFont.width(s, Plot.PX)).max()
            .orElse(0) + 12);
        final int cellW = Math.max(70, Math.min(150, (WIDTH - labelW - 150) / Math.max(1, k)));
        final int width = Math.max(WIDTH, 24 + labelW + k * cellW + 130);
        final int top = 24 + 2 * Plot.LINE + 14 + Plot.LINE;
        final int height = Math.max(300, top + shown * cellH + 40);
        return new Chart(width, height, g -> {
            Plot.title(g, "Effect size (Cohen's d) of each attribute by segment",
                "segment against the rest; blue: lower, orange: higher" + (shown < attributeCount
                    ? Plot.fmt("; the %d of %d attributes with the largest effects", shown, attributeCount) : ""),
                width);
            if (shown == 0 || k == 0) {
                Plot.message(g, "No numeric attribute to show.", width, height);
                return;
            }
            final int x0 = 12 + labelW;
            for (int s = 0; s < k; s++) {
                g.setColor(Plot.TEXT);
                final String name = BitmapFont.fit(segments.get(s), cellW - 6, Plot.PX);
                BitmapFont.draw(g, name, x0 + s * cellW + cellW / 2 - BitmapFont.width(name, Plot.PX) / 2,
                    top - Plot.LINE - 6, Plot.PX);
            }
            for (int r = 0; r < rows.length; r++) {
                final int a = rows[r];
                final int y = top + r * cellH;
                g.setColor(Plot.TEXT);
                final String label = BitmapFont.fit(attributes.get(a), labelW - 12, Plot.PX);
                BitmapFont.draw(g, label, x0 - 10 - BitmapFont.width(label, Plot.PX), y + (cellH - 14) / 2,
                    Plot.PX);
                for (int s = 0; s < k; s++) {
                    drawEffectCell(g, effects[s][a], x0 + s * cellW, y, cellW, cellH);
                }
            }
            drawEffectColourBar(g, x0 + k * cellW + 30, top, Math.min(240, shown * cellH));
        });
    }

    /**
     * @param effects {@code [segment][attribute]} Cohen's d
     * @param k number of segments
     * @param attributeCount number of attributes
     * @param maxAttributes most attributes shown
     * @return all attributes' indices, or with more than {@code maxAttributes} the ones with the largest absolute
     *         effect in any segment; ascending
     */
    private static int[] strongestAttributes(final double[][] effects, final int k, final int attributeCount,
        final int maxAttributes) {
        final Integer[] order = new Integer[attributeCount];
        final double[] strength = new double[attributeCount];
        for (int a = 0; a < order.length; a++) {
            order[a] = a;
            for (int s = 0; s < k; s++) {
                final double d = effects[s][a];
                if (!Double.isNaN(d)) {
                    strength[a] = Math.max(strength[a], Math.abs(d));
                }
            }
        }
        final int shown = Math.min(order.length, maxAttributes);
        if (shown < order.length) {
            Arrays.sort(order, (a, b) -> Double.compare(strength[b], strength[a]));
            return Arrays.stream(order).limit(shown).mapToInt(Integer::intValue).sorted().toArray();
        }
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** Draws one heat-map cell at ({@code x}, {@code y}): coloured by {@code d}, with its value when it fits. */
    private static void drawEffectCell(final Graphics2D g, final double d, final int x, final int y, final int cellW,
        final int cellH) {
        g.setColor(effectColor(d));
        g.fillRect(x, y, cellW - 2, cellH - 2);
        final String v = Double.isNaN(d) ? "n/a" : Double.isInfinite(d) ? (d > 0 ? "+inf" : "-inf")
            : Plot.fmt("%+.2f", d);
        g.setColor(Double.isFinite(d) && Math.abs(d) > 1.2 ? Color.WHITE : Plot.TEXT);
        if (cellH >= Plot.LINE + 4) {
            BitmapFont.draw(g, v, x + (cellW - 2) / 2 - BitmapFont.width(v, Plot.PX) / 2,
                y + (cellH - 2 - 14) / 2, Plot.PX);
        }
    }

    /** Draws the colour bar from d = +2 (top) to -2, {@code bh} pixels high, with its ticks and title. */
    private static void drawEffectColourBar(final Graphics2D g, final int bx, final int top, final int bh) {
        for (int i = 0; i < bh; i++) {
            g.setColor(effectColor(2 - 4.0 * i / Math.max(1, bh - 1)));
            g.fillRect(bx, top + i, 18, 1);
        }
        g.setColor(Plot.TEXT);
        for (final double t : new double[]{2, 1, 0, -1, -2}) {
            final int y = top + (int)Math.round((2 - t) / 4 * (bh - 1));
            g.fillRect(bx + 18, y, 4, 1);
            BitmapFont.draw(g, Plot.fmt("%+.0f", t).replace("+0", "0"), bx + 26, y - 7, Plot.PX);
        }
        BitmapFont.draw(g, "d", bx + 4, top - Plot.LINE - 6, Plot.PX);
    }

    /**
     * @param d an effect size
     * @return its colour: white at 0, blue towards -2, orange towards +2, grey when undefined
     */
    static Color effectColor(final double d) {
        if (Double.isNaN(d)) {
            return new Color(0xD0D4D9);
        }
        final double t = Math.max(-1, Math.min(1, d / 2));
        final Color end = t < 0 ? new Color(0x2166AC) : new Color(0xD55E00);
        final double f = Math.abs(t);
        return new Color((int)Math.round(255 + (end.getRed() - 255) * f),
            (int)Math.round(255 + (end.getGreen() - 255) * f), (int)Math.round(255 + (end.getBlue() - 255) * f));
    }
}
