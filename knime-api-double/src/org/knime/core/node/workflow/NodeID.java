package org.knime.core.node.workflow;

import java.io.Serializable;
import java.util.Objects;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.workflow.NodeID}: the hierarchical ID of a node ("0:3:1").
 *
 * <p>Simplified: no {@code fromString}, {@code createChild}, prefix tests.
 */
public class NodeID implements Serializable, Comparable<NodeID> {

    private static final long serialVersionUID = 1L;

    /** The root of all IDs ("0"). */
    public static final NodeID ROOTID = new NodeID(0);

    private final NodeID m_prefix;

    private final int m_index;

    /**
     * @param prefix the parent ID
     * @param index the index below it
     */
    public NodeID(final NodeID prefix, final int index) {
        m_prefix = Objects.requireNonNull(prefix, "prefix");
        m_index = index;
    }

    /**
     * @param index a top-level index (a root ID)
     */
    public NodeID(final int index) {
        m_prefix = null;
        m_index = index;
    }

    /** @return the parent ID ({@code null} for a root ID) */
    public NodeID getPrefix() {
        return m_prefix;
    }

    /** @return whether this is a root ID */
    public final boolean isRoot() {
        return m_prefix == null;
    }

    /** @return the last index */
    public int getIndex() {
        return m_index;
    }

    @Override
    public String toString() {
        return m_prefix == null ? Integer.toString(m_index) : m_prefix + ":" + m_index;
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof NodeID && ((NodeID)obj).m_index == m_index
            && Objects.equals(((NodeID)obj).m_prefix, m_prefix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_prefix, m_index);
    }

    @Override
    public int compareTo(final NodeID o) {
        return toString().compareTo(o.toString());
    }
}
