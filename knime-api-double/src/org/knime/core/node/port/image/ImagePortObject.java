package org.knime.core.node.port.image;

import java.io.IOException;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.image.ImageContent;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.AbstractPortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.image.ImagePortObject}: an image at a node port (KNIME's
 * "Image" port type). Saved as one zip entry named after the content class holding the content's own bytes, as in
 * KNIME.
 *
 * <p>Simplified: only {@link PNGImageContent} is loaded (KNIME also asks the {@code ImageContentFactory} extension
 * point); {@link #getViews()} returns no views; {@link #toDataCell()} does not check the cell type against the spec
 * (KNIME logs a coding problem and returns a missing cell when they disagree).
 */
public class ImagePortObject extends AbstractPortObject {

    /** Serializer named in plugin.xml. */
    public static final class Serializer extends AbstractPortObjectSerializer<ImagePortObject> {
    }

    /** The port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ImagePortObject.class);

    /** The optional port type. */
    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(ImagePortObject.class, true);

    private ImageContent m_content;

    private ImagePortObjectSpec m_spec;

    /** Framework constructor; do not use. */
    public ImagePortObject() {
    }

    /**
     * @param content the image
     * @param spec its spec
     * @throws NullPointerException if either is {@code null}
     */
    public ImagePortObject(final ImageContent content, final ImagePortObjectSpec spec) {
        if (spec == null || content == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_content = content;
        m_spec = spec;
    }

    /** @return the image as a table cell */
    public DataCell toDataCell() {
        return m_content == null ? DataType.getMissingCell() : m_content.toImageCell();
    }

    @Override
    public String getSummary() {
        return m_content.getSummary();
    }

    @Override
    public ImagePortObjectSpec getSpec() {
        return m_spec;
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    protected void load(final PortObjectZipInputStream in, final PortObjectSpec spec, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        ZipEntry entry = in.getNextEntry();
        if (entry == null || !PNGImageContent.class.getName().equals(entry.getName())) {
            throw new IOException("The double reads PNG image content only, found "
                + (entry == null ? "no entry" : entry.getName()));
        }
        m_content = new PNGImageContent(in);
        in.close();
        m_spec = (ImagePortObjectSpec)spec;
    }

    @Override
    protected void save(final PortObjectZipOutputStream out, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        out.putNextEntry(new ZipEntry(m_content.getClass().getName()));
        m_content.save(out);
        out.close();
    }
}
