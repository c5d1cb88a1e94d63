package org.knime.core.data.image.png;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.image.ImageContent;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.image.png.PNGImageContent}: PNG bytes as image content. As in
 * KNIME the bytes are decoded once when the content is created, so bytes that are not an image are rejected there
 * ({@link IllegalArgumentException}).
 *
 * <p>Simplified: no {@code serialize}/{@code deserialize} (cell serialization), no blob or file-store cells
 * ({@link #toImageCell()} always gives a {@link PNGImageCell}); the decoded image is kept, not soft-referenced.
 */
public class PNGImageContent implements ImageContent {

    /** The type of the cells this content becomes. */
    public static final DataType TYPE = DataType.getType(PNGImageCell.class);

    private final byte[] m_bytes;

    private final BufferedImage m_image;

    /** Framework constructor; KNIME leaves the content empty. Do not use. */
    public PNGImageContent() {
        m_bytes = null;
        m_image = null;
    }

    /**
     * @param imageBytes the PNG bytes (kept, not copied)
     * @throws NullPointerException if {@code null}
     * @throws IllegalArgumentException if the bytes cannot be read as an image
     */
    public PNGImageContent(final byte[] imageBytes) {
        if (imageBytes == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_bytes = imageBytes;
        m_image = decode(imageBytes);
    }

    /**
     * @param in the PNG bytes, read to the end (not closed)
     * @throws IOException if reading fails
     */
    public PNGImageContent(final InputStream in) throws IOException {
        this(in.readAllBytes());
    }

    private static BufferedImage decode(final byte[] bytes) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            if (img == null) {
                throw new IllegalArgumentException("ImageIO returned null while reading image bytes");
            }
            return img;
        } catch (IOException e) {
            throw new IllegalArgumentException("Image can't be read", e);
        }
    }

    /** @return the PNG bytes themselves (do not modify) */
    public byte[] getByteArrayReference() {
        return m_bytes;
    }

    /** @return a copy of the PNG bytes */
    public byte[] getByteArray() {
        return m_bytes == null ? null : m_bytes.clone();
    }

    /** @return the decoded image */
    public Image getImage() {
        return m_image;
    }

    @Override
    public void paint(final Graphics2D g, final int width, final int height) {
        if (m_image != null) {
            g.drawImage(m_image, 0, 0, width, height, null);
        }
    }

    @Override
    public void save(final OutputStream out) throws IOException {
        out.write(m_bytes);
    }

    @Override
    public DataCell toImageCell() {
        return new PNGImageCell(this);
    }

    @Override
    public Dimension getPreferredSize() {
        return m_image == null ? new Dimension(0, 0) : new Dimension(m_image.getWidth(), m_image.getHeight());
    }

    @Override
    public String getSummary() {
        Dimension d = getPreferredSize();
        int size = m_bytes == null ? 0 : m_bytes.length;
        return "PNG Image " + d.width + " x " + d.height + " with "
            + (size < 1024 ? size + " B" : size / 1024 + " KB");
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m_bytes);
    }

    @Override
    public boolean equals(final Object obj) {
        return obj == this
            || (obj instanceof PNGImageContent && Arrays.equals(m_bytes, ((PNGImageContent)obj).m_bytes));
    }
}
