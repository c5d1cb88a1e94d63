package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.model.Assignment;
import org.custseg.engine.model.SegmentationModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.KCriterion;
import org.custseg.engine.config.HierarchicalEngine;

/** Golden results on the bundled sample data, five behavioural columns, z-scored (issue 3). */
class SampleDataTest {

    private static FeatureMatrix data;

    @BeforeAll
    static void load() throws Exception {
        data = SampleData.behavioural();
        assertEquals(660, data.rows());
    }

    @Test
    void kMeansKThreeGivesPublishedSizes() throws Exception {
        final SegmentationResult r =
            Segmentation.run(data, SegmentationConfig.builder(Algorithm.KMEANS).k(3).engine(HierarchicalEngine.WEKA)
                .build(), ProgressListener.NONE);
        assertArrayEquals(new int[] {386, 224, 50}, r.sizes());
        assertTrue(r.wekaOptions().contains("-init 1"), r.wekaOptions());
        System.out.println("k-means k=3 silhouette " + r.criterionValue() + " options " + r.wekaOptions());
    }

    @Test
    void emKThreeGivesPublishedSizes() throws Exception {
        final SegmentationResult r =
            Segmentation.run(data, SegmentationConfig.builder(Algorithm.EM).k(3).build(), ProgressListener.NONE);
        assertArrayEquals(new int[] {386, 224, 50}, r.sizes());
        assertTrue(Double.isFinite(r.logLikelihood()));
        System.out.println("EM k=3 logL " + r.logLikelihood() + " options " + r.wekaOptions());
    }

    @Test
    void automaticKPicksThreeBySilhouette() throws Exception {
        final SegmentationResult r = Segmentation.run(data,
            SegmentationConfig.builder(Algorithm.KMEANS).kMin(2).kMax(8).build(), ProgressListener.NONE);
        assertEquals(3, r.k());
        assertEquals(7, r.kSelection().size());
        for (final KSelectionRow row : r.kSelection()) {
            System.out.printf("k=%d silhouette=%.4f CH=%.2f DB=%.4f SSE=%.2f%n", row.k(), row.silhouette(),
                row.calinskiHarabasz(), row.daviesBouldin(), row.sse());
        }
        assertEquals(0.516, r.criterionValue(), 0.01);
        assertArrayEquals(new int[] {386, 224, 50}, r.sizes());
    }

    @Test
    void otherCriteriaAlsoPickThree() throws Exception {
        for (final KCriterion c : new KCriterion[] {KCriterion.CALINSKI_HARABASZ, KCriterion.DAVIES_BOULDIN,
            KCriterion.SSE_KNEE}) {
            final SegmentationResult r = Segmentation.run(data,
                SegmentationConfig.builder(Algorithm.KMEANS).kMin(2).kMax(8).criterion(c).restarts(3)
                    .engine(HierarchicalEngine.WEKA).build(),
                ProgressListener.NONE);
            assertEquals(3, r.k(), c.name());
        }
    }

    @Test
    void kMeansIsDeterministicAndShuffleInvariant() throws Exception {
        final SegmentationConfig c = SegmentationConfig.builder(Algorithm.KMEANS).k(3).seed(42).build();
        final SegmentationResult a = Segmentation.run(data, c, ProgressListener.NONE);
        final SegmentationResult again = Segmentation.run(data, c, ProgressListener.NONE);
        assertArrayEquals(a.labels(), again.labels());
        assertEquals(a.model().toJson(), again.model().toJson());
        final int[] perm = new int[data.rows()];
        final SegmentationResult b = Segmentation.run(Blobs.shuffled(data, 5, perm), c, ProgressListener.NONE);
        final int[] la = a.labels();
        final int[] lb = b.labels();
        for (int i = 0; i < perm.length; i++) {
            assertEquals(la[perm[i]], lb[i]);
        }
    }

    @Test
    void modelSaveLoadAssignReproducesLabels() throws Exception {
        for (final Algorithm alg : new Algorithm[] {Algorithm.KMEANS, Algorithm.EM}) {
            final SegmentationResult r =
                Segmentation.run(data, SegmentationConfig.builder(alg).k(3).build(), ProgressListener.NONE);
            final SegmentationModel m = SegmentationModel.fromJson(r.model().toJson());
            final Assignment a = m.assign(data, ProgressListener.NONE);
            assertArrayEquals(r.labels(), a.labels(), alg.name());
            if (alg == Algorithm.EM) {
                final double[][] rm = r.memberships();
                final double[][] am = a.memberships();
                for (int i = 0; i < rm.length; i++) {
                    assertArrayEquals(rm[i], am[i], 1e-12);
                }
            }
        }
    }

    @Test
    void defaultsOnTheCsvGiveThreeSegments() throws Exception {
        // what the command line does with no options: default columns, automatic k in 2..10 by silhouette
        final org.custseg.engine.data.ColumnSelection sel =
            org.custseg.engine.data.CsvTable.read(SampleData.file()).selectFeatures(List.of(), null);
        assertEquals(SampleData.BEHAVIOURAL, sel.usedColumns());
        final SegmentationResult r = Segmentation.run(sel.features(),
            SegmentationConfig.builder(Algorithm.KMEANS).build(), ProgressListener.NONE);
        assertEquals(9, r.kSelection().size());
        assertArrayEquals(new int[] {386, 224, 50}, r.sizes());
        // Segment 3 (50 customers) is the high-credit-limit, many-cards, online group
        final double[][] c = r.centroidsOriginal();
        assertTrue(c[2][0] > 100_000 && c[2][0] > c[0][0] && c[2][0] > c[1][0], java.util.Arrays.toString(c[2]));
    }
}
