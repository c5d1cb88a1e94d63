package org.custseg.engine.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart's plot area with a linear x and y axis: the value-to-pixel mapping, nice ticks, grid, tick labels, axis
 * titles, chart title and legend, all text in {@link BitmapFont}. Package-private drawing kit of the charts.
 */
final class Plot {

    /** Colour-blind-safe qualitative palette (Okabe-Ito, then extras), one colour per segment; as in the report. */
    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x7F7F7F),
        new Color(0x8C564B), new Color(0x17BECF), new Color(0xBCBD22), new Color(0x9467BD)};

    static final Color TEXT = new Color(0x33, 0x3D, 0x4A);

    static final Color MUTED = new Color(0x6B, 0x75, 0x80);

    static final Color GRID = new Color(0xE3E7EC);

    /** Glyph pixel size of all text: 10 x 14 pixel capitals. */
    static final int PX = 2;

    static final int LINE = BitmapFont.height(PX);

    static final Stroke DASHED =
        new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{7f, 5f}, 0f);

    final int left;

    final int top;

    final int right;

    final int bottom;

    final double x0;

    final double x1;

    final double y0;

    final double y1;

    /**
     * @param left left edge of the plot area
     * @param top top edge
     * @param right right edge
     * @param bottom bottom edge
     * @param x0 value at the left edge
     * @param x1 value at the right edge
     * @param y0 value at the bottom edge
     * @param y1 value at the top edge
     */
    Plot(final int left, final int top, final int right, final int bottom, final double x0, final double x1,
        final double y0, final double y1) {
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
        this.x0 = x0;
        this.x1 = x1 == x0 ? x0 + 1 : x1;
        this.y0 = y0;
        this.y1 = y1 == y0 ? y0 + 1 : y1;
    }

    static Color segmentColor(final int s) {
        return PALETTE[s % PALETTE.length];
    }

    double px(final double x) {
        return left + (x - x0) / (x1 - x0) * (right - left);
    }

    double py(final double y) {
        return bottom - (y - y0) / (y1 - y0) * (bottom - top);
    }

    /**
     * Nice tick values (1, 2 or 5 times a power of ten apart) inside {@code [lo, hi]}.
     *
     * @param lo low end
     * @param hi high end
     * @param count about how many
     * @return the ticks
     */
    static double[] ticks(final double lo, final double hi, final int count) {
        final double step = step(lo, hi, count);
        final List<Double> t = new ArrayList<>();
        for (double v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) {
            t.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return t.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double step(final double lo, final double hi, final int count) {
        final double raw = (hi - lo) / Math.max(1, count);
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        final double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        final double f = raw / mag;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * mag;
    }

    /**
     * @param v a tick value
     * @param step the tick step
     * @return the value with as many decimals as the step needs, large values with a k/M suffix
     */
    static String format(final double v, final double step) {
        final double a = Math.abs(v);
        if (a >= 1e6 && step >= 1e5) {
            return trim(v / 1e6, step / 1e6) + "M";
        }
        if (a >= 1e4 && step >= 1e3) {
            return trim(v / 1e3, step / 1e3) + "k";
        }
        return trim(v, step);
    }

    private static String trim(final double v, final double step) {
        final int decimals = Math.max(0, (int)Math.ceil(-Math.log10(step) - 1e-9));
        return new BigDecimal(v).setScale(Math.min(decimals, 6), java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Grid lines and tick labels of the y axis, given ticks. */
    void yAxis(final Graphics2D g, final double[] ticks, final double step) {
        for (final double t : ticks) {
            final int y = (int)Math.round(py(t));
            g.setColor(GRID);
            g.fillRect(left, y, right - left, 1);
            g.setColor(TEXT);
            final String s = format(t, step);
            BitmapFont.draw(g, s, left - 8 - BitmapFont.width(s, PX), y - 7, PX);
        }
    }

    /** Grid lines and tick labels of the x axis, given ticks. */
    void xAxis(final Graphics2D g, final double[] ticks, final double step, final boolean grid) {
        for (final double t : ticks) {
            final int x = (int)Math.round(px(t));
            if (grid) {
                g.setColor(GRID);
                g.fillRect(x, top, 1, bottom - top);
            }
            g.setColor(TEXT);
            final String s = format(t, step);
            BitmapFont.draw(g, s, x - BitmapFont.width(s, PX) / 2, bottom + 8, PX);
        }
    }

    /** The x axis title centred below the tick labels. */
    void xTitle(final Graphics2D g, final String title) {
        g.setColor(TEXT);
        final String s = BitmapFont.fit(title, right - left + 60, PX);
        BitmapFont.draw(g, s, (left + right) / 2 - BitmapFont.width(s, PX) / 2, bottom + 14 + LINE, PX);
    }

    /** The y axis title, turned, at the left edge {@code x}. */
    void yTitle(final Graphics2D g, final String title, final int x) {
        g.setColor(TEXT);
        final String s = BitmapFont.fit(title, bottom - top + 40, PX);
        BitmapFont.drawUp(g, s, x, (top + bottom) / 2 + BitmapFont.width(s, PX) / 2, PX);
    }

    /** A base line along the bottom of the plot area. */
    void baseLine(final Graphics2D g) {
        g.setColor(MUTED);
        g.fillRect(left, bottom, right - left + 1, 1);
    }

    /**
     * @param g where to draw
     * @param title the chart title, top left
     * @param subtitle a second, muted line, or {@code null}
     * @param width the chart width
     */
    static void title(final Graphics2D g, final String title, final String subtitle, final int width) {
        g.setColor(TEXT);
        BitmapFont.draw(g, BitmapFont.fit(title, width - 24, PX), 12, 10, PX);
        BitmapFont.draw(g, BitmapFont.fit(title, width - 24, PX), 13, 10, PX); // bold: drawn twice, shifted
        if (subtitle != null) {
            g.setColor(MUTED);
            BitmapFont.draw(g, BitmapFont.fit(subtitle, width - 24, PX), 12, 12 + LINE, PX);
        }
    }

    /**
     * A legend: a colour square and a name per entry, one entry per line from {@code (x, y)}.
     *
     * @return the y below the last entry
     */
    static int legend(final Graphics2D g, final List<String> names, final List<Color> colors, final int x,
        final int y, final int maxWidth) {
        int yy = y;
        for (int i = 0; i < names.size(); i++) {
            g.setColor(colors.get(i));
            g.fillRect(x, yy + 1, 12, 12);
            g.setColor(TEXT);
            BitmapFont.draw(g, BitmapFont.fit(names.get(i), maxWidth - 18, PX), x + 18, yy, PX);
            yy += LINE + 4;
        }
        return yy;
    }

    /** @return the width a legend of these names needs, at most {@code max} */
    static int legendWidth(final List<String> names, final int max) {
        int w = 0;
        for (final String n : names) {
            w = Math.max(w, BitmapFont.width(n, PX));
        }
        return Math.min(max, w + 18);
    }

    /** A message in the middle of an otherwise empty chart. */
    static void message(final Graphics2D g, final String text, final int width, final int height) {
        g.setColor(MUTED);
        final String[] words = BitmapFont.ascii(text).split(" ");
        final List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (final String w : words) {
            if (line.length() > 0 && BitmapFont.width(line + " " + w, PX) > width - 60) {
                lines.add(line.toString());
                line = new StringBuilder();
            }
            line.append(line.length() == 0 ? "" : " ").append(w);
        }
        lines.add(line.toString());
        int y = height / 2 - lines.size() * (LINE + 4) / 2;
        for (final String l : lines) {
            BitmapFont.draw(g, l, width / 2 - BitmapFont.width(l, PX) / 2, y, PX);
            y += LINE + 4;
        }
    }

    static void line(final Graphics2D g, final double xa, final double ya, final double xb, final double yb) {
        g.draw(new Line2D.Double(xa, ya, xb, yb));
    }

    static String fmt(final String pattern, final Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
