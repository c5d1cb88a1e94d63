package org.custseg.knime.lift;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the <i>Campaign Lift</i> node; its description is {@code CampaignLiftNodeFactory.xml}. */
public final class CampaignLiftNodeFactory extends AbstractDialogNodeFactory<CampaignLiftNodeModel> {

    @Override
    public CampaignLiftNodeModel createNodeModel() {
        return new CampaignLiftNodeModel();
    }

    @Override
    protected NodeDialogPane createSwingDialogPane() {
        return new CampaignLiftNodeDialog();
    }
}
