package org.knime.core.data.image.png;

import java.util.Arrays;

import org.knime.core.data.image.ImageValue;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.image.png.PNGImageValue}: a cell holding a PNG image.
 *
 * <p>Simplified: no {@code UTILITY} constant.
 */
public interface PNGImageValue extends ImageValue {

    @Override
    PNGImageContent getImageContent();

    /**
     * @param v1 a value
     * @param v2 another value
     * @return whether both hold the same PNG bytes
     */
    static boolean equalContent(final PNGImageValue v1, final PNGImageValue v2) {
        return Arrays.equals(v1.getImageContent().getByteArrayReference(),
            v2.getImageContent().getByteArrayReference());
    }
}
