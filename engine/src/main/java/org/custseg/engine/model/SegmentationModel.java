package org.custseg.engine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;


import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.prep.Preprocessing;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.metrics.Distances;
import org.custseg.engine.metrics.GowerDistance;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;


/**
 * A fitted segmentation that assigns new rows. It holds plain values only (no Weka objects) and is saved as versioned
 * JSON ({@link #toJson()}, {@link #fromJson(String)}), never by Java serialization.
 *
 * <p>Assignment of a new row: columns are matched by name; the stored missing-value policy is applied (imputing
 * policies fill the stored training mean/median; {@code FAIL} and {@code DROP_ROWS} leave a row with a missing value
 * unassigned, label -1, with a reason); the stored scaling is applied; then
 * <ul>
 * <li>k-means: the nearest stored k-means centre, by the distance the model was trained with (Euclidean or
 * Manhattan);</li>
 * <li>k-medoids: the nearest medoid (a real training row, stored as the model's centres), by the model's distance;</li>
 * <li>EM: the most probable mixture component; the membership probabilities are returned too;</li>
 * <li>hierarchical: the nearest segment centroid (mean of the training members, Euclidean). A dendrogram cannot place
 * new points; this rule can assign a training row to a different segment than the tree did, mostly near borders and
 * for single linkage.</li>
 * </ul>
 * Ties go to the lower segment index. Distances returned are Euclidean distances (scaled space) to the segment
 * centroid.
 */
public final class SegmentationModel {

    /** Version of the JSON format written by {@link #toJson()}. */
    public static final int FORMAT_VERSION = 1;

    /** Engine version written into every model. */
    public static final String ENGINE_VERSION = "custseg-engine 0.1.0";

    /**
     * The one naming rule for segments: segment 0 (the largest) is "Segment 1", and so on.
     *
     * @param index the 0-based segment index
     * @return its default name
     */
    public static String defaultSegmentName(final int index) {
        return "Segment " + (index + 1);
    }

    private final Algorithm algorithm;
    private final Preprocessing preprocessing;
    private final List<String> segmentNames;
    private final double[][] centroidsScaled;
    private final Distance distance;
    private final double[][] centers;
    private final EmParameters em;
    private final String wekaOptions;
    private final String parametersDescription;
    private final String engineVersion;
    /** Gower k-medoids only: per feature its categories (nominal) or {@code null} (numeric); else {@code null}. */
    private final List<List<String>> nominalLevels;
    /** Gower k-medoids only: the distance (with the training ranges); else {@code null}. */
    private final GowerDistance gower;

    /**
     * Creates a model; called by the engine after fitting.
     *
     * @param algorithm the algorithm
     * @param preprocessing fitted preprocessing
     * @param segmentNames one name per segment
     * @param centroidsScaled {@code [k][d]} segment means in scaled space
     * @param distance distance used to find the nearest k-means centre (k-means only; others use Euclidean)
     * @param centers {@code [k][d]} k-means centres in scaled space (k-means only, else {@code null})
     * @param em fitted mixture (EM only, else {@code null})
     * @param wekaOptions exact Weka options string
     * @param parametersDescription the settings, for provenance
     */
    public SegmentationModel(final Algorithm algorithm, final Preprocessing preprocessing,
        final List<String> segmentNames, final double[][] centroidsScaled, final Distance distance,
        final double[][] centers, final EmParameters em, final String wekaOptions, final String parametersDescription) {
        this(algorithm, preprocessing, segmentNames, centroidsScaled, distance, centers, em, wekaOptions,
            parametersDescription, ENGINE_VERSION, null, null);
    }

    /**
     * Creates a K-Medoids model with Gower distance; called by the engine after fitting.
     *
     * @param preprocessing fitted preprocessing (nominal features pass unscaled)
     * @param segmentNames one name per segment
     * @param centroidsScaled {@code [k][d]} segment means of the prepared values
     * @param medoids {@code [k][d]} the medoids' prepared values
     * @param levels per feature its categories (nominal feature, values are codes) or {@code null} (numeric)
     * @param ranges per feature the Gower range of the training rows (1 for nominal features)
     * @param wekaOptions description of the fit
     * @param parametersDescription the settings, for provenance
     */
    public SegmentationModel(final Preprocessing preprocessing, final List<String> segmentNames,
        final double[][] centroidsScaled, final double[][] medoids, final List<List<String>> levels,
        final double[] ranges, final String wekaOptions, final String parametersDescription) {
        this(Algorithm.KMEDOIDS, preprocessing, segmentNames, centroidsScaled, Distance.GOWER, medoids, null,
            wekaOptions, parametersDescription, ENGINE_VERSION, levels, ranges);
    }

    SegmentationModel(final Algorithm algorithm, final Preprocessing preprocessing,
        final List<String> segmentNames, final double[][] centroidsScaled, final Distance distance,
        final double[][] centers, final EmParameters em, final String wekaOptions, final String parametersDescription,
        final String engineVersion, final List<List<String>> nominalLevels, final double[] gowerRanges) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.preprocessing = Objects.requireNonNull(preprocessing, "preprocessing");
        this.segmentNames = List.copyOf(segmentNames);
        this.centroidsScaled = EmParameters.deepCopy(centroidsScaled);
        this.distance = distance == null ? Distance.EUCLIDEAN : distance;
        this.centers = centers == null ? null : EmParameters.deepCopy(centers);
        this.em = em;
        this.wekaOptions = wekaOptions == null ? "" : wekaOptions;
        this.parametersDescription = parametersDescription == null ? "" : parametersDescription;
        this.engineVersion = engineVersion == null ? "" : engineVersion;
        final int k = this.segmentNames.size();
        final int d = preprocessing.dimension();
        if (this.distance == Distance.GOWER) {
            if (nominalLevels == null || gowerRanges == null || nominalLevels.size() != d || gowerRanges.length != d) {
                throw new IllegalArgumentException("A Gower model needs the column types and ranges of its " + d
                    + " features.");
            }
            final List<List<String>> l = new ArrayList<>();
            final boolean[] nominal = new boolean[d];
            for (int c = 0; c < d; c++) {
                l.add(nominalLevels.get(c) == null ? null : List.copyOf(nominalLevels.get(c)));
                nominal[c] = nominalLevels.get(c) != null;
            }
            this.nominalLevels = Collections.unmodifiableList(l);
            this.gower = new GowerDistance(nominal, gowerRanges);
        } else {
            this.nominalLevels = null;
            this.gower = null;
        }
        checkShape(this.centroidsScaled, k, d, "centroids");
        if (algorithm == Algorithm.KMEANS || algorithm == Algorithm.KMEDOIDS) {
            if (this.centers == null) {
                throw new IllegalArgumentException("A k-means model needs its centres.");
            }
            checkShape(this.centers, k, d, "k-means centres");
        }
        if (algorithm == Algorithm.EM) {
            if (em == null || em.k() != k || em.means()[0].length != d) {
                throw new IllegalArgumentException("An EM model needs mixture parameters for " + k + " components.");
            }
        }
    }

    private static void checkShape(final double[][] a, final int k, final int d, final String what) {
        if (a.length != k) {
            throw new IllegalArgumentException("The model's " + what + " have " + a.length + " rows, expected " + k + ".");
        }
        for (final double[] row : a) {
            if (row.length != d) {
                throw new IllegalArgumentException("The model's " + what + " need " + d + " values per segment.");
            }
        }
    }

    /** @return the algorithm */
    public Algorithm algorithm() {
        return algorithm;
    }

    /** @return the number of segments */
    public int k() {
        return segmentNames.size();
    }

    /** @return the features the model expects, in order */
    public List<String> featureNames() {
        return preprocessing.featureNames();
    }

    /** @return segment names ("Segment 1" = index 0 = the largest training segment) */
    public List<String> segmentNames() {
        return segmentNames;
    }

    /** @return the missing-value policy re-applied on assignment */
    public MissingPolicy missingPolicy() {
        return preprocessing.missing();
    }

    /** @return the scaling re-applied on assignment */
    public Scaling scaling() {
        return preprocessing.scaling();
    }

    /** @return the fitted preprocessing */
    public Preprocessing preprocessing() {
        return preprocessing;
    }

    /** @return {@code [k][d]} segment centroids in scaled space */
    public double[][] centroidsScaled() {
        return EmParameters.deepCopy(centroidsScaled);
    }

    /** @return {@code [k][d]} segment centroids in original units */
    public double[][] centroidsOriginal() {
        final double[][] out = new double[centroidsScaled.length][];
        for (int s = 0; s < out.length; s++) {
            out[s] = new double[centroidsScaled[s].length];
            for (int c = 0; c < out[s].length; c++) {
                out[s][c] = preprocessing.unscale(c, centroidsScaled[s][c]);
            }
        }
        return out;
    }

    /** @return the k-means centres in scaled space ({@code null} for other algorithms) */
    public double[][] kMeansCenters() {
        return centers == null ? null : EmParameters.deepCopy(centers);
    }

    /** @return the distance used to find the nearest k-means centre */
    public Distance distance() {
        return distance;
    }

    /**
     * @return Gower k-medoids: per feature its categories (nominal) or {@code null} (numeric); {@code null} for
     *         models without Gower distance
     */
    public List<List<String>> nominalLevels() {
        return nominalLevels;
    }

    /** @return the EM mixture ({@code null} for other algorithms) */
    public EmParameters emParameters() {
        return em;
    }

    /** @return the exact Weka options string used for fitting */
    public String wekaOptions() {
        return wekaOptions;
    }

    /** @return the engine version that fitted the model */
    public String engineVersion() {
        return engineVersion;
    }

    /** @return the settings the model was fitted with */
    public String parametersDescription() {
        return parametersDescription;
    }

    /**
     * Assigns rows to segments (see the class comment for the rules).
     *
     * @param data rows to assign; extra columns are ignored, columns are matched by name
     * @param p progress and cancellation
     * @return one label (or -1 with a reason) per row
     * @throws SegmentationException if a feature column is absent from {@code data}
     * @throws CanceledException if canceled
     */
    public Assignment assign(final FeatureMatrix data, final ProgressListener p)
        throws SegmentationException, CanceledException {
        final int[] idx = featureColumns(data);
        final int n = data.rows();
        final int k = k();
        final int[] labels = new int[n];
        final double[] dist = new double[n];
        final double[][] memb = algorithm == Algorithm.EM ? new double[n][] : null;
        final String[] reasons = new String[n];
        final double[] x = new double[idx.length];
        for (int r = 0; r < n; r++) {
            if ((r & 1023) == 0) {
                p.checkCanceled();
                p.progress((double) r / Math.max(1, n), "Assigning rows");
            }
            final String reason = scaledRow(data, r, idx, x);
            if (reason != null) {
                labels[r] = -1;
                dist[r] = Double.NaN;
                reasons[r] = reason;
                if (memb != null) {
                    memb[r] = new double[k];
                    Arrays.fill(memb[r], Double.NaN);
                }
                continue;
            }
            final int label;
            if (algorithm == Algorithm.EM) {
                memb[r] = em.probabilities(x);
                label = EmParameters.mostProbable(memb[r]);
            } else if (gower != null) {
                label = gower.nearest(x, centers);
            } else if (algorithm == Algorithm.KMEANS || algorithm == Algorithm.KMEDOIDS) {
                label = nearest(centers, x, distance);
            } else {
                label = nearest(centroidsScaled, x, Distance.EUCLIDEAN);
            }
            labels[r] = label;
            dist[r] = Math.sqrt(Distances.squaredEuclidean(centroidsScaled[label], x));
        }
        p.progress(1, "Rows assigned");
        return new Assignment(labels, dist, memb, reasons);
    }

    /**
     * @return per feature its column index in {@code data}
     * @throws SegmentationException naming every feature column the data lacks
     */
    private int[] featureColumns(final FeatureMatrix data) throws SegmentationException {
        final List<String> features = featureNames();
        final int d = features.size();
        final int[] idx = new int[d];
        final List<String> absent = new ArrayList<>();
        for (int c = 0; c < d; c++) {
            idx[c] = data.columnNames().indexOf(features.get(c));
            if (idx[c] < 0) {
                absent.add(features.get(c));
            }
        }
        if (!absent.isEmpty()) {
            throw new SegmentationException("The data lacks the column" + (absent.size() > 1 ? "s " : " ")
                + String.join(", ", absent.stream().map(s -> "\"" + s + "\"").toList())
                + " that the segmentation model was trained on: add " + (absent.size() > 1 ? "them" : "it")
                + " (same name) or train a new model. Expected columns: " + String.join(", ", features) + ".");
        }
        return idx;
    }

    /**
     * Prepares one row as in training (category codes mapped to the model's, missing values filled by the model's
     * policy, scaled) into {@code x}.
     *
     * @return why the row cannot be assigned, or {@code null}
     * @throws SegmentationException when a column's type (nominal or numeric) differs from training
     */
    private String scaledRow(final FeatureMatrix data, final int r, final int[] idx, final double[] x)
        throws SegmentationException {
        final List<String> features = featureNames();
        String reason = null;
        for (int c = 0; c < idx.length && reason == null; c++) {
            double v = data.value(r, idx[c]);
            final boolean nominalFeature = nominalLevels != null && nominalLevels.get(c) != null;
            if (nominalFeature != data.isNominal(idx[c])) {
                throw new SegmentationException("Column \"" + features.get(c) + "\" is "
                    + (nominalFeature ? "nominal (categories)" : "numeric")
                    + " in the segmentation model but " + (nominalFeature ? "numeric" : "nominal (categories)")
                    + " in the data: give it the type it had in training.");
            }
            if (nominalFeature && !Double.isNaN(v)) {
                // the data's category code becomes the model's; a category unseen in training is -1
                v = nominalLevels.get(c).indexOf(data.levels(idx[c]).get((int) v));
            }
            if (Double.isNaN(v)) {
                final double fill = preprocessing.fillValue(c);
                if (Double.isNaN(fill)) {
                    reason = "missing value in column \"" + features.get(c) + "\" (missing-value policy "
                        + preprocessing.missing() + ")";
                } else {
                    v = fill;
                }
            } else if (Double.isInfinite(v)) {
                reason = "infinite value in column \"" + features.get(c) + "\"";
            }
            x[c] = preprocessing.scale(c, v);
        }
        return reason;
    }

    /**
     * @param centers candidate centres
     * @param x a scaled row
     * @param distance the distance
     * @return index of the nearest centre, ties to the lower index
     */
    public static int nearest(final double[][] centers, final double[] x, final Distance distance) {
        return Distances.nearest(centers, x, distance);
    }

    /**
     * A short identifier of what this model does to a customer: a SHA-256 hash (first 16 hex digits, prefixed
     * {@code m-}) of the algorithm, feature names, segment names, preprocessing (missing-value policy, scaling, fill
     * values, centres, scales), segment centres, distance (a Gower model's categories and ranges too) and EM
     * parameters (full-covariance factors too), every number by its exact bits. The
     * provenance texts (engine version, Weka options, settings description) are left out, so the same fitted model
     * has the same fingerprint in every file and port it is copied to. It is written into {@code model.json} for
     * the reader and recomputed on loading (a model file written before fingerprints existed gets one), and it
     * goes with every assignment so that two scored tables can be checked to come from the same model.
     *
     * @return the fingerprint, e.g. {@code m-3fa81c07d2e95b44}
     */
    public String fingerprint() {
        final StringBuilder b = new StringBuilder();
        b.append(algorithm.name()).append('|').append(String.join("\u0001", featureNames())).append('|')
            .append(String.join("\u0001", segmentNames)).append('|').append(preprocessing.missing().name())
            .append('|').append(preprocessing.scaling().name()).append('|').append(distance.name());
        bits(b, preprocessing.fillValues());
        bits(b, preprocessing.centers());
        bits(b, preprocessing.scales());
        for (final double[] row : centroidsScaled) {
            bits(b, row);
        }
        if (centers != null) {
            for (final double[] row : centers) {
                bits(b, row);
            }
        }
        if (em != null) {
            bits(b, em.priors());
            for (final double[] row : em.means()) {
                bits(b, row);
            }
            for (final double[] row : em.stdDevs()) {
                bits(b, row);
            }
            if (em.choleskyFactors() != null) { // full-covariance EM
                for (final double[][] factor : em.choleskyFactors()) {
                    for (final double[] row : factor) {
                        bits(b, row);
                    }
                }
            }
        }
        if (gower != null) { // Gower k-medoids: the categories and the training ranges decide distances too
            for (final List<String> levels : nominalLevels) {
                b.append('|').append(levels == null ? "-" : String.join("\u0001", levels));
            }
            bits(b, gower.ranges());
        }
        try {
            final byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                .digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            final StringBuilder hex = new StringBuilder("m-");
            for (int i = 0; i < 8; i++) {
                hex.append(String.format(java.util.Locale.ROOT, "%02x", hash[i]));
            }
            return hex.toString();
        } catch (final java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void bits(final StringBuilder b, final double[] values) {
        b.append('|');
        for (final double v : values) {
            b.append(Long.toHexString(Double.doubleToLongBits(v))).append(',');
        }
    }

    /** @return the model as pretty-printed JSON (format {@link #FORMAT_VERSION}; written by {@link ModelJson}) */
    public String toJson() {
        return ModelJson.write(this);
    }

    /**
     * @param json text written by {@link #toJson()}
     * @return the model
     * @throws SegmentationException if the text is not a valid model of a supported format version
     */
    public static SegmentationModel fromJson(final String json) throws SegmentationException {
        return ModelJson.read(json);
    }

    /** @return the Gower ranges of a Gower model, else {@code null} (for {@link ModelJson}) */
    double[] gowerRanges() {
        return gower == null ? null : gower.ranges();
    }

    /** @return a short summary */
    @Override
    public String toString() {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", algorithm);
        m.put("k", k());
        m.put("features", featureNames());
        return "SegmentationModel" + m;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof SegmentationModel other && toJson().equals(other.toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }
}
