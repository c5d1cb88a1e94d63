package org.knime.core.node.streamable;

/** Stand-in for KNIME 5.3's {@code org.knime.core.node.streamable.PortOutput}: an output of a streamed node. */
public abstract class PortOutput {

    /** Marks the port inactive (the double does not simulate inactive branches: unsupported). */
    public void setInactive() {
        throw new UnsupportedOperationException("inactive branches are not simulated by the API double");
    }
}
