package org.custseg.knime.profiler;

import org.custseg.knime.common.ParameterValidations.NamedMax;
import org.custseg.knime.common.ParameterValidations.NamedMin;

/** Range checks of the Segment Profiler's web-dialog fields (KNIME 5.6+ only), naming the setting and its range. */
public final class ProfilerParameterValidations {

    private ProfilerParameterValidations() {
    }

    /** Number of top attributes at least 1. */
    public static final class TopMin extends NamedMin {
        /** Creates the check. */
        public TopMin() {
            super(ProfilerSettings.LABEL_TOP, 1, "between 1 and " + ProfilerSettings.MAX_TOP);
        }
    }

    /** Number of top attributes at most {@link ProfilerSettings#MAX_TOP}. */
    public static final class TopMax extends NamedMax {
        /** Creates the check. */
        public TopMax() {
            super(ProfilerSettings.LABEL_TOP, ProfilerSettings.MAX_TOP, "between 1 and " + ProfilerSettings.MAX_TOP);
        }
    }

    /** Alpha above 0. */
    public static final class AlphaMin extends NamedMin {
        /** Creates the check. */
        public AlphaMin() {
            super(ProfilerSettings.LABEL_ALPHA, Double.MIN_VALUE, "between 0 and 1, exclusive");
        }
    }

    /** Alpha below 1. */
    public static final class AlphaMax extends NamedMax {
        /** Creates the check. */
        public AlphaMax() {
            super(ProfilerSettings.LABEL_ALPHA, Math.nextDown(1.0), "between 0 and 1, exclusive");
        }
    }
}
