package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.StreamableOperator;

import org.knime.core.node.workflow.FlowObjectStack;
import org.knime.core.node.workflow.FlowVariable;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeModel}: settings handling, configure, execute and reset
 * of a node. As in KNIME, either the {@link BufferedDataTable}/{@link DataTableSpec} pair of
 * {@code execute}/{@code configure} or the {@link PortObject}/{@link PortObjectSpec} pair is overridden; the
 * general versions delegate to the table versions, whose defaults fail.
 *
 * <p>Flow variables, as in KNIME: the framework ({@code Node}) gives the model an incoming and an outgoing
 * {@link FlowObjectStack} (package-private {@code setFlowObjectStack}; test harnesses call it reflectively);
 * {@code peekFlowVariable*} look at the outgoing stack (variables this node pushed), then at the incoming one, and
 * throw {@link NoSuchElementException} if there is no variable of that name and type; {@code pushFlowVariable*}
 * push onto the outgoing stack. Without stacks, {@code peek}/{@code push} fail with a {@link NullPointerException}
 * and the {@code getAvailable*} maps are empty, as in KNIME.
 * Simplified: no views, hilite handlers, credentials, loops, streaming or warning listeners.
 */
public abstract class NodeModel {

    private final NodeLogger m_logger;

    private final PortType[] m_inPortTypes;

    private final PortType[] m_outPortTypes;

    private String m_warningMessage;

    /** Variables reaching the node (set by the framework). */
    private FlowObjectStack m_flowObjectStack;

    /** Variables pushed by this node (set by the framework). */
    private FlowObjectStack m_outgoingFlowObjectStack;

    /**
     * Model with the given number of data (table) ports.
     *
     * @param nrInDataPorts number of input tables
     * @param nrOutDataPorts number of output tables
     */
    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        this(dataPorts(nrInDataPorts), dataPorts(nrOutDataPorts));
    }

    private static PortType[] dataPorts(final int n) {
        PortType[] types = new PortType[n];
        Arrays.fill(types, BufferedDataTable.TYPE);
        return types;
    }

    /**
     * Model with the given port types.
     *
     * @param inPortTypes input port types, none {@code null}
     * @param outPortTypes output port types, none {@code null}
     */
    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        m_logger = NodeLogger.getLogger(getClass());
        m_inPortTypes = copyPorts(inPortTypes, "InPortType");
        m_outPortTypes = copyPorts(outPortTypes, "OutPortType");
    }

    private static PortType[] copyPorts(final PortType[] types, final String what) {
        if (types == null) {
            return new PortType[0];
        }
        PortType[] copy = types.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                throw new NullPointerException(what + "[" + i + "] must not be null!");
            }
        }
        return copy;
    }

    /**
     * @param nodeInternDir directory to read from
     * @param exec progress and cancellation
     * @throws IOException on read problems
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void loadInternals(File nodeInternDir, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /**
     * @param nodeInternDir directory to write to
     * @param exec progress and cancellation
     * @throws IOException on write problems
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void saveInternals(File nodeInternDir, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /** @return the number of input ports */
    protected final int getNrInPorts() {
        return m_inPortTypes.length;
    }

    /** @return the number of output ports */
    protected final int getNrOutPorts() {
        return m_outPortTypes.length;
    }

    /**
     * @param index input port index
     * @return its type
     */
    protected final PortType getInPortType(final int index) {
        return m_inPortTypes[index];
    }

    /**
     * @param index output port index
     * @return its type
     */
    protected final PortType getOutPortType(final int index) {
        return m_outPortTypes[index];
    }

    final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        validateSettings(settings);
        loadValidatedSettingsFrom(settings);
    }

    /** @param settings to write the current settings to */
    protected abstract void saveSettingsTo(NodeSettingsWO settings);

    /**
     * @param settings settings to check without applying them
     * @throws InvalidSettingsException if they are incomplete or invalid
     */
    protected abstract void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException;

    /**
     * @param settings validated settings to apply
     * @throws InvalidSettingsException if a value is missing
     */
    protected abstract void loadValidatedSettingsFrom(NodeSettingsRO settings) throws InvalidSettingsException;

    /**
     * General execute; the default casts the inputs to tables and calls
     * {@link #execute(BufferedDataTable[], ExecutionContext)}.
     *
     * @param inObjects the inputs
     * @param exec context for tables, progress and cancellation
     * @return the outputs
     * @throws Exception if execution fails
     */
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable[] inTables = new BufferedDataTable[inObjects.length];
        for (int i = 0; i < inObjects.length; i++) {
            if (inObjects[i] != null && !(inObjects[i] instanceof BufferedDataTable)) {
                throw new IOException("Input port " + i + " does not hold data table but "
                    + inObjects[i].getClass().getSimpleName()
                    + "; Likely reason: wrong version of NodeModel.execute() overwritten!");
            }
            inTables[i] = (BufferedDataTable)inObjects[i];
        }
        return execute(inTables, exec);
    }

    /**
     * Table execute; override it for nodes with only table ports.
     *
     * @param inData the input tables
     * @param exec context for tables, progress and cancellation
     * @return the output tables
     * @throws Exception if execution fails
     */
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new IOException("NodeModel.execute() implementation missing!");
    }

    /** Resets the model's internal state (not its settings). */
    protected abstract void reset();

    /** Called when the node is disposed; empty by default. */
    protected void onDispose() {
        // hook for subclasses
    }

    /** Notifies views of a change (no views in the double). */
    protected final void stateChanged() {
        // no views in the double
    }

    /**
     * Passes an argument to the views (no views in the double).
     *
     * @param arg the argument
     */
    protected final void notifyViews(final Object arg) {
        // no views in the double
    }

    /**
     * General configure; the default casts the specs to table specs and calls
     * {@link #configure(DataTableSpec[])}.
     *
     * @param inSpecs the input specs
     * @return the output specs (elements may be {@code null})
     * @throws InvalidSettingsException if the node cannot be configured
     */
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec[] inDataSpecs = new DataTableSpec[inSpecs.length];
        for (int i = 0; i < inSpecs.length; i++) {
            if (inSpecs[i] != null && !(inSpecs[i] instanceof DataTableSpec)) {
                throw new InvalidSettingsException("Input Port " + i + " does not hold data table specs. "
                    + "Likely reason: wrong version of NodeModel.configure() overwritten!");
            }
            inDataSpecs[i] = (DataTableSpec)inSpecs[i];
        }
        return configure(inDataSpecs);
    }

    /**
     * Table configure; override it for nodes with only table ports.
     *
     * @param inSpecs the input specs
     * @return the output specs
     * @throws InvalidSettingsException if the node cannot be configured
     */
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new InvalidSettingsException("NodeModel.configure() implementation missing!");
    }

    /** @param warningMessage the warning to show, {@code null} to clear it */
    protected final void setWarningMessage(final String warningMessage) {
        m_warningMessage = warningMessage;
    }

    /** @return the current warning or {@code null} */
    protected final String getWarningMessage() {
        return m_warningMessage;
    }

    /**
     * @param name variable name
     * @return the value of the string variable
     * @throws NoSuchElementException if there is no string variable of that name
     */
    public final String peekFlowVariableString(final String name) {
        return peek(name, FlowVariable.Type.STRING).getStringValue();
    }

    /**
     * @param name variable name
     * @return the value of the double variable
     * @throws NoSuchElementException if there is no double variable of that name
     */
    public final double peekFlowVariableDouble(final String name) {
        return peek(name, FlowVariable.Type.DOUBLE).getDoubleValue();
    }

    /**
     * @param name variable name
     * @return the value of the int variable
     * @throws NoSuchElementException if there is no int variable of that name
     */
    public final int peekFlowVariableInt(final String name) {
        return peek(name, FlowVariable.Type.INTEGER).getIntValue();
    }

    @SuppressWarnings("deprecation")
    private FlowVariable peek(final String name, final FlowVariable.Type type) {
        FlowVariable v = m_outgoingFlowObjectStack.peekFlowVariable(name, type);
        if (v == null) {
            v = m_flowObjectStack.peekFlowVariable(name, type);
        }
        if (v == null) {
            throw new NoSuchElementException("No such variable \"" + name + "\" of type " + type);
        }
        return v;
    }

    /**
     * @param name variable name
     * @param value value
     */
    protected final void pushFlowVariableDouble(final String name, final double value) {
        pushFlowVariable(new FlowVariable(name, value));
    }

    /**
     * @param name variable name
     * @param value value
     */
    protected final void pushFlowVariableInt(final String name, final int value) {
        pushFlowVariable(new FlowVariable(name, value));
    }

    /**
     * @param name variable name
     * @param value value
     */
    protected final void pushFlowVariableString(final String name, final String value) {
        pushFlowVariable(new FlowVariable(name, value));
    }

    final void pushFlowVariable(final FlowVariable variable) {
        m_outgoingFlowObjectStack.push(variable);
    }

    /** @return the incoming stack ({@code null} until the framework sets it) */
    FlowObjectStack getFlowObjectStack() {
        return m_flowObjectStack;
    }

    /** @return the outgoing stack ({@code null} until the framework sets it) */
    FlowObjectStack getOutgoingFlowObjectStack() {
        return m_outgoingFlowObjectStack;
    }

    /**
     * Called by the framework before configure and execute.
     *
     * @param incoming the variables reaching the node
     * @param outgoing the stack the node pushes onto
     */
    void setFlowObjectStack(final FlowObjectStack incoming, final FlowObjectStack outgoing) {
        m_flowObjectStack = incoming;
        m_outgoingFlowObjectStack = outgoing;
    }

    /** @return input and pushed variables by name (pushed values replace input values of the same name) */
    @SuppressWarnings("deprecation")
    public final Map<String, FlowVariable> getAvailableFlowVariables() {
        Map<String, FlowVariable> result = new LinkedHashMap<>();
        for (FlowObjectStack s : new FlowObjectStack[]{m_flowObjectStack, m_outgoingFlowObjectStack}) {
            if (s != null) {
                result.putAll(s.getAvailableFlowVariables());
            }
        }
        return result;
    }

    /** @return the input variables by name */
    @SuppressWarnings("deprecation")
    public final Map<String, FlowVariable> getAvailableInputFlowVariables() {
        return m_flowObjectStack == null ? new LinkedHashMap<>()
            : new LinkedHashMap<>(m_flowObjectStack.getAvailableFlowVariables());
    }

    /** @return the logger of this model */
    protected final NodeLogger getLogger() {
        return m_logger;
    }

    /**
     * As KNIME 5.3: every input port is {@code NONDISTRIBUTED_NONSTREAMABLE} unless a node overrides this.
     *
     * @return the role of each input port
     */
    public InputPortRole[] getInputPortRoles() {
        final InputPortRole[] roles = new InputPortRole[getNrInPorts()];
        Arrays.fill(roles, InputPortRole.NONDISTRIBUTED_NONSTREAMABLE);
        return roles;
    }

    /**
     * As KNIME 5.3: every output port is {@code NONDISTRIBUTED} unless a node overrides this.
     *
     * @return the role of each output port
     */
    public OutputPortRole[] getOutputPortRoles() {
        final OutputPortRole[] roles = new OutputPortRole[getNrOutPorts()];
        Arrays.fill(roles, OutputPortRole.NONDISTRIBUTED);
        return roles;
    }

    /**
     * The streaming operator of a node. KNIME 5.3's default wraps {@code execute} for partition 0 (and fails for
     * others); the double does not simulate that default: nodes that stream override this method.
     *
     * @param partitionInfo which partition the operator processes
     * @param inSpecs the input specs
     * @return the operator
     * @throws InvalidSettingsException if the settings or specs do not allow streaming
     */
    public StreamableOperator createStreamableOperator(final PartitionInfo partitionInfo,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME's default streaming operator (wrapping execute) is not"
            + " simulated by the API double; override createStreamableOperator");
    }
}
