package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.PortObjectSpecZipInputStream}: the zip stream a {@link PortObjectSpec} is
 * serialized through. Created by the framework ({@link PortUtil}); the constructor is package-private as in
 * KNIME.
 */
public class PortObjectSpecZipInputStream extends ZipInputStream {

    PortObjectSpecZipInputStream(final InputStream stream) {
        super(stream);
    }
}
