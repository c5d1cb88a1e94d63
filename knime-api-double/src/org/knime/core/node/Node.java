package org.knime.core.node;

import java.util.Objects;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.Node}, the framework's wrapper around a node model. KNIME's
 * {@code ExecutionContext} needs a real node (it asks it for its file store handler); node tests build one the way
 * KNIME's own unit tests do, from a node factory, and pass it to
 * {@link ExecutionContext#ExecutionContext(NodeProgressMonitor, Node, org.knime.core.node.workflow.SingleNodeContainer.MemoryPolicy, org.knime.core.data.IDataRepository)}.
 *
 * <p>Simplified: only the {@code Node(NodeFactory)} constructor (which creates the node's model) and the two
 * getters; KNIME's node also holds ports, settings, messages, file stores, loop and scope state, dialogs and views.
 */
public final class Node {

    private final NodeFactory<NodeModel> m_factory;

    private final NodeModel m_model;

    /**
     * Creates a node and its model.
     *
     * @param nodeFactory the factory of the node
     */
    public Node(final NodeFactory<NodeModel> nodeFactory) {
        m_factory = Objects.requireNonNull(nodeFactory, "nodeFactory");
        m_model = nodeFactory.createNodeModel();
    }

    /** @return the factory this node was created from */
    public NodeFactory<NodeModel> getFactory() {
        return m_factory;
    }

    /** @return the node's model */
    public NodeModel getNodeModel() {
        return m_model;
    }
}
