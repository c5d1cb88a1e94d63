package org.custseg.knime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/** Checks of a node's image output, the same on the double and on real KNIME. */
public final class ImagePorts {

    private ImagePorts() {
    }

    /**
     * Asserts that {@code out} is a PNG image port whose spec equals the configured one, and that the PNG is a real
     * picture: at least the given size and more than {@code minColours} distinct colours.
     *
     * @param configured the spec from configure
     * @param out the port object from execute
     * @param minWidth least width in pixels
     * @param minHeight least height in pixels
     * @param minColours least number of distinct colours
     * @return the decoded image
     * @throws Exception if the PNG cannot be decoded
     */
    public static BufferedImage assertChart(final PortObjectSpec configured, final PortObject out,
        final int minWidth, final int minHeight, final int minColours) throws Exception {
        final ImagePortObject image = assertInstanceOf(ImagePortObject.class, out);
        assertInstanceOf(ImagePortObjectSpec.class, configured);
        assertEquals(configured, image.getSpec(), "image port: configured spec differs from the executed one");
        assertEquals(PNGImageContent.TYPE, image.getSpec().getDataType());
        final PNGImageContent content = assertInstanceOf(PNGImageContent.class,
            image.toDataCell().getClass().getMethod("getImageContent").invoke(image.toDataCell()));
        final byte[] png = content.getByteArray();
        assertTrue(png.length > 2_000, "PNG of " + png.length + " bytes");
        final BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(img.getWidth() >= minWidth && img.getHeight() >= minHeight,
            "image " + img.getWidth() + " x " + img.getHeight());
        assertEquals(img.getWidth(), content.getPreferredSize().width);
        final Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > minColours, "only " + colours.size() + " colours");
        assertTrue(image.getSummary().startsWith("PNG Image"), image.getSummary());
        final String dir = System.getProperty("chart.preview");
        if (dir != null) {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            java.nio.file.Files.write(java.nio.file.Path.of(dir, "node-" + System.nanoTime() + ".png"), png);
        }
        return img;
    }
}
