package org.custseg.knime.doubletest.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IDataRepository;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.Node;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeProgressMonitor;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.workflow.SingleNodeContainer;

/**
 * Pins the modifiers of the 5.3 members whose shape matters to callers (see knime-api-notes.md, "Pitfalls"),
 * so an edit of the double cannot silently diverge from KNIME.
 */
class ApiShapeTest {

    private static int mods(final Class<?> c, final String name, final Class<?>... params) throws Exception {
        return c.getDeclaredMethod(name, params).getModifiers();
    }

    @Test
    void nodeFactoryMethodsAreAbstractWithKnimesVisibility() throws Exception {
        int views = mods(NodeFactory.class, "getNrNodeViews");
        assertTrue(Modifier.isAbstract(views) && Modifier.isProtected(views));
        int dialog = mods(NodeFactory.class, "hasDialog");
        assertTrue(Modifier.isAbstract(dialog) && Modifier.isProtected(dialog));
        int pane = mods(NodeFactory.class, "createNodeDialogPane");
        assertTrue(Modifier.isAbstract(pane) && Modifier.isProtected(pane));
        int view = mods(NodeFactory.class, "createNodeView", int.class, NodeModel.class);
        assertTrue(Modifier.isAbstract(view) && Modifier.isPublic(view));
        int model = mods(NodeFactory.class, "createNodeModel");
        assertTrue(Modifier.isAbstract(model) && Modifier.isPublic(model));
    }

    @Test
    void nodeModelExecuteAndConfigureAreOverridableNotAbstract() throws Exception {
        for (int m : List.of(mods(NodeModel.class, "execute", BufferedDataTable[].class, ExecutionContext.class),
            mods(NodeModel.class, "execute", PortObject[].class, ExecutionContext.class),
            mods(NodeModel.class, "configure", DataTableSpec[].class),
            mods(NodeModel.class, "configure", PortObjectSpec[].class))) {
            assertTrue(Modifier.isProtected(m));
            assertFalse(Modifier.isAbstract(m));
            assertFalse(Modifier.isFinal(m));
        }
        assertTrue(Modifier.isAbstract(mods(NodeModel.class, "saveSettingsTo", NodeSettingsWO.class)));
        int peek = mods(NodeModel.class, "peekFlowVariableString", String.class);
        assertTrue(Modifier.isPublic(peek) && Modifier.isFinal(peek));
        int push = mods(NodeModel.class, "pushFlowVariableDouble", String.class, double.class);
        assertTrue(Modifier.isProtected(push) && Modifier.isFinal(push));
    }

    @Test
    void tableSizeIsLongAndRowCountDeprecated() throws Exception {
        assertEquals(long.class, BufferedDataTable.class.getMethod("size").getReturnType());
        Method rowCount = BufferedDataTable.class.getMethod("getRowCount");
        assertNotNull(rowCount.getAnnotation(Deprecated.class));
        assertTrue(Modifier.isFinal(BufferedDataTable.class.getModifiers()));
        assertEquals(org.knime.core.data.container.CloseableRowIterator.class,
            BufferedDataTable.class.getMethod("iterator").getReturnType());
    }

    @Test
    void executionContextConstructorsAreKnimesAndNeedANode() throws Exception {
        // KNIME 5.3 has three public constructors, all deprecated (the double leaves out the HashMap one)
        ExecutionContext.class.getConstructor(NodeProgressMonitor.class, Node.class);
        ExecutionContext.class.getConstructor(NodeProgressMonitor.class, Node.class,
            SingleNodeContainer.MemoryPolicy.class, IDataRepository.class);
        assertNotNull(ExecutionContext.class.getConstructor(NodeProgressMonitor.class, Node.class)
            .getAnnotation(Deprecated.class));
        // 5.3 and 5.11: the IDataRepository constructor is deprecated in its javadoc only (no annotation)
        assertNull(ExecutionContext.class.getConstructor(NodeProgressMonitor.class, Node.class,
            SingleNodeContainer.MemoryPolicy.class, IDataRepository.class).getAnnotation(Deprecated.class));
        // KNIME asks the node for its file store handler: a null node is a NullPointerException
        assertThrows(NullPointerException.class, () -> newContext(null));
    }

    @SuppressWarnings("deprecation")
    private static ExecutionContext newContext(final Node node) {
        return new ExecutionContext(new DefaultNodeProgressMonitor(), node);
    }
}
