package org.knime.core.node.workflow;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.workflow.FlowObjectStack}: the flow variables (and, in KNIME, loop
 * and scope contexts) that reach a node. The framework ({@code Node}) gives every model an incoming and an outgoing
 * stack; the model reads from both and pushes onto the outgoing one.
 *
 * <p>As in KNIME, {@link #createFromFlowVariableList(List, NodeID)} puts the workspace's global constant
 * {@code knime.workspace} at the bottom and the list's variables on top of it, in list order (the last one on top);
 * {@link #getAvailableFlowVariables()} lists the variables from the top down, each name once (the top-most).
 * Simplified: flow variables only; no stack merging, scope contexts, {@code pop}, {@code VariableType} API.
 */
public final class FlowObjectStack implements Iterable<FlowObject> {

    /** Bottom first. */
    private final List<FlowObject> m_stack = new ArrayList<>();

    private final NodeID m_nodeID;

    FlowObjectStack(final NodeID id) {
        m_nodeID = id;
    }

    /**
     * @param variables the variables, pushed in this order
     * @param id the ID of the node owning the stack
     * @return a stack with the global constants and the variables
     */
    public static FlowObjectStack createFromFlowVariableList(final List<FlowVariable> variables, final NodeID id) {
        FlowObjectStack s = new FlowObjectStack(id);
        s.push(FlowVariable.globalConstant("knime.workspace",
            new File(System.getProperty("java.io.tmpdir"), "knime-workspace").getAbsolutePath()));
        for (FlowVariable v : variables) {
            s.push(v);
        }
        return s;
    }

    /**
     * @param obj the object to put on top (its owner is set to this stack's node if it has none)
     */
    public void push(final FlowObject obj) {
        if (obj.getOwner() == null) {
            obj.setOwner(m_nodeID);
        }
        m_stack.add(obj);
    }

    /**
     * @param name a variable name
     * @param type its type
     * @return the top-most variable of that name and type, else {@code null}
     * @deprecated KNIME uses the {@code VariableType} variant since 4.1
     */
    @Deprecated
    public FlowVariable peekFlowVariable(final String name, final FlowVariable.Type type) {
        for (int i = m_stack.size() - 1; i >= 0; i--) {
            if (m_stack.get(i) instanceof FlowVariable) {
                FlowVariable v = (FlowVariable)m_stack.get(i);
                if (v.getName().equals(name) && v.getType() == type) {
                    return v;
                }
            }
        }
        return null;
    }

    /**
     * @return the variables from the top down, each name once (the top-most)
     * @deprecated deprecated in KNIME 5.3 (use the {@code VariableType} variants there)
     */
    @Deprecated
    public Map<String, FlowVariable> getAvailableFlowVariables() {
        Map<String, FlowVariable> result = new LinkedHashMap<>();
        for (int i = m_stack.size() - 1; i >= 0; i--) {
            if (m_stack.get(i) instanceof FlowVariable) {
                FlowVariable v = (FlowVariable)m_stack.get(i);
                result.putIfAbsent(v.getName(), v);
            }
        }
        return result;
    }

    /** @return the objects from the top down */
    @Override
    public Iterator<FlowObject> iterator() {
        List<FlowObject> copy = new ArrayList<>(m_stack);
        Collections.reverse(copy);
        return Collections.unmodifiableList(copy).iterator();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("---").append(m_nodeID).append("---\n");
        for (FlowObject o : this) {
            b.append(o).append('\n');
        }
        return b.append("--------").toString();
    }
}
