package org.knime.core.data.image;

import org.knime.core.data.DataValue;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.image.ImageValue}: a cell holding an image.
 *
 * <p>Simplified: no {@code UTILITY} constant (renderers, icons).
 */
public interface ImageValue extends DataValue {

    /** @return the image */
    ImageContent getImageContent();

    /** @return the file extension of the image format, e.g. "png" */
    String getImageExtension();
}
