package org.knime.node.parameters;

import java.util.Optional;

import org.knime.core.data.DataTableSpec;

/** Signature of KNIME's {@code NodeParametersInput}: only the member the plugin calls. */
public interface NodeParametersInput {

    /**
     * @param index input port index (without the flow-variable port)
     * @return the table spec at that port, if any
     */
    Optional<DataTableSpec> getInTableSpec(int index);
}
