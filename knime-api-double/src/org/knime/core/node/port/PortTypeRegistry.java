package org.knime.core.node.port;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortObject.PortObjectSerializer;
import org.knime.core.node.port.PortObjectSpec.PortObjectSpecSerializer;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.PortTypeRegistry}: the singleton that hands out
 * {@link PortType}s and finds the serializers of port objects and specs.
 *
 * <p>Simplified: there is no extension registry, so serializers are found by reflection instead of
 * plugin.xml: a public non-abstract nested class of the object/spec class that extends
 * {@link PortObjectSerializer}/{@link PortObjectSpecSerializer} (the usual {@code Serializer} class that
 * plugin.xml names), else a static {@code getPortObjectSerializer()}/{@code getPortObjectSpecSerializer()}
 * method, else the generic serializer of {@link AbstractSimplePortObject}/{@link AbstractSimplePortObjectSpec}.
 * Port types come from the {@code org.knime.core.PortType} extensions of plugin.xml, as in KNIME: the double reads
 * the {@code plugin.xml} in the working directory (where the plug-in's tests run, as with the knime-real kit's
 * bootstrap) and every {@code plugin.xml} on the class path; name, color and hidden flag are taken from there.
 * As in KNIME, a port object class that no plugin.xml registers gets the generic port type ("Generic Port", object
 * class {@link PortObject}), so a missing registration shows in tests.
 */
public final class PortTypeRegistry {

    private static final PortTypeRegistry INSTANCE = new PortTypeRegistry();

    private final Map<Class<? extends PortObject>, PortType> m_portTypes = new HashMap<>();

    private final Map<Class<? extends PortObject>, PortType> m_optionalPortTypes = new HashMap<>();

    private final Map<Class<?>, PortObjectSerializer<PortObject>> m_objectSerializers =
        new ConcurrentHashMap<>();

    private final Map<Class<?>, PortObjectSpecSerializer<PortObjectSpec>> m_specSerializers =
        new ConcurrentHashMap<>();

    /** Registered port object class name -> the portType element's name, color, hidden attributes. */
    private final Map<String, String[]> m_registered = new HashMap<>();

    /**
     * The port types that org.knime.core's own plugin.xml registers and the double provides (same attributes as in
     * KNIME 5.3's plugin.xml).
     */
    private static final Map<String, String[]> CORE_PORT_TYPES = Map.of(
        "org.knime.core.node.port.image.ImagePortObject", new String[]{"Image", "#41be78", "false"});

    private PortTypeRegistry() {
        m_portTypes.put(PortObject.class,
            new PortType(PortObject.class, false, "Generic Port", PortType.DEFAULT_COLOR, false));
        m_optionalPortTypes.put(PortObject.class,
            new PortType(PortObject.class, true, "Generic Port", PortType.DEFAULT_COLOR, false));
        m_portTypes.put(BufferedDataTable.class, new PortType(BufferedDataTable.class, false, "Table", 0, false));
        m_optionalPortTypes.put(BufferedDataTable.class,
            new PortType(BufferedDataTable.class, true, "Table", 0, false));
    }

    /** @return the singleton */
    public static PortTypeRegistry getInstance() {
        return INSTANCE;
    }

    /** @return the port types created so far (required ones) */
    public synchronized Collection<PortType> availablePortTypes() {
        return Collections.unmodifiableCollection(m_portTypes.values());
    }

    /**
     * @param portClass a port object class
     * @return the (required) port type
     */
    public synchronized PortType getPortType(final Class<? extends PortObject> portClass) {
        return getPortType(portClass, false);
    }

    /**
     * @param portClass a port object class
     * @param isOptional whether the port is optional
     * @return the port type
     */
    public synchronized PortType getPortType(final Class<? extends PortObject> portClass,
        final boolean isOptional) {
        Map<Class<? extends PortObject>, PortType> map = isOptional ? m_optionalPortTypes : m_portTypes;
        PortType known = map.get(portClass);
        if (known != null) {
            return known;
        }
        if (m_registered.isEmpty()) {
            readPluginXmls();
        }
        String[] reg = m_registered.get(portClass.getName());
        if (reg == null) {
            reg = CORE_PORT_TYPES.get(portClass.getName());
        }
        if (reg == null) {
            // KNIME: "Port object class ... is not registered", the generic port type is used
            return map.get(PortObject.class);
        }
        PortType t = new PortType(portClass, isOptional, reg[0], parseColor(reg[1]), Boolean.parseBoolean(reg[2]));
        map.put(portClass, t);
        return t;
    }

    private static int parseColor(final String color) {
        try {
            return color == null || color.isEmpty() ? PortType.DEFAULT_COLOR
                : Integer.parseInt(color.replace("#", ""), 16);
        } catch (NumberFormatException e) {
            return PortType.DEFAULT_COLOR;
        }
    }

    /** Reads the portType registrations of the plugin.xml files (working directory and class path). */
    private void readPluginXmls() {
        m_registered.put("", new String[0]); // read once
        java.util.List<java.net.URL> urls = new java.util.ArrayList<>();
        java.io.File local = new java.io.File("plugin.xml");
        try {
            if (local.isFile()) {
                urls.add(local.toURI().toURL());
            }
            for (ClassLoader cl : new ClassLoader[]{PortTypeRegistry.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader()}) {
                if (cl != null) {
                    urls.addAll(Collections.list(cl.getResources("plugin.xml")));
                }
            }
        } catch (java.io.IOException e) {
            // no (further) plugin.xml
        }
        for (java.net.URL url : urls) {
            try (java.io.InputStream in = url.openStream()) {
                javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                org.w3c.dom.NodeList ext = f.newDocumentBuilder().parse(in).getElementsByTagName("extension");
                for (int i = 0; i < ext.getLength(); i++) {
                    org.w3c.dom.Element e = (org.w3c.dom.Element)ext.item(i);
                    if (!"org.knime.core.PortType".equals(e.getAttribute("point"))) {
                        continue;
                    }
                    org.w3c.dom.NodeList types = e.getElementsByTagName("portType");
                    for (int j = 0; j < types.getLength(); j++) {
                        org.w3c.dom.Element t = (org.w3c.dom.Element)types.item(j);
                        m_registered.putIfAbsent(t.getAttribute("objectClass"), new String[]{
                            t.getAttribute("name"), t.getAttribute("color"), t.getAttribute("hidden")});
                    }
                }
            } catch (Exception e) { // NOSONAR a broken plugin.xml registers nothing, as in KNIME
                // ignored
            }
        }
    }

    /**
     * @param className a class name
     * @return the port object class, if it can be loaded and is one
     */
    public Optional<Class<? extends PortObject>> getObjectClass(final String className) {
        return loadClass(className, PortObject.class);
    }

    /**
     * @param className a class name
     * @return the spec class, if it can be loaded and is one
     */
    public Optional<Class<? extends PortObjectSpec>> getSpecClass(final String className) {
        return loadClass(className, PortObjectSpec.class);
    }

    private static <T> Optional<Class<? extends T>> loadClass(final String className, final Class<T> base) {
        try {
            Class<?> c = Class.forName(className);
            if (!base.isAssignableFrom(c)) {
                throw new ClassCastException("Class '" + className + "' is not a subclass of '" + base + "'");
            }
            return Optional.of(c.asSubclass(base));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * @param objectClass a port object class
     * @return its serializer, if one is found
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Optional<PortObjectSerializer<PortObject>> getObjectSerializer(
        final Class<? extends PortObject> objectClass) {
        PortObjectSerializer<PortObject> ser = m_objectSerializers.get(objectClass);
        if (ser == null) {
            Object found = findSerializer(objectClass, PortObjectSerializer.class, "getPortObjectSerializer");
            if (found == null && AbstractSimplePortObject.class.isAssignableFrom(objectClass)) {
                found = new AbstractSimplePortObject.AbstractSimplePortObjectSerializer() {
                };
            }
            if (found == null) {
                return Optional.empty();
            }
            ser = (PortObjectSerializer<PortObject>)found;
            m_objectSerializers.put(objectClass, ser);
        }
        return Optional.of(ser);
    }

    /**
     * @param specClass a spec class
     * @return its serializer, if one is found
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Optional<PortObjectSpecSerializer<PortObjectSpec>> getSpecSerializer(
        final Class<? extends PortObjectSpec> specClass) {
        PortObjectSpecSerializer<PortObjectSpec> ser = m_specSerializers.get(specClass);
        if (ser == null) {
            Object found =
                findSerializer(specClass, PortObjectSpecSerializer.class, "getPortObjectSpecSerializer");
            if (found == null && AbstractSimplePortObjectSpec.class.isAssignableFrom(specClass)) {
                found = new AbstractSimplePortObjectSpec.AbstractSimplePortObjectSpecSerializer() {
                };
            }
            if (found == null && DataTableSpec.class.equals(specClass)) {
                found = new DataTableSpecSerializer();
            }
            if (found == null) {
                return Optional.empty();
            }
            ser = (PortObjectSpecSerializer<PortObjectSpec>)found;
            m_specSerializers.put(specClass, ser);
        }
        return Optional.of(ser);
    }

    private static Object findSerializer(final Class<?> owner, final Class<?> serializerBase,
        final String staticMethod) {
        for (Class<?> nested : owner.getDeclaredClasses()) {
            int mod = nested.getModifiers();
            if (serializerBase.isAssignableFrom(nested) && Modifier.isPublic(mod) && Modifier.isStatic(mod)
                && !Modifier.isAbstract(mod)) {
                try {
                    Constructor<?> c = nested.getConstructor();
                    return c.newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Serializer " + nested.getName()
                        + " needs a public no-arg constructor: " + e.getMessage(), e);
                }
            }
        }
        try {
            Method m = owner.getMethod(staticMethod);
            if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == owner) {
                return m.invoke(null);
            }
        } catch (NoSuchMethodException e) { // NOSONAR no static serializer method: fall through
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Can't invoke " + owner.getName() + "." + staticMethod, e);
        }
        return null;
    }

    /** Writes a DataTableSpec through its save/load methods. */
    private static final class DataTableSpecSerializer extends PortObjectSpecSerializer<DataTableSpec> {

        private static final String FILENAME = "spec.xml";

        @Override
        public void savePortObjectSpec(final DataTableSpec spec, final PortObjectSpecZipOutputStream out)
            throws java.io.IOException {
            org.knime.core.node.ModelContent cnt = new org.knime.core.node.ModelContent(FILENAME);
            spec.save(cnt);
            out.putNextEntry(new java.util.zip.ZipEntry(FILENAME));
            cnt.saveToXML(PortUtil.nonClosing(out));
        }

        @Override
        public DataTableSpec loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws java.io.IOException {
            java.util.zip.ZipEntry entry = in.getNextEntry();
            if (entry == null || !FILENAME.equals(entry.getName())) {
                throw new java.io.IOException("Expected '" + FILENAME + "' zip entry, got "
                    + (entry == null ? "none" : entry.getName()));
            }
            try {
                return DataTableSpec.load(org.knime.core.node.ModelContent.loadFromXML(PortUtil.nonClosing(in)));
            } catch (org.knime.core.node.InvalidSettingsException e) {
                throw new java.io.IOException(e.getMessage(), e);
            }
        }
    }
}
