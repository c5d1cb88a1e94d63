package org.knime.core.node.port;

import java.io.IOException;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.AbstractSimplePortObjectSpec}: a spec that saves its
 * content as plain values into a {@link ModelContentWO} and loads it after creation through its public no-arg
 * constructor. Equality and hash code compare the saved content, as in KNIME.
 *
 * <p>The nested {@link AbstractSimplePortObjectSpecSerializer} really writes the content as settings XML and
 * reads it back. Simplified: {@link #getViews()} returns no views.
 */
public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {

    /**
     * Serializer for all simple specs; subclass it with the concrete type and register it in plugin.xml.
     *
     * @param <T> the spec class
     */
    public abstract static class AbstractSimplePortObjectSpecSerializer<T extends AbstractSimplePortObjectSpec>
        extends PortObjectSpecSerializer<T> {

        @Override
        public T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException {
            ZipEntry entry = in.getNextEntry();
            if (entry == null || !"content.xml".equals(entry.getName())) {
                throw new IOException(
                    "Expected zip entry content.xml, got " + (entry == null ? "none" : entry.getName()));
            }
            ModelContentRO model = ModelContent.loadFromXML(PortUtil.nonClosing(in));
            try {
                return loadPortObjectSpecFromModelSettings(model);
            } catch (ClassNotFoundException | InstantiationException | IllegalAccessException e) {
                throw new IOException("Failed to instantiate the spec class: " + e.getMessage(), e);
            }
        }

        @Override
        public void savePortObjectSpec(final T portObject, final PortObjectSpecZipOutputStream out)
            throws IOException {
            ModelContent model = new ModelContent("model.xml");
            savePortObjectSpecToModelSettings(portObject, model);
            out.putNextEntry(new ZipEntry("content.xml"));
            model.saveToXML(PortUtil.nonClosing(out));
        }

        /**
         * @param model content written by {@link #savePortObjectSpecToModelSettings}
         * @param <T> the spec class
         * @return the loaded spec
         * @throws IOException if the content is deficient
         * @throws ClassNotFoundException if the spec class is unknown
         * @throws InstantiationException if it cannot be instantiated
         * @throws IllegalAccessException if its constructor is not accessible
         */
        @SuppressWarnings("unchecked")
        public static <T extends AbstractSimplePortObjectSpec> T loadPortObjectSpecFromModelSettings(
            final ModelContentRO model)
            throws IOException, ClassNotFoundException, InstantiationException, IllegalAccessException {
            String className;
            try {
                className = model.getString("class_name");
            } catch (InvalidSettingsException e) {
                throw new IOException("Unable to load settings", e);
            }
            Class<?> cl = Class.forName(className);
            if (!AbstractSimplePortObjectSpec.class.isAssignableFrom(cl)) {
                throw new ClassCastException("Class \"" + className + "\" is not of type "
                    + AbstractSimplePortObjectSpec.class.getSimpleName());
            }
            AbstractSimplePortObjectSpec result;
            try {
                result = (AbstractSimplePortObjectSpec)cl.getConstructor().newInstance();
            } catch (NoSuchMethodException | java.lang.reflect.InvocationTargetException e) {
                InstantiationException ie = new InstantiationException(
                    "No public no-arg constructor in " + className + ": " + e.getMessage());
                ie.initCause(e);
                throw ie;
            }
            try {
                result.load(model.getModelContent("model"));
            } catch (InvalidSettingsException e) {
                throw new IOException(
                    "Unable to load model content into \"" + cl.getSimpleName() + "\": " + e.getMessage(), e);
            }
            return (T)result;
        }

        /**
         * @param spec the spec to save
         * @param model where to save it
         * @param <T> the spec class
         */
        public static <T extends AbstractSimplePortObjectSpec> void savePortObjectSpecToModelSettings(final T spec,
            final ModelContentWO model) {
            model.addInt("version", 1);
            model.addString("class_name", spec.getClass().getName());
            ModelContentWO sub = model.addModelContent("model");
            spec.save(sub);
        }
    }

    /** Public no-arg constructor; subclasses need one too. */
    public AbstractSimplePortObjectSpec() {
    }

    /** @param model to save to */
    protected abstract void save(ModelContentWO model);

    /**
     * @param model to load from
     * @throws InvalidSettingsException if the content is incomplete
     */
    protected abstract void load(ModelContentRO model) throws InvalidSettingsException;

    /** @return no views in the double */
    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(final Object ospec) {
        if (ospec == this) {
            return true;
        }
        if (ospec == null || !getClass().equals(ospec.getClass())) {
            return false;
        }
        ModelContent a = new ModelContent("ignored");
        ModelContent b = new ModelContent("ignored");
        save(a);
        ((AbstractSimplePortObjectSpec)ospec).save(b);
        return a.equals(b);
    }

    @Override
    public int hashCode() {
        ModelContent a = new ModelContent("ignored");
        save(a);
        return a.hashCode();
    }
}
