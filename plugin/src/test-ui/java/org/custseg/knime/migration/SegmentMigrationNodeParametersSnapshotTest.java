package org.custseg.knime.migration;

import org.custseg.knime.webui.SnapshotSupport;
import org.junit.jupiter.api.condition.EnabledIf;
import org.knime.testing.node.dialog.DefaultNodeSettingsSnapshotTest;

/**
 * KNIME's own snapshot test of the web dialog of the Segment Migration node (data, JSON schema, UI schema, settings
 * tree), the bank-like test table at its three table inputs. KNIME 5.6+ only.
 */
@EnabledIf("knimereal.ui.KnimeRealUi#hasNodeParameters")
class SegmentMigrationNodeParametersSnapshotTest extends DefaultNodeSettingsSnapshotTest {

    SegmentMigrationNodeParametersSnapshotTest() {
        super(SnapshotSupport.configuration(SegmentMigrationNodeParameters.class, 3));
    }
}
