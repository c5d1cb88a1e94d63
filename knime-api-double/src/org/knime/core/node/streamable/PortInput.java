package org.knime.core.node.streamable;

/** Stand-in for KNIME 5.3's {@code org.knime.core.node.streamable.PortInput}: an input of a streamed node. */
public abstract class PortInput {

    /**
     * @return whether the port is inactive (never in the double)
     * @throws InterruptedException if interrupted
     */
    public boolean isInactive() throws InterruptedException {
        return false;
    }
}
