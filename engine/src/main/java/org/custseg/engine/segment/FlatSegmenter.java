package org.custseg.engine.segment;

import java.util.List;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;

/**
 * A segmenter that fits from one row-major copy of the rows ({@code rows[i * d + j]}), so that its caller can let the
 * rows' own arrays go for the time of the fit (at a million rows of 17 columns, 152 MB fewer live at the peak).
 */
interface FlatSegmenter extends AllAtOnceSegmenter {

    /**
     * {@link #fitAll(double[][], int[], SegmentationConfig, ProgressListener)} on the rows as one row-major array.
     *
     * @param rows {@code n * d} values, row-major (read only)
     * @param n rows
     * @param d columns
     */
    List<RawFit> fitAll(double[] rows, int n, int d, int[] ks, SegmentationConfig config, ProgressListener progress)
        throws SegmentationException, CanceledException;

    @Override
    default List<RawFit> fitAll(final double[][] x, final int[] ks, final SegmentationConfig config,
        final ProgressListener progress) throws SegmentationException, CanceledException {
        return fitAll(flatten(x), x.length, x[0].length, ks, config, progress);
    }

    /** @return the rows as one row-major array */
    static double[] flatten(final double[][] x) {
        final int d = x[0].length;
        final double[] flat = new double[x.length * d];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, flat, i * d, d);
        }
        return flat;
    }

    /** @return the rows of a row-major array as arrays of their own (the inverse of {@link #flatten}) */
    static double[][] rows(final double[] flat, final int n, final int d) {
        final double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = java.util.Arrays.copyOfRange(flat, i * d, i * d + d);
        }
        return x;
    }
}
