package org.custseg.engine.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the {@link SegmentProfiler}; validates itself.
 *
 * @param test the significance test for numeric attributes
 * @param thresholds the |d| thresholds that turn effects into {@link Level}s
 * @param topAttributes how many distinguishing attributes the description and the summary list (1..50)
 * @param alpha the significance level used only for the words in notes ("not significant"), in (0, 1)
 * @param personaNames user names per segment that replace the generated persona (segment name &rarr; persona);
 *            copied, unknown segments are ignored, blank names are ignored
 */
public record ProfileConfig(TestMethod test, LevelThresholds thresholds, int topAttributes, double alpha,
    Map<String, String> personaNames) {

    /** Welch's t-test, default thresholds, top 3 attributes, alpha 0.05, no persona overrides. */
    public static final ProfileConfig DEFAULT = builder().build();

    /**
     * @throws IllegalArgumentException naming the setting, its value and the allowed values
     */
    public ProfileConfig {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(thresholds, "thresholds");
        if (topAttributes < 1 || topAttributes > 50) {
            throw new IllegalArgumentException(
                "topAttributes is " + topAttributes + " but must be between 1 and 50 (default 3).");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha is " + alpha + " but must be between 0 and 1 (default 0.05).");
        }
        personaNames = personaNames == null ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(personaNames));
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder; {@link #build()} validates. */
    public static final class Builder {
        private TestMethod test = TestMethod.WELCH_T;
        private LevelThresholds thresholds = LevelThresholds.DEFAULT;
        private int topAttributes = 3;
        private double alpha = 0.05;
        private Map<String, String> personaNames = Map.of();

        private Builder() {
        }

        /** @param v the test, default {@link TestMethod#WELCH_T} @return this */
        public Builder test(final TestMethod v) {
            test = v;
            return this;
        }

        /** @param v the level thresholds, default {@link LevelThresholds#DEFAULT} @return this */
        public Builder thresholds(final LevelThresholds v) {
            thresholds = v;
            return this;
        }

        /** @param v number of distinguishing attributes in descriptions, default 3 @return this */
        public Builder topAttributes(final int v) {
            topAttributes = v;
            return this;
        }

        /** @param v significance level for notes, default 0.05 @return this */
        public Builder alpha(final double v) {
            alpha = v;
            return this;
        }

        /** @param v segment name &rarr; persona overrides @return this */
        public Builder personaNames(final Map<String, String> v) {
            personaNames = v;
            return this;
        }

        /** @return the validated configuration */
        public ProfileConfig build() {
            return new ProfileConfig(test, thresholds, topAttributes, alpha, personaNames);
        }
    }
}
