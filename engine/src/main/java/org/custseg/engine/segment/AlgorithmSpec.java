package org.custseg.engine.segment;

import org.custseg.engine.config.Algorithm;
import org.custseg.engine.metrics.MedoidMetric;

/**
 * Everything the engine knows about one algorithm: its name, the settings rules only it has, how it describes its
 * settings, and which {@link Segmenter} fits it. One class per algorithm implements this and is registered in
 * {@link Algorithms}; nothing else in the engine branches on the algorithm.
 *
 * <p>The rules shared by every algorithm (k range, iterations, restarts, ...) stay in {@link SegmentationConfig};
 * the capability methods below ({@link #hasLikelihood()}, {@link #samplesRows()}, {@link #acceptsGower()}) let its
 * cross-algorithm rules ("BIC needs a likelihood") name the algorithms that qualify without a list of names.
 */
public interface AlgorithmSpec {

    /** @return the algorithm's name (defined with {@link Algorithm#define(String)} for an added algorithm) */
    Algorithm algorithm();

    /** @return the algorithm's short display name, e.g. "K-Means" (port descriptions, labels) */
    default String displayName() {
        return algorithm().name();
    }

    /**
     * Checks the settings only this algorithm has rules for.
     *
     * @param c the settings (shared rules already checked)
     * @throws IllegalArgumentException naming the setting, the value and what is allowed
     */
    default void validate(final SegmentationConfig c) {
        // no algorithm-specific rules
    }

    /**
     * @param c the settings
     * @return the settings that matter for this algorithm, each as {@code " name=value"}, appended to the provenance
     *         line of {@link SegmentationConfig#describe()}
     */
    String describeSettings(SegmentationConfig c);

    /**
     * @param c the settings
     * @return a one-line human description of the algorithm and its main settings (reports, console)
     */
    String label(SegmentationConfig c);

    /**
     * @param c the settings
     * @param threads threads the segmenter may use
     * @param metric the dissimilarity from {@link #metric}, or {@code null}
     * @return the segmenter that fits these settings
     */
    Segmenter segmenter(SegmentationConfig c, int threads, MedoidMetric metric);

    /**
     * @param c the settings
     * @param scaled the prepared rows
     * @param nominal per used column whether it holds category codes
     * @return the algorithm's own dissimilarity (k-medoids), used for labels, silhouette and the model; {@code null}
     *         for algorithms measuring Euclidean spread around means
     */
    default MedoidMetric metric(final SegmentationConfig c, final double[][] scaled, final boolean[] nominal) {
        return null;
    }

    /**
     * @param c the settings
     * @return whether these settings can segment nominal (category) columns
     */
    default boolean acceptsNominal(final SegmentationConfig c) {
        return false;
    }

    /** @return whether the fit has a likelihood, so that BIC can choose k */
    default boolean hasLikelihood() {
        return false;
    }

    /** @return whether the {@code sampleSize} setting applies (cluster a sample, assign the rest) */
    default boolean samplesRows() {
        return false;
    }

    /** @return whether the Gower distance is available */
    default boolean acceptsGower() {
        return false;
    }
}
