package org.knime.core.node.workflow;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.workflow.SingleNodeContainer}: only its nested
 * {@link MemoryPolicy}, which {@code ExecutionContext}'s constructors take.
 *
 * <p>Simplified: not instantiable, no members; KNIME's class is the abstract workflow container of a node (it
 * extends {@code NodeContainer}, which the double does not have).
 */
public abstract class SingleNodeContainer {

    SingleNodeContainer() {
    }

    /** How the tables a node creates are kept. */
    public enum MemoryPolicy {
        /** All tables in memory. */
        CacheInMemory,
        /** Small tables in memory, large ones on disc. */
        CacheSmallInMemory,
        /** All tables on disc. */
        CacheOnDisc;
    }
}
