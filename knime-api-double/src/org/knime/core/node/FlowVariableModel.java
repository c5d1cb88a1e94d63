package org.knime.core.node;

import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

import org.knime.core.node.workflow.FlowVariable;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.FlowVariableModel}: which flow
 * variable (if any) replaces a setting, or receives its value, as chosen in a dialog.
 * Created by {@link NodeDialogPane#createFlowVariableModel(String[], FlowVariable.Type)}.
 * Simplified: only the {@link FlowVariable.Type} based API; {@code getVariableType()}
 * and {@code getVariableValue()} ({@code VariableType}, available variables) are left
 * out.
 */
public class FlowVariableModel {

    private final String[] m_keys;

    private final FlowVariable.Type m_type;

    private String m_inputVariableName;

    private String m_outputVariableName;

    private final CopyOnWriteArrayList<ChangeListener> m_listeners = new CopyOnWriteArrayList<>();

    FlowVariableModel(final NodeDialogPane parent, final String[] keys, final FlowVariable.Type type) {
        if (type != FlowVariable.Type.DOUBLE && type != FlowVariable.Type.INTEGER
            && type != FlowVariable.Type.STRING) {
            throw new IllegalArgumentException("Unsupported type " + type);
        }
        m_keys = keys.clone();
        m_type = type;
    }

    /** @return the key path of the setting */
    public String[] getKeys() {
        return m_keys;
    }

    /**
     * @return the variable type
     * @deprecated KNIME recommends {@code getVariableType()} (not in this double)
     */
    @Deprecated
    public FlowVariable.Type getType() {
        return m_type;
    }

    /** @return name of the variable replacing the setting, or null */
    public String getInputVariableName() {
        return m_inputVariableName;
    }

    /** @param variableName variable replacing the setting, null for none */
    public void setInputVariableName(final String variableName) {
        if (!Objects.equals(variableName, m_inputVariableName)) {
            m_inputVariableName = variableName;
            notifyChangeListeners();
        }
    }

    /** @return whether a variable replaces the setting */
    public boolean isVariableReplacementEnabled() {
        return m_inputVariableName != null;
    }

    /** @return name of the variable receiving the setting's value, or null */
    public String getOutputVariableName() {
        return m_outputVariableName;
    }

    /** @param variableName variable receiving the setting's value, null for none */
    public void setOutputVariableName(final String variableName) {
        if (!Objects.equals(variableName, m_outputVariableName)) {
            m_outputVariableName = variableName;
            notifyChangeListeners();
        }
    }

    /** @param l listener (no duplicates) */
    public void addChangeListener(final ChangeListener l) {
        if (!m_listeners.contains(l)) {
            m_listeners.add(l);
        }
    }

    /** @param l listener to remove */
    public void removeChangeListener(final ChangeListener l) {
        m_listeners.remove(l);
    }

    /** Notifies all listeners. */
    protected void notifyChangeListeners() {
        ChangeEvent e = new ChangeEvent(this);
        for (ChangeListener l : m_listeners) {
            l.stateChanged(e);
        }
    }
}
