package org.custseg.knime.common;

import org.custseg.engine.stability.StabilityConfig;
import org.custseg.engine.segment.SegmentationConfig;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MaxValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation;

/**
 * Range checks of the web dialogs' number inputs, with messages that name the setting (its dialog label) and the
 * allowed range, in the words of the node models' own checks. Used only by node-parameters classes, so loaded only on
 * KNIME 5.6+. The node model still validates every value (and the relations between values) when settings are
 * applied; these give the user the message while typing.
 */
public final class ParameterValidations {

    private ParameterValidations() {
    }

    private static String range(final String label, final String range) {
        return "'" + label + "' must be " + range + ".";
    }

    /** Smallest value with a message naming the setting. */
    public abstract static class NamedMin extends MinValidation {
        private final double m_min;

        private final String m_message;

        protected NamedMin(final String label, final double min, final String range) {
            m_min = min;
            m_message = range(label, range);
        }

        @Override
        protected double getMin() {
            return m_min;
        }

        @Override
        public String getErrorMessage() {
            return m_message;
        }
    }

    /** Largest value with a message naming the setting. */
    public abstract static class NamedMax extends MaxValidation {
        private final double m_max;

        private final String m_message;

        protected NamedMax(final String label, final double max, final String range) {
            m_max = max;
            m_message = range(label, range);
        }

        @Override
        protected double getMax() {
            return m_max;
        }

        @Override
        public String getErrorMessage() {
            return m_message;
        }
    }

    private static final String K_RANGE = "between 2 and " + SegmentationConfig.MAX_K;

    /** k at least 2. */
    public static final class KMin extends NamedMin {
        /** Creates the check. */
        public KMin() {
            super(SegmenterSettings.LABEL_K, 2, K_RANGE);
        }
    }

    /** k at most {@link SegmentationConfig#MAX_K}. */
    public static final class KMax extends NamedMax {
        /** Creates the check. */
        public KMax() {
            super(SegmenterSettings.LABEL_K, SegmentationConfig.MAX_K, K_RANGE);
        }
    }

    /** Smallest k of the search at least 2. */
    public static final class KMinMin extends NamedMin {
        /** Creates the check. */
        public KMinMin() {
            super(SegmenterSettings.LABEL_K_MIN, 2, K_RANGE + " and not larger than '"
                + SegmenterSettings.LABEL_K_MAX + "'");
        }
    }

    /** Smallest k of the search at most {@link SegmentationConfig#MAX_K}. */
    public static final class KMinMax extends NamedMax {
        /** Creates the check. */
        public KMinMax() {
            super(SegmenterSettings.LABEL_K_MIN, SegmentationConfig.MAX_K, K_RANGE + " and not larger than '"
                + SegmenterSettings.LABEL_K_MAX + "'");
        }
    }

    /** Largest k of the search at least 2. */
    public static final class KMaxMin extends NamedMin {
        /** Creates the check. */
        public KMaxMin() {
            super(SegmenterSettings.LABEL_K_MAX, 2, K_RANGE + " and not smaller than '"
                + SegmenterSettings.LABEL_K_MIN + "'");
        }
    }

    /** Largest k of the search at most {@link SegmentationConfig#MAX_K}. */
    public static final class KMaxMax extends NamedMax {
        /** Creates the check. */
        public KMaxMax() {
            super(SegmenterSettings.LABEL_K_MAX, SegmentationConfig.MAX_K, K_RANGE + " and not smaller than '"
                + SegmenterSettings.LABEL_K_MIN + "'");
        }
    }

    /** Maximum iterations at least 1. */
    public static final class MaxIterationsMin extends NamedMin {
        /** Creates the check. */
        public MaxIterationsMin() {
            super(SegmenterSettings.LABEL_MAX_ITERATIONS, 1, "at least 1");
        }
    }

    /** Restarts at least 1. */
    public static final class RestartsMin extends NamedMin {
        /** Creates the check. */
        public RestartsMin() {
            super(SegmenterSettings.LABEL_RESTARTS, 1, "between 1 and " + SegmenterSettings.MAX_RESTARTS);
        }
    }

    /** Restarts at most {@link SegmenterSettings#MAX_RESTARTS}. */
    public static final class RestartsMax extends NamedMax {
        /** Creates the check. */
        public RestartsMax() {
            super(SegmenterSettings.LABEL_RESTARTS, SegmenterSettings.MAX_RESTARTS,
                "between 1 and " + SegmenterSettings.MAX_RESTARTS);
        }
    }

    /** Sample size not negative (the model also refuses 1). */
    public static final class SampleSizeMin extends NamedMin {
        /** Creates the check. */
        public SampleSizeMin() {
            super(SegmenterSettings.LABEL_SAMPLE_SIZE, 0, "0 (cluster all rows) or at least 2");
        }
    }

    /** Not negative, for counts such as the number of top attributes. */
    public static final class NonNegative extends NamedMin {
        /** Creates the check. */
        public NonNegative() {
            super("This value", 0, "at least 0");
        }
    }

    /** Effect thresholds must be positive (the model also checks that the strong one is above the moderate one). */
    public static final class PositiveEffect extends NamedMin {
        /** Creates the check. */
        public PositiveEffect() {
            super("Effect thresholds", Double.MIN_VALUE, "positive numbers, the one for very low / very high above"
                + " the one for low / high");
        }
    }

    /** Stability resamples at least 0. */
    public static final class StabilityMin extends NamedMin {
        /** Creates the check. */
        public StabilityMin() {
            super(SegmenterSettings.LABEL_STABILITY_RESAMPLES, 0, "between 0 and " + StabilityConfig.MAX_RESAMPLES);
        }
    }

    /** Stability resamples at most {@link StabilityConfig#MAX_RESAMPLES}. */
    public static final class StabilityMax extends NamedMax {
        /** Creates the check. */
        public StabilityMax() {
            super(SegmenterSettings.LABEL_STABILITY_RESAMPLES, StabilityConfig.MAX_RESAMPLES,
                "between 0 and " + StabilityConfig.MAX_RESAMPLES);
        }
    }
}
