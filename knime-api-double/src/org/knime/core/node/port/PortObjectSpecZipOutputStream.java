package org.knime.core.node.port;

import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.PortObjectSpecZipOutputStream}: the zip stream a {@link PortObjectSpec} is
 * serialized through. Created by the framework ({@link PortUtil}); the constructor is package-private as in
 * KNIME.
 */
public class PortObjectSpecZipOutputStream extends ZipOutputStream {

    PortObjectSpecZipOutputStream(final OutputStream stream) {
        super(stream);
    }
}
