package org.custseg.knime.common;

import org.custseg.engine.config.Algorithm;
import org.custseg.engine.segment.SegmentationConfig;
import org.knime.core.node.InvalidSettingsException;

/**
 * The part of a segmenter node that belongs to its algorithm: which of the {@link SegmenterSettings} keys it uses,
 * the checks of those values, how they go into the engine's {@link SegmentationConfig}, and the components of the
 * dialog's "Algorithm" tab. One implementation lives in each segmenter node's package and is handed to
 * {@link AbstractSegmenterNodeModel} and {@link AbstractSegmenterNodeDialog}; nothing in {@code common} branches on
 * the algorithm.
 */
public interface SegmenterOptions {

    /** @return the engine algorithm the node runs */
    Algorithm algorithm();

    /**
     * Registers the algorithm's own keys, in the order they are saved (pinned by tests: saved workflows must load).
     *
     * @param s the node's settings; call {@link SegmenterSettings#use(String)} per key
     */
    void register(SegmenterSettings s);

    /**
     * Checks the algorithm's own values that the engine cannot check in the node's words (a value that is not one
     * of the choices, a combination named by the dialog's labels).
     *
     * @param s the settings
     * @throws InvalidSettingsException naming the setting by its dialog label, the value and what to do
     */
    void validate(SegmenterSettings s) throws InvalidSettingsException;

    /**
     * Copies the algorithm's own values into the engine configuration.
     *
     * @param s the settings (validated)
     * @param b the builder
     * @throws InvalidSettingsException if a value cannot be read
     */
    void configure(SegmenterSettings s, SegmentationConfig.Builder b) throws InvalidSettingsException;

    /**
     * Adds the components of the "Algorithm" tab (the seed follows them).
     *
     * @param d the dialog
     */
    void addAlgorithmComponents(AbstractSegmenterNodeDialog d);
}
