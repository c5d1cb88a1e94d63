/**
 * Segment stability by resampling (Hennig 2007, the method of R's {@code fpc::clusterboot}): refit the same
 * segmentation on seeded bootstrap samples or subsamples and measure, per segment, how well it is found again
 * ({@link org.custseg.engine.stability.SegmentStability}).
 */
package org.custseg.engine.stability;
