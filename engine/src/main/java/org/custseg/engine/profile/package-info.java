/**
 * Segment profiling: describes every segment of any labelling against the population.
 *
 * <p>Entry point {@link org.custseg.engine.profile.SegmentProfiler#profile}: {@link
 * org.custseg.engine.profile.ProfileData} (labels + numeric/nominal attributes) and {@link
 * org.custseg.engine.profile.ProfileConfig} in, {@link org.custseg.engine.profile.SegmentProfile} out (long rows,
 * segment summaries with descriptions and persona names, wide means).
 */
package org.custseg.engine.profile;
