package org.custseg.knime.kmedoids;

import org.custseg.knime.webui.SnapshotSupport;
import org.junit.jupiter.api.condition.EnabledIf;
import org.knime.testing.node.dialog.DefaultNodeSettingsSnapshotTest;

/**
 * KNIME's own snapshot test of the web dialog of this node (data, JSON schema, UI schema, settings tree), as KNIME's
 * migrated nodes pin theirs; the bank-like test table is at input 0. KNIME 5.6+ only.
 */
@EnabledIf("knimereal.ui.KnimeRealUi#hasNodeParameters")
class KMedoidsSegmenterNodeParametersSnapshotTest extends DefaultNodeSettingsSnapshotTest {

    KMedoidsSegmenterNodeParametersSnapshotTest() {
        super(SnapshotSupport.configuration(KMedoidsSegmenterNodeParameters.class, 1));
    }
}
