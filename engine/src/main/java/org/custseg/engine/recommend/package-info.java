/**
 * Segment recommendations: a playbook of rules as data, evaluated on profile facts.
 *
 * <p>Entry point {@link org.custseg.engine.recommend.SegmentRecommender#recommend}: {@link
 * org.custseg.engine.recommend.ProfileFacts} (from a {@link org.custseg.engine.profile.SegmentProfile} or from
 * profiler output tables), a {@link org.custseg.engine.recommend.Playbook} (default, user, or both via {@link
 * org.custseg.engine.recommend.Playbook#resolve}) and a {@link org.custseg.engine.recommend.RecommenderConfig} in,
 * {@link org.custseg.engine.recommend.Recommendations} out. The condition grammar is documented on {@link
 * org.custseg.engine.recommend.Playbook}.
 */
package org.custseg.engine.recommend;
