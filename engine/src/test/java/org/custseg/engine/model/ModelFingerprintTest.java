package org.custseg.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.segment.Segmentation;
import org.custseg.engine.segment.SegmentationConfig;
import org.junit.jupiter.api.Test;

/** The model fingerprint: stable through JSON, different for a different fit, computed for old files too. */
class ModelFingerprintTest {

    private static final FeatureMatrix DATA = new FeatureMatrix(List.of("a", "b"),
        List.of("1", "2", "3", "4", "5", "6"), new double[][] {{0, 0}, {0, 1}, {1, 0}, {10, 10}, {10, 11}, {11, 10}});

    private static SegmentationModel fit(final Algorithm a, final long seed) throws Exception {
        return Segmentation.run(DATA, SegmentationConfig.builder(a).k(2).seed(seed).build(), ProgressListener.NONE)
            .model();
    }

    @Test
    void sameModelSameFingerprintThroughJson() throws Exception {
        final SegmentationModel m = fit(Algorithm.KMEANS, 1);
        assertTrue(m.fingerprint().matches("m-[0-9a-f]{16}"), m.fingerprint());
        final String json = m.toJson();
        assertTrue(json.contains("\"fingerprint\": \"" + m.fingerprint() + "\""), json);
        assertEquals(m.fingerprint(), SegmentationModel.fromJson(json).fingerprint());
        assertEquals(m.fingerprint(), fit(Algorithm.KMEANS, 1).fingerprint(), "refit with the same seed");
    }

    @Test
    void differentModelsDifferentFingerprints() throws Exception {
        assertNotEquals(fit(Algorithm.KMEANS, 1).fingerprint(), fit(Algorithm.EM, 1).fingerprint());
        assertNotEquals(fit(Algorithm.KMEANS, 1).fingerprint(), fit(Algorithm.HIERARCHICAL, 1).fingerprint());
    }

    @Test
    void aModelFileWrittenBeforeFingerprintsStillLoadsAndGetsOne() throws Exception {
        final SegmentationModel m = fit(Algorithm.EM, 1);
        final String old = m.toJson().replaceAll(",\\s*\"fingerprint\": \"m-[0-9a-f]+\"", "");
        assertFalse(old.contains("fingerprint"), old);
        final SegmentationModel loaded = SegmentationModel.fromJson(old);
        assertEquals(m.fingerprint(), loaded.fingerprint());
    }
}
