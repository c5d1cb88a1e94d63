package org.custseg.engine.stability;

/**
 * The verdict on a segment's mean Jaccard similarity, in the bands of Hennig (2007, "Cluster-wise assessment of
 * cluster stability", Computational Statistics &amp; Data Analysis 52, 258-271) and the documentation of R's
 * {@code fpc::clusterboot}: below 0.6 a segment should not be trusted, 0.6 to 0.75 indicates a pattern whose exact
 * members are doubtful, 0.75 and above is stable, 0.85 and above highly stable.
 */
public enum StabilityVerdict {
    /** mean Jaccard below 0.6. */
    DISSOLVES("dissolves: not to be trusted", 0.0),
    /** mean Jaccard in [0.6, 0.75). */
    PATTERN("pattern: real, but its exact members are doubtful", 0.6),
    /** mean Jaccard in [0.75, 0.85). */
    STABLE("stable", 0.75),
    /** mean Jaccard of 0.85 or more. */
    HIGHLY_STABLE("highly stable", 0.85),
    /** no resample could be compared. */
    UNKNOWN("unknown: no resample could be compared", Double.NaN);

    /** A resample "dissolves" a segment when its best Jaccard is at most this (Hennig's dissolution point). */
    public static final double DISSOLVED_AT = 0.5;

    /** A resample "recovers" a segment when its best Jaccard is at least this (Hennig's recovery point). */
    public static final double RECOVERED_AT = 0.75;

    private final String words;
    private final double from;

    StabilityVerdict(final String words, final double from) {
        this.words = words;
        this.from = from;
    }

    /** @return the verdict in words for a reader */
    public String words() {
        return words;
    }

    /** @return the smallest mean Jaccard with this verdict ({@code NaN} for {@link #UNKNOWN}) */
    public double from() {
        return from;
    }

    /**
     * @param meanJaccard a segment's mean Jaccard
     * @return its verdict
     */
    public static StabilityVerdict of(final double meanJaccard) {
        if (Double.isNaN(meanJaccard)) {
            return UNKNOWN;
        }
        if (meanJaccard >= HIGHLY_STABLE.from) {
            return HIGHLY_STABLE;
        }
        if (meanJaccard >= STABLE.from) {
            return STABLE;
        }
        return meanJaccard >= PATTERN.from ? PATTERN : DISSOLVES;
    }

    /** @return {@code true} for {@link #DISSOLVES} and {@link #PATTERN}: validate before a dedicated campaign */
    public boolean unstable() {
        return this == DISSOLVES || this == PATTERN;
    }
}
