package org.knime.node.parameters;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.persistence.Persistable;

/** Signature of KNIME's {@code NodeParameters} (5.8.0/5.11.0). */
public interface NodeParameters extends Persistable, WidgetGroup {

    /**
     * Cross-field validation; KNIME's default accepts everything.
     *
     * @throws InvalidSettingsException if the parameters are invalid
     */
    default void validate() throws InvalidSettingsException {
        // KNIME's default: no check
    }
}
