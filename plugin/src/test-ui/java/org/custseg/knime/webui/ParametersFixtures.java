package org.custseg.knime.webui;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.webui.node.dialog.defaultdialog.NodeParametersUtil;
import org.knime.node.parameters.NodeParameters;

/**
 * The calls of KNIME's node-parameters API, kept out of the test classes so that those load on KNIME 5.3 too (where
 * they are reported as skipped): a test class that passed a {@link NodeParameters} value to KNIME would make the
 * verifier load that interface. Only loaded when a KNIME 5.6+ test runs.
 */
@SuppressWarnings({"restriction", "unchecked"})
final class ParametersFixtures {

    private ParametersFixtures() {
    }

    private static Class<? extends NodeParameters> cast(final Class<?> parametersClass) {
        return (Class<? extends NodeParameters>)parametersClass;
    }

    /** @return the settings the web dialog writes for a fresh node (the parameters' defaults) */
    static NodeSettings defaults(final Class<?> parametersClass) {
        final NodeParameters p = NodeParametersUtil.createSettings(cast(parametersClass));
        final NodeSettings s = new NodeSettings("model");
        NodeParametersUtil.saveSettings(cast(parametersClass), p, s);
        return s;
    }

    /** @return the parameters the framework creates for the given input specs */
    static Object create(final Class<?> parametersClass, final PortObjectSpec[] specs) {
        return NodeParametersUtil.createSettings(cast(parametersClass), specs);
    }

    /** The web dialog opening settings (e.g. written by the Swing dialog or the node model) and saving them again. */
    static NodeSettings loadAndSave(final Class<?> parametersClass, final NodeSettingsRO settings)
        throws InvalidSettingsException {
        final NodeParameters p = NodeParametersUtil.loadSettings(settings, cast(parametersClass));
        final NodeSettings s = new NodeSettings("model");
        NodeParametersUtil.saveSettings(cast(parametersClass), p, s);
        return s;
    }
}
