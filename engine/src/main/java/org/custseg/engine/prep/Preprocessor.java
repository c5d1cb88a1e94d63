package org.custseg.engine.prep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;

/**
 * Fits the data preparation on a feature matrix. Rules, in order:
 * <ol>
 * <li>An infinite value anywhere is an error naming the column and row (replace it or make it missing).</li>
 * <li>A column whose values are all missing is an error naming it, whatever the policy (nothing can be imputed).</li>
 * <li>Missing values ({@code NaN}): {@link MissingPolicy#FAIL} stops with a message listing each affected column,
 * its count and the first row; {@link MissingPolicy#DROP_ROWS} leaves those rows out and counts them (error if none
 * remain); the imputing policies replace them by the column mean or median of the non-missing values.</li>
 * <li>At least 2 rows must remain.</li>
 * <li>Columns whose remaining values are all equal are dropped with a warning (error if no column remains).</li>
 * <li>Scaling: z-score uses the mean and the population standard deviation (divide by n), min-max the minimum and
 * range; all computed on the kept rows after imputation.</li>
 * <li>Nominal columns ({@link FeatureMatrix#isNominal}, category codes) are never scaled, and both imputing policies
 * fill them with the most frequent category.</li>
 * </ol>
 */
public final class Preprocessor {

    private Preprocessor() {
    }

    /**
     * @param data the input
     * @param missing missing-value policy
     * @param scaling scaling
     * @param progress progress and cancellation
     * @return the fitted preprocessing and the scaled rows
     * @throws SegmentationException when the data cannot be prepared (message says why and what to do)
     * @throws CanceledException if canceled
     */
    public static PreparedData fit(final FeatureMatrix data, final MissingPolicy missing, final Scaling scaling,
        final ProgressListener progress) throws SegmentationException, CanceledException {
        final int n = data.rows();
        final int d = data.columns();
        if (n == 0) {
            throw new SegmentationException("The input has no rows: segmentation needs at least 2 rows.");
        }
        if (d == 0) {
            throw new SegmentationException("No feature columns were selected: choose at least one numeric column.");
        }
        progress.progress(0, "Checking values");
        // rules 1 and 2 (the checking pass also copies the values, so the input is read once)
        final Checked checked = checkAndCopy(data, progress);
        final List<String> warnings = new ArrayList<>();
        // rules 3 and 4: missing values, rows kept
        final int[] kept = keptRows(data, checked, missing, warnings);
        final int m = kept.length;
        final double[][] raw = new double[m][];
        for (int i = 0; i < m; i++) {
            raw[i] = checked.values[kept[i]];
        }
        final Map<String, Integer> imputed = new LinkedHashMap<>();
        final double[] fill = impute(data, checked.missingCount, missing, raw, imputed, warnings);
        progress.checkCanceled();
        // rule 5: constant columns
        final Ranges ranges = ranges(raw, d);
        final List<Integer> usedIdx = new ArrayList<>();
        final List<String> constant = new ArrayList<>();
        for (int c = 0; c < d; c++) {
            if (ranges.min[c] == ranges.max[c]) {
                constant.add(data.columnName(c));
            } else {
                usedIdx.add(c);
            }
        }
        if (usedIdx.isEmpty()) {
            throw new SegmentationException("Every feature column is constant (" + String.join(", ", constant)
                + " each hold a single value), so there is nothing to segment on: choose columns whose values vary.");
        }
        if (!constant.isEmpty()) {
            warnings.add("Constant column" + (constant.size() > 1 ? "s" : "") + " left out (a single value carries no "
                + "information): " + String.join(", ", constant) + ".");
        }
        // rules 6 and 7: scaling
        final int[] src = usedIdx.stream().mapToInt(Integer::intValue).toArray();
        final Preprocessing prep = preprocessing(data, src, fill, raw, ranges, missing, scaling);
        final double[][] scaled = scale(prep, raw, src, d);
        progress.progress(1, "Data prepared");
        final PreparationReport report =
            new PreparationReport(prep.featureNames(), constant, n - m, imputed, warnings, List.of());
        return new PreparedData(prep, scaled, kept, report);
    }

    /** The copied values and, per column, the number of missing values and the first row holding one. */
    private record Checked(double[][] values, int[] missingCount, int[] firstMissing) {
    }

    /** Copies the values, counting missing ones; rules 1 (infinite values) and 2 (all-missing columns). */
    private static Checked checkAndCopy(final FeatureMatrix data, final ProgressListener progress)
        throws SegmentationException, CanceledException {
        final int n = data.rows();
        final int d = data.columns();
        final int[] missingCount = new int[d];
        final int[] firstMissing = new int[d];
        Arrays.fill(firstMissing, -1);
        final double[][] values = new double[n][];
        for (int r = 0; r < n; r++) {
            if ((r & 4095) == 0) {
                progress.checkCanceled();
            }
            final double[] row = new double[d];
            values[r] = row;
            for (int c = 0; c < d; c++) {
                final double v = data.value(r, c);
                row[c] = v;
                if (Double.isNaN(v)) {
                    missingCount[c]++;
                    if (firstMissing[c] < 0) {
                        firstMissing[c] = r;
                    }
                } else if (Double.isInfinite(v)) {
                    throw new SegmentationException("Column \"" + data.columnName(c) + "\", row " + (r + 1) + " (id \""
                        + data.rowId(r) + "\") holds an infinite value (" + v
                        + "), which cannot be segmented: replace it with a finite number or leave the cell empty.");
                }
            }
        }
        for (int c = 0; c < d; c++) {
            if (missingCount[c] == n) {
                throw new SegmentationException("Column \"" + data.columnName(c) + "\" has no values at all (all " + n
                    + " rows are missing): remove it from the feature columns.");
            }
        }
        return new Checked(values, missingCount, firstMissing);
    }

    /**
     * Rules 3 and 4: FAIL stops on any missing value, DROP_ROWS leaves those rows out (with a warning), the imputing
     * policies keep every row; at least 2 rows must remain.
     *
     * @return the indices of the rows kept, ascending
     */
    private static int[] keptRows(final FeatureMatrix data, final Checked checked, final MissingPolicy missing,
        final List<String> warnings) throws SegmentationException {
        final int n = data.rows();
        final int d = data.columns();
        final int[] missingCount = checked.missingCount;
        boolean anyMissing = false;
        for (int c = 0; c < d; c++) {
            anyMissing |= missingCount[c] > 0;
        }
        if (anyMissing && missing == MissingPolicy.FAIL) {
            final StringBuilder sb = new StringBuilder("Missing values found in ");
            final List<String> parts = new ArrayList<>();
            for (int c = 0; c < d; c++) {
                if (missingCount[c] > 0) {
                    parts.add("\"" + data.columnName(c) + "\" (" + missingCount[c] + " of " + n + " rows, first at row "
                        + (checked.firstMissing[c] + 1) + ", id \"" + data.rowId(checked.firstMissing[c]) + "\")");
                }
            }
            sb.append(parts.size() == 1 ? "column " : parts.size() + " columns: ").append(String.join(", ", parts));
            sb.append(". Choose a missing-value policy (drop rows, impute mean or impute median) or clean the data.");
            throw new SegmentationException(sb.toString());
        }
        final int[] kept = anyMissing && missing == MissingPolicy.DROP_ROWS
            ? completeRows(checked.values, n, d, warnings) : identity(n);
        if (kept.length < 2) {
            throw new SegmentationException("Only 1 row " + (n > 1 ? "remains after dropping rows with missing values"
                : "is in the input") + ": segmentation needs at least 2 rows, and at least k rows for k segments.");
        }
        return kept;
    }

    private static int[] completeRows(final double[][] values, final int n, final int d, final List<String> warnings)
        throws SegmentationException {
        final int[] tmp = new int[n];
        int m = 0;
        for (int r = 0; r < n; r++) {
            boolean ok = true;
            for (int c = 0; c < d && ok; c++) {
                ok = !Double.isNaN(values[r][c]);
            }
            if (ok) {
                tmp[m++] = r;
            }
        }
        if (m == 0) {
            throw new SegmentationException("Every one of the " + n
                + " rows has a missing value, so dropping rows leaves nothing: impute instead or clean the data.");
        }
        warnings.add((n - m) + " of " + n + " rows were left out because they have missing values.");
        return Arrays.copyOf(tmp, m);
    }

    private static int[] identity(final int n) {
        final int[] kept = new int[n];
        for (int r = 0; r < n; r++) {
            kept[r] = r;
        }
        return kept;
    }

    /**
     * Rule 3, imputing policies: replaces missing values in {@code raw} by the column mean or median (nominal
     * columns: the most frequent category) of the kept rows' present values.
     *
     * @param imputed receives per column the number of values imputed
     * @return per column the fill value ({@code NaN} when the policy does not impute)
     */
    private static double[] impute(final FeatureMatrix data, final int[] missingCount, final MissingPolicy missing,
        final double[][] raw, final Map<String, Integer> imputed, final List<String> warnings) {
        final int d = data.columns();
        final int m = raw.length;
        final double[] fill = new double[d];
        Arrays.fill(fill, Double.NaN);
        if (missing != MissingPolicy.IMPUTE_MEAN && missing != MissingPolicy.IMPUTE_MEDIAN) {
            return fill;
        }
        for (int c = 0; c < d; c++) {
            final double[] present = new double[m - missingCount[c]];
            int p = 0;
            for (int i = 0; i < m; i++) {
                if (!Double.isNaN(raw[i][c])) {
                    present[p++] = raw[i][c];
                }
            }
            // a nominal column (category codes) is imputed with its most frequent category under both policies
            fill[c] = data.isNominal(c) ? mode(present)
                : missing == MissingPolicy.IMPUTE_MEAN ? mean(present) : median(present);
            if (missingCount[c] > 0) {
                imputed.put(data.columnName(c), missingCount[c]);
                for (int i = 0; i < m; i++) {
                    if (Double.isNaN(raw[i][c])) {
                        raw[i][c] = fill[c];
                    }
                }
            }
        }
        if (!imputed.isEmpty()) {
            final List<String> counts = new ArrayList<>();
            imputed.forEach((col, count) -> counts.add(col + " " + count));
            warnings.add("Imputed missing values with the column "
                + (missing == MissingPolicy.IMPUTE_MEAN ? "mean" : "median") + ": " + String.join(", ", counts)
                + ".");
        }
        return fill;
    }

    /** Per column the minimum, maximum and sum of the kept rows. */
    private record Ranges(double[] min, double[] max, double[] sum) {
    }

    /**
     * Per-column minimum, maximum and sum in one pass over the rows (row-major, so the rows are read in memory order);
     * each column's values are still accumulated in row order.
     */
    private static Ranges ranges(final double[][] raw, final int d) {
        final double[] colMin = new double[d];
        final double[] colMax = new double[d];
        final double[] colSum = new double[d];
        Arrays.fill(colMin, Double.POSITIVE_INFINITY);
        Arrays.fill(colMax, Double.NEGATIVE_INFINITY);
        for (final double[] row : raw) {
            for (int c = 0; c < d; c++) {
                final double v = row[c];
                colMin[c] = Math.min(colMin[c], v);
                colMax[c] = Math.max(colMax[c], v);
                colSum[c] += v;
            }
        }
        return new Ranges(colMin, colMax, colSum);
    }

    /** Rules 6 and 7: the fitted preparation of the used columns {@code src}. */
    private static Preprocessing preprocessing(final FeatureMatrix data, final int[] src, final double[] fill,
        final double[][] raw, final Ranges ranges, final MissingPolicy missing, final Scaling scaling) {
        final int du = src.length;
        final int m = raw.length;
        final List<String> names = new ArrayList<>();
        final double[] fills = new double[du];
        final double[] centers = new double[du];
        final double[] scales = new double[du];
        for (int j = 0; j < du; j++) {
            names.add(data.columnName(src[j]));
            fills[j] = fill[src[j]];
        }
        switch (scaling) {
            case ZSCORE -> {
                final double[] mu = new double[du];
                for (int j = 0; j < du; j++) {
                    mu[j] = ranges.sum[src[j]] / m;
                }
                final double[] ss = new double[du];
                for (int i = 0; i < m; i++) {
                    final double[] row = raw[i];
                    for (int j = 0; j < du; j++) {
                        final double t = row[src[j]] - mu[j];
                        ss[j] += t * t;
                    }
                }
                for (int j = 0; j < du; j++) {
                    final double sd = Math.sqrt(ss[j] / m);
                    centers[j] = mu[j];
                    scales[j] = sd > 0 ? sd : 1.0;
                }
            }
            case MINMAX -> {
                for (int j = 0; j < du; j++) {
                    centers[j] = ranges.min[src[j]];
                    scales[j] = ranges.max[src[j]] - ranges.min[src[j]];
                }
            }
            case NONE -> {
                Arrays.fill(centers, 0);
                Arrays.fill(scales, 1);
            }
            default -> throw new IllegalStateException();
        }
        for (int j = 0; j < du; j++) {
            if (data.isNominal(src[j])) {
                centers[j] = 0; // category codes are never scaled
                scales[j] = 1;
            }
        }
        return new Preprocessing(names, missing, scaling, fills, centers, scales);
    }

    /** @return the scaled used columns of the kept rows (in place when no column was dropped) */
    private static double[][] scale(final Preprocessing prep, final double[][] raw, final int[] src, final int d) {
        final int du = src.length;
        final int m = raw.length;
        final double[][] scaled = du == d ? raw : new double[m][];
        for (int i = 0; i < m; i++) {
            final double[] in = raw[i];
            final double[] out = du == d ? in : new double[du];
            for (int j = 0; j < du; j++) {
                out[j] = prep.scale(j, in[src[j]]);
            }
            scaled[i] = out;
        }
        return scaled;
    }

    /** @return the most frequent value, ties to the smallest */
    private static double mode(final double[] v) {
        final double[] s = v.clone();
        Arrays.sort(s);
        double best = s[0];
        int bestCount = 0;
        for (int i = 0; i < s.length;) {
            int j = i;
            while (j < s.length && s[j] == s[i]) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = s[i];
            }
            i = j;
        }
        return best;
    }

    private static double mean(final double[] v) {
        double s = 0;
        for (final double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double median(final double[] v) {
        final double[] s = v.clone();
        Arrays.sort(s);
        final int h = s.length / 2;
        return s.length % 2 == 1 ? s[h] : (s[h - 1] + s[h]) / 2.0;
    }
}
