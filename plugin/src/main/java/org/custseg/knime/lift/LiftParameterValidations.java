package org.custseg.knime.lift;

import org.custseg.knime.common.ParameterValidations.NamedMax;
import org.custseg.knime.common.ParameterValidations.NamedMin;

/** Range checks of the Campaign Lift node's web-dialog fields (KNIME 5.6+ only), naming the setting and its range. */
public final class LiftParameterValidations {

    private LiftParameterValidations() {
    }

    /** Rank at least 1. */
    public static final class RankMin extends NamedMin {
        /** Creates the check. */
        public RankMin() {
            super(CampaignLiftNodeModel.LABEL_RANK, 1, "between 1 and 20");
        }
    }

    /** Rank at most 20. */
    public static final class RankMax extends NamedMax {
        /** Creates the check. */
        public RankMax() {
            super(CampaignLiftNodeModel.LABEL_RANK, 20, "between 1 and 20");
        }
    }

    /** Alpha at least 0.0001. */
    public static final class AlphaMin extends NamedMin {
        /** Creates the check. */
        public AlphaMin() {
            super(CampaignLiftNodeModel.LABEL_ALPHA, 0.0001, "between 0.0001 and 0.5");
        }
    }

    /** Alpha at most 0.5. */
    public static final class AlphaMax extends NamedMax {
        /** Creates the check. */
        public AlphaMax() {
            super(CampaignLiftNodeModel.LABEL_ALPHA, 0.5, "between 0.0001 and 0.5");
        }
    }
}
