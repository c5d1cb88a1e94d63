package org.custseg.knime.webui;

import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.util.workflow.def.FallibleSupplier;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.node.parameters.NodeParameters;
import org.knime.testing.node.dialog.SnapshotTestConfiguration;

/**
 * Builds the configuration of KNIME's own dialog snapshot test ({@code DefaultNodeSettingsSnapshotTest}) for a node's
 * parameters class with the bank-like test table at its table inputs: the JSON forms (data, schema, UI schema) of the class,
 * of the parameters the framework creates for that input, and their settings tree. The snapshot files are in
 * {@code knime-real-ui-tests/files/test_snapshots/}; a changed dialog fails until they are updated on purpose.
 * Used only by tests enabled on KNIME 5.6+.
 */
@SuppressWarnings({"restriction", "unchecked"})
public final class SnapshotSupport {

    private SnapshotSupport() {
    }

    /**
     * @param parametersClass a node-parameters class
     * @param tablePorts how many input ports, from the first, get the test table (KNIME's snapshot test takes no
     *            missing spec; a node whose first input is not a table gets none)
     * @return the configuration
     */
    public static SnapshotTestConfiguration configuration(final Class<?> parametersClass, final int tablePorts) {
        final Class<? extends NodeParameters> c = (Class<? extends NodeParameters>)parametersClass;
        final PortObjectSpec[] specs = new PortObjectSpec[tablePorts];
        java.util.Arrays.fill(specs, TableSourceNodeFactory.spec());
        final FallibleSupplier<NodeParameters> instance = () -> (NodeParameters)ParametersFixtures.create(c, specs);
        return SnapshotTestConfiguration.builder() //
            .withInputPortObjectSpecs(specs) //
            .testJsonFormsForModel(c) //
            .testJsonFormsWithInstance(SettingsType.MODEL, instance) //
            .testNodeSettingsStructure(instance) //
            .build();
    }
}
