package org.knime.core.node.port;

import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.PortObjectZipOutputStream}: the zip stream a {@link PortObject} is
 * serialized through. Created by the framework ({@link PortUtil}); the constructor is package-private as in
 * KNIME.
 */
public class PortObjectZipOutputStream extends ZipOutputStream {

    PortObjectZipOutputStream(final OutputStream stream) {
        super(stream);
    }
}
