package org.custseg.knime.lift;

import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.widget.number.NumberInputWidget;

/**
 * The <i>Campaign Lift</i> node's settings as KNIME 5.6+ node parameters (its web dialog): the keys and value types
 * {@link CampaignLiftNodeModel} reads. Loaded only where {@code org.knime.node.parameters} exists.
 */
final class CampaignLiftNodeParameters implements NodeParameters {

    @Widget(title = CampaignLiftNodeModel.LABEL_SEGMENT,
        description = "The column of the recommendations (first input) with each customer's segment (default"
            + " \"Segment\").")
    @Persist(configKey = CampaignLiftNodeModel.KEY_SEGMENT)
    String m_segment = "Segment";

    @Widget(title = CampaignLiftNodeModel.LABEL_RANK,
        description = "Which of each customer's recommended actions is read out (default 1, the top action): the"
            + " node reads the columns \"Rule ID n\" and \"Holdout n\" of the Segment Recommender's customer output.")
    @NumberInputWidget(minValidation = LiftParameterValidations.RankMin.class,
        maxValidation = LiftParameterValidations.RankMax.class)
    @Persist(configKey = CampaignLiftNodeModel.KEY_RANK)
    int m_rank = 1;

    @Widget(title = CampaignLiftNodeModel.LABEL_ID,
        description = "The column of the recommendations that identifies each customer; empty (default) uses the"
            + " Row ID.")
    @Persist(configKey = CampaignLiftNodeModel.KEY_ID)
    String m_id = "";

    @Widget(title = CampaignLiftNodeModel.LABEL_OUTCOME_ID,
        description = "The column of the outcomes (second input) that identifies each customer; empty (default)"
            + " uses the Row ID.")
    @Persist(configKey = CampaignLiftNodeModel.KEY_OUTCOME_ID)
    String m_outcomeId = "";

    @Widget(title = CampaignLiftNodeModel.LABEL_RESPONDED,
        description = "The outcomes column that says whether the customer responded: boolean, 1/0, or text"
            + " yes/no, true/false (default \"Responded\"; a missing cell = not recorded). Empty = read values only.")
    @Persist(configKey = CampaignLiftNodeModel.KEY_RESPONDED)
    String m_responded = "Responded";

    @Widget(title = CampaignLiftNodeModel.LABEL_VALUE,
        description = "The numeric outcomes column with the value of the response, e.g. revenue (missing ="
            + " none). Empty (default) = response only.")
    @Persist(configKey = CampaignLiftNodeModel.KEY_VALUE)
    String m_value = "";

    @Widget(title = CampaignLiftNodeModel.LABEL_ABSENT_IS_NO,
        description = "Off (default): a customer of the recommendations without an outcome row is not counted"
            + " (a warning gives the number). On: such a customer counts as not responded, for outcome tables that"
            + " list responders only.")
    @Persist(configKey = CampaignLiftNodeModel.KEY_ABSENT_IS_NO)
    boolean m_absentIsNo;

    @Widget(title = CampaignLiftNodeModel.LABEL_ALPHA,
        description = "Significance level after adjustment, and 1 - confidence level of the intervals (default"
            + " 0.05: 95% intervals).")
    @NumberInputWidget(minValidation = LiftParameterValidations.AlphaMin.class,
        maxValidation = LiftParameterValidations.AlphaMax.class)
    @Persist(configKey = CampaignLiftNodeModel.KEY_ALPHA)
    double m_alpha = 0.05;

    @Widget(title = CampaignLiftNodeModel.LABEL_SEED,
        description = "Seed of the bootstrap of value differences (default 1); the same seed gives the same"
            + " intervals.")
    @Persist(configKey = CampaignLiftNodeModel.KEY_SEED)
    int m_seed = 1;
}
