package org.knime.core.data.image;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;

import org.knime.core.data.DataCell;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.image.ImageContent}: the content of an image port or cell, which
 * can paint itself, report its size, become a table cell and save itself.
 */
public interface ImageContent {

    /**
     * @param g where to paint
     * @param width available width
     * @param height available height
     */
    void paint(Graphics2D g, int width, int height);

    /** @return the natural size of the image */
    Dimension getPreferredSize();

    /** @return a table cell holding this image */
    DataCell toImageCell();

    /**
     * @param out where to write the image (not closed)
     * @throws IOException on write problems
     */
    void save(OutputStream out) throws IOException;

    /** @return a short description for the port's tooltip */
    String getSummary();
}
