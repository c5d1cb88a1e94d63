package org.custseg.knime.recommender;

import org.custseg.engine.recommend.PlaybookMode;
import org.custseg.knime.profiler.ProfilerSettings;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentButtonGroup;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Dialog of the <i>Segment Recommender</i>: a "Playbook" group (replace or extend the built-in playbook, strict
 * mode) and a "Customers" group (segment column of the optional customer table, actions per customer). Labels match
 * the names used in error messages and in the node description.
 */
final class SegmentRecommenderNodeDialog extends DefaultNodeSettingsPane {

    private final SettingsModelString m_customerSegment = RecommenderSettings.createCustomerSegmentModel();

    @SuppressWarnings("unchecked")
    SegmentRecommenderNodeDialog() {
        createNewGroup("Playbook");
        addDialogComponent(new DialogComponentButtonGroup(RecommenderSettings.createPlaybookModeModel(),
            RecommenderSettings.LABEL_PLAYBOOK_MODE, true,
            new String[]{"replaces the built-in playbook", "extends the built-in playbook"},
            new String[]{PlaybookMode.REPLACE.name(), PlaybookMode.EXTEND.name()}));
        addDialogComponent(new DialogComponentBoolean(RecommenderSettings.createStrictModel(),
            RecommenderSettings.LABEL_STRICT));
        closeCurrentGroup();
        createNewGroup("Customers");
        addDialogComponent(new DialogComponentColumnNameSelection(m_customerSegment,
            RecommenderSettings.LABEL_CUSTOMER_SEGMENT, SegmentRecommenderNodeModel.IN_CUSTOMERS, false,
            StringValue.class, IntValue.class, LongValue.class));
        addDialogComponent(new DialogComponentNumber(RecommenderSettings.createActionsModel(),
            RecommenderSettings.LABEL_ACTIONS_PER_CUSTOMER, 1));
        closeCurrentGroup();
        createNewGroup("Holdout (control group)");
        addDialogComponent(new DialogComponentNumber(RecommenderSettings.createHoldoutShareModel(),
            RecommenderSettings.LABEL_HOLDOUT_SHARE, 0.01));
        addDialogComponent(new DialogComponentNumber(RecommenderSettings.createHoldoutSeedModel(),
            RecommenderSettings.LABEL_HOLDOUT_SEED, 1));
        addDialogComponent(new DialogComponentString(RecommenderSettings.createCustomerIdModel(),
            RecommenderSettings.LABEL_CUSTOMER_ID));
        closeCurrentGroup();
    }

    /** Preselects the guessed segment column instead of the first suitable one when the setting is empty. */
    @Override
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        final int port = SegmentRecommenderNodeModel.IN_CUSTOMERS;
        if (ProfilerSettings.isUnset(settings, RecommenderSettings.KEY_CUSTOMER_SEGMENT) && specs.length > port
            && specs[port] instanceof DataTableSpec) {
            final String guess = ProfilerSettings.guessSegmentColumn((DataTableSpec)specs[port]);
            if (guess != null) {
                m_customerSegment.setStringValue(guess);
            }
        }
    }
}
