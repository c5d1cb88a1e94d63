package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.model.Assignment;
import org.custseg.engine.model.SegmentationModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.Scaling;
import org.custseg.engine.config.Linkage;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.config.KMeansInit;

/** One contract, run against every segmenter and engine/option combination. */
class SegmenterContractTest {

    private static final int[] SIZES = {70, 45, 25};
    private static final Blobs BLOBS = Blobs.make(SIZES, 4, 7);

    static Stream<Arguments> configs() {
        final List<Arguments> out = new ArrayList<>();
        final SegmentationConfig.Builder km = SegmentationConfig.builder(Algorithm.KMEANS).k(3);
        out.add(Arguments.of("kmeans++", km.engine(HierarchicalEngine.WEKA).build()));
        for (final KMeansInit init : KMeansInit.values()) {
            out.add(Arguments.of("kmeans " + init + " manhattan", SegmentationConfig.builder(Algorithm.KMEANS).k(3)
                .init(init).distance(Distance.MANHATTAN).engine(HierarchicalEngine.WEKA).build()));
        }
        for (final KMeansInit init : List.of(KMeansInit.KMEANS_PLUS_PLUS, KMeansInit.RANDOM, KMeansInit.FARTHEST_FIRST)) {
            out.add(Arguments.of("fast kmeans " + init,
                SegmentationConfig.builder(Algorithm.KMEANS).k(3).init(init).engine(HierarchicalEngine.FAST).build()));
        }
        out.add(Arguments.of("em", SegmentationConfig.builder(Algorithm.EM).k(3).build()));
        for (final Linkage l : List.of(Linkage.WARD, Linkage.SINGLE, Linkage.COMPLETE, Linkage.AVERAGE)) {
            out.add(Arguments.of("fast " + l, SegmentationConfig.builder(Algorithm.HIERARCHICAL).k(3).linkage(l).build()));
        }
        for (final Linkage l : Linkage.values()) {
            if (l == Linkage.NEIGHBOR_JOINING) {
                continue; // Weka's NJ ignores k: see HierarchicalTest
            }
            out.add(Arguments.of("weka " + l, SegmentationConfig.builder(Algorithm.HIERARCHICAL).k(3).linkage(l)
                .engine(HierarchicalEngine.WEKA).build()));
        }
        out.add(Arguments.of("minmax kmeans", SegmentationConfig.builder(Algorithm.KMEANS).k(3).scaling(Scaling.MINMAX)
            .engine(HierarchicalEngine.WEKA).build()));
        out.add(Arguments.of("minmax fast kmeans", SegmentationConfig.builder(Algorithm.KMEANS).k(3)
            .scaling(Scaling.MINMAX).build()));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void recoversSeparatedBlobsWithStableNumbering(final String name, final SegmentationConfig config)
        throws Exception {
        final List<Double> fractions = new ArrayList<>();
        final SegmentationResult r = Segmentation.run(BLOBS.matrix, config, new ProgressListener() {
            @Override
            public void progress(final double f, final String m) {
                fractions.add(f);
            }

            @Override
            public void checkCanceled() {
                // never
            }
        });
        assertEquals(BLOBS.matrix.rows(), r.rows());
        assertEquals(3, r.k());
        // the largest blob is Segment 1, and each blob is exactly one segment
        assertArrayEquals(SIZES, r.sizes(), name);
        final int[] labels = r.labels();
        for (int i = 0; i < labels.length; i++) {
            assertEquals(BLOBS.truth[i], labels[i], name + " row " + i);
        }
        assertEquals("Segment 1", r.segmentName(0));
        // progress stays in [0, 1]
        assertTrue(fractions.stream().allMatch(f -> f.isNaN() || (f >= 0 && f <= 1)), name + " " + fractions);
        // centroids in original units are the segment means of the raw values
        final double[][] co = r.centroidsOriginal();
        for (int s = 0; s < 3; s++) {
            for (int c = 0; c < BLOBS.matrix.columns(); c++) {
                double sum = 0;
                for (int i = 0; i < labels.length; i++) {
                    if (labels[i] == s) {
                        sum += BLOBS.matrix.value(i, c);
                    }
                }
                assertEquals(sum / SIZES[s], co[s][c], 1e-6 * Math.abs(sum / SIZES[s]) + 1e-9, name);
            }
        }
        // distances are to the scaled centroid
        final double[] dist = r.distances();
        assertTrue(dist[0] >= 0 && Double.isFinite(dist[0]));
        assertTrue(r.sse() > 0);
        if (config.algorithm() == Algorithm.EM) {
            assertNotNull(r.memberships());
            assertEquals(1.0, java.util.Arrays.stream(r.memberships()[0]).sum(), 1e-9);
            assertTrue(Double.isFinite(r.logLikelihood()));
        } else {
            assertNull(r.memberships());
            assertTrue(Double.isNaN(r.logLikelihood()));
        }
        if (config.algorithm() == Algorithm.HIERARCHICAL && config.engine() == HierarchicalEngine.FAST) {
            assertEquals(BLOBS.matrix.rows() - 1, r.mergeHeights().length);
        }
        assertTrue(!r.wekaOptions().isEmpty());
        if (r.wekaOptions().contains("Distance")) { // Weka must never rescale columns on its own
            assertTrue(r.wekaOptions().matches(".*(Euclidean|Manhattan)Distance -D .*"), r.wekaOptions());
        }
        assertTrue(r.kSelection().isEmpty());
        // deterministic: same input, same output
        final SegmentationResult again = Segmentation.run(BLOBS.matrix, config, ProgressListener.NONE);
        assertArrayEquals(r.labels(), again.labels());
        assertEquals(r.model().toJson(), again.model().toJson());
        // model: save -> load -> assign reproduces the labels
        final SegmentationModel loaded = SegmentationModel.fromJson(r.model().toJson());
        assertEquals(r.model(), loaded);
        final Assignment a = loaded.assign(BLOBS.matrix, ProgressListener.NONE);
        assertArrayEquals(r.labels(), a.labels(), name);
        assertArrayEquals(r.distances(), a.distances(), 1e-9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void shuffledRowsGiveTheSameSegments(final String name, final SegmentationConfig config) throws Exception {
        final int[] perm = new int[BLOBS.matrix.rows()];
        final SegmentationResult a = Segmentation.run(BLOBS.matrix, config, ProgressListener.NONE);
        final SegmentationResult b =
            Segmentation.run(Blobs.shuffled(BLOBS.matrix, 99, perm), config, ProgressListener.NONE);
        final int[] la = a.labels();
        final int[] lb = b.labels();
        for (int i = 0; i < perm.length; i++) {
            assertEquals(la[perm[i]], lb[i], name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void honoursCancellation(final String name, final SegmentationConfig config) {
        final AtomicInteger calls = new AtomicInteger();
        final ProgressListener cancelLater = new ProgressListener() {
            @Override
            public void progress(final double f, final String m) {
                // ignored
            }

            @Override
            public void checkCanceled() throws CanceledException {
                if (calls.incrementAndGet() > 2) {
                    throw new CanceledException("stop");
                }
            }
        };
        assertThrows(CanceledException.class, () -> Segmentation.run(BLOBS.matrix, config, cancelLater), name);
    }
}
