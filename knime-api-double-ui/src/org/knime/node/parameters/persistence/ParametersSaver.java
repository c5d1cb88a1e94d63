package org.knime.node.parameters.persistence;

import org.knime.core.node.NodeSettingsWO;

/** Signature of KNIME's {@code ParametersSaver}. @param <T> the saved type */
public interface ParametersSaver<T> {
    /** @param obj the value @param settings to write to */
    void save(T obj, NodeSettingsWO settings);
}
