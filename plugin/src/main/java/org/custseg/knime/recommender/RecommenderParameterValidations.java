package org.custseg.knime.recommender;

import org.custseg.knime.common.ParameterValidations.NamedMax;
import org.custseg.knime.common.ParameterValidations.NamedMin;

/** Range checks of the Segment Recommender's web-dialog fields (KNIME 5.6+ only), naming the setting and its range. */
public final class RecommenderParameterValidations {

    private RecommenderParameterValidations() {
    }

    /** Actions per customer at least 1. */
    public static final class ActionsMin extends NamedMin {
        /** Creates the check. */
        public ActionsMin() {
            super(RecommenderSettings.LABEL_ACTIONS_PER_CUSTOMER, 1,
                "between 1 and " + RecommenderSettings.MAX_ACTIONS);
        }
    }

    /** Actions per customer at most {@link RecommenderSettings#MAX_ACTIONS}. */
    public static final class ActionsMax extends NamedMax {
        /** Creates the check. */
        public ActionsMax() {
            super(RecommenderSettings.LABEL_ACTIONS_PER_CUSTOMER, RecommenderSettings.MAX_ACTIONS,
                "between 1 and " + RecommenderSettings.MAX_ACTIONS);
        }
    }

    /** Holdout share at least 0. */
    public static final class HoldoutMin extends NamedMin {
        /** Creates the check. */
        public HoldoutMin() {
            super(RecommenderSettings.LABEL_HOLDOUT_SHARE, 0, "at least 0 and below 1");
        }
    }

    /** Holdout share at most 0.99. */
    public static final class HoldoutMax extends NamedMax {
        /** Creates the check. */
        public HoldoutMax() {
            super(RecommenderSettings.LABEL_HOLDOUT_SHARE, 0.99, "at least 0 and below 1");
        }
    }
}
