package org.custseg.engine.segment;

import java.util.Objects;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;
import org.custseg.engine.config.Linkage;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.config.KCriterion;
import org.custseg.engine.config.KMeansInit;
import org.custseg.engine.config.Covariance;

/**
 * Complete, self-validating settings of one segmentation run. Invalid combinations are rejected when the record is
 * created, with an {@link IllegalArgumentException} whose message names the setting, the value and what is allowed.
 *
 * <p>Settings that do not apply to the chosen algorithm (for example {@code restarts} for EM) are kept but ignored,
 * except where a value would be misleading ({@code BIC} without EM, {@code sampleSize} without hierarchical, a
 * Weka-only link type with the fast engine), which is rejected.
 *
 * @param algorithm the algorithm
 * @param k the number of segments, at least 2; 0 = choose automatically in {@code kMin..kMax} by {@code criterion}
 * @param kMin smallest k tried automatically (at least 2)
 * @param kMax largest k tried automatically (at least kMin, at most {@value #MAX_K})
 * @param criterion rule choosing k automatically
 * @param missing missing-value policy
 * @param scaling column scaling
 * @param seed random seed; the same data, settings and seed give identical results
 * @param init k-means initialisation
 * @param distance k-means and Weka-hierarchical distance (the fast hierarchical engine is Euclidean only)
 * @param maxIterations maximum iterations of k-means and EM, at least 1
 * @param restarts k-means: number of seeded runs (seeds {@code seed, seed+1, ...}), the lowest SSE wins; at least 1
 * @param minStdDev EM: minimum standard deviation of a component, &gt; 0
 * @param linkage hierarchical link type
 * @param engine which implementation runs the algorithm: FAST (the engine's own k-means, EM and hierarchical
 *            clustering) or WEKA; for k-means FAST supports Euclidean distance and the
 *            KMEANS_PLUS_PLUS, RANDOM and FARTHEST_FIRST initialisations only
 * @param sampleSize hierarchical only: 0 = cluster all rows; otherwise cluster a seeded random sample of this many
 *            rows (at least 2) and assign every other row to the nearest segment centroid
 * @param covariance EM only: diagonal (Weka's EM) or full covariance matrices ({@link FullCovarianceEm})
 */
public record SegmentationConfig(Algorithm algorithm, int k, int kMin, int kMax, KCriterion criterion,
    MissingPolicy missing, Scaling scaling, long seed, KMeansInit init, Distance distance, int maxIterations,
    int restarts, double minStdDev, Linkage linkage, HierarchicalEngine engine, int sampleSize,
    Covariance covariance) {

    /** Largest k accepted (fixed or as kMax). */
    public static final int MAX_K = 100;

    /**
     * The default largest k tried automatically by the builder and the nodes (one constant): 10 covers the segment
     * counts a marketing team can act on, and automatic k with a silhouette or knee criterion needs a few k beyond the
     * expected answer to see it. Saved node settings keep their stored value. The command line still uses 8
     * ({@code CliOptions.DEFAULT_K_MAX} says why).
     */
    public static final int DEFAULT_K_MAX = 10;

    /** Validates every setting: the shared rules here, the algorithm's own in its {@link AlgorithmSpec}. */
    public SegmentationConfig(final Algorithm algorithm, final int k, final int kMin, final int kMax,
        final KCriterion criterion, final MissingPolicy missing, final Scaling scaling, final long seed,
        final KMeansInit init, final Distance distance, final int maxIterations, final int restarts,
        final double minStdDev, final Linkage linkage, final HierarchicalEngine engine, final int sampleSize,
        final Covariance covariance) {
        this.algorithm = algorithm;
        this.k = k;
        this.kMin = kMin;
        this.kMax = kMax;
        this.criterion = criterion;
        this.missing = missing;
        this.scaling = scaling;
        this.seed = seed;
        this.init = init;
        this.distance = distance;
        this.maxIterations = maxIterations;
        this.restarts = restarts;
        this.minStdDev = minStdDev;
        this.linkage = linkage;
        this.engine = engine;
        this.sampleSize = sampleSize;
        this.covariance = covariance;
        checkRequiredAndK();
        checkNumbers();
        checkAlgorithmRules();
    }

    private void checkRequiredAndK() {
        require(algorithm, "algorithm");
        require(criterion, "criterion");
        require(missing, "missing");
        require(scaling, "scaling");
        require(init, "init");
        require(distance, "distance");
        require(linkage, "linkage");
        require(engine, "engine");
        require(covariance, "covariance");
        if (k != 0 && (k < 2 || k > MAX_K)) {
            throw new IllegalArgumentException(
                "Setting k = " + k + " is not allowed: use 2.." + MAX_K + ", or 0 to choose k automatically.");
        }
        if (k == 0) {
            if (kMin < 2 || kMin > MAX_K) {
                throw new IllegalArgumentException(
                    "Setting kMin = " + kMin + " is not allowed: the smallest k tried must be in 2.." + MAX_K + ".");
            }
            if (kMax < kMin || kMax > MAX_K) {
                throw new IllegalArgumentException("Setting kMax = " + kMax + " is not allowed: it must be between kMin ("
                    + kMin + ") and " + MAX_K + ".");
            }
        }
    }

    private void checkNumbers() {
        if (maxIterations < 1) {
            throw new IllegalArgumentException(
                "Setting maxIterations = " + maxIterations + " is not allowed: use at least 1 (default 500).");
        }
        if (restarts < 1 || restarts > 1000) {
            throw new IllegalArgumentException(
                "Setting restarts = " + restarts + " is not allowed: use 1..1000 (default 10).");
        }
        if (!(minStdDev > 0) || Double.isInfinite(minStdDev)) {
            throw new IllegalArgumentException("Setting minStdDev = " + minStdDev
                + " is not allowed: use a positive finite number (default 1e-6).");
        }
    }

    /** The rules naming algorithms: by capability ({@link AlgorithmSpec}), then the algorithm's own. */
    private void checkAlgorithmRules() {
        final AlgorithmSpec spec = Algorithms.of(algorithm);
        if (criterion == KCriterion.BIC && !spec.hasLikelihood()) {
            throw new IllegalArgumentException("Setting criterion = BIC is only defined for the "
                + Algorithms.names(AlgorithmSpec::hasLikelihood) + " algorithm, not " + algorithm
                + ": choose SILHOUETTE, CALINSKI_HARABASZ, DAVIES_BOULDIN or SSE_KNEE.");
        }
        if (sampleSize < 0 || sampleSize == 1) {
            throw new IllegalArgumentException("Setting sampleSize = " + sampleSize
                + " is not allowed: use 0 (cluster all rows) or at least 2.");
        }
        if (sampleSize > 0 && !spec.samplesRows()) {
            throw new IllegalArgumentException("Setting sampleSize = " + sampleSize + " only applies to the "
                + Algorithms.names(AlgorithmSpec::samplesRows) + " algorithm, not " + algorithm + ": set it to 0.");
        }
        if (distance == Distance.GOWER && !spec.acceptsGower()) {
            throw new IllegalArgumentException("Setting distance = GOWER is only available with the "
                + Algorithms.names(AlgorithmSpec::acceptsGower) + " algorithm, not " + algorithm
                + ": use EUCLIDEAN or MANHATTAN.");
        }
        if (distance == Distance.GOWER && k == 0 && criterion != KCriterion.SILHOUETTE) {
            throw new IllegalArgumentException("Setting criterion = " + criterion + " is not defined for the GOWER"
                + " distance (it measures Euclidean spread): use SILHOUETTE, which is computed with Gower distance.");
        }
        spec.validate(this);
    }

    /** The settings with a diagonal EM covariance (the value before the covariance setting existed). */
    public SegmentationConfig(final Algorithm algorithm, final int k, final int kMin, final int kMax,
        final KCriterion criterion, final MissingPolicy missing, final Scaling scaling, final long seed,
        final KMeansInit init, final Distance distance, final int maxIterations, final int restarts,
        final double minStdDev, final Linkage linkage, final HierarchicalEngine engine, final int sampleSize) {
        this(algorithm, k, kMin, kMax, criterion, missing, scaling, seed, init, distance, maxIterations, restarts,
            minStdDev, linkage, engine, sampleSize, Covariance.DIAGONAL);
    }

    private static void require(final Object value, final String name) {
        if (value == null) {
            throw new IllegalArgumentException("Setting " + name + " is missing: give it a value.");
        }
    }

    /** @return whether k is chosen automatically */
    public boolean automaticK() {
        return k == 0;
    }

    /**
     * @param a the algorithm
     * @return a builder with the documented defaults: k=0 (automatic), kMin 2, kMax 10, SILHOUETTE, FAIL, ZSCORE,
     *         seed 1, KMEANS_PLUS_PLUS, EUCLIDEAN, maxIterations 500, restarts 10, minStdDev 1e-6, WARD, FAST,
     *         sampleSize 0
     */
    public static Builder builder(final Algorithm a) {
        return new Builder(a);
    }

    /** @return a builder initialised with this configuration's values */
    public Builder toBuilder() {
        return new Builder(algorithm).k(k).kMin(kMin).kMax(kMax).criterion(criterion).missing(missing).scaling(scaling)
            .seed(seed).init(init).distance(distance).maxIterations(maxIterations).restarts(restarts)
            .minStdDev(minStdDev).linkage(linkage).engine(engine).sampleSize(sampleSize).covariance(covariance);
    }

    /**
     * @return a one-line description of the settings that matter for the algorithm, for provenance (stored in the
     *         model)
     */
    public String describe() {
        final StringBuilder sb = new StringBuilder();
        sb.append("algorithm=").append(algorithm);
        sb.append(k == 0 ? " k=auto(" + kMin + ".." + kMax + "," + criterion + ")" : " k=" + k);
        sb.append(" missing=").append(missing).append(" scaling=").append(scaling).append(" seed=").append(seed);
        sb.append(Algorithms.of(algorithm).describeSettings(this));
        return sb.toString();
    }

    /** Fluent builder; {@link #build()} validates. */
    public static final class Builder {
        private Algorithm algorithm;
        private int k = 0;
        private int kMin = 2;
        private int kMax = DEFAULT_K_MAX;
        private KCriterion criterion = KCriterion.SILHOUETTE;
        private MissingPolicy missing = MissingPolicy.FAIL;
        private Scaling scaling = Scaling.ZSCORE;
        private long seed = 1;
        private KMeansInit init = KMeansInit.KMEANS_PLUS_PLUS;
        private Distance distance = Distance.EUCLIDEAN;
        private int maxIterations = 500;
        private int restarts = 10;
        private double minStdDev = 1e-6;
        private Linkage linkage = Linkage.WARD;
        private HierarchicalEngine engine = HierarchicalEngine.FAST;
        private int sampleSize = 0;
        private Covariance covariance = Covariance.DIAGONAL;

        private Builder(final Algorithm a) {
            this.algorithm = Objects.requireNonNull(a, "algorithm");
        }

        /** @param v algorithm @return this */
        public Builder algorithm(final Algorithm v) { algorithm = v; return this; }
        /** @param v k, 0 = automatic @return this */
        public Builder k(final int v) { k = v; return this; }
        /** @param v kMin @return this */
        public Builder kMin(final int v) { kMin = v; return this; }
        /** @param v kMax @return this */
        public Builder kMax(final int v) { kMax = v; return this; }
        /** @param v criterion @return this */
        public Builder criterion(final KCriterion v) { criterion = v; return this; }
        /** @param v missing-value policy @return this */
        public Builder missing(final MissingPolicy v) { missing = v; return this; }
        /** @param v scaling @return this */
        public Builder scaling(final Scaling v) { scaling = v; return this; }
        /** @param v seed @return this */
        public Builder seed(final long v) { seed = v; return this; }
        /** @param v k-means initialisation @return this */
        public Builder init(final KMeansInit v) { init = v; return this; }
        /** @param v distance @return this */
        public Builder distance(final Distance v) { distance = v; return this; }
        /** @param v maximum iterations @return this */
        public Builder maxIterations(final int v) { maxIterations = v; return this; }
        /** @param v k-means restarts @return this */
        public Builder restarts(final int v) { restarts = v; return this; }
        /** @param v EM minimum standard deviation @return this */
        public Builder minStdDev(final double v) { minStdDev = v; return this; }
        /** @param v hierarchical link type @return this */
        public Builder linkage(final Linkage v) { linkage = v; return this; }
        /** @param v hierarchical engine @return this */
        public Builder engine(final HierarchicalEngine v) { engine = v; return this; }
        /** @param v hierarchical sample size, 0 = all rows @return this */
        public Builder sampleSize(final int v) { sampleSize = v; return this; }
        /** @param v EM covariance structure @return this */
        public Builder covariance(final Covariance v) { covariance = v; return this; }

        /**
         * @return the validated configuration
         * @throws IllegalArgumentException naming the invalid setting
         */
        public SegmentationConfig build() {
            return new SegmentationConfig(algorithm, k, kMin, kMax, criterion, missing, scaling, seed, init, distance,
                maxIterations, restarts, minStdDev, linkage, engine, sampleSize, covariance);
        }
    }
}
