package org.knime.core.node.config.base;

import java.io.Serializable;
import java.util.Collections;
import java.util.Enumeration;

import javax.swing.tree.TreeNode;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.AbstractConfigEntry}
 * (knime-shared): one typed, keyed node of a settings tree. Simplified: no JSON
 * conversion; the concrete value entries are package-private instead of the public
 * {@code Config*Entry} classes.
 */
public abstract class AbstractConfigEntry implements Serializable, TreeNode {

    private static final long serialVersionUID = 1L;

    private final ConfigEntries m_type;

    private String m_key;

    private AbstractConfigEntry m_parent;

    AbstractConfigEntry(final ConfigEntries type, final String key) {
        if (type == null) {
            throw new IllegalArgumentException("Config entry type must not be null.");
        }
        if (key == null) {
            throw new IllegalArgumentException("Config entry key must not be null.");
        }
        m_type = type;
        m_key = key;
    }

    /**
     * @return the key this entry is stored under
     */
    public final String getKey() {
        return m_key;
    }

    final void setKey(final String key) {
        if (key == null) {
            throw new IllegalArgumentException("Config entry key must not be null.");
        }
        m_key = key;
    }

    /**
     * @param parent the config holding this entry, may be null
     */
    public final void setParent(final AbstractConfigEntry parent) {
        m_parent = parent;
    }

    /**
     * @return the entry type
     */
    public final ConfigEntries getType() {
        return m_type;
    }

    /**
     * @return the value as written to XML (null for a null value)
     */
    public abstract String toStringValue();

    /**
     * @param ace an entry of the same class, type and key
     * @return whether both hold the same value
     */
    abstract boolean hasIdenticalValue(AbstractConfigEntry ace);

    /**
     * @param ace other entry
     * @return true if type, key and value are equal
     */
    public final boolean isIdentical(final AbstractConfigEntry ace) {
        return ace != null && m_type == ace.m_type && m_key.equals(ace.m_key) && hasIdenticalValue(ace);
    }

    @Override
    public boolean equals(final Object o) {
        if (o == this) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        return isIdentical((AbstractConfigEntry)o);
    }

    @Override
    public int hashCode() {
        return m_key.hashCode() ^ m_type.hashCode();
    }

    @Override
    public String toString() {
        return m_key + " [" + m_type.name() + "] -> " + toStringValue();
    }

    @Override
    public TreeNode getChildAt(final int childIndex) {
        return null;
    }

    @Override
    public int getChildCount() {
        return 0;
    }

    @Override
    public final TreeNode getParent() {
        return m_parent;
    }

    @Override
    public int getIndex(final TreeNode node) {
        return -1;
    }

    @Override
    public final boolean getAllowsChildren() {
        return !isLeaf();
    }

    @Override
    public boolean isLeaf() {
        return true;
    }

    @Override
    public Enumeration<TreeNode> children() {
        return Collections.emptyEnumeration();
    }
}
