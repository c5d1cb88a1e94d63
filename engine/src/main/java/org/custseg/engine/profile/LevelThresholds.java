package org.custseg.engine.profile;

/**
 * The absolute standardized differences (Cohen's d) at which a segment stops being "average" ({@code moderate})
 * and becomes "very" high or low ({@code strong}); see {@link Level} for the full table.
 *
 * <p>Defaults 0.3 and 0.8: 0.8 is Cohen's conventional "large" effect; 0.3 sits between his "small" (0.2) and
 * "medium" (0.5) so that a difference has to be visible in a chart before it is called high or low.
 *
 * @param moderate the smallest |d| that is called low/high, {@code 0 < moderate < strong}
 * @param strong the smallest |d| that is called very low/very high
 */
public record LevelThresholds(double moderate, double strong) {

    /** The default thresholds, 0.3 and 0.8. */
    public static final LevelThresholds DEFAULT = new LevelThresholds(0.3, 0.8);

    /**
     * @throws IllegalArgumentException if the thresholds are not finite with {@code 0 < moderate < strong}
     */
    public LevelThresholds {
        if (!(moderate > 0) || !(strong > moderate) || Double.isInfinite(strong)) {
            throw new IllegalArgumentException("Level thresholds must satisfy 0 < moderate < strong (finite), but "
                + "moderate = " + moderate + " and strong = " + strong + "; the defaults are 0.3 and 0.8.");
        }
    }
}
