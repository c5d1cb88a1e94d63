package org.custseg.knime.lift;

import static org.custseg.knime.lift.CampaignLiftNodeModel.*;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** Dialog of the <i>Campaign Lift</i> node (KNIME 5.3 to 5.5). */
final class CampaignLiftNodeDialog extends DefaultNodeSettingsPane {

    CampaignLiftNodeDialog() {
        createNewGroup("Recommendations (first input)");
        addDialogComponent(new DialogComponentString(createSegmentModel(), LABEL_SEGMENT, true, 20));
        addDialogComponent(new DialogComponentNumber(createRankModel(), LABEL_RANK, 1));
        addDialogComponent(new DialogComponentString(createStringModel(KEY_ID), LABEL_ID, false, 20));
        closeCurrentGroup();
        createNewGroup("Outcomes (second input)");
        addDialogComponent(new DialogComponentString(createStringModel(KEY_OUTCOME_ID), LABEL_OUTCOME_ID, false, 20));
        addDialogComponent(new DialogComponentString(createRespondedModel(), LABEL_RESPONDED, false, 20));
        addDialogComponent(new DialogComponentString(createStringModel(KEY_VALUE), LABEL_VALUE, false, 20));
        addDialogComponent(new DialogComponentBoolean(createAbsentModel(), LABEL_ABSENT_IS_NO));
        closeCurrentGroup();
        createNewGroup("Statistics");
        addDialogComponent(new DialogComponentNumber(createAlphaModel(), LABEL_ALPHA, 0.01));
        addDialogComponent(new DialogComponentNumber(createSeedModel(), LABEL_SEED, 1));
        closeCurrentGroup();
    }
}
