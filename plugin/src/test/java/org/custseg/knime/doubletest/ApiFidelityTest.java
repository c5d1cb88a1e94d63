package org.custseg.knime.doubletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.custseg.knime.testing.KnimeUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.container.DataContainer;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeLogger;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeProgressMonitor;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NodeView;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.config.base.ConfigEntries;
import org.knime.core.node.config.base.XMLConfig;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelNumber;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortTypeRegistry;
import org.knime.core.node.workflow.FlowObjectStack;
import org.knime.core.node.workflow.FlowVariable;

/**
 * Pins, by reflection, the facts of the KNIME 5.3 API that the fidelity audit of the double confirmed against
 * KNIME's sources (see {@code knime-api-double/DOUBLE.md}, section "Fidelity audit"). Each assertion encodes a
 * signature detail that decides whether plugin code compiled against the double links on a real KNIME 5.3:
 * class and member modifiers, return types, generic bounds, declared checked exceptions, implemented interfaces,
 * and the absence of members that only exist in newer KNIME releases. A regression in the double fails here.
 */
class ApiFidelityTest {

    // ----------------------------------------------------------------- helpers

    private static Method declared(final Class<?> owner, final String name, final Class<?>... params) {
        try {
            return owner.getDeclaredMethod(name, params);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(owner.getSimpleName() + "#" + name + Arrays.toString(params)
                + " must exist (KNIME 5.3 has it)", e);
        }
    }

    private static Constructor<?> ctor(final Class<?> owner, final Class<?>... params) {
        try {
            return owner.getDeclaredConstructor(params);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(owner.getSimpleName() + Arrays.toString(params) + " constructor must exist", e);
        }
    }

    private static Set<Class<?>> thrown(final Executable e) {
        return Set.copyOf(Arrays.asList(e.getExceptionTypes()));
    }

    private static void assertThrowsExactly(final Executable e, final Class<?>... expected) {
        assertEquals(Set.of(expected), thrown(e), () -> e + " must declare exactly " + Arrays.toString(expected));
    }

    private static void assertNoMethod(final Class<?> owner, final String name, final Class<?>... params) {
        assertThrows(NoSuchMethodException.class, () -> owner.getMethod(name, params),
            () -> owner.getSimpleName() + "#" + name + Arrays.toString(params)
                + " must not exist: it is newer than KNIME 5.3 and would fail with NoSuchMethodError there");
    }

    private static boolean isPackagePrivate(final int mods) {
        return !Modifier.isPublic(mods) && !Modifier.isProtected(mods) && !Modifier.isPrivate(mods);
    }

    private static boolean deprecated(final java.lang.reflect.AnnotatedElement e) {
        return e.getAnnotation(Deprecated.class) != null;
    }

    // ------------------------------------------------------- containers, tables

    @Test
    void containersAreNotAutoCloseableButRowIteratorsAreCloseable() throws Exception {
        assertFalse(AutoCloseable.class.isAssignableFrom(DataContainer.class),
            "DataContainer must not be AutoCloseable: try-with-resources does not compile against KNIME 5.3");
        assertFalse(AutoCloseable.class.isAssignableFrom(BufferedDataContainer.class));
        assertEquals(DataContainer.class, BufferedDataContainer.class.getSuperclass());
        assertEquals(0, DataContainer.class.getMethod("close").getExceptionTypes().length);

        assertTrue(Closeable.class.isAssignableFrom(CloseableRowIterator.class));
        Method close = declared(CloseableRowIterator.class, "close");
        assertTrue(Modifier.isAbstract(close.getModifiers()));
        assertEquals(0, close.getExceptionTypes().length, "close() of the row iterator throws no checked exception");
    }

    @Test
    void dataContainerCarriesKnimes53Deprecations() throws Exception {
        assertTrue(deprecated(DataContainer.class.getConstructor(DataTableSpec.class, boolean.class, int.class)),
            "the maxCellsInMemory constructor is deprecated (for removal) since 5.3");
        assertFalse(deprecated(DataContainer.class.getConstructor(DataTableSpec.class, boolean.class)));
        assertTrue(deprecated(DataContainer.class.getMethod("setMaxPossibleValues", int.class)));
        assertEquals(long.class, DataContainer.class.getMethod("size").getReturnType());
        assertTrue(deprecated(DataContainer.class.getField("MAX_CELLS_IN_MEMORY")));
    }

    @Test
    void bufferedDataTableShape() throws Exception {
        assertTrue(Modifier.isFinal(BufferedDataTable.class.getModifiers()));
        assertTrue(PortObject.class.isAssignableFrom(BufferedDataTable.class));
        assertEquals(long.class, BufferedDataTable.class.getMethod("size").getReturnType());
        Method rowCount = BufferedDataTable.class.getMethod("getRowCount");
        assertEquals(int.class, rowCount.getReturnType());
        assertTrue(deprecated(rowCount));
        assertEquals(CloseableRowIterator.class, BufferedDataTable.class.getMethod("iterator").getReturnType());
        assertEquals(DataTableSpec.class, BufferedDataTable.class.getMethod("getSpec").getReturnType(),
            "getSpec() is covariant (DataTableSpec) in KNIME");
        assertEquals(Integer.class, BufferedDataTable.class.getMethod("getBufferedTableId").getReturnType());
    }

    @Test
    void executionContextFactoryMethodsDeclareKnimesExceptions() throws Exception {
        assertThrowsExactly(ExecutionContext.class.getMethod("createColumnRearrangeTable", BufferedDataTable.class,
            org.knime.core.data.container.ColumnRearranger.class, ExecutionMonitor.class),
            CanceledExecutionException.class);
        assertThrowsExactly(ExecutionContext.class.getMethod("createBufferedDataTable",
            org.knime.core.data.DataTable.class, ExecutionMonitor.class), CanceledExecutionException.class);
        assertEquals(0, ExecutionContext.class.getMethod("createDataContainer", DataTableSpec.class)
            .getExceptionTypes().length);
        assertEquals(BufferedDataContainer.class,
            ExecutionContext.class.getMethod("createDataContainer", DataTableSpec.class).getReturnType());
        assertEquals(ExecutionContext.class,
            ExecutionContext.class.getMethod("createSubExecutionContext", double.class).getReturnType());
        assertThrowsExactly(ExecutionMonitor.class.getMethod("checkCanceled"), CanceledExecutionException.class);
        assertNotNull(ExecutionMonitor.class.getMethod("setProgress", double.class, Supplier.class),
            "Supplier overloads exist since 3.2");
        assertTrue(NodeProgressMonitor.class.isInterface());
    }

    @Test
    void checkedExceptionsAreChecked() {
        for (Class<?> c : List.of(CanceledExecutionException.class, InvalidSettingsException.class,
            NotConfigurableException.class)) {
            assertTrue(Exception.class.isAssignableFrom(c));
            assertFalse(RuntimeException.class.isAssignableFrom(c), c + " is a checked exception in KNIME");
        }
    }

    @Test
    void cellFactoriesFollowThe50RowIndexApi() throws Exception {
        Class<?> cf = org.knime.core.data.container.CellFactory.class;
        Method getCells = declared(cf, "getCells", DataRow.class);
        assertTrue(getCells.isDefault(), "CellFactory#getCells(DataRow) is a default method since 5.0");
        assertTrue(declared(cf, "getCells", DataRow.class, long.class).isDefault(), "getCells(DataRow, long) @since 5.0");
        assertTrue(Modifier.isAbstract(declared(cf, "getColumnSpecs").getModifiers()));
        assertTrue(deprecated(declared(cf, "setProgress", int.class, int.class, RowKey.class, ExecutionMonitor.class)));
        assertTrue(declared(cf, "setProgress", long.class, long.class, RowKey.class, ExecutionMonitor.class)
            .isDefault());
        Class<?> single = org.knime.core.data.container.SingleCellFactory.class;
        assertFalse(Modifier.isAbstract(declared(single, "getCell", DataRow.class).getModifiers()),
            "SingleCellFactory#getCell(DataRow) is overridable, not abstract, since 5.0");
        assertNotNull(declared(single, "getCell", DataRow.class, long.class));
    }

    // ------------------------------------------------------------------- cells

    @Test
    void cellClassesHaveKnimesFinality() {
        assertFalse(Modifier.isFinal(IntCell.class.getModifiers()), "IntCell is not final in KNIME");
        assertFalse(Modifier.isFinal(LongCell.class.getModifiers()), "LongCell is not final in KNIME");
        assertTrue(Modifier.isFinal(DoubleCell.class.getModifiers()));
        assertTrue(Modifier.isFinal(StringCell.class.getModifiers()));
        assertTrue(Modifier.isFinal(BooleanCell.class.getModifiers()));
        for (Constructor<?> c : BooleanCell.class.getDeclaredConstructors()) {
            // KNIME 5.3 and 5.11: BooleanCell(boolean) is package-private; plugins use TRUE/FALSE
            assertTrue(isPackagePrivate(c.getModifiers()), "BooleanCell is used through TRUE/FALSE only");
        }
        assertTrue(IntValue.class.isAssignableFrom(IntCell.class));
        assertTrue(LongValue.class.isAssignableFrom(IntCell.class));
        assertTrue(DoubleValue.class.isAssignableFrom(IntCell.class));
        assertFalse(IntValue.class.isAssignableFrom(DoubleCell.class));
        assertTrue(org.knime.core.data.NominalValue.class.isAssignableFrom(BooleanCell.class));
    }

    @Test
    void dataCellContract() throws Exception {
        assertTrue(Modifier.isFinal(declared(DataCell.class, "equals", Object.class).getModifiers()));
        assertTrue(Modifier.isFinal(declared(DataCell.class, "getType").getModifiers()));
        assertFalse(Modifier.isFinal(declared(DataCell.class, "isMissing").getModifiers()),
            "DataCell#isMissing() is not final in KNIME 5.x");
        int eq = declared(DataCell.class, "equalsDataCell", DataCell.class).getModifiers();
        assertTrue(Modifier.isProtected(eq) && Modifier.isAbstract(eq));
        int content = declared(DataCell.class, "equalContent", DataValue.class).getModifiers();
        assertTrue(Modifier.isProtected(content) && !Modifier.isAbstract(content));
        assertTrue(Modifier.isPublic(ctor(DataCell.class).getModifiers()), "KNIME's DataCell has an implicit public ctor");
        assertTrue(java.io.Serializable.class.isAssignableFrom(DataCell.class));
    }

    /** A cell whose preferred value is DoubleValue and that declares equal content with any double value. */
    private static class LenientDoubleCell extends DataCell implements DoubleValue {
        private static final long serialVersionUID = 1L;
        private final double m_value;

        LenientDoubleCell(final double value) {
            m_value = value;
        }

        @Override
        public double getDoubleValue() {
            return m_value;
        }

        @Override
        public String toString() {
            return Double.toString(m_value);
        }

        @Override
        protected boolean equalsDataCell(final DataCell dc) {
            return ((LenientDoubleCell)dc).m_value == m_value;
        }

        @Override
        protected boolean equalContent(final DataValue otherValue) {
            return ((DoubleValue)otherValue).getDoubleValue() == m_value;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(m_value);
        }
    }

    /**
     * Another cell class with the same preferred value and the same equalContent, so both sides agree (KNIME asserts
     * that, with -ea: DoubleCell itself does not override equalContent, so it cannot be the other side).
     */
    private static final class OtherLenientDoubleCell extends LenientDoubleCell {
        private static final long serialVersionUID = 1L;

        OtherLenientDoubleCell(final double value) {
            super(value);
        }
    }

    @Test
    void dataCellEqualityConsultsEqualContentOnlyForTheSamePreferredValue() {
        LenientDoubleCell lenient = new LenientDoubleCell(3);
        // another class with the same preferred value class (DoubleValue): equalContent decides
        assertTrue(lenient.equals(new OtherLenientDoubleCell(3)));
        assertFalse(lenient.equals(new OtherLenientDoubleCell(4)));
        // IntCell prefers IntValue: KNIME never asks equalContent, so the cells differ although both are doubles
        assertFalse(lenient.equals(new IntCell(3)));
        assertEquals(new IntCell(3), new IntCell(3));
        assertEquals(DataType.getMissingCell(), DataType.getMissingCell());
        assertFalse(DataType.getMissingCell().equals(new StringCell("?")));
    }

    @Test
    void rowAndKeyShapes() throws Exception {
        assertEquals(12, DefaultRow.class.getConstructors().length,
            "all 12 DefaultRow constructors of KNIME 5.3 keep overload resolution identical");
        assertTrue(Iterable.class.isAssignableFrom(DataRow.class));
        Method create = RowKey.class.getMethod("createRowKey", long.class);
        assertTrue(Modifier.isStatic(create.getModifiers()));
        // KNIME 5.3 and 5.11 still have the int variant, deprecated (3.0)
        assertTrue(deprecated(RowKey.class.getMethod("createRowKey", int.class)));
        for (String n : List.of("getNumCells", "getKey", "getCell")) {
            Method m = n.equals("getCell") ? declared(DefaultRow.class, n, int.class) : declared(DefaultRow.class, n);
            assertTrue(Modifier.isFinal(m.getModifiers()), "DefaultRow#" + n + " is final");
        }
    }

    @Test
    void specShapes() throws Exception {
        assertTrue(Modifier.isFinal(DataTableSpec.class.getModifiers()));
        assertTrue(PortObjectSpec.class.isAssignableFrom(DataTableSpec.class));
        assertTrue(Modifier.isFinal(DataTableSpec.class.getMethod("getColumnNames").getModifiers()));
        int create = DataTableSpec.class.getMethod("createColumnSpecs", String[].class, DataType[].class)
            .getModifiers();
        assertTrue(Modifier.isStatic(create) && Modifier.isFinal(create));
        assertThrowsExactly(DataTableSpec.class.getMethod("load", org.knime.core.node.config.ConfigRO.class),
            InvalidSettingsException.class);
        assertThrowsExactly(DataColumnSpec.class.getMethod("load", org.knime.core.node.config.ConfigRO.class),
            InvalidSettingsException.class);
        assertTrue(Modifier.isFinal(DataColumnSpec.class.getModifiers()));
        Method isCompatible = DataType.class.getMethod("isCompatible", Class.class);
        Type bound = ((ParameterizedType)isCompatible.getGenericParameterTypes()[0]).getActualTypeArguments()[0];
        assertEquals("? extends org.knime.core.data.DataValue", bound.getTypeName());
    }

    // ----------------------------------------------------------- node framework

    @Test
    void nodeFactoryGenericsAndAbstractMethods() throws Exception {
        TypeVariable<?>[] tv = NodeFactory.class.getTypeParameters();
        assertEquals(1, tv.length);
        assertEquals(NodeModel.class, tv[0].getBounds()[0]);
        Method view = declared(NodeFactory.class, "createNodeView", int.class, NodeModel.class);
        assertEquals(NodeView.class, view.getReturnType());
        assertEquals("org.knime.core.node.NodeView<T>", view.getGenericReturnType().getTypeName());
        for (String n : List.of("getNrNodeViews", "hasDialog", "createNodeDialogPane")) {
            Method m = declared(NodeFactory.class, n);
            assertTrue(Modifier.isProtected(m.getModifiers()) && Modifier.isAbstract(m.getModifiers()));
            // the Swing dialog methods are deprecated for removal from 5.6 on; not in 5.3 and the double
            boolean expected = !n.equals("getNrNodeViews") && KnimeUnderTest.atLeast(5, 6);
            assertEquals(expected, deprecated(m), n + " on " + KnimeUnderTest.describe());
        }
        assertTrue(Modifier.isProtected(ctor(NodeFactory.class).getModifiers()));
        assertTrue(Modifier.isProtected(ctor(NodeFactory.class, boolean.class).getModifiers()));
    }

    @Test
    void nodeModelMembers() throws Exception {
        assertThrowsExactly(declared(NodeModel.class, "execute", BufferedDataTable[].class, ExecutionContext.class),
            Exception.class);
        assertThrowsExactly(declared(NodeModel.class, "execute", PortObject[].class, ExecutionContext.class),
            Exception.class);
        assertThrowsExactly(declared(NodeModel.class, "configure", DataTableSpec[].class),
            InvalidSettingsException.class);
        assertThrowsExactly(declared(NodeModel.class, "configure", PortObjectSpec[].class),
            InvalidSettingsException.class);
        for (String n : List.of("loadInternals", "saveInternals")) {
            Method m = declared(NodeModel.class, n, File.class, ExecutionMonitor.class);
            assertTrue(Modifier.isAbstract(m.getModifiers()));
            assertThrowsExactly(m, IOException.class, CanceledExecutionException.class);
        }
        assertThrowsExactly(declared(NodeModel.class, "validateSettings", NodeSettingsRO.class),
            InvalidSettingsException.class);
        assertThrowsExactly(declared(NodeModel.class, "loadValidatedSettingsFrom", NodeSettingsRO.class),
            InvalidSettingsException.class);
        assertEquals(0, declared(NodeModel.class, "saveSettingsTo", NodeSettingsWO.class).getExceptionTypes().length);
        // peek* are public final (knime-base's FlowVariableProvider is implemented by NodeModels as is)
        for (Method m : List.of(declared(NodeModel.class, "peekFlowVariableString", String.class),
            declared(NodeModel.class, "peekFlowVariableInt", String.class),
            declared(NodeModel.class, "peekFlowVariableDouble", String.class))) {
            assertTrue(Modifier.isPublic(m.getModifiers()) && Modifier.isFinal(m.getModifiers()), m::toString);
        }
        int push = declared(NodeModel.class, "pushFlowVariableInt", String.class, int.class).getModifiers();
        assertTrue(Modifier.isProtected(push) && Modifier.isFinal(push));
        // KNIME 5.3 and 5.11: the port type getters are protected final
        for (String n : List.of("getInPortType", "getOutPortType")) {
            int m = declared(NodeModel.class, n, int.class).getModifiers();
            assertTrue(Modifier.isProtected(m) && Modifier.isFinal(m), n);
        }
        // the flow object stacks are set by the framework (Node): package-private
        assertTrue(isPackagePrivate(declared(NodeModel.class, "setFlowObjectStack", FlowObjectStack.class,
            FlowObjectStack.class).getModifiers()));
        int warn = declared(NodeModel.class, "setWarningMessage", String.class).getModifiers();
        assertTrue(Modifier.isProtected(warn) && Modifier.isFinal(warn));
    }

    @Test
    void nodeDialogPaneMembers() throws Exception {
        Method save = declared(NodeDialogPane.class, "saveSettingsTo", NodeSettingsWO.class);
        assertTrue(Modifier.isAbstract(save.getModifiers()) && Modifier.isProtected(save.getModifiers()));
        assertThrowsExactly(save, InvalidSettingsException.class);
        Method load = declared(NodeDialogPane.class, "loadSettingsFrom", NodeSettingsRO.class, PortObjectSpec[].class);
        assertTrue(Modifier.isProtected(load.getModifiers()) && !Modifier.isAbstract(load.getModifiers()));
        assertThrowsExactly(load, NotConfigurableException.class);
        assertTrue(deprecated(declared(NodeDialogPane.class, "createFlowVariableModel", String.class,
            FlowVariable.Type.class)), "the FlowVariable.Type overloads are deprecated since 4.2");
        assertTrue(Modifier.isFinal(declared(NodeDialogPane.class, "getPanel").getModifiers()));
        assertEquals(int.class, declared(NodeDialogPane.class, "addTabAt", int.class, String.class,
            java.awt.Component.class).getReturnType());

        Method paneLoad = DefaultNodeSettingsPane.class.getMethod("loadSettingsFrom", NodeSettingsRO.class,
            PortObjectSpec[].class);
        assertTrue(Modifier.isPublic(paneLoad.getModifiers()) && Modifier.isFinal(paneLoad.getModifiers()),
            "DefaultNodeSettingsPane widens loadSettingsFrom to public final");
        assertTrue(Modifier.isFinal(DefaultNodeSettingsPane.class.getMethod("saveSettingsTo", NodeSettingsWO.class)
            .getModifiers()));
        assertThrowsExactly(DefaultNodeSettingsPane.class.getMethod("loadAdditionalSettingsFrom",
            NodeSettingsRO.class, PortObjectSpec[].class), NotConfigurableException.class);
    }

    @Test
    void settingsModelTemplateMethodsAreFinal() throws Exception {
        Method save = declared(SettingsModel.class, "saveSettingsTo", NodeSettingsWO.class);
        Method load = declared(SettingsModel.class, "loadSettingsFrom", NodeSettingsRO.class);
        Method validate = declared(SettingsModel.class, "validateSettings", NodeSettingsRO.class);
        for (Method m : List.of(save, load, validate)) {
            assertTrue(Modifier.isPublic(m.getModifiers()) && Modifier.isFinal(m.getModifiers()), m::toString);
        }
        assertEquals(0, save.getExceptionTypes().length);
        assertThrowsExactly(load, InvalidSettingsException.class);
        assertThrowsExactly(validate, InvalidSettingsException.class);
        assertEquals("_Internals", SettingsModel.CFGKEY_INTERNAL);
        Method clone = declared(SettingsModel.class, "createClone");
        assertTrue(Modifier.isProtected(clone.getModifiers()) && Modifier.isAbstract(clone.getModifiers()));
        assertEquals(1, clone.getTypeParameters().length, "createClone is generic: <T extends SettingsModel> T");
        // SettingsModelNumber cannot be subclassed outside KNIME's package (package-private abstract methods)
        assertTrue(Arrays.stream(SettingsModelNumber.class.getDeclaredMethods())
            .anyMatch(m -> Modifier.isAbstract(m.getModifiers()) && isPackagePrivate(m.getModifiers())));
        assertTrue(Modifier.isFinal(SettingsModelColumnFilter2.class.getModifiers()));
    }

    @Test
    void dialogComponentShapes() throws Exception {
        assertTrue(Modifier.isFinal(DialogComponentBoolean.class.getModifiers()));
        Class<?> empty = Class.forName(DialogComponent.class.getName() + "$EmptySettingsModel");
        int mods = empty.getModifiers();
        assertTrue(Modifier.isProtected(mods) && Modifier.isStatic(mods) && Modifier.isFinal(mods),
            "EmptySettingsModel is a protected static final nested class");
        Method load = DialogComponent.class.getMethod("loadSettingsFrom", NodeSettingsRO.class,
            PortObjectSpec[].class);
        assertTrue(Modifier.isFinal(load.getModifiers()));
        assertThrowsExactly(load, NotConfigurableException.class);
        assertTrue(deprecated(DialogComponent.class.getMethod("setEnabled", boolean.class)));
    }

    @Test
    void settingsContainersAreCovariantAsInKnime() throws Exception {
        assertEquals(NodeSettings.class, declared(NodeSettings.class, "getNodeSettings", String.class)
            .getReturnType());
        assertEquals(NodeSettingsRO.class, NodeSettingsRO.class.getMethod("getNodeSettings", String.class)
            .getReturnType());
        assertTrue(Modifier.isFinal(NodeSettings.class.getModifiers()));
        assertEquals(ModelContentWO.class, ModelContentWO.class.getMethod("addModelContent", String.class)
            .getReturnType());
        assertEquals(ModelContentRO.class, ModelContentRO.class.getMethod("getModelContent", String.class)
            .getReturnType());
        assertEquals(List.of("xstring", "xint", "xdouble", "xfloat", "xlong", "xshort", "xbyte", "xchar", "xboolean",
            "config", "xpassword", "xtransientstring"),
            Arrays.stream(ConfigEntries.values()).map(Enum::name).collect(Collectors.toList()),
            "same constants in the same order as knime-shared (xtransientstring since 5.3)");
    }

    // -------------------------------------------------------------------- ports

    @Test
    void portApiShapes() throws Exception {
        Method save = declared(AbstractSimplePortObject.class, "save", ModelContentWO.class, ExecutionMonitor.class);
        assertTrue(Modifier.isProtected(save.getModifiers()) && Modifier.isAbstract(save.getModifiers()));
        assertThrowsExactly(save, CanceledExecutionException.class);
        assertThrowsExactly(declared(AbstractSimplePortObject.class, "load", ModelContentRO.class,
            PortObjectSpec.class, ExecutionMonitor.class), InvalidSettingsException.class,
            CanceledExecutionException.class);
        assertEquals(0, declared(AbstractSimplePortObjectSpec.class, "save", ModelContentWO.class)
            .getExceptionTypes().length);
        assertThrowsExactly(declared(AbstractSimplePortObjectSpec.class, "load", ModelContentRO.class),
            InvalidSettingsException.class);
        assertTrue(Modifier.isPublic(ctor(AbstractSimplePortObject.class).getModifiers()));
        assertEquals(Optional.class, PortTypeRegistry.class.getMethod("getObjectSerializer", Class.class)
            .getReturnType());
        assertTrue(Modifier.isStatic(PortTypeRegistry.class.getMethod("getInstance").getModifiers()));
    }

    // ---------------------------------------------------------- logger, no 5.4+

    @Test
    @DisabledIf(value = "org.custseg.knime.testing.KnimeUnderTest#isNewerThan53",
        disabledReason = "pins the 5.3 API the double mirrors; this KNIME is newer (5.5 added warn(Throwable) overloads)")
    void nodeLoggerHas53OverloadsOnly() throws Exception {
        assertTrue(Modifier.isFinal(NodeLogger.class.getModifiers()));
        for (String level : List.of("debug", "info", "warn", "error", "fatal", "coding")) {
            assertNotNull(NodeLogger.class.getMethod(level, Object.class));
            assertNotNull(NodeLogger.class.getMethod(level, Object.class, Throwable.class));
            assertNotNull(NodeLogger.class.getMethod(level, Supplier.class), "Supplier overloads exist since 5.2");
            assertNoMethod(NodeLogger.class, level, Throwable.class);
        }
        assertNotNull(NodeLogger.LEVEL.valueOf("OFF"), "LEVEL.OFF exists since 5.3");
    }

    @Test
    @DisabledIf(value = "org.custseg.knime.testing.KnimeUnderTest#isNewerThan53",
        disabledReason = "pins the 5.3 API the double mirrors; this KNIME is newer")
    void noMembersNewerThan53() {
        assertThrows(NoSuchMethodException.class,
            () -> SettingsModelColumnFilter2.class.getConstructor(String.class, boolean.class, Class[].class),
            "SettingsModelColumnFilter2(String, boolean, Class...) is @since 5.7");
        assertThrows(NoSuchFieldException.class, () -> XMLConfig.class.getField("DTD_RESOLVER"),
            "XMLConfig.DTD_RESOLVER is @since 5.4");
        assertTrue(Arrays.stream(NodeDialogPane.class.getMethods()).noneMatch(m -> m.getName().equals("populateDialog")),
            "NodeDialogPane#populateDialog is @since 5.4");
        assertTrue(Arrays.stream(org.knime.core.node.DefaultNodeProgressMonitor.class.getMethods())
            .noneMatch(m -> m.getName().equals("setExecuteCanceled") && m.getParameterCount() == 1),
            "setExecuteCanceled(Message) is @since 5.5");
        assertTrue(Arrays.stream(org.knime.core.data.container.CellFactory.class.getMethods())
            .noneMatch(m -> m.getName().equals("selectedColIndices")));
    }

    @Test
    void flowVariableShape() throws Exception {
        assertTrue(Modifier.isFinal(FlowVariable.class.getModifiers()));
        for (Class<?> valueType : List.of(String.class, double.class, int.class)) {
            assertTrue(Modifier.isPublic(ctor(FlowVariable.class, String.class, valueType).getModifiers()));
        }
        assertEquals(List.of("DOUBLE", "INTEGER", "STRING", "CREDENTIALS", "OTHER"),
            Arrays.stream(FlowVariable.Type.values()).map(Enum::name).collect(Collectors.toList()));
    }
}
