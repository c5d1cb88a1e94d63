package org.custseg.engine.segment;

import java.util.List;
import java.util.Map;

import org.custseg.engine.model.Assignment;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.prep.PreparationReport;

/**
 * The outcome of {@link Segmentation#run}: labels and per-segment figures for the input rows, the automatic-k table and
 * the model. Immutable; every array getter returns a copy.
 *
 * <p>Numbering: segment index 0 ("Segment 1") is the largest segment; equal sizes are ordered by the smallest input
 * row index among their members.
 */
public final class SegmentationResult {

    private final int[] labels;
    private final int[] sizes;
    private final double[][] centroidsOriginal;
    private final double[][] centroidsScaled;
    private final double[] distances;
    private final double[][] memberships;
    private final double sse;
    private final double logLikelihood;
    private final String wekaOptions;
    private final double[] mergeHeights;
    private final List<KSelectionRow> kSelection;
    private final double criterionValue;
    private final PreparationReport preparation;
    private final SegmentationModel model;
    private final int[] medoidRows;

    /**
     * Takes ownership of {@code labels}, {@code distances} and {@code memberships} (the caller builds them for this
     * result alone and never changes them afterwards; rows of {@code memberships} may be shared, as they are never
     * handed out without copying); everything else is copied.
     */
    SegmentationResult(final int[] labels, final int[] sizes, final double[][] centroidsScaled,
        final double[] distances, final double[][] memberships, final double sse, final double logLikelihood,
        final String wekaOptions, final double[] mergeHeights, final List<KSelectionRow> kSelection,
        final double criterionValue, final PreparationReport preparation, final SegmentationModel model) {
        this(labels, sizes, centroidsScaled, distances, memberships, sse, logLikelihood, wekaOptions, mergeHeights,
            kSelection, criterionValue, preparation, model, null);
    }

    /** As above, with the medoids' input row indices per segment (k-medoids), or {@code null}. */
    SegmentationResult(final int[] labels, final int[] sizes, final double[][] centroidsScaled,
        final double[] distances, final double[][] memberships, final double sse, final double logLikelihood,
        final String wekaOptions, final double[] mergeHeights, final List<KSelectionRow> kSelection,
        final double criterionValue, final PreparationReport preparation, final SegmentationModel model,
        final int[] medoidRows) {
        this.medoidRows = medoidRows == null ? null : medoidRows.clone();
        this.labels = labels;
        this.sizes = sizes.clone();
        this.centroidsScaled = copy(centroidsScaled);
        this.centroidsOriginal = model.centroidsOriginal();
        this.distances = distances;
        this.memberships = memberships;
        this.sse = sse;
        this.logLikelihood = logLikelihood;
        this.wekaOptions = wekaOptions;
        this.mergeHeights = mergeHeights.clone();
        this.kSelection = List.copyOf(kSelection);
        this.criterionValue = criterionValue;
        this.preparation = preparation;
        this.model = model;
    }

    /**
     * The result of applying a saved model to new rows (no fitting): labels, distances and memberships from
     * {@link SegmentationModel#assign}, sizes counted over the assigned rows, centres and numbering from the model.
     * There is no k-selection table, no merge heights and no log-likelihood; the preparation report lists the model's
     * features, the unassigned rows as dropped rows, and the values imputed by the model's policy.
     *
     * @param model the applied model
     * @param assignment what {@code model.assign} returned for the rows
     * @param imputedCounts per feature, how many values the model's policy imputed (may be empty)
     * @param warnings warnings about the rows (e.g. why some were not assigned)
     * @return the result
     */
    public static SegmentationResult ofAssignment(final SegmentationModel model,
        final Assignment assignment, final Map<String, Integer> imputedCounts,
        final List<String> warnings) {
        final int[] labels = assignment.labels();
        final double[] distances = assignment.distances();
        final int k = model.k();
        final int[] sizes = new int[k];
        int unassigned = 0;
        double sse = 0;
        for (int r = 0; r < labels.length; r++) {
            if (labels[r] < 0) {
                unassigned++;
            } else {
                sizes[labels[r]]++;
                sse += distances[r] * distances[r];
            }
        }
        final PreparationReport prep = new PreparationReport(model.featureNames(), List.of(), unassigned,
            imputedCounts, List.of(), warnings);
        return new SegmentationResult(labels, sizes, model.centroidsScaled(), distances, assignment.memberships(), sse,
            Double.NaN, model.wekaOptions(), new double[0], List.of(), Double.NaN, prep, model);
    }

    private static double[][] copy(final double[][] a) {
        final double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** @return the number of segments */
    public int k() {
        return sizes.length;
    }

    /** @return the number of input rows (including rows dropped by the missing-value policy) */
    public int rows() {
        return labels.length;
    }

    /** @return per input row, the 0-based segment index, or -1 for a row dropped by the missing-value policy */
    public int[] labels() {
        return labels.clone();
    }

    /**
     * @param index 0-based segment index
     * @return "Segment " + (index + 1)
     */
    public String segmentName(final int index) {
        return model.segmentNames().get(index);
    }

    /** @return rows per segment (non-increasing) */
    public int[] sizes() {
        return sizes.clone();
    }

    /** @return {@code [k][features]} segment means in original units, features in {@code model().featureNames()} order */
    public double[][] centroidsOriginal() {
        return copy(centroidsOriginal);
    }

    /** @return {@code [k][features]} segment means in scaled space */
    public double[][] centroidsScaled() {
        return copy(centroidsScaled);
    }

    /** @return per input row, Euclidean distance (scaled space) to its segment mean; {@code NaN} for dropped rows */
    public double[] distances() {
        return distances.clone();
    }

    /** @return EM only: {@code [rows][k]} membership probabilities ({@code NaN} for dropped rows); else {@code null} */
    public double[][] memberships() {
        return memberships == null ? null : copy(memberships);
    }

    /** @return the sum of squared Euclidean distances (scaled space) of the rows to their segment means */
    public double sse() {
        return sse;
    }

    /** @return EM: total log-likelihood of the clustered rows under the mixture; {@code NaN} otherwise */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** @return the exact Weka options string used (or a description of the fast hierarchical engine) */
    public String wekaOptions() {
        return wekaOptions;
    }

    /** @return hierarchical (fast engine): the n-1 merge heights in ascending order; otherwise empty */
    public double[] mergeHeights() {
        return mergeHeights.clone();
    }

    /** @return the automatic-k table, one row per k tried; empty when k was fixed */
    public List<KSelectionRow> kSelection() {
        return kSelection;
    }

    /** @return the chosen criterion's value at the chosen k (the silhouette when k was fixed) */
    public double criterionValue() {
        return criterionValue;
    }

    /** @return what data preparation did */
    public PreparationReport preparation() {
        return preparation;
    }

    /**
     * @return k-medoids only: per segment the input row index (0-based, into the table given to
     *         {@link Segmentation#run}) of its medoid, a real customer; {@code null} for other algorithms
     */
    public int[] medoidRows() {
        return medoidRows == null ? null : medoidRows.clone();
    }

    /** @return the model that assigns new rows */
    public SegmentationModel model() {
        return model;
    }
}
