package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.PortObjectSpec}: what a node knows about a port at
 * configure time, with a nested {@link PortObjectSpecSerializer}.
 *
 * <p>Simplified: the serializer does not implement KNIME's internal {@code SerializerMethodLoader.Serializer}
 * marker interface.
 */
public interface PortObjectSpec {

    /**
     * Saves and loads specs of class {@code T}; implementations are registered in plugin.xml
     * ({@code org.knime.core.PortType}, attribute {@code specSerializer}).
     *
     * @param <T> the spec class
     */
    abstract static class PortObjectSpecSerializer<T extends PortObjectSpec> {

        /**
         * @param portObjectSpec the spec to save
         * @param out where to write
         * @throws IOException on write problems
         */
        public abstract void savePortObjectSpec(T portObjectSpec, PortObjectSpecZipOutputStream out)
            throws IOException;

        /**
         * @param in where to read from
         * @return the loaded spec
         * @throws IOException on read problems
         */
        public abstract T loadPortObjectSpec(PortObjectSpecZipInputStream in) throws IOException;
    }

    /** @return the views of this spec (may be empty) */
    JComponent[] getViews();
}
