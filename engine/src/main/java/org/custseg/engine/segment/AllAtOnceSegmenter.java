package org.custseg.engine.segment;

import java.util.List;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;

/**
 * A segmenter that fits every k of a search together ({@link #fitAll}: in parallel, or from one tree); a single k is
 * the search with that one k.
 */
interface AllAtOnceSegmenter extends Segmenter {

    @Override
    default boolean fitsAllAtOnce() {
        return true;
    }

    @Override
    default RawFit fit(final double[][] x, final int k, final SegmentationConfig config,
        final ProgressListener progress) throws SegmentationException, CanceledException {
        return fitAll(x, new int[] {k}, config, progress).get(0);
    }

    @Override
    List<RawFit> fitAll(double[][] x, int[] ks, SegmentationConfig config, ProgressListener progress)
        throws SegmentationException, CanceledException;
}
