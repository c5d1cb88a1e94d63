package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.data.FeatureMatrix;
import org.junit.jupiter.api.Test;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.Linkage;
import org.custseg.engine.config.HierarchicalEngine;

class HierarchicalTest {

    @Test
    void fastWardOnSampleDataMatchesClassicWardPartitionSizes() throws Exception {
        // scikit-learn's Ward at k = 3 on the same z-scored columns: 385/225/50. (At k = 5 tied Ward costs make the
        // tree non-unique; the hierarchical package's WardReferenceTest checks the tree itself.)
        final SegmentationResult r = Segmentation.run(SampleData.behavioural(),
            SegmentationConfig.builder(Algorithm.HIERARCHICAL).k(3).build(), ProgressListener.NONE);
        assertArrayEquals(new int[] {385, 225, 50}, r.sizes());
        assertTrue(r.wekaOptions().startsWith("fast-ward"), r.wekaOptions());
        final double[] h = r.mergeHeights();
        assertEquals(659, h.length);
        for (int i = 1; i < h.length; i++) {
            assertTrue(h[i] >= h[i - 1]);
        }
    }

    @Test
    void automaticKOnOneTreeReturnsTheWholeTable() throws Exception {
        final SegmentationResult r = Segmentation.run(SampleData.behavioural(),
            SegmentationConfig.builder(Algorithm.HIERARCHICAL).kMin(2).kMax(6).build(), ProgressListener.NONE);
        assertEquals(5, r.kSelection().size());
        assertEquals(1, r.kSelection().stream().filter(KSelectionRow::chosen).count());
        final KSelectionRow best = r.kSelection().stream()
            .max((a, b) -> Double.compare(a.silhouette(), b.silhouette())).orElseThrow();
        assertTrue(best.chosen());
        assertEquals(best.k(), r.k());
        assertEquals(best.silhouette(), r.criterionValue());
    }

    @Test
    void wekaNeighbourJoiningIgnoresKAndSaysSo() {
        final Blobs b = Blobs.make(new int[] {20, 15, 10}, 2, 3);
        final SegmentationException e = assertThrows(SegmentationException.class,
            () -> Segmentation.run(b.matrix, SegmentationConfig.builder(Algorithm.HIERARCHICAL).k(3)
                .linkage(Linkage.NEIGHBOR_JOINING).engine(HierarchicalEngine.WEKA).build(), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("NEIGHBOR_JOINING") && e.getMessage().contains("another link type"),
            e.getMessage());
    }

    @Test
    void wekaEngineIsRefusedAboveItsRowLimit() {
        final int n = HierarchicalSegmenter.WEKA_MAX_ROWS + 1;
        final FeatureMatrix m = random(n, 2, 5);
        final SegmentationException e = assertThrows(SegmentationException.class,
            () -> Segmentation.run(m, SegmentationConfig.builder(Algorithm.HIERARCHICAL).k(3)
                .engine(HierarchicalEngine.WEKA).build(), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("5,000") && e.getMessage().contains("FAST")
            && e.getMessage().contains("sample size"), e.getMessage());
    }

    @Test
    void sampleSizeClustersASampleAndAssignsTheRestToTheNearestCentroid() throws Exception {
        final Blobs b = Blobs.make(new int[] {80, 50, 30}, 3, 11);
        final SegmentationConfig c = SegmentationConfig.builder(Algorithm.HIERARCHICAL).k(3).sampleSize(40)
            .engine(HierarchicalEngine.WEKA).linkage(Linkage.AVERAGE).build();
        final SegmentationResult r = Segmentation.run(b.matrix, c, ProgressListener.NONE);
        assertArrayEquals(new int[] {80, 50, 30}, r.sizes());
        assertArrayEquals(b.truth, r.labels());
        assertTrue(r.wekaOptions().contains("sample of 40 of 160 rows"), r.wekaOptions());
        // same seed, same sample
        assertArrayEquals(r.labels(), Segmentation.run(b.matrix, c, ProgressListener.NONE).labels());
    }

    @Test
    void fastEngineRejectsWekaOnlyLinkageAndManhattan() {
        final IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
            () -> SegmentationConfig.builder(Algorithm.HIERARCHICAL).linkage(Linkage.CENTROID).build());
        assertTrue(a.getMessage().contains("linkage = CENTROID") && a.getMessage().contains("WEKA"), a.getMessage());
        final IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
            () -> SegmentationConfig.builder(Algorithm.HIERARCHICAL).distance(Distance.MANHATTAN).build());
        assertTrue(d.getMessage().contains("distance = MANHATTAN"), d.getMessage());
    }

    @Test
    void fastEngineAboveItsLimitSuggestsSamplingOrKMeans() {
        final long limit = org.custseg.engine.hierarchical.FastHierarchical
            .maxRows(org.custseg.engine.hierarchical.FastLinkage.COMPLETE, Runtime.getRuntime().maxMemory());
        final FeatureMatrix m = random((int) limit + 1, 1, 8);
        final SegmentationException e = assertThrows(SegmentationException.class,
            () -> Segmentation.run(m, SegmentationConfig.builder(Algorithm.HIERARCHICAL).k(3).linkage(Linkage.COMPLETE)
                .build(), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("k-means") && e.getMessage().contains("sample size"), e.getMessage());
    }

    static FeatureMatrix random(final int n, final int d, final long seed) {
        final Random rnd = new Random(seed);
        final double[][] v = new double[n][d];
        final List<String> ids = new ArrayList<>();
        final List<String> cols = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            cols.add("c" + j);
        }
        for (int i = 0; i < n; i++) {
            ids.add("id" + i);
            for (int j = 0; j < d; j++) {
                v[i][j] = rnd.nextGaussian();
            }
        }
        return new FeatureMatrix(cols, ids, v);
    }
}
