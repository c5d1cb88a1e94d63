package org.custseg.knime.webui;

import java.io.IOException;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.workflow.NativeNodeContainer;
import org.knime.core.node.workflow.NodeContext;
import org.knime.core.node.workflow.WorkflowManager;
import org.knime.testing.util.WorkflowManagerUtil;

/** One of the plugin's nodes in a real workflow, its mandatory table inputs fed by {@link TableSourceNodeFactory}. */
final class NodeWorkflow implements AutoCloseable {

    final WorkflowManager m_wfm;

    final NativeNodeContainer m_node;

    NodeWorkflow(final NodeFactory<? extends NodeModel> factory) throws IOException {
        m_wfm = WorkflowManagerUtil.createEmptyWorkflow();
        final NativeNodeContainer source = WorkflowManagerUtil.createAndAddNode(m_wfm, new TableSourceNodeFactory());
        m_node = WorkflowManagerUtil.createAndAddNode(m_wfm, factory);
        for (int i = 1; i < m_node.getNrInPorts(); i++) { // index 0 is the flow-variable port
            if (m_node.getInPort(i).getPortType().equals(BufferedDataTable.TYPE)) {
                m_wfm.addConnection(source.getID(), 1, m_node.getID(), i);
            }
        }
    }

    /** The pane KNIME's classic front end opens; creating it needs the node's context, as in KNIME. */
    NodeDialogPane dialogPane() throws NotConfigurableException {
        NodeContext.pushContext(m_node);
        try {
            return m_node.getDialogPaneWithSettings();
        } finally {
            NodeContext.removeLastContext();
        }
    }

    NodeModel model() {
        return m_node.getNodeModel();
    }

    @Override
    public void close() {
        WorkflowManagerUtil.disposeWorkflow(m_wfm);
    }
}
