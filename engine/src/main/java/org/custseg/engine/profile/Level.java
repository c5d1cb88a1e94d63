package org.custseg.engine.profile;

import java.util.Locale;

/**
 * How a segment's value of a numeric attribute compares with the rest of the population, derived from the
 * standardized difference (Cohen's d) with the thresholds of {@link LevelThresholds}.
 *
 * <p>With the default thresholds (moderate 0.3, strong 0.8):
 * <pre>
 *   d &lt;= -0.8          very low
 *   -0.8 &lt; d &lt;= -0.3   low
 *   -0.3 &lt; d &lt; 0.3     average
 *   0.3 &lt;= d &lt; 0.8     high
 *   d &gt;= 0.8           very high
 *   d undefined (NaN)   undefined
 * </pre>
 * The five defined levels are ordered from {@link #VERY_LOW} to {@link #VERY_HIGH}; {@link #UNDEFINED} is outside
 * that order (it is never "at least" or "at most" anything).
 */
public enum Level {
    /** Far below the rest of the population. */
    VERY_LOW("very low"),
    /** Moderately below the rest of the population. */
    LOW("low"),
    /** Close to the rest of the population. */
    AVERAGE("average"),
    /** Moderately above the rest of the population. */
    HIGH("high"),
    /** Far above the rest of the population. */
    VERY_HIGH("very high"),
    /** The effect could not be computed (e.g. no rest of population, or all values missing). */
    UNDEFINED("undefined");

    private final String label;

    Level(final String label) {
        this.label = label;
    }

    /** @return the word used in tables, descriptions and playbook conditions, e.g. {@code "very high"} */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** @return {@code true} for every level except {@link #UNDEFINED} */
    public boolean isDefined() {
        return this != UNDEFINED;
    }

    /**
     * @param other another defined level
     * @return {@code true} if both levels are defined and this one is the same as or above {@code other}
     */
    public boolean isAtLeast(final Level other) {
        return isDefined() && other.isDefined() && ordinal() >= other.ordinal();
    }

    /**
     * @param other another defined level
     * @return {@code true} if both levels are defined and this one is the same as or below {@code other}
     */
    public boolean isAtMost(final Level other) {
        return isDefined() && other.isDefined() && ordinal() <= other.ordinal();
    }

    /**
     * Classifies a standardized difference.
     *
     * @param effect Cohen's d of the segment against the rest of the population; NaN gives {@link #UNDEFINED}
     * @param thresholds the thresholds to apply
     * @return the level
     */
    public static Level of(final double effect, final LevelThresholds thresholds) {
        if (Double.isNaN(effect)) {
            return UNDEFINED;
        }
        if (effect >= thresholds.strong()) {
            return VERY_HIGH;
        }
        if (effect <= -thresholds.strong()) {
            return VERY_LOW;
        }
        if (effect >= thresholds.moderate()) {
            return HIGH;
        }
        if (effect <= -thresholds.moderate()) {
            return LOW;
        }
        return AVERAGE;
    }

    /**
     * Parses a level word as written by {@link #label()} (case-insensitive; underscores, hyphens and repeated
     * spaces are treated as one space, so {@code VERY_HIGH} and {@code very-high} also work).
     *
     * @param text the word
     * @return the level
     * @throws IllegalArgumentException if the text is not a level word; the message lists the allowed words
     */
    public static Level parse(final String text) {
        final String norm = text == null ? ""
            : text.trim().toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s]+", " ");
        for (final Level l : values()) {
            if (l.label.equals(norm)) {
                return l;
            }
        }
        throw new IllegalArgumentException("\"" + text
            + "\" is not a level; use one of: very low, low, average, high, very high, undefined.");
    }
}
