package org.knime.core.node.port;

import java.lang.reflect.Method;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.PortType}: the type of a node port, defined by its port
 * object class (and derived spec class) and whether the port is optional. Obtain instances from
 * {@link PortTypeRegistry}. Equality is by port object class only, as in KNIME.
 *
 * <p>Simplified: no save/load to settings.
 */
public final class PortType {

    /** The default port color. */
    public static final int DEFAULT_COLOR = 0xff9b9b9b;

    private final Class<? extends PortObjectSpec> m_specClass;

    private final Class<? extends PortObject> m_objectClass;

    private final boolean m_isOptional;

    private final String m_name;

    private final int m_color;

    private final boolean m_isHidden;

    /**
     * @param objectClass port object class
     * @param isOptional whether the port need not be connected
     * @deprecated use {@link PortTypeRegistry#getPortType(Class, boolean)}
     */
    @Deprecated
    public PortType(final Class<? extends PortObject> objectClass, final boolean isOptional) {
        this(objectClass, isOptional, null, DEFAULT_COLOR, true);
    }

    /**
     * @param objectClass port object class
     * @deprecated use {@link PortTypeRegistry#getPortType(Class)}
     */
    @Deprecated
    public PortType(final Class<? extends PortObject> objectClass) {
        this(objectClass, false);
    }

    PortType(final Class<? extends PortObject> objectClass, final boolean isOptional, final String name,
        final int color, final boolean isHidden) {
        m_objectClass = objectClass;
        m_specClass = getPortObjectSpecClass(objectClass);
        m_isOptional = isOptional;
        m_name = name != null ? name : objectClass.getSimpleName();
        m_color = color;
        m_isHidden = isHidden;
    }

    /** @return a human readable name */
    public String getName() {
        return m_name;
    }

    /** @return the port color */
    public int getColor() {
        return m_color;
    }

    /** @return the spec class */
    public Class<? extends PortObjectSpec> getPortObjectSpecClass() {
        return m_specClass;
    }

    /** @return the port object class */
    public Class<? extends PortObject> getPortObjectClass() {
        return m_objectClass;
    }

    /** @return whether the port need not be connected */
    public boolean isOptional() {
        return m_isOptional;
    }

    /** @return whether the type is hidden from users */
    public boolean isHidden() {
        return m_isHidden;
    }

    /**
     * @param subType another type
     * @return whether this type's object class is a super class of the other's
     */
    public boolean isSuperTypeOf(final PortType subType) {
        return m_objectClass.isAssignableFrom(subType.m_objectClass);
    }

    /**
     * @param spec a spec or {@code null}
     * @return whether the spec fits this port ({@code null} always does)
     */
    public boolean acceptsPortObjectSpec(final PortObjectSpec spec) {
        return spec == null || m_specClass.isAssignableFrom(spec.getClass());
    }

    /**
     * @param obj an object or {@code null}
     * @return whether the object fits this port ({@code null} always does)
     */
    public boolean acceptsPortObject(final PortObject obj) {
        return obj == null || m_objectClass.isAssignableFrom(obj.getClass());
    }

    /**
     * @param objectClass a port object class
     * @return the return type of its {@code getSpec()} method
     */
    public static Class<? extends PortObjectSpec> getPortObjectSpecClass(
        final Class<? extends PortObject> objectClass) {
        try {
            Method m = objectClass.getMethod("getSpec");
            return m.getReturnType().asSubclass(PortObjectSpec.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("getSpec() not found in " + objectClass.getName(), e);
        }
    }

    @Override
    public String toString() {
        return "PortType(" + m_specClass.getSimpleName() + "," + m_objectClass.getSimpleName() + ")";
    }

    @Override
    public int hashCode() {
        return m_objectClass.hashCode();
    }

    @Override
    public boolean equals(final Object obj) {
        return obj == this || (obj instanceof PortType && ((PortType)obj).m_objectClass.equals(m_objectClass));
    }
}
