package org.knime.core.node.port;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.port.PortObject.PortObjectSerializer;
import org.knime.core.node.port.PortObjectSpec.PortObjectSpecSerializer;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.PortUtil}: framework methods that write and read port
 * objects and specs through their serializers, the way KNIME saves a node's output ports. Tests use
 * {@link #writeObjectToStream(PortObject, OutputStream, ExecutionMonitor)} and
 * {@link #readObjectFromStream(InputStream, ExecutionMonitor)} to round-trip a model port object.
 *
 * <p>Simplified: the zip layout is similar to KNIME's (a table of contents, then spec and object in nested
 * zip streams) but not guaranteed to be byte-compatible.
 */
public final class PortUtil {

    private static final String TOC = "content.xml";

    private static final String SPEC_ENTRY = "objectSpec.file";

    private static final String OBJECT_ENTRY = "object.file";

    private PortUtil() {
    }

    /**
     * @param in stream to write to
     * @return a spec zip stream positioned in its first entry
     * @throws IOException on write problems
     */
    public static PortObjectSpecZipOutputStream getPortObjectSpecZipOutputStream(final OutputStream in)
        throws IOException {
        PortObjectSpecZipOutputStream zipOut = new PortObjectSpecZipOutputStream(in);
        zipOut.putNextEntry(new ZipEntry("portSpec.file"));
        return zipOut;
    }

    /**
     * @param in stream to write to
     * @return an object zip stream positioned in its first entry
     * @throws IOException on write problems
     */
    public static PortObjectZipOutputStream getPortObjectZipOutputStream(final OutputStream in)
        throws IOException {
        PortObjectZipOutputStream zipOut = new PortObjectZipOutputStream(in);
        zipOut.putNextEntry(new ZipEntry("portObject.file"));
        return zipOut;
    }

    /**
     * @param in stream to read from
     * @return a spec zip stream positioned after its first entry
     * @throws IOException on read problems or unexpected content
     */
    public static PortObjectSpecZipInputStream getPortObjectSpecZipInputStream(final InputStream in)
        throws IOException {
        PortObjectSpecZipInputStream zipIn = new PortObjectSpecZipInputStream(in);
        expectEntry(zipIn.getNextEntry(), "portSpec.file");
        return zipIn;
    }

    /**
     * @param in stream to read from
     * @return an object zip stream positioned after its first entry
     * @throws IOException on read problems or unexpected content
     */
    public static PortObjectZipInputStream getPortObjectZipInputStream(final InputStream in) throws IOException {
        PortObjectZipInputStream zipIn = new PortObjectZipInputStream(in);
        expectEntry(zipIn.getNextEntry(), "portObject.file");
        return zipIn;
    }

    private static void expectEntry(final ZipEntry entry, final String name) throws IOException {
        if (entry == null || !name.equals(entry.getName())) {
            throw new IOException(
                "Expected zip entry '" + name + "', got '" + (entry == null ? "<none>" : entry.getName()) + "'");
        }
    }

    /**
     * @param po port object
     * @param file target file
     * @param exec progress and cancellation
     * @throws IOException on write problems
     * @throws CanceledExecutionException if canceled
     */
    public static void writeObjectToFile(final PortObject po, final File file, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        try (OutputStream out = new FileOutputStream(file)) {
            writeObjectToStream(po, out, exec);
        }
    }

    /**
     * Writes spec and object with their registered serializers; the stream is not closed.
     *
     * @param po port object
     * @param output target stream
     * @param exec progress and cancellation
     * @throws IOException on write problems or if no serializer is found
     * @throws CanceledExecutionException if canceled
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void writeObjectToStream(final PortObject po, final OutputStream output,
        final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
        ZipOutputStream zipOut = new ZipOutputStream(nonClosing(output));
        PortObjectSpec spec = po.getSpec();
        zipOut.putNextEntry(new ZipEntry(TOC));
        ModelContent toc = new ModelContent("content");
        toc.addInt("version", 1);
        toc.addString("port_spec_class", spec.getClass().getName());
        toc.addString("port_object_class", po.getClass().getName());
        toc.saveToXML(nonClosing(zipOut));

        zipOut.putNextEntry(new ZipEntry(SPEC_ENTRY));
        PortObjectSpecSerializer specSer = PortTypeRegistry.getInstance().getSpecSerializer(spec.getClass())
            .orElseThrow(() -> new IOException("No serializer for port object spec " + spec.getClass().getName()));
        PortObjectSpecZipOutputStream specOut = getPortObjectSpecZipOutputStream(nonClosing(zipOut));
        specSer.savePortObjectSpec(spec, specOut);
        specOut.close();

        zipOut.putNextEntry(new ZipEntry(OBJECT_ENTRY));
        PortObjectSerializer objSer = PortTypeRegistry.getInstance().getObjectSerializer(po.getClass())
            .orElseThrow(() -> new IOException("No serializer for port object " + po.getClass().getName()));
        PortObjectZipOutputStream objOut = getPortObjectZipOutputStream(nonClosing(zipOut));
        objSer.savePortObject(po, objOut, exec);
        objOut.close();
        zipOut.finish();
        zipOut.close();
    }

    /**
     * @param file file to read
     * @param exec progress and cancellation
     * @return the port object
     * @throws IOException on read problems
     * @throws CanceledExecutionException if canceled
     */
    public static PortObject readObjectFromFile(final File file, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        try (InputStream in = new FileInputStream(file)) {
            return readObjectFromStream(in, exec);
        }
    }

    /**
     * Reads what {@link #writeObjectToStream(PortObject, OutputStream, ExecutionMonitor)} wrote.
     *
     * @param input stream to read
     * @param exec progress and cancellation
     * @return the port object
     * @throws IOException on read problems or unexpected content
     * @throws CanceledExecutionException if canceled
     */
    public static PortObject readObjectFromStream(final InputStream input, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        try (ZipInputStream in = new ZipInputStream(input)) {
            ModelContentRO toc = readToc(in);
            String specClass = getString(toc, "port_spec_class");
            String objClass = getString(toc, "port_object_class");
            PortObjectSpec spec = readSpec(specClass, in);
            expectEntry(in.getNextEntry(), OBJECT_ENTRY);
            Class<? extends PortObject> cl = PortTypeRegistry.getInstance().getObjectClass(objClass)
                .orElseThrow(() -> new IOException("Can't load port object class \"" + objClass + "\""));
            PortObjectSerializer<PortObject> ser = PortTypeRegistry.getInstance().getObjectSerializer(cl)
                .orElseThrow(() -> new IOException("No serializer for port object " + objClass));
            return ser.loadPortObject(getPortObjectZipInputStream(nonClosing(in)), spec, exec);
        }
    }

    /**
     * @param file file to read
     * @return the spec
     * @throws IOException on read problems
     */
    public static PortObjectSpec readObjectSpecFromFile(final File file) throws IOException {
        try (InputStream in = new FileInputStream(file)) {
            return readObjectSpecFromStream(in);
        }
    }

    /**
     * @param stream stream to read (closed afterwards)
     * @return the spec
     * @throws IOException on read problems or unexpected content
     */
    public static PortObjectSpec readObjectSpecFromStream(final InputStream stream) throws IOException {
        try (ZipInputStream in = new ZipInputStream(stream)) {
            ModelContentRO toc = readToc(in);
            return readSpec(getString(toc, "port_spec_class"), in);
        }
    }

    private static ModelContentRO readToc(final ZipInputStream in) throws IOException {
        expectEntry(in.getNextEntry(), TOC);
        return ModelContent.loadFromXML(nonClosing(in));
    }

    private static String getString(final ModelContentRO toc, final String key) throws IOException {
        try {
            return toc.getString(key);
        } catch (InvalidSettingsException e) {
            throw new IOException("Can't parse content file: " + e.getMessage(), e);
        }
    }

    private static PortObjectSpec readSpec(final String specClassName, final ZipInputStream in)
        throws IOException {
        expectEntry(in.getNextEntry(), SPEC_ENTRY);
        Class<? extends PortObjectSpec> cl = PortTypeRegistry.getInstance().getSpecClass(specClassName)
            .orElseThrow(() -> new IOException("Can't load spec class \"" + specClassName + "\""));
        PortObjectSpecSerializer<PortObjectSpec> ser = PortTypeRegistry.getInstance().getSpecSerializer(cl)
            .orElseThrow(() -> new IOException("No serializer for port object spec " + specClassName));
        return ser.loadPortObjectSpec(getPortObjectSpecZipInputStream(nonClosing(in)));
    }

    /** Wraps a stream so that closing the wrapper leaves the argument open (zip entries stay usable). */
    static OutputStream nonClosing(final OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(final byte[] b, final int off, final int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Wraps a stream so that closing the wrapper leaves the argument open (zip entries stay usable). */
    static InputStream nonClosing(final InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // keep the underlying stream open
            }
        };
    }
}
