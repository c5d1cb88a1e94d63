package org.knime.core.node.port;

import java.io.IOException;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.AbstractSimplePortObject}: a port object that saves its
 * content as plain values into a {@link ModelContentWO} and loads it from a {@link ModelContentRO} after being
 * created through its public no-arg constructor. Equality and hash code compare the saved content, as in KNIME.
 *
 * <p>The nested {@link AbstractSimplePortObjectSerializer} really writes the content as settings XML into the
 * port zip stream and reads it back. Simplified: {@link #getViews()} returns no views.
 */
public abstract class AbstractSimplePortObject implements PortObject {

    /**
     * Serializer for all simple port objects; subclass it with the concrete type (usually as a public static
     * nested class {@code Serializer}) and register it in plugin.xml.
     *
     * @param <T> the port object class
     */
    public abstract static class AbstractSimplePortObjectSerializer<T extends AbstractSimplePortObject>
        extends PortObjectSerializer<T> {

        @Override
        public void savePortObject(final T portObject, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            ModelContent model = new ModelContent("model.xml");
            model.addInt("version", 1);
            model.addString("class_name", portObject.getClass().getName());
            ModelContentWO subModel = model.addModelContent("model");
            portObject.save(subModel, exec);
            out.putNextEntry(new ZipEntry("content.xml"));
            model.saveToXML(PortUtil.nonClosing(out));
        }

        @SuppressWarnings("unchecked")
        @Override
        public T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            ZipEntry entry = in.getNextEntry();
            if (entry == null || !"content.xml".equals(entry.getName())) {
                throw new IOException(
                    "Expected zip entry content.xml, got " + (entry == null ? "none" : entry.getName()));
            }
            ModelContentRO model = ModelContent.loadFromXML(PortUtil.nonClosing(in));
            String className;
            try {
                className = model.getString("class_name");
            } catch (InvalidSettingsException e) {
                throw new IOException("Unable to load settings", e);
            }
            AbstractSimplePortObject result;
            try {
                Class<?> cl = Class.forName(className);
                if (!AbstractSimplePortObject.class.isAssignableFrom(cl)) {
                    throw new IOException("Class \"" + className + "\" is not of type "
                        + AbstractSimplePortObject.class.getSimpleName());
                }
                result = (AbstractSimplePortObject)cl.getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IOException("Failed to instantiate class \"" + className
                    + "\" (it needs a public no-arg constructor): " + e.getMessage(), e);
            }
            try {
                result.load(model.getModelContent("model"), spec, exec);
            } catch (InvalidSettingsException e) {
                throw new IOException(
                    "Unable to load model content into \"" + className + "\": " + e.getMessage(), e);
            }
            return (T)result;
        }
    }

    /** Public no-arg constructor; subclasses need one too. */
    public AbstractSimplePortObject() {
    }

    /**
     * @param model to save to
     * @param exec progress and cancellation
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void save(ModelContentWO model, ExecutionMonitor exec) throws CanceledExecutionException;

    /**
     * @param model to load from
     * @param spec the accompanying spec
     * @param exec progress and cancellation
     * @throws InvalidSettingsException if the content is incomplete
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void load(ModelContentRO model, PortObjectSpec spec, ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException;

    /** @return no views in the double */
    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(final Object oport) {
        if (oport == this) {
            return true;
        }
        if (oport == null || !getClass().equals(oport.getClass())) {
            return false;
        }
        return content(this).equals(content((AbstractSimplePortObject)oport));
    }

    @Override
    public int hashCode() {
        return content(this).hashCode();
    }

    private static ModelContent content(final AbstractSimplePortObject po) {
        ModelContent c = new ModelContent("ignored");
        try {
            po.save(c, new ExecutionMonitor());
        } catch (CanceledExecutionException e) { // NOSONAR a fresh monitor is never canceled
            throw new IllegalStateException(e);
        }
        return c;
    }
}
