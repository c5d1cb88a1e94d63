package org.custseg.engine.recommend;

import java.util.Objects;

/**
 * Settings of the {@link SegmentRecommender}.
 *
 * @param strict {@code true}: a rule whose condition names an attribute that is not in the profile is an error;
 *            {@code false} (default): the rule is skipped and listed in {@link Recommendations#warnings()}
 * @param aliases the attribute aliases
 */
public record RecommenderConfig(boolean strict, AttributeAliases aliases) {

    /** Not strict, default aliases. */
    public static final RecommenderConfig DEFAULT = new RecommenderConfig(false, AttributeAliases.defaults());

    /** Checks the aliases are given. */
    public RecommenderConfig {
        Objects.requireNonNull(aliases, "aliases");
    }
}
