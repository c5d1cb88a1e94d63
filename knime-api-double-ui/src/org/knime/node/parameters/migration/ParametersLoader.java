package org.knime.node.parameters.migration;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;

/** Signature of KNIME's {@code ParametersLoader}. @param <T> the loaded type */
public interface ParametersLoader<T> {
    /** @param settings to read from @return the value @throws InvalidSettingsException if invalid */
    T load(NodeSettingsRO settings) throws InvalidSettingsException;
}
