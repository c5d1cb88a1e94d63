package org.knime.core.node.workflow;

/**
 * Stand-in for KNIME's package-private {@code org.knime.core.node.workflow.FlowObject}, the superclass of everything
 * on a {@link FlowObjectStack} (in the double: {@link FlowVariable} only).
 */
abstract class FlowObject implements Cloneable {

    private NodeID m_owner;

    FlowObject() {
    }

    /**
     * @param owner the node that put this object on the stack
     */
    protected final void setOwner(final NodeID owner) {
        m_owner = owner;
    }

    /** @return the node that put this object on the stack, or {@code null} */
    public final NodeID getOwner() {
        return m_owner;
    }

    @Override
    protected FlowObject clone() {
        try {
            return (FlowObject)super.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
