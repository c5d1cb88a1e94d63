package org.knime.core.node.streamable;

import org.knime.core.node.ExecutionContext;

/**
 * Stand-in for KNIME 5.3's {@code org.knime.core.node.streamable.StreamableOperator}. Only {@code runFinal} is
 * mirrored; {@code runIntermediate}, {@code loadInternals} and {@code saveInternals} (iterating operators) are left
 * out.
 */
public abstract class StreamableOperator {

    /**
     * Processes the inputs and writes the outputs.
     *
     * @param inputs the inputs ({@link RowInput} for streamed tables, {@link PortObjectInput} otherwise)
     * @param outputs the outputs ({@link RowOutput} for tables)
     * @param exec the execution context
     * @throws Exception on failure
     */
    public abstract void runFinal(PortInput[] inputs, PortOutput[] outputs, ExecutionContext exec) throws Exception;
}
