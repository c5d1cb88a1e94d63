package org.custseg.knime.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IDataRepository;
import org.knime.core.data.filestore.internal.NotInWorkflowDataRepository;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.Node;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeProgressMonitor;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NodeView;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.workflow.FlowObjectStack;
import org.knime.core.node.workflow.FlowVariable;
import org.knime.core.node.workflow.NodeID;
import org.knime.core.node.workflow.SingleNodeContainer;

/**
 * Runs a {@link NodeModel} the way KNIME's framework does, for unit tests outside {@code org.knime.core.node}
 * (the model's framework methods are protected, so they are called reflectively):
 * <ol>
 * <li>settings: {@code saveSettingsTo} into {@link NodeSettings}, written to settings XML and read back,
 * {@code validateSettings}, {@code loadValidatedSettingsFrom};</li>
 * <li>{@code configure(PortObjectSpec[])}, with missing table specs replaced by empty specs and specs of the
 * wrong class rejected with {@link InvalidSettingsException};</li>
 * <li>{@code execute(PortObject[], ExecutionContext)}, with the framework's checks (output count, no
 * {@code null} outputs, cancellation, "Node created an empty data table." warning);</li>
 * <li>{@link #assertSpecsMatch(PortObjectSpec[], PortObject[])}: the configured specs must describe the
 * executed outputs.</li>
 * </ol>
 * Exceptions thrown by the model are rethrown unchanged (not wrapped). Violations of the framework contract
 * throw {@link AssertionError}. JUnit-free, so it can be used from any test framework.
 * <p>
 * The same code runs on the KNIME API double and on real KNIME (knime-real-tests): execution contexts are built as
 * KNIME's own unit tests build them, from a real {@link Node} and a {@link NotInWorkflowDataRepository}, and the
 * model gets incoming and outgoing {@link FlowObjectStack}s as KNIME's {@code Node} gives them; input flow variables
 * are put on the incoming stack.
 *
 * @param <M> the model class
 */
public final class NodeModelHarness<M extends NodeModel> {

    private final M m_model;

    private PortObjectSpec[] m_configuredSpecs;

    /** The ID of the harness's node in the flow object stacks. */
    private static final NodeID NODE_ID = new NodeID(NodeID.ROOTID, 1);

    private static Node s_node;

    private static IDataRepository s_dataRepository;

    private NodeModelHarness(final M model) {
        m_model = Objects.requireNonNull(model, "model");
        // as KNIME's Node does before configure/execute: incoming (with the global constants) and outgoing stacks;
        // a model that already has them (an earlier harness) keeps them, with their variables
        if (invoke("getFlowObjectStack", new Class<?>[0]) == null) {
            invoke("setFlowObjectStack", new Class<?>[]{FlowObjectStack.class, FlowObjectStack.class},
                FlowObjectStack.createFromFlowVariableList(List.of(), NODE_ID),
                FlowObjectStack.createFromFlowVariableList(List.of(), NODE_ID));
        }
    }

    /**
     * @param model a freshly created model (e.g. from {@code factory.createNodeModel()})
     * @param <M> the model class
     * @return a harness for it
     */
    public static <M extends NodeModel> NodeModelHarness<M> of(final M model) {
        return new NodeModelHarness<>(model);
    }

    /** @return the model under test */
    public M model() {
        return m_model;
    }

    // ---------------------------------------------------------------- execution contexts

    /** @return a new execution context with a fresh progress monitor */
    public static ExecutionContext newExecutionContext() {
        return newExecutionContext(new DefaultNodeProgressMonitor());
    }

    /**
     * @param monitor the progress monitor (e.g. a {@link CancelAfterChecksMonitor})
     * @return a new execution context reporting to it
     */
    @SuppressWarnings("deprecation") // KNIME's constructors are for the framework; its own tests use this one
    public static ExecutionContext newExecutionContext(final NodeProgressMonitor monitor) {
        return new ExecutionContext(monitor, dummyNode(), SingleNodeContainer.MemoryPolicy.CacheSmallInMemory,
            dataRepository());
    }

    /** @return the node (without ports) that owns the tables of the harness's execution contexts */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static synchronized Node dummyNode() {
        if (s_node == null) {
            s_node = new Node((NodeFactory)new NoPortsNodeFactory());
        }
        return s_node;
    }

    /** @return the data repository of the harness's execution contexts (as in KNIME's tests: not in a workflow) */
    private static synchronized IDataRepository dataRepository() {
        if (s_dataRepository == null) {
            s_dataRepository = NotInWorkflowDataRepository.newInstance();
        }
        return s_dataRepository;
    }

    /**
     * @param allowedChecks number of cancellation checks that pass
     * @return an execution context that is canceled from the {@code allowedChecks + 1}-th check on
     */
    public static ExecutionContext cancelingExecutionContext(final int allowedChecks) {
        return newExecutionContext(new CancelAfterChecksMonitor(allowedChecks));
    }

    // ---------------------------------------------------------------- settings

    /** @return the model's current settings, as KNIME saves them under the key "model" */
    public NodeSettings saveSettings() {
        NodeSettings s = new NodeSettings("model");
        invoke("saveSettingsTo", new Class<?>[]{org.knime.core.node.NodeSettingsWO.class}, s);
        return s;
    }

    /**
     * Validates and loads settings the way the framework does.
     *
     * @param settings the settings
     * @throws InvalidSettingsException if the model rejects them
     */
    public void loadSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        invokeWithSettingsException("validateSettings", settings);
        invokeWithSettingsException("loadValidatedSettingsFrom", settings);
    }

    /**
     * Validates settings without loading them.
     *
     * @param settings the settings
     * @throws InvalidSettingsException if the model rejects them
     */
    public void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        invokeWithSettingsException("validateSettings", settings);
    }

    /**
     * Saves the settings, writes them to settings XML, reads them back, validates and loads them.
     *
     * @return the settings as read back from XML
     * @throws InvalidSettingsException if the model rejects its own settings
     */
    public NodeSettingsRO roundTripSettings() throws InvalidSettingsException {
        NodeSettingsRO copy = throughXml(saveSettings());
        loadSettings(copy);
        return copy;
    }

    /**
     * @param settings settings
     * @return the settings after writing them to XML and reading them back
     */
    public static NodeSettingsRO throughXml(final NodeSettings settings) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            settings.saveToXML(out);
            return NodeSettings.loadFromXML(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new AssertionError("Settings could not be written to XML and read back: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- flow variables

    /**
     * Makes variables available at the model's input, as if an upstream node had pushed them.
     *
     * @param variables the variables
     * @return this
     */
    public NodeModelHarness<M> withInputFlowVariables(final FlowVariable... variables) {
        // onto the incoming stack, in order (the last on top), as upstream nodes' variables arrive in KNIME
        final FlowObjectStack incoming = (FlowObjectStack)invoke("getFlowObjectStack", new Class<?>[0]);
        for (FlowVariable v : variables) {
            incoming.push(v);
        }
        return this;
    }

    // ---------------------------------------------------------------- configure / execute

    /**
     * Calls {@code configure(PortObjectSpec[])} as the framework does: the warning is cleared first, a
     * missing spec of a required table port becomes an empty {@link DataTableSpec}.
     *
     * @param inSpecs one spec per input port (elements may be {@code null})
     * @return the output specs, one per output port (elements may be {@code null})
     * @throws InvalidSettingsException if the model cannot be configured
     */
    public PortObjectSpec[] configure(final PortObjectSpec... given) throws InvalidSettingsException {
        int nIn = nrPorts("getNrInPorts");
        final PortObjectSpec[] inSpecs = padOptional(given, nIn);
        if (inSpecs.length != nIn) {
            throw new AssertionError("The model has " + nIn + " input ports but " + inSpecs.length
                + " specs were given");
        }
        PortObjectSpec[] specs = inSpecs.clone();
        for (int i = 0; i < specs.length; i++) {
            PortType type = portType("getInPortType", i);
            if (specs[i] == null && BufferedDataTable.TYPE.equals(type) && !type.isOptional()) {
                specs[i] = new DataTableSpec();
            }
            if (specs[i] != null && !type.acceptsPortObjectSpec(specs[i])) {
                // the framework reports this to the user as a configure error
                throw new InvalidSettingsException("Incompatible port spec at port " + i + ", expected: "
                    + type.getPortObjectSpecClass().getSimpleName() + ", actual: "
                    + specs[i].getClass().getSimpleName());
            }
        }
        setWarning(null);
        PortObjectSpec[] out;
        try {
            out = (PortObjectSpec[])method("configure", PortObjectSpec[].class).invoke(m_model, (Object)specs);
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause(), InvalidSettingsException.class);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        int nOut = nrPorts("getNrOutPorts");
        if (out == null) {
            out = new PortObjectSpec[nOut];
        }
        if (out.length != nOut) {
            throw new AssertionError("configure returned " + out.length + " specs, the model has " + nOut
                + " output ports");
        }
        m_configuredSpecs = out.clone();
        return out;
    }

    /**
     * Executes with a fresh execution context.
     *
     * @param inputs one object per input port
     * @return the outputs
     * @throws Exception whatever the model throws (e.g. {@link CanceledExecutionException})
     */
    public PortObject[] execute(final PortObject... inputs) throws Exception {
        return execute(newExecutionContext(), inputs);
    }

    /**
     * Calls {@code execute(PortObject[], ExecutionContext)} with the framework's checks.
     *
     * @param exec the execution context (e.g. from {@link #cancelingExecutionContext(int)})
     * @param inputs one object per input port
     * @return the outputs
     * @throws Exception whatever the model throws; {@link CanceledExecutionException} also if the model
     *             returned although the context was canceled
     */
    public PortObject[] execute(final ExecutionContext exec, final PortObject... given) throws Exception {
        int nIn = nrPorts("getNrInPorts");
        final PortObject[] inputs = padOptional(given, nIn);
        if (inputs.length != nIn) {
            throw new AssertionError("The model has " + nIn + " input ports but " + inputs.length
                + " inputs were given");
        }
        for (int i = 0; i < inputs.length; i++) {
            PortType type = portType("getInPortType", i);
            if (inputs[i] == null ? !type.isOptional() : !type.acceptsPortObject(inputs[i])) {
                throw new AssertionError("Input " + i + " (" + inputs[i] + ") does not fit port type " + type);
            }
        }
        setWarning(null);
        PortObject[] out;
        try {
            out = (PortObject[])method("execute", PortObject[].class, ExecutionContext.class).invoke(m_model,
                inputs.clone(), exec);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception) {
                throw (Exception)cause;
            }
            throw rethrow(cause, RuntimeException.class);
        }
        if (isCanceled(exec)) {
            throw new CanceledExecutionException("Result discarded due to user cancel");
        }
        int nOut = nrPorts("getNrOutPorts");
        if (out == null || out.length != nOut) {
            throw new AssertionError("execute returned " + (out == null ? "null" : out.length + " outputs")
                + ", the model has " + nOut + " output ports");
        }
        boolean anyTable = false;
        boolean anyRows = false;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                throw new AssertionError("execute returned null at output port " + i);
            }
            if (!portType("getOutPortType", i).acceptsPortObject(out[i])) {
                throw new AssertionError("Output " + i + " (" + out[i].getClass().getName()
                    + ") does not fit port type " + portType("getOutPortType", i));
            }
            if (out[i] instanceof BufferedDataTable) {
                anyTable = true;
                anyRows |= ((BufferedDataTable)out[i]).size() > 0;
            }
        }
        String warning = warningMessage();
        if (anyTable && !anyRows && (warning == null || warning.isEmpty())) {
            setWarning(out.length == 1 ? "Node created an empty data table."
                : "Node created empty data tables on all out-ports.");
        }
        return out;
    }

    /**
     * The whole life cycle: settings round trip, configure with the inputs' specs, execute, and
     * {@link #assertSpecsMatch(PortObjectSpec[], PortObject[])}.
     *
     * @param inputs one object per input port
     * @return the outputs
     * @throws Exception whatever the model throws
     */
    public PortObject[] run(final PortObject... inputs) throws Exception {
        return run(newExecutionContext(), inputs);
    }

    /**
     * Like {@link #run(PortObject...)} with the given execution context.
     *
     * @param exec the execution context
     * @param inputs one object per input port
     * @return the outputs
     * @throws Exception whatever the model throws
     */
    public PortObject[] run(final ExecutionContext exec, final PortObject... inputs) throws Exception {
        roundTripSettings();
        PortObjectSpec[] inSpecs = new PortObjectSpec[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            inSpecs[i] = inputs[i] == null ? null : inputs[i].getSpec();
        }
        PortObjectSpec[] configured = configure(inSpecs);
        PortObject[] out = execute(exec, inputs);
        assertSpecsMatch(configured, out);
        return out;
    }

    /**
     * Fills trailing optional input ports that a test leaves out with {@code null} (unconnected), as KNIME passes them
     * for a node whose later optional ports were added after the test was written; a left-out required port stays an
     * error.
     */
    private <T> T[] padOptional(final T[] given, final int nIn) {
        if (given.length >= nIn) {
            return given;
        }
        for (int i = given.length; i < nIn; i++) {
            if (!portType("getInPortType", i).isOptional()) {
                return given;
            }
        }
        return java.util.Arrays.copyOf(given, nIn);
    }

    /** Calls the model's {@code reset()} after clearing the warning, as the framework does. */
    public void reset() {
        setWarning(null);
        invoke("reset", new Class<?>[0]);
    }

    /** @return the specs of the last {@link #configure(PortObjectSpec...)} call, or {@code null} */
    public PortObjectSpec[] lastConfiguredSpecs() {
        return m_configuredSpecs == null ? null : m_configuredSpecs.clone();
    }

    /** @return the model's warning message or {@code null} */
    public String warningMessage() {
        return (String)invoke("getWarningMessage", new Class<?>[0]);
    }

    // ---------------------------------------------------------------- spec check

    /**
     * Checks that configure promised what execute delivered. For each port with a non-null configured spec:
     * a table must have the same column names and types in the same order, and for every column whose
     * configured spec lists possible values the table's domain must list exactly those values (computed
     * bounds are not compared, as configure cannot know them); any other port object's spec must equal the
     * configured spec.
     *
     * @param configured the specs returned by configure
     * @param executed the objects returned by execute
     * @throws AssertionError describing the first difference
     */
    public static void assertSpecsMatch(final PortObjectSpec[] configured, final PortObject[] executed) {
        if (configured.length != executed.length) {
            throw new AssertionError("configure returned " + configured.length + " specs but execute returned "
                + executed.length + " objects");
        }
        for (int i = 0; i < configured.length; i++) {
            PortObjectSpec c = configured[i];
            if (c == null) {
                continue;
            }
            PortObjectSpec e = executed[i].getSpec();
            if (executed[i] instanceof BufferedDataTable) {
                if (!(c instanceof DataTableSpec)) {
                    throw new AssertionError("Port " + i + ": configured a " + c.getClass().getSimpleName()
                        + " but executed a table");
                }
                assertTableSpecsMatch(i, (DataTableSpec)c, (DataTableSpec)e);
            } else if (!c.equals(e)) {
                throw new AssertionError("Port " + i + ": configured spec " + c + " differs from executed spec " + e);
            }
        }
    }

    private static void assertTableSpecsMatch(final int port, final DataTableSpec c, final DataTableSpec e) {
        if (!c.equalStructure(e)) {
            throw new AssertionError("Port " + port + ": configured columns " + describe(c)
                + " differ from executed columns " + describe(e));
        }
        for (int col = 0; col < c.getNumColumns(); col++) {
            DataColumnSpec cc = c.getColumnSpec(col);
            if (cc.getDomain().hasValues()
                && !cc.getDomain().getValues().equals(e.getColumnSpec(col).getDomain().getValues())) {
                throw new AssertionError("Port " + port + ", column \"" + cc.getName()
                    + "\": configured possible values " + cc.getDomain().getValues()
                    + " differ from executed possible values " + e.getColumnSpec(col).getDomain().getValues());
            }
        }
    }

    private static String describe(final DataTableSpec spec) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < spec.getNumColumns(); i++) {
            b.append(i > 0 ? ", " : "").append(spec.getColumnSpec(i));
        }
        return b.append(']').toString();
    }

    // ---------------------------------------------------------------- reflection helpers

    private static boolean isCanceled(final ExecutionMonitor exec) {
        try {
            exec.getProgressMonitor().checkCanceled();
            return false;
        } catch (CanceledExecutionException e) {
            return true;
        }
    }

    private int nrPorts(final String method) {
        return (Integer)invoke(method, new Class<?>[0]);
    }

    private PortType portType(final String method, final int index) {
        return (PortType)invoke(method, new Class<?>[]{int.class}, index);
    }

    private void setWarning(final String message) {
        invoke("setWarningMessage", new Class<?>[]{String.class}, message);
    }

    private void invokeWithSettingsException(final String name, final NodeSettingsRO settings)
        throws InvalidSettingsException {
        try {
            method(name, NodeSettingsRO.class).invoke(m_model, settings);
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause(), InvalidSettingsException.class);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private Object invoke(final String name, final Class<?>[] types, final Object... args) {
        try {
            return method(name, types).invoke(m_model, args);
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause(), RuntimeException.class);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Cannot call NodeModel." + name + ": " + e.getMessage(), e);
        }
    }

    /** A protected/final framework method of NodeModel, made callable; calls dispatch to overrides. */
    private static Method method(final String name, final Class<?>... types) throws NoSuchMethodException {
        Method m = NodeModel.class.getDeclaredMethod(name, types);
        m.setAccessible(true);
        return m;
    }

    /**
     * Rethrows {@code t} if it is an unchecked exception, an error or an instance of {@code allowed};
     * otherwise wraps it. Declared to return so callers can write {@code throw rethrow(...)}.
     */
    private static <X extends Exception> X rethrow(final Throwable t, final Class<X> allowed) throws X {
        if (allowed.isInstance(t)) {
            throw allowed.cast(t);
        }
        if (t instanceof RuntimeException) {
            throw (RuntimeException)t;
        }
        if (t instanceof Error) {
            throw (Error)t;
        }
        throw new IllegalStateException(t);
    }

    /** The factory of the harness's dummy node: a model without ports that does nothing. */
    private static final class NoPortsNodeFactory extends NodeFactory<NodeModel> {

        @Override
        public NodeModel createNodeModel() {
            return new NodeModel(0, 0) {
                @Override
                protected void loadInternals(final File dir, final ExecutionMonitor exec) {
                    // nothing
                }

                @Override
                protected void saveInternals(final File dir, final ExecutionMonitor exec) {
                    // nothing
                }

                @Override
                protected void saveSettingsTo(final NodeSettingsWO settings) {
                    // nothing
                }

                @Override
                protected void validateSettings(final NodeSettingsRO settings) {
                    // nothing
                }

                @Override
                protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) {
                    // nothing
                }

                @Override
                protected void reset() {
                    // nothing
                }
            };
        }

        @Override
        protected int getNrNodeViews() {
            return 0;
        }

        @Override
        public NodeView<NodeModel> createNodeView(final int viewIndex, final NodeModel nodeModel) {
            return null;
        }

        @Override
        protected boolean hasDialog() {
            return false;
        }

        @Override
        protected NodeDialogPane createNodeDialogPane() {
            return null;
        }
    }
}
