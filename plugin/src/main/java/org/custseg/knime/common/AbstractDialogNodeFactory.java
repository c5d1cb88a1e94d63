package org.custseg.knime.common;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;
import org.knime.core.webui.node.dialog.NodeDialog;
import org.knime.core.webui.node.dialog.NodeDialogFactory;
import org.knime.core.webui.node.dialog.NodeDialogManager;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.core.webui.node.dialog.defaultdialog.DefaultNodeDialog;

/**
 * Base of the factories of this plugin's nodes, which all have a dialog and no views. A subclass creates the model,
 * its classic Swing dialog and names its node-parameters class; its node description is
 * {@code <subclass simple name>.xml} next to it, as for any factory.
 *
 * <p>Which dialog KNIME shows:
 * <ul>
 * <li>KNIME 5.6 and later (where {@code org.knime.node.parameters.NodeParameters} exists): the web dialog built
 * from {@link #nodeParametersClass()} ({@link #hasNodeDialog()} is true) in the Modern UI side panel, in the
 * browser and for K-AI; the classic UI gets the same dialog wrapped by KNIME
 * ({@link NodeDialogManager#createLegacyFlowVariableNodeDialog}).</li>
 * <li>KNIME 5.3 to 5.5: the Swing dialog of {@link #createSwingDialogPane()}; {@link #hasNodeDialog()} is false
 * and no node-parameters class is ever loaded (it could not be: its interface does not exist there).</li>
 * </ul>
 * Both dialogs write the same settings keys, which the classic node model reads.
 *
 * @param <T> the model class
 */
@SuppressWarnings("restriction") // org.knime.core.webui.* are KNIME's x-internal packages, used as KNIME's own nodes do
public abstract class AbstractDialogNodeFactory<T extends NodeModel> extends NodeFactory<T>
    implements NodeDialogFactory {

    /** Name of the interface whose presence means KNIME has node-parameters web dialogs (5.6 and later). */
    public static final String NODE_PARAMETERS_CLASS = "org.knime.node.parameters.NodeParameters";

    /** Whether this KNIME has the node-parameters dialog API (5.6 and later). */
    public static final boolean HAS_NODE_PARAMETERS = isPresent(NODE_PARAMETERS_CLASS);

    private static boolean isPresent(final String className) {
        try {
            Class.forName(className, false, AbstractDialogNodeFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) { // NOSONAR absence is the answer
            return false;
        }
    }

    @Override
    protected final int getNrNodeViews() {
        return 0;
    }

    @Override
    public final NodeView<T> createNodeView(final int viewIndex, final T nodeModel) {
        throw new IndexOutOfBoundsException("The node has no views; view index " + viewIndex);
    }

    @Override
    protected final boolean hasDialog() {
        return true;
    }

    /**
     * The node-parameters class of the web dialog: by convention the factory's class name with {@code NodeFactory}
     * replaced by {@code NodeParameters}, in the same package (e.g. {@code KMeansSegmenterNodeParameters}). Looked up
     * by name and called only where {@link #HAS_NODE_PARAMETERS} is true, so that no node-parameters class is ever
     * loaded on KNIME 5.3 to 5.5, and the rest of the plugin compiles against KNIME 5.3 without them.
     *
     * @return the class, or {@code null} if the node has only the Swing dialog
     */
    protected Class<?> nodeParametersClass() {
        final String name = getClass().getName().replaceFirst("NodeFactory$", "NodeParameters");
        try {
            return Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) { // NOSONAR no web dialog for this node
            return null;
        }
    }

    /** @return true where KNIME has node parameters (5.6+) and this node has a node-parameters class */
    @Override
    public final boolean hasNodeDialog() {
        return HAS_NODE_PARAMETERS && nodeParametersClass() != null;
    }

    /** @return the web dialog (only called by KNIME when {@link #hasNodeDialog()} is true) */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"}) // the class is a NodeParameters (5.6+), checked by the dialog tests
    public final NodeDialog createNodeDialog() {
        return new DefaultNodeDialog(SettingsType.MODEL, (Class)nodeParametersClass());
    }

    /** The web dialog wrapped for the classic UI on 5.6+, the Swing dialog before. */
    @Override
    protected final NodeDialogPane createNodeDialogPane() {
        return hasNodeDialog() ? NodeDialogManager.createLegacyFlowVariableNodeDialog(createNodeDialog())
            : createSwingDialogPane();
    }

    /**
     * The classic Swing dialog, shown by KNIME 5.3 to 5.5. It stays as it is (Swing dialogs are deprecated for
     * removal since KNIME 5.6); new settings go into the node-parameters class and here only as far as 5.3 users
     * need them.
     *
     * @return a new Swing dialog
     */
    protected abstract NodeDialogPane createSwingDialogPane();
}
