package org.knime.core.node.streamable;

import org.knime.core.node.port.PortObject;

/** Stand-in for KNIME 5.3's {@code org.knime.core.node.streamable.PortObjectInput}: a non-table input. */
public class PortObjectInput extends PortInput {

    private final PortObject m_portObject;

    /** @param portObject the port object */
    public PortObjectInput(final PortObject portObject) {
        m_portObject = portObject;
    }

    /** @return the port object */
    public PortObject getPortObject() {
        return m_portObject;
    }

    @Override
    public boolean isInactive() {
        return false;
    }
}
