package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.PortObjectZipInputStream}: the zip stream a {@link PortObject} is
 * serialized through. Created by the framework ({@link PortUtil}); the constructor is package-private as in
 * KNIME.
 */
public class PortObjectZipInputStream extends ZipInputStream {

    PortObjectZipInputStream(final InputStream stream) {
        super(stream);
    }
}
