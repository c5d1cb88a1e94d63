package org.knime.core.node;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.Node}, the framework wrapper around a node model. The double
 * only needs the type, for the {@link ExecutionContext#ExecutionContext(NodeProgressMonitor, Node)}
 * constructor; tests pass {@code null}. It has no members and cannot be instantiated.
 */
public final class Node {

    private Node() {
    }
}
