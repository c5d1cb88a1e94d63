package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.PortObject}: an object passed along a node connection
 * (a table or a model), with a nested {@link PortObjectSerializer} that saves and loads it.
 *
 * <p>Simplified: the serializer does not implement KNIME's internal {@code SerializerMethodLoader.Serializer}
 * marker interface.
 */
public interface PortObject {

    /**
     * Saves and loads port objects of class {@code T}; implementations are registered in plugin.xml
     * ({@code org.knime.core.PortType}, attribute {@code objectSerializer}).
     *
     * @param <T> the port object class
     */
    abstract static class PortObjectSerializer<T extends PortObject> {

        /**
         * @param portObject the object to save
         * @param out where to write
         * @param exec progress and cancellation
         * @throws IOException on write problems
         * @throws CanceledExecutionException if canceled
         */
        public abstract void savePortObject(T portObject, PortObjectZipOutputStream out, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException;

        /**
         * @param in where to read from
         * @param spec the spec saved with the object
         * @param exec progress and cancellation
         * @return the loaded object
         * @throws IOException on read problems
         * @throws CanceledExecutionException if canceled
         */
        public abstract T loadPortObject(PortObjectZipInputStream in, PortObjectSpec spec, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException;
    }

    /** @return a short summary, e.g. for a tooltip */
    String getSummary();

    /** @return the spec of this object, never {@code null} */
    PortObjectSpec getSpec();

    /** @return the views of this object (may be empty) */
    JComponent[] getViews();
}
