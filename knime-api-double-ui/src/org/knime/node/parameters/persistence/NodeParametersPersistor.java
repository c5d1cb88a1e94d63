package org.knime.node.parameters.persistence;

import org.knime.node.parameters.migration.ParametersLoader;

/** Signature of KNIME's {@code NodeParametersPersistor}. @param <T> the persisted type */
public interface NodeParametersPersistor<T> extends ParametersSaver<T>, ParametersLoader<T> {
    /** @return the config paths written */
    String[][] getConfigPaths();
}
