package org.custseg.engine.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * A chart of a fixed size in pixels that paints itself with shapes only (text in {@link BitmapFont}), so it renders
 * headless without Java2D's font set-up. {@link #png()} gives the PNG bytes.
 */
public final class Chart {

    private final int width;

    private final int height;

    private final Consumer<Graphics2D> painter;

    /**
     * @param width width in pixels
     * @param height height in pixels
     * @param painter paints the chart into {@code (0, 0, width, height)} of the graphics it is given
     */
    public Chart(final int width, final int height, final Consumer<Graphics2D> painter) {
        this.width = width;
        this.height = height;
        this.painter = painter;
    }

    /** @return the width in pixels */
    public int width() {
        return width;
    }

    /** @return the height in pixels */
    public int height() {
        return height;
    }

    /**
     * Paints the chart at the origin of {@code g}.
     *
     * @param g where to paint
     */
    public void paint(final Graphics2D g) {
        painter.accept(g);
    }

    /** @return the chart as an image (white background) */
    public BufferedImage image() {
        final BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        final Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            paint(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** @return the chart as PNG bytes */
    public byte[] png() {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image(), "png", out)) {
                throw new IllegalStateException("This Java runtime has no PNG writer.");
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot encode the chart as PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * Lays charts out in a grid, row by row, each in a cell as large as the largest chart, separated by a thin line.
     *
     * @param charts the charts, at least one
     * @param columns charts per row
     * @return the composed chart
     */
    public static Chart grid(final List<Chart> charts, final int columns) {
        final int cw = charts.stream().mapToInt(Chart::width).max().orElse(1);
        final int ch = charts.stream().mapToInt(Chart::height).max().orElse(1);
        final int cols = Math.max(1, Math.min(columns, charts.size()));
        final int rows = (charts.size() + cols - 1) / cols;
        return new Chart(cw * cols, ch * rows, g -> {
            for (int i = 0; i < charts.size(); i++) {
                final int x = (i % cols) * cw;
                final int y = (i / cols) * ch;
                final Graphics2D sub = (Graphics2D)g.create(x, y, cw, ch);
                try {
                    charts.get(i).paint(sub);
                } finally {
                    sub.dispose();
                }
                g.setColor(Plot.GRID);
                if (i % cols > 0) {
                    g.fillRect(x, y + 8, 1, ch - 16);
                }
                if (i / cols > 0) {
                    g.fillRect(x + 8, y, cw - 16, 1);
                }
            }
        });
    }
}
