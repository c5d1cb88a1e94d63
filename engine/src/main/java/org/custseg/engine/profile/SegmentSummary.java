package org.custseg.engine.profile;

import java.util.List;

/**
 * One row of the segment summary.
 *
 * @param segment segment name
 * @param persona persona name: the user's name when given in {@link ProfileConfig#personaNames()}, else generated
 * @param personaGenerated {@code true} when the persona was generated, {@code false} when the user gave it
 * @param size rows in the segment
 * @param share size / all rows
 * @param description one line built from the top distinguishing attributes, e.g.
 *            "Avg_Credit_Limit very high (4.1× average), Total_visits_online very high (4.2× average), ..."
 * @param topAttributes the distinguishing attributes, strongest first (at most {@link ProfileConfig#topAttributes()},
 *            only those whose level is not "average"; nominal attributes only when their Cramér's V is at least
 *            0.15, i.e. d-equivalent &ge; 0.3)
 */
public record SegmentSummary(String segment, String persona, boolean personaGenerated, int size, double share,
    String description, List<String> topAttributes) {

    /** Copies the attribute list. */
    public SegmentSummary {
        topAttributes = List.copyOf(topAttributes);
    }
}
