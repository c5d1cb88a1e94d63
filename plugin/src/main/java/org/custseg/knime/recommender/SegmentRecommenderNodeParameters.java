package org.custseg.knime.recommender;

import org.knime.core.data.DataColumnSpec;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;
import org.knime.node.parameters.widget.choices.util.FilteredInputTableColumnsProvider;
import org.knime.node.parameters.widget.number.NumberInputWidget;

/**
 * The <i>Segment Recommender</i>'s settings as node parameters (its web dialog): the keys and value types of
 * {@link RecommenderSettings}. Descriptions are those of the node description.
 * Loaded only where {@code org.knime.node.parameters} exists (KNIME 5.6+).
 */
@SuppressWarnings("restriction")
final class SegmentRecommenderNodeParameters implements NodeParameters {

    /** The columns of the optional customer table (input 4). */
    static final class CustomerTableColumns implements FilteredInputTableColumnsProvider {
        @Override
        public int getInputTableIndex() {
            return 3;
        }

        @Override
        public boolean isIncluded(final DataColumnSpec col) {
            return true;
        }
    }

    @Widget(title = RecommenderSettings.LABEL_PLAYBOOK_MODE,
        description = "What a playbook table connected to the second input does: - replaces the built-in "
            + "playbook (default, REPLACE): only the connected rules are used. Right when you "
            + "exported the built-in playbook, edited it and connected it again: rules you deleted "
            + "stay deleted. - extends the built-in playbook (EXTEND): the built-in rules plus the "
            + "connected ones; a connected rule with the ID of a built-in rule replaces that rule. "
            + "Right when you only want to add or adjust a few rules. Without a connected playbook "
            + "the built-in one is used and this option has no effect.")
    @ValueSwitchWidget
    @Persist(configKey = RecommenderSettings.KEY_PLAYBOOK_MODE)
    Mode m_mode = Mode.REPLACE;

    @Widget(title = RecommenderSettings.LABEL_STRICT,
        description = "Off (default): a rule whose condition names an attribute that is not in the profile "
            + "(not even through an alias) is skipped, and the node warning lists the skipped "
            + "rules. On: such a rule stops the node with an error naming the rule, the attribute "
            + "and its position. Turn it on for a production playbook written for one data set, so "
            + "that a renamed column cannot silently switch rules off.")
    @Persist(configKey = RecommenderSettings.KEY_STRICT)
    boolean m_strict;

    @Widget(title = RecommenderSettings.LABEL_CUSTOMER_SEGMENT,
        description = "The string or integer column of the customer table (third input) that holds each "
            + "customer's segment, with the same segment names as the profile. When nothing is "
            + "selected the node uses the last string or integer column whose name starts with "
            + "\"Segment\" or \"Cluster\". Customers with a missing segment get the actions of the "
            + "\"(no segment)\" group if the profile has one.")
    @ChoicesProvider(CustomerTableColumns.class)
    @Persist(configKey = RecommenderSettings.KEY_CUSTOMER_SEGMENT)
    String m_customerSegment = "";

    @Widget(title = RecommenderSettings.LABEL_ACTIONS_PER_CUSTOMER,
        description = "How many of their segment's actions, by priority, each customer gets in the second "
            + "output (default 1, allowed 1 to 20). Segments with fewer matching rules leave the "
            + "remaining columns missing.")
    @NumberInputWidget(minValidation = RecommenderParameterValidations.ActionsMin.class,
        maxValidation = RecommenderParameterValidations.ActionsMax.class)
    @Persist(configKey = RecommenderSettings.KEY_ACTIONS_PER_CUSTOMER)
    int m_actions = RecommenderSettings.DEFAULT_ACTIONS;

    @Widget(title = RecommenderSettings.LABEL_HOLDOUT_SHARE,
        description = "Share of each segment's customers held out of each action as a control group (default 0.1 ="
            + " 10%; 0 = no holdout columns). The second output gets one \"Holdout i\" flag per action column;"
            + " a customer's group comes from a seeded hash of the customer id, segment and action, so it stays the"
            + " same in every scheduled run and for any row order.")
    @NumberInputWidget(minValidation = RecommenderParameterValidations.HoldoutMin.class,
        maxValidation = RecommenderParameterValidations.HoldoutMax.class)
    @Persist(configKey = RecommenderSettings.KEY_HOLDOUT_SHARE)
    double m_holdoutShare = 0.1;

    @Widget(title = RecommenderSettings.LABEL_HOLDOUT_SEED,
        description = "Seed of the holdout hash (default 1). Keep it fixed across runs so customers stay in their"
            + " group; change it only to draw a new control group.")
    @Persist(configKey = RecommenderSettings.KEY_HOLDOUT_SEED)
    int m_holdoutSeed = 1;

    @Widget(title = RecommenderSettings.LABEL_CUSTOMER_ID,
        description = "The column of the customer table (third input) that identifies each customer for the"
            + " holdout hash; empty uses the Row ID.")
    @ChoicesProvider(CustomerTableColumns.class)
    @Persist(configKey = RecommenderSettings.KEY_CUSTOMER_ID)
    String m_customerId = "";

    /** The choices; the constant names are those the node model parses. */
    enum Mode {
        @Label(value = "Replace the built-in playbook",
            description = "replaces the built-in playbook (default, REPLACE): only the connected rules are "
                + "used. Right when you exported the built-in playbook, edited it and connected it "
                + "again: rules you deleted stay deleted.")
        REPLACE,
        @Label(value = "Extend the built-in playbook",
            description = "extends the built-in playbook (EXTEND): the built-in rules plus the connected ones; "
                + "a connected rule with the ID of a built-in rule replaces that rule. Right when you "
                + "only want to add or adjust a few rules.")
        EXTEND;
    }
}
