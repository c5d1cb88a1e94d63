package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.workflow.FlowVariable;

/**
 * Stand-in for KNIME's {@code SettingsModelFlowVariableCompatible}: a settings model
 * whose value can be replaced by a flow variable of one type. Same methods as the
 * original.
 */
public interface SettingsModelFlowVariableCompatible {

    /** @return the key of the value in the settings */
    String getKey();

    /** @return the flow variable type that can replace the value */
    FlowVariable.Type getFlowVariableType();
}
