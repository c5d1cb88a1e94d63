package org.custseg.knime.lift;

import org.custseg.knime.webui.SnapshotSupport;
import org.junit.jupiter.api.condition.EnabledIf;
import org.knime.testing.node.dialog.DefaultNodeSettingsSnapshotTest;

/**
 * KNIME's own snapshot test of the web dialog of the Campaign Lift node (data, JSON schema, UI schema, settings
 * tree), the bank-like test table at its two table inputs. KNIME 5.6+ only.
 */
@EnabledIf("knimereal.ui.KnimeRealUi#hasNodeParameters")
class CampaignLiftNodeParametersSnapshotTest extends DefaultNodeSettingsSnapshotTest {

    CampaignLiftNodeParametersSnapshotTest() {
        super(SnapshotSupport.configuration(CampaignLiftNodeParameters.class, 2));
    }
}
