package org.knime.core.node.port;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.zip.ZipEntry;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.AbstractPortObject}: a port object that writes its content
 * itself into the port's zip stream and is re-created through its public no-arg constructor. The nested
 * {@link AbstractPortObjectSerializer} first writes a {@code meta.xml} entry naming the class (as KNIME does), then
 * calls {@link #save}; loading reads it back, instantiates the class and calls {@link #load}.
 */
public abstract class AbstractPortObject implements PortObject {

    /**
     * Serializer for all abstract port objects; subclass it with the concrete type (usually a nested
     * {@code Serializer} class that plugin.xml names).
     *
     * @param <T> the port object class
     */
    public abstract static class AbstractPortObjectSerializer<T extends AbstractPortObject>
        extends PortObjectSerializer<T> {

        private static final String META = "meta.xml";

        @SuppressWarnings("unchecked")
        @Override
        public T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            ZipEntry entry = in.getNextEntry();
            if (entry == null || !META.equals(entry.getName())) {
                throw new IOException("Expected zip entry " + META + ", got "
                    + (entry == null ? "none" : entry.getName()));
            }
            ModelContentRO meta = ModelContent.loadFromXML(PortUtil.nonClosing(in));
            String className;
            try {
                className = meta.getString("class_name");
            } catch (InvalidSettingsException e) {
                throw new IOException("Unable to load settings", e);
            }
            Class<? extends PortObject> cl = PortTypeRegistry.getInstance().getObjectClass(className)
                .orElseThrow(() -> new IOException("Unable to load class " + className));
            if (!AbstractPortObject.class.isAssignableFrom(cl)) {
                throw new RuntimeException("Class \"" + className + "\" is not of type "
                    + AbstractPortObject.class.getSimpleName());
            }
            AbstractPortObject result;
            try {
                result = cl.asSubclass(AbstractPortObject.class).getConstructor().newInstance();
            } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                    | InvocationTargetException e) {
                throw new RuntimeException("Failed to instantiate class \"" + cl.getSimpleName()
                    + "\" (failed to invoke no-arg constructor): " + e.getMessage(), e);
            }
            result.load(in, spec, exec);
            return (T)result;
        }

        @Override
        public void savePortObject(final T portObject, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            out.putNextEntry(new ZipEntry(META));
            ModelContent meta = new ModelContent(META);
            meta.addInt("version", 1);
            meta.addString("class_name", portObject.getClass().getName());
            meta.saveToXML(PortUtil.nonClosing(out));
            portObject.save(out, exec);
        }
    }

    /** Public no-arg constructor; subclasses need one too (the framework uses it when loading). */
    public AbstractPortObject() {
    }

    /**
     * Writes the content (after the meta entry) to the stream.
     *
     * @param out where to write
     * @param exec progress and cancellation
     * @throws IOException on write problems
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void save(PortObjectZipOutputStream out, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /**
     * Reads the content written by {@link #save}.
     *
     * @param in the stream, positioned after the meta entry
     * @param spec the already loaded spec
     * @param exec progress and cancellation
     * @throws IOException on read problems
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void load(PortObjectZipInputStream in, PortObjectSpec spec, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;
}
