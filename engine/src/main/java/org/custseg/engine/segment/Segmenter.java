package org.custseg.engine.segment;

import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;

/**
 * One clustering algorithm: fits scaled rows for a given k. Implementations keep every Weka type inside this package.
 */
public interface Segmenter {

    /**
     * @param x scaled rows (finite values), read-only
     * @param k the number of segments (2 &lt;= k &lt;= number of distinct rows)
     * @param config the settings
     * @param progress progress and cancellation
     * @return the fit
     * @throws SegmentationException on a user-fixable problem
     * @throws CanceledException if canceled
     */
    RawFit fit(double[][] x, int k, SegmentationConfig config, ProgressListener progress)
        throws SegmentationException, CanceledException;

    /**
     * @return whether {@link #fitAll} should be called with every k at once (it fits them together, e.g. in parallel
     *         or from one tree) rather than {@link #fit} once per k
     */
    default boolean fitsAllAtOnce() {
        return false;
    }

    /**
     * Fits every k in {@code ks}; hierarchical engines override this to build one tree and cut it.
     *
     * @param x scaled rows
     * @param ks the k values
     * @param config settings
     * @param progress progress and cancellation
     * @return one fit per k, in order
     * @throws SegmentationException on a user-fixable problem
     * @throws CanceledException if canceled
     */
    default List<RawFit> fitAll(final double[][] x, final int[] ks, final SegmentationConfig config,
        final ProgressListener progress) throws SegmentationException, CanceledException {
        final List<RawFit> out = new ArrayList<>();
        for (int i = 0; i < ks.length; i++) {
            progress.checkCanceled();
            out.add(fit(x, ks[i], config, Progress.sub(progress, (double) i / ks.length, (double) (i + 1) / ks.length,
                "k = " + ks[i] + ": ")));
        }
        return out;
    }
}
