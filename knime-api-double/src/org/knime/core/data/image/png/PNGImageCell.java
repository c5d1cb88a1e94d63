package org.knime.core.data.image.png;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataValue;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.image.png.PNGImageCell}: a table cell holding a PNG image.
 * Created through {@link PNGImageContent#toImageCell()}; the constructor is package-private as in KNIME.
 *
 * <p>Simplified: no cell serializer.
 */
public class PNGImageCell extends DataCell implements PNGImageValue {

    private static final long serialVersionUID = 1L;

    private final PNGImageContent m_content;

    PNGImageCell(final PNGImageContent content) {
        if (content == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_content = content;
    }

    @Override
    public PNGImageContent getImageContent() {
        return m_content;
    }

    @Override
    public String toString() {
        return m_content.getSummary();
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return m_content.equals(((PNGImageCell)dc).m_content);
    }

    @Override
    protected boolean equalContent(final DataValue otherValue) {
        return PNGImageValue.equalContent(this, (PNGImageValue)otherValue);
    }

    @Override
    public int hashCode() {
        return m_content.hashCode();
    }

    @Override
    public String getImageExtension() {
        return "png";
    }
}
