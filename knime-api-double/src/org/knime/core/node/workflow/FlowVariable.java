package org.knime.core.node.workflow;

import java.util.Objects;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.workflow.FlowVariable}: a named string, double or int value
 * passed along a workflow.
 *
 * <p>Simplified: no {@code VariableType}-based API (typed values, credentials, save/load); only the three classic
 * types; global constants (such as {@code knime.workspace}) only as put on a stack by
 * {@link FlowObjectStack#createFromFlowVariableList}.
 */
public final class FlowVariable extends FlowObject {

    /**
     * The classic variable types.
     *
     * @deprecated KNIME uses {@code VariableType} since 4.1
     */
    @Deprecated
    public static enum Type {
        /** double type. */
        DOUBLE,
        /** int type. */
        INTEGER,
        /** String type. */
        STRING,
        /** Credentials. */
        CREDENTIALS,
        /** All other types. */
        OTHER;
    }

    /** Scope of a variable. */
    public static enum Scope {
        /** Global constant. */
        Global("knime"),
        /** Ordinary flow variable. */
        Flow(""),
        /** Node local variable. */
        Local("knime.node");

        private final String m_prefix;

        Scope(final String prefix) {
            m_prefix = prefix;
        }

        /** @return the name prefix of this scope */
        public String getPrefix() {
            return m_prefix;
        }
    }

    private final String m_name;

    private final Type m_type;

    private final Object m_value;

    private final Scope m_scope;

    private FlowVariable(final String name, final Type type, final Object value, final Scope scope) {
        m_name = name;
        m_type = type;
        m_value = value;
        m_scope = scope;
    }

    /** A global constant (scope {@link Scope#Global}, name with KNIME's reserved prefix). */
    static FlowVariable globalConstant(final String name, final String value) {
        return new FlowVariable(name, Type.STRING, value, Scope.Global);
    }

    private FlowVariable(final String name, final Type type, final Object value) {
        if (name == null) {
            throw new IllegalArgumentException("Name must not be null");
        }
        if (name.trim().isEmpty()) {
            throw new IllegalArgumentException("Invalid (empty) flow variable name");
        }
        if (name.startsWith(Scope.Local.getPrefix()) || name.startsWith(Scope.Global.getPrefix())) {
            throw new IllegalArgumentException(
                "The flow variable '" + name + "' has a reserved prefix ('knime'). Please change the name.");
        }
        if (value == null) {
            throw new IllegalArgumentException("Value must not be null");
        }
        m_name = name;
        m_type = type;
        m_value = value;
        m_scope = Scope.Flow;
    }

    /**
     * @param name variable name
     * @param valueS string value
     */
    public FlowVariable(final String name, final String valueS) {
        this(name, Type.STRING, valueS);
    }

    /**
     * @param name variable name
     * @param valueD double value
     */
    public FlowVariable(final String name, final double valueD) {
        this(name, Type.DOUBLE, valueD);
    }

    /**
     * @param name variable name
     * @param valueI int value
     */
    public FlowVariable(final String name, final int valueI) {
        this(name, Type.INTEGER, valueI);
    }

    /** @return the name */
    public String getName() {
        return m_name;
    }

    /** @return whether this is a global constant such as {@code knime.workspace} */
    public boolean isGlobalConstant() {
        return m_scope == Scope.Global;
    }

    /** @return the scope */
    public Scope getScope() {
        return m_scope;
    }

    /**
     * @return the type
     * @deprecated KNIME uses {@code getVariableType()} since 4.1
     */
    @Deprecated
    public Type getType() {
        return m_type;
    }

    /** @return the string value or {@code null} if not a string variable */
    public String getStringValue() {
        return m_type == Type.STRING ? (String)m_value : null;
    }

    /** @return the double value or {@code NaN} if not a double variable */
    public double getDoubleValue() {
        return m_type == Type.DOUBLE ? (Double)m_value : Double.NaN;
    }

    /** @return the int value or 0 if not an int variable */
    public int getIntValue() {
        return m_type == Type.INTEGER ? (Integer)m_value : 0;
    }

    /** @return the value as string */
    public String getValueAsString() {
        return String.valueOf(m_value);
    }

    @Override
    public String toString() {
        return String.format("\"%s\" (%s: %s)", m_name, m_type, m_value);
    }

    @Override
    public boolean equals(final Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof FlowVariable)) {
            return false;
        }
        FlowVariable v = (FlowVariable)obj;
        return v.m_name.equals(m_name) && v.m_type == m_type && Objects.equals(v.m_value, m_value);
    }

    @Override
    public int hashCode() {
        return m_type.hashCode() ^ m_name.hashCode();
    }
}
