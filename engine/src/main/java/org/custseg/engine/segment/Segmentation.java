package org.custseg.engine.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.metrics.ClusterMetrics;
import org.custseg.engine.metrics.KneeDetector;
import org.custseg.engine.model.EmParameters;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.prep.PreparedData;
import org.custseg.engine.prep.Preprocessor;
import org.custseg.engine.config.KCriterion;
import org.custseg.engine.prep.PreparationReport;
import org.custseg.engine.config.Distance;
import org.custseg.engine.metrics.GowerDistance;
import org.custseg.engine.metrics.MedoidMetric;

/**
 * The engine's entry point: prepares the data, segments it with a fixed or automatically chosen k, numbers the
 * segments stably and builds the model.
 *
 * <h2>Automatic k</h2>
 * Every k in {@code kMin..kMax} is fitted (k above {@code rows - 1} or above the number of distinct rows is skipped
 * with a warning). For each, the table holds silhouette (exact up to
 * {@link ClusterMetrics#SILHOUETTE_EXACT_MAX_ROWS} rows, else on a seeded sample), Calinski-Harabasz, Davies-Bouldin,
 * SSE and, for EM, BIC. The criterion picks k (ties to the smaller k); SSE_KNEE uses {@link KneeDetector}. A k whose
 * fit fails (e.g. fewer non-empty segments than k) gets a row of {@code NaN} and a warning, and is never chosen.
 *
 * <h2>Stable numbering</h2>
 * Segments are sorted by size, largest first; equal sizes by the smallest input row index among their members. With
 * the same data, settings and seed the output is identical; k-means with restarts and the fast hierarchical engine
 * give the same segments for shuffled rows (up to ties).
 *
 * <p>With a fixed k no table is built; {@link SegmentationResult#criterionValue()} is then the silhouette, exact up to
 * {@link #FIXED_K_SILHOUETTE_ROWS} rows and on a seeded sample of that size above.
 *
 * <h2>Checks</h2>
 * After preparation at least 2 rows must remain; a fixed k must not exceed the number of rows nor the number of
 * distinct rows.
 */
public final class Segmentation {

    /**
     * With a fixed k the silhouette (reported as {@link SegmentationResult#criterionValue()}) is only informative, so
     * it is exact up to this many rows and estimated on a seeded sample of this size above (cost O(s^2 d), a few
     * milliseconds), keeping it small next to the clustering itself. Measured on 10,000-row Gaussian blobs (5 and 17
     * columns, k = 3, 8, 12; 30 sample seeds each) the estimate's root-mean-square error against the exact value was
     * at most 0.007 and its largest error 0.017 (at 2,000 rows: 0.004 and 0.008); see BENCHMARKS.md.
     */
    public static final int FIXED_K_SILHOUETTE_ROWS = 1_000;

    /** K-Medoids searches all rows up to this many; above it, CLARA samples (see {@link KMedoidsSegmenter}). */
    public static final int KMEDOIDS_EXACT_MAX_ROWS = KMedoidsSegmenter.EXACT_MAX_ROWS;

    private Segmentation() {
    }

    /**
     * @param data the feature matrix (NaN = missing)
     * @param config validated settings
     * @param progress progress and cancellation; {@code null} means {@link ProgressListener#NONE}
     * @return the result
     * @throws SegmentationException when the data or settings cannot be used (message says what to do)
     * @throws CanceledException if canceled
     */
    public static SegmentationResult run(final FeatureMatrix data, final SegmentationConfig config,
        final ProgressListener progress) throws SegmentationException, CanceledException {
        return run(data, config, progress, Parallel.availableThreads());
    }

    /**
     * As {@link #run(FeatureMatrix, SegmentationConfig, ProgressListener)} with a given number of threads for the
     * fast engines (restarts and k values are fitted in parallel) and the quality measures of automatic k. The
     * result is identical for every thread count; the Weka engines run on one thread.
     *
     * @param data the feature matrix (NaN = missing)
     * @param config validated settings
     * @param progress progress and cancellation; {@code null} means {@link ProgressListener#NONE}
     * @param threads threads to use, at least 1 (e.g. the number of processors, or KNIME's thread limit)
     * @return the result
     * @throws SegmentationException when the data or settings cannot be used (message says what to do)
     * @throws CanceledException if canceled
     */
    public static SegmentationResult run(final FeatureMatrix data, final SegmentationConfig config,
        final ProgressListener progress, final int threads) throws SegmentationException, CanceledException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + " is not allowed: use at least 1.");
        }
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(config, "config");
        final ProgressListener p = progress == null ? ProgressListener.NONE : progress;
        final List<String> warnings = new ArrayList<>(); // beyond the preparation's own
        // 1. prepare the rows; 2. the k values to fit (checks)
        final Prepared pr = prepare(data, config, threads, warnings, p);
        final MedoidMetric metric = pr.metric();
        final int[] ks = pr.ks();
        // 3. fit and number every k stably
        final Fits fits = fitAll(pr.segmenter(), pr.rows(), ks, config, metric, warnings, p);
        final double[][] x = pr.rows().x;
        final PreparedData prep =
            new PreparedData(pr.bare().preprocessing(), x, pr.bare().keptRows(), pr.bare().report());
        // 4. quality measures per k, and the chosen k
        final List<KSelectionRow> table = measure(fits.fitted(), x, ks, config, metric, threads, p);
        final int chosen = config.automaticK() ? choose(table, config.criterion()) : 0;
        if (chosen < 0) {
            throw fits.firstFailure() != null ? fits.firstFailure()
                : new SegmentationException("No k in " + ks[0] + ".." + ks[ks.length - 1] + " gave a usable result.");
        }
        table.set(chosen, table.get(chosen).withChosen(true));
        final double criterionValue = config.automaticK() ? criterionValue(table.get(chosen), config.criterion())
            : table.get(chosen).silhouette();
        // 5. the result for every input row, and the model
        final SegmentationResult result = assemble(data, prep, config, metric, fits.fitted()[chosen], ks[chosen],
            config.automaticK() ? table : List.of(), criterionValue, warnings);
        p.progress(1, "Segmentation done: k = " + ks[chosen]);
        return result;
    }

    /**
     * The prepared data without its scaled rows ({@code bare}), the scaled rows in a holder that the fit may empty for
     * a while ({@link #flatFit}), the medoid metric, the k values to fit and the segmenter. No other reference to the
     * scaled rows outlives this method.
     */
    private record Prepared(PreparedData bare, Rows rows, MedoidMetric metric, int[] ks, Segmenter segmenter) {
    }

    /** The scaled rows; while a {@link FlatSegmenter} fits, it holds them as one row-major copy instead. */
    private static final class Rows {
        private double[][] x;

        Rows(final double[][] x) {
            this.x = x;
        }
    }

    private static Prepared prepare(final FeatureMatrix data, final SegmentationConfig config, final int threads,
        final List<String> warnings, final ProgressListener p) throws SegmentationException, CanceledException {
        final PreparedData prep =
            Preprocessor.fit(data, config.missing(), config.scaling(), Progress.sub(p, 0, 0.05, "Preparing: "));
        final MedoidMetric metric = medoidMetric(data, prep, config);
        final int[] ks = kValues(prep.scaled(), prep, config, warnings);
        final Segmenter segmenter = Algorithms.of(config.algorithm()).segmenter(config, threads, metric);
        return new Prepared(new PreparedData(prep.preprocessing(), null, prep.keptRows(), prep.report()),
            new Rows(prep.scaled()), metric, ks, segmenter);
    }

    /**
     * A {@link FlatSegmenter}'s fit: the rows go into one row-major copy and their own arrays are let go until the
     * fit ends, then rebuilt from the copy (the same values; the copy is let go when the fit returns).
     */
    private static List<RawFit> flatFit(final FlatSegmenter segmenter, final Rows rows, final int[] ks,
        final SegmentationConfig config, final ProgressListener progress)
        throws SegmentationException, CanceledException {
        final int n = rows.x.length;
        final int d = rows.x[0].length;
        final double[] flat = FlatSegmenter.flatten(rows.x);
        rows.x = null;
        final List<RawFit> out = segmenter.fitAll(flat, n, d, ks, config, progress);
        rows.x = FlatSegmenter.rows(flat, n, d); // (a failed fit ends the whole run: nothing to rebuild then)
        return out;
    }

    /**
     * @return the k values to fit: the fixed k, or kMin..kMax limited by the number of (distinct) rows (with a warning)
     * @throws SegmentationException when there are too few rows for the fixed k or for kMin
     */
    private static int[] kValues(final double[][] x, final PreparedData prep, final SegmentationConfig config,
        final List<String> warnings) throws SegmentationException {
        final int n = x.length;
        final int needK = config.automaticK() ? config.kMin() : config.k();
        if (n < 2) {
            throw new SegmentationException("Only " + n + " row" + (n == 1 ? "" : "s") + (prep.report().droppedRows() > 0
                ? " remains after dropping rows with missing values" : " is in the input")
                + ": segmentation needs at least " + Math.max(2, needK) + " rows for k = " + needK + ".");
        }
        final int maxK = config.automaticK() ? config.kMax() : config.k();
        final int distinct = distinctRows(x, maxK + 1);
        if (!config.automaticK()) {
            if (config.k() > n) {
                throw new SegmentationException("k = " + config.k() + " but only " + n + " rows "
                    + (prep.report().droppedRows() > 0 ? "remain after dropping rows with missing values" : "are given")
                    + ": choose k <= " + n + ".");
            }
            if (config.k() > distinct) {
                throw new SegmentationException("k = " + config.k() + " but the data has only " + distinct
                    + " distinct rows (in the used columns): choose k <= " + distinct + ".");
            }
            return new int[] {config.k()};
        }
        final int hi = Math.min(config.kMax(), Math.min(n - 1, distinct));
        if (hi < config.kMin()) {
            throw new SegmentationException("Automatic k needs at least kMin + 1 = " + (config.kMin() + 1)
                + " distinct rows, but there are " + n + " rows of which " + distinct
                + " are distinct: lower kMin, add rows, or fix k.");
        }
        if (hi < config.kMax()) {
            warnings.add("k was tried only up to " + hi + " (not " + config.kMax() + ") because there are " + n
                + " rows of which " + distinct + " are distinct.");
        }
        final int[] ks = new int[hi - config.kMin() + 1];
        for (int i = 0; i < ks.length; i++) {
            ks[i] = config.kMin() + i;
        }
        return ks;
    }

    /** The finished fits per k ({@code null} where a k failed) and the first failure. */
    private record Fits(Fitted[] fitted, SegmentationException firstFailure) {
    }

    /**
     * Fits every k (all at once when the segmenter fits them together, else one after the other) and finishes each
     * fit; a failing k is skipped with a warning unless it is the only one.
     */
    private static Fits fitAll(final Segmenter segmenter, final Rows rows, final int[] ks,
        final SegmentationConfig config, final MedoidMetric metric, final List<String> warnings,
        final ProgressListener p) throws SegmentationException, CanceledException {
        final ProgressListener fitProgress = Progress.sub(p, 0.05, 0.85, "");
        final Fitted[] fitted = new Fitted[ks.length];
        SegmentationException firstFailure = null;
        if (ks.length == 1 || segmenter.fitsAllAtOnce()) {
            final List<RawFit> raw = segmenter instanceof FlatSegmenter flat
                ? flatFit(flat, rows, ks, config, fitProgress)
                : segmenter.fitAll(rows.x, ks, config, fitProgress);
            final double[][] x = rows.x;
            for (int i = 0; i < ks.length; i++) {
                try {
                    fitted[i] = finish(raw.get(i), x, config, ks.length == 1, metric);
                } catch (final SegmentationException e) {
                    if (ks.length == 1) {
                        throw e;
                    }
                    firstFailure = firstFailure == null ? e : firstFailure;
                    warnings.add("k = " + ks[i] + " was skipped: " + e.getMessage());
                }
            }
        } else {
            final double[][] x = rows.x;
            for (int i = 0; i < ks.length; i++) {
                p.checkCanceled();
                try {
                    fitted[i] = finish(segmenter.fit(x, ks[i], config, Progress.sub(fitProgress, (double) i / ks.length,
                        (double) (i + 1) / ks.length, "k = " + ks[i] + ": ")), x, config, false, metric);
                } catch (final SegmentationException e) {
                    firstFailure = firstFailure == null ? e : firstFailure;
                    warnings.add("k = " + ks[i] + " was skipped: " + e.getMessage());
                }
            }
        }
        return new Fits(fitted, firstFailure);
    }

    /** @return one row of quality measures per k, in k order (one independent task per k, run in parallel) */
    private static List<KSelectionRow> measure(final Fitted[] fitted, final double[][] x, final int[] ks,
        final SegmentationConfig config, final MedoidMetric metric, final int threads, final ProgressListener p)
        throws SegmentationException, CanceledException {
        final int n = x.length;
        final List<Parallel.Task<KSelectionRow>> metricTasks = new ArrayList<>();
        final ProgressListener cancelOnly = cancelOnly(p);
        final int silhouetteRows =
            config.automaticK() ? ClusterMetrics.SILHOUETTE_EXACT_MAX_ROWS : FIXED_K_SILHOUETTE_ROWS;
        // an algorithm with its own dissimilarity (k-medoids: Manhattan, Gower) judges k with it, the others with
        // Euclidean distance: then all k share one pass over the sampled rows' distances (the same values as one k)
        final boolean own = metric != null && config.distance() != Distance.EUCLIDEAN;
        final double[] silhouettes = own ? null : euclideanSilhouettes(fitted, x, ks, config.seed(), silhouetteRows,
            cancelOnly);
        for (int i = 0; i < ks.length; i++) {
            final Fitted f = fitted[i];
            final int ki = ks[i];
            final int at = i;
            metricTasks.add(() -> {
                if (f == null) {
                    return new KSelectionRow(ki, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);
                }
                final double sil = own
                    ? KMedoidsSegmenter.silhouette(x, f.labels, ki, metric, config.seed(), silhouetteRows, cancelOnly)
                    : silhouettes[at];
                final double bic = f.em == null ? Double.NaN : f.em.bic(n, f.logLikelihood);
                // with a fixed k the table is not returned: only the silhouette (the criterion value) is needed
                // Euclidean spread measures mean nothing on category codes: with Gower only the silhouette is given
                final boolean euclidean = config.distance() != Distance.GOWER;
                final double ch = config.automaticK() && euclidean ? ClusterMetrics.calinskiHarabasz(x, f.labels, ki)
                    : Double.NaN;
                final double db = config.automaticK() && euclidean ? ClusterMetrics.daviesBouldin(x, f.labels, ki)
                    : Double.NaN;
                return new KSelectionRow(ki, sil, ch, db, euclidean ? f.sse : Double.NaN, bic, false);
            });
        }
        return new ArrayList<>(Parallel.run(metricTasks, threads, Progress.sub(p, 0.85, 0.98, ""),
            "Quality measures: k value "));
    }

    /** @return per k the Euclidean silhouette of its fit ({@code NaN} where the fit failed), one pass for all k */
    private static double[] euclideanSilhouettes(final Fitted[] fitted, final double[][] x, final int[] ks,
        final long seed, final int rows, final ProgressListener cancel) throws CanceledException {
        final List<Integer> at = new ArrayList<>();
        for (int i = 0; i < ks.length; i++) {
            if (fitted[i] != null) {
                at.add(i);
            }
        }
        final int[][] labels = new int[at.size()][];
        final int[] k = new int[at.size()];
        for (int q = 0; q < k.length; q++) {
            labels[q] = fitted[at.get(q)].labels;
            k[q] = ks[at.get(q)];
        }
        final double[] sil = ClusterMetrics.silhouettes(x, labels, k, seed, rows, cancel);
        final double[] out = new double[ks.length];
        Arrays.fill(out, Double.NaN);
        for (int q = 0; q < k.length; q++) {
            out[at.get(q)] = sil[q];
        }
        return out;
    }

    /** @return the result for every input row (dropped rows unassigned) with the model of the chosen fit */
    private static SegmentationResult assemble(final FeatureMatrix data, final PreparedData prep,
        final SegmentationConfig config, final MedoidMetric metric, final Fitted f, final int k,
        final List<KSelectionRow> table, final double criterionValue, final List<String> warnings) {
        final double[][] x = prep.scaled();
        final int n = x.length;
        final int rows = data.rows();
        final int[] kept = prep.keptRows();
        final int[] labels = new int[rows];
        Arrays.fill(labels, -1);
        final double[] distances = new double[rows];
        Arrays.fill(distances, Double.NaN);
        double[][] memberships = null;
        if (f.em != null) {
            memberships = new double[rows][];
            if (n < rows) {
                final double[] none = new double[k];
                Arrays.fill(none, Double.NaN);
                for (int r = 0; r < rows; r++) {
                    memberships[r] = none; // dropped rows share one NaN row (replaced below for kept rows)
                }
            }
        }
        double[][] rowMemberships = f.memberships;
        if (memberships != null && rowMemberships == null) {
            rowMemberships = new double[n][];
            f.em.label(x, new int[n], rowMemberships);
        }
        for (int i = 0; i < n; i++) {
            labels[kept[i]] = f.labels[i];
            distances[kept[i]] = f.rowDistances != null ? f.rowDistances[i]
                : Math.sqrt(ClusterMetrics.squaredDistance(x[i], f.means[f.labels[i]]));
            if (memberships != null) {
                memberships[kept[i]] = rowMemberships[i];
            }
        }
        final SegmentationModel model = model(data, prep, config, metric, f, k);
        final PreparationReport report = new PreparationReport(prep.report().usedColumns(),
            prep.report().droppedConstantColumns(), prep.report().droppedRows(), prep.report().imputedCounts(),
            prep.report().preparationWarnings(), warnings);
        int[] medoidRows = null;
        if (f.medoids != null) {
            medoidRows = new int[k];
            for (int s = 0; s < k; s++) {
                medoidRows[s] = kept[f.medoids[s]];
            }
        }
        return new SegmentationResult(labels, f.sizes, f.means, distances, memberships, f.sse, f.logLikelihood,
            f.raw.wekaOptions(), f.raw.mergeHeights(), table, criterionValue, report, model, medoidRows);
    }

    /** @return the model of the chosen fit, with default segment names */
    private static SegmentationModel model(final FeatureMatrix data, final PreparedData prep,
        final SegmentationConfig config, final MedoidMetric metric, final Fitted f, final int k) {
        final List<String> names = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            names.add(SegmentationModel.defaultSegmentName(s));
        }
        final String description = config.describe() + (config.automaticK() ? " chosenK=" + k : "");
        if (metric instanceof GowerDistance g) {
            final List<List<String>> levels = new ArrayList<>();
            for (final String u : prep.preprocessing().featureNames()) {
                levels.add(data.levels(data.columnNames().indexOf(u)));
            }
            return new SegmentationModel(prep.preprocessing(), names, f.means, f.centers, levels, g.ranges(),
                f.raw.wekaOptions(), description);
        }
        return new SegmentationModel(config.algorithm(), prep.preprocessing(), names, f.means, config.distance(),
            f.centers, f.em, f.raw.wekaOptions(), description);
    }

    /**
     * A fit after stable renumbering, with its figures. {@code rowDistances} (Euclidean distance of each clustered row
     * to its segment mean) and {@code memberships} (EM) are kept only when asked for (a fixed k), else {@code null}.
     */
    private record Fitted(RawFit raw, int[] labels, int[] sizes, double[][] means, double[][] centers,
        EmParameters em, double sse, double logLikelihood, double[] rowDistances, double[][] memberships,
        int[] medoids) {
    }

    /**
     * @return the dissimilarity k-medoids uses for these settings (Gower: with the ranges of the prepared rows);
     *         {@code null} for the other algorithms
     * @throws SegmentationException when nominal columns are given to anything but K-Medoids with Gower distance
     */
    private static MedoidMetric medoidMetric(final FeatureMatrix data, final PreparedData prep,
        final SegmentationConfig config) throws SegmentationException {
        final List<String> used = prep.preprocessing().featureNames();
        final boolean[] nominal = new boolean[used.size()];
        final List<String> nominalNames = new ArrayList<>();
        for (int j = 0; j < nominal.length; j++) {
            nominal[j] = data.isNominal(data.columnNames().indexOf(used.get(j)));
            if (nominal[j]) {
                nominalNames.add(used.get(j));
            }
        }
        final AlgorithmSpec spec = Algorithms.of(config.algorithm());
        if (!nominalNames.isEmpty() && !spec.acceptsNominal(config)) {
            throw new SegmentationException("The column" + (nominalNames.size() == 1 ? " " : "s ") + "\""
                + String.join("\", \"", nominalNames) + "\" " + (nominalNames.size() == 1 ? "is" : "are")
                + " nominal (categories, not numbers): only K-Medoids with Gower distance can segment on nominal"
                + " columns. Choose that, or leave the column" + (nominalNames.size() == 1 ? "" : "s") + " out.");
        }
        return spec.metric(config, prep.scaled(), nominal);
    }

    /**
     * Renumbers a raw fit stably and computes its sizes, means, SSE and (EM) log-likelihood, in as few passes over the
     * rows as the results allow.
     *
     * @param perRow also keep each row's distance to its mean and (EM) its membership probabilities
     */
    private static Fitted finish(final RawFit raw, final double[][] x, final SegmentationConfig config,
        final boolean perRow, final MedoidMetric metric) throws SegmentationException {
        final int k = raw.k();
        final int n = x.length;
        final int[] perm = stableOrder(raw.labels(), k);
        final int[] inverse = new int[k];
        for (int s = 0; s < k; s++) {
            inverse[perm[s]] = s;
        }
        final int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = inverse[raw.labels()[i]];
        }
        final double[][] centers = raw.centers() == null ? null : nearestCentreLabels(raw, perm, x, config, metric,
            labels);
        EmParameters em = null;
        double logL = Double.NaN;
        double[][] memberships = null;
        if (raw.em() != null) {
            em = raw.em().permuted(perm);
            memberships = perRow ? new double[n][] : null;
            logL = mostProbableLabels(em, x, labels, memberships);
        }
        final int[] sizes = ClusterMetrics.sizes(labels, k);
        for (int s = 0; s < k; s++) {
            if (sizes[s] == 0) {
                throw new SegmentationException(config.algorithm() + " produced an empty segment for k = " + k
                    + " (only " + Arrays.stream(sizes).filter(v -> v > 0).count()
                    + " segments hold rows): choose a smaller k.");
            }
        }
        final double[][] means = ClusterMetrics.centroids(x, labels, k);
        // the SSE summed exactly as ClusterMetrics.sse does, with the row distances from the same values
        final double[] rowDistances = perRow ? new double[n] : null;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            final double sq = ClusterMetrics.squaredDistance(x[i], means[labels[i]]);
            sse += sq;
            if (rowDistances != null) {
                rowDistances[i] = Math.sqrt(sq);
            }
        }
        int[] medoids = null;
        if (raw.medoids() != null) {
            medoids = new int[k];
            for (int s = 0; s < k; s++) {
                medoids[s] = raw.medoids()[perm[s]];
            }
        }
        return new Fitted(raw, labels, sizes, means, centers, em, sse, logL, rowDistances, memberships, medoids);
    }

    /**
     * Renumbers the centres and makes every label the nearest renumbered centre (ties to the lower index), the
     * model's rule for new rows; a row with a unique nearest centre keeps it, so when the segmenter says which rows
     * were tied only those are reassigned. K-medoids uses the nearest renumbered medoid by its own dissimilarity.
     *
     * @param labels renumbered labels, updated in place
     * @return the renumbered centres
     */
    private static double[][] nearestCentreLabels(final RawFit raw, final int[] perm, final double[][] x,
        final SegmentationConfig config, final MedoidMetric metric, final int[] labels) {
        final int k = raw.k();
        final int n = x.length;
        final double[][] centers = new double[k][];
        for (int s = 0; s < k; s++) {
            centers[s] = raw.centers()[perm[s]];
        }
        if (raw.medoids() != null) {
            final int[] med = new int[k];
            for (int s = 0; s < k; s++) {
                med[s] = raw.medoids()[perm[s]];
            }
            for (int i = 0; i < n; i++) {
                labels[i] = KMedoidsSegmenter.nearest(x[i], x, med, metric);
            }
        } else if (raw.nearestTies() != null) {
            for (final int i : raw.nearestTies()) {
                labels[i] = SegmentationModel.nearest(centers, x[i], config.distance());
            }
        } else {
            for (int i = 0; i < n; i++) {
                labels[i] = SegmentationModel.nearest(centers, x[i], config.distance());
            }
        }
        return centers;
    }

    /**
     * EM: every label becomes the most probable component (ties to the lower index).
     *
     * @param labels updated in place
     * @param memberships filled per row when not {@code null}
     * @return the log-likelihood of the rows
     */
    private static double mostProbableLabels(final EmParameters em, final double[][] x, final int[] labels,
        final double[][] memberships) {
        return em.label(x, labels, memberships);
    }

    /**
     * @param labels raw labels in 0..k-1
     * @param k number of labels
     * @return {@code perm[newIndex] = rawLabel}: largest first, ties by first row index; empty raw labels last
     */
    static int[] stableOrder(final int[] labels, final int k) throws SegmentationException {
        final int[] size = new int[k];
        final int[] first = new int[k];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int i = 0; i < labels.length; i++) {
            final int l = labels[i];
            if (l < 0 || l >= k) {
                throw new SegmentationException("Internal error: label " + l + " outside 0.." + (k - 1) + ".");
            }
            size[l]++;
            first[l] = Math.min(first[l], i);
        }
        final Integer[] order = new Integer[k];
        for (int s = 0; s < k; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> size[a] != size[b] ? Integer.compare(size[b], size[a])
            : Integer.compare(first[a], first[b]));
        final int[] perm = new int[k];
        for (int s = 0; s < k; s++) {
            perm[s] = order[s];
        }
        return perm;
    }

    private static int choose(final List<KSelectionRow> table, final KCriterion criterion) {
        if (criterion == KCriterion.SSE_KNEE) {
            final List<Integer> valid = new ArrayList<>();
            for (int i = 0; i < table.size(); i++) {
                if (!Double.isNaN(table.get(i).sse())) {
                    valid.add(i);
                }
            }
            if (valid.isEmpty()) {
                return -1;
            }
            final int[] ks = new int[valid.size()];
            final double[] v = new double[valid.size()];
            for (int i = 0; i < ks.length; i++) {
                ks[i] = table.get(valid.get(i)).k();
                v[i] = table.get(valid.get(i)).sse();
            }
            return valid.get(KneeDetector.knee(ks, v));
        }
        int best = -1;
        double bestV = Double.NaN;
        final int fallback = firstUsable(table);
        for (int i = 0; i < table.size(); i++) {
            final double v = criterionValue(table.get(i), criterion);
            if (Double.isNaN(v)) {
                continue;
            }
            final boolean higherBetter = criterion == KCriterion.SILHOUETTE || criterion == KCriterion.CALINSKI_HARABASZ;
            if (best < 0 || (higherBetter ? v > bestV : v < bestV)) {
                best = i;
                bestV = v;
            }
        }
        return best >= 0 ? best : fallback;
    }

    private static int firstUsable(final List<KSelectionRow> table) {
        for (int i = 0; i < table.size(); i++) {
            if (!Double.isNaN(table.get(i).sse())) {
                return i;
            }
        }
        return -1;
    }

    private static double criterionValue(final KSelectionRow row, final KCriterion criterion) {
        return switch (criterion) {
            case SILHOUETTE -> row.silhouette();
            case CALINSKI_HARABASZ -> row.calinskiHarabasz();
            case DAVIES_BOULDIN -> row.daviesBouldin();
            case SSE_KNEE -> row.sse();
            case BIC -> row.bic();
        };
    }

    /** @return a listener passing on cancellation checks only (for work on other threads) */
    private static ProgressListener cancelOnly(final ProgressListener p) {
        return new ProgressListener() {
            @Override
            public void progress(final double fraction, final String message) {
                // progress is reported per finished task
            }

            @Override
            public void checkCanceled() throws CanceledException {
                p.checkCanceled();
            }
        };
    }

    /** Counts distinct rows, stopping once {@code cap} is reached. */
    private static int distinctRows(final double[][] x, final int cap) {
        final Set<RowKey> seen = new HashSet<>();
        for (final double[] row : x) {
            seen.add(new RowKey(row));
            if (seen.size() >= cap) {
                return seen.size();
            }
        }
        return seen.size();
    }

    private record RowKey(double[] v) {
        @Override
        public boolean equals(final Object o) {
            return o instanceof RowKey r && Arrays.equals(v, r.v);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(v);
        }
    }
}
