package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.model.Assignment;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.prep.PreparedData;
import org.custseg.engine.prep.Preprocessor;
import org.junit.jupiter.api.Test;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;
import org.custseg.engine.metrics.GowerDistance;

/** Gower distance by hand, and K-Medoids on a generated mixed table (numeric + two nominal columns). */
class GowerKMedoidsTest {

    static final List<String> PRODUCTS = List.of("Classic", "Gold", "Platinum");
    static final List<String> REGIONS = List.of("East", "North", "South", "West");

    /** Columns: Balance (skewed amount), Online_share ([0,1]), Visits (count), Product, Region; 3 planted groups. */
    static FeatureMatrix mixed(final int n, final long seed, final int[] truth) {
        final Random r = new Random(seed);
        final double[][] v = new double[n][5];
        final List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final int g = i % 3;
            truth[i] = g;
            ids.add("C" + (1000 + i));
            v[i][0] = Math.round(Math.exp(7 + g + r.nextGaussian() * 0.4)); // balance, skewed
            v[i][1] = Math.min(1, Math.max(0, 0.2 + 0.3 * g + r.nextGaussian() * 0.08));
            v[i][2] = Math.max(0, Math.round(6 - 2.5 * g + r.nextGaussian()));
            v[i][3] = r.nextDouble() < 0.85 ? g : r.nextInt(3); // product mostly follows the group
            v[i][4] = r.nextDouble() < 0.7 ? g : r.nextInt(4); // region, West only by chance
            if (i % 97 == 5) {
                v[i][1] = Double.NaN; // blanks
            }
            if (i % 89 == 7) {
                v[i][3] = Double.NaN;
            }
        }
        final List<List<String>> levels = Arrays.asList(null, null, null, PRODUCTS, REGIONS);
        return new FeatureMatrix(List.of("Balance", "Online_share", "Visits", "Product", "Region"), ids, v, levels);
    }

    @Test
    void gowerMatchesHandComputedValuesUnderEveryScaling() throws Exception {
        // age, balance numeric; region, product nominal
        final double[][] v = {{30, 1000, 0, 0}, {50, 3000, 1, 0}, {40, 2000, 0, 1}};
        final FeatureMatrix m = new FeatureMatrix(List.of("age", "balance", "region", "product"),
            List.of("A", "B", "C"), v, Arrays.asList(null, null, List.of("North", "South"), List.of("Gold", "Silver")));
        for (final Scaling s : Scaling.values()) {
            final PreparedData p = Preprocessor.fit(m, MissingPolicy.FAIL, s, ProgressListener.NONE);
            final GowerDistance g = GowerDistance.fit(p.scaled(), new boolean[] {false, false, true, true});
            final double[][] x = p.scaled();
            // A-B: (20/20 + 2000/2000 + 1 + 0) / 4
            assertEquals(0.75, g.between(x[0], x[1]), 1e-12, s.name());
            // A-C: (10/20 + 1000/2000 + 0 + 1) / 4
            assertEquals(0.5, g.between(x[0], x[2]), 1e-12, s.name());
            // B-C: (10/20 + 1000/2000 + 1 + 1) / 4
            assertEquals(0.75, g.between(x[1], x[2]), 1e-12, s.name());
            assertEquals(0, g.between(x[1], x[1]), 0);
            assertEquals(g.between(x[2], x[0]), g.between(x[0], x[2]), 0);
        }
        // a category unseen in training (code -1) differs from all
        final GowerDistance g = new GowerDistance(new boolean[] {false, true}, new double[] {2, 1});
        assertEquals((0.5 + 1) / 2, g.between(new double[] {1, -1}, new double[] {0, 0}), 1e-12);
    }

    @Test
    void kMedoidsWithGowerFindsThePlantedGroupsAndTheModelReassignsThem() throws Exception {
        final int n = 600;
        final int[] truth = new int[n];
        final FeatureMatrix data = mixed(n, 5, truth);
        final SegmentationConfig c = SegmentationConfig.builder(Algorithm.KMEDOIDS).distance(Distance.GOWER)
            .kMin(2).kMax(6).missing(MissingPolicy.IMPUTE_MEDIAN).build();
        final SegmentationResult r = Segmentation.run(data, c, null);
        assertEquals(3, r.k(), "automatic k by Gower silhouette");
        // purity: each segment's most frequent planted group
        int agree = 0;
        final int[] labels = r.labels();
        for (int s = 0; s < 3; s++) {
            final int[] count = new int[3];
            for (int i = 0; i < n; i++) {
                if (labels[i] == s) {
                    count[truth[i]]++;
                }
            }
            agree += Arrays.stream(count).max().getAsInt();
        }
        assertTrue(agree >= 0.95 * n, "purity " + agree + "/" + n);
        // only the silhouette is defined for Gower
        assertTrue(Double.isNaN(r.kSelection().get(0).sse()));
        // medoids are real rows, model survives JSON and reassigns the training rows identically
        final SegmentationModel back = SegmentationModel.fromJson(r.model().toJson());
        assertEquals(r.model(), back);
        final Assignment a = back.assign(data, ProgressListener.NONE);
        assertArrayEquals(labels, a.labels());
        System.out.println("Gower k-medoids on the generated mixed table: k=" + r.k() + ", sizes "
            + Arrays.toString(r.sizes()) + ", medoids " + Arrays.stream(r.medoidRows()).mapToObj(data::rowId).toList()
            + ", silhouette " + r.criterionValue() + ", purity " + agree + "/" + n);
    }

    @Test
    void newDataWithItsOwnCodingAndAnUnseenCategoryIsMappedByLabel() throws Exception {
        final int[] truth = new int[300];
        final FeatureMatrix data = mixed(300, 9, truth);
        final SegmentationConfig c = SegmentationConfig.builder(Algorithm.KMEDOIDS).distance(Distance.GOWER).k(3)
            .missing(MissingPolicy.IMPUTE_MEAN).build();
        final SegmentationResult r = Segmentation.run(data, c, null);
        // the same rows, but the new table lists its categories in another order and has an unseen region
        final List<String> products = List.of("Platinum", "Gold", "Classic");
        final List<String> regions = List.of("West", "South", "North", "East", "Online");
        final double[][] v = new double[data.rows()][];
        for (int i = 0; i < data.rows(); i++) {
            v[i] = data.row(i);
            if (!Double.isNaN(v[i][3])) {
                v[i][3] = products.indexOf(PRODUCTS.get((int) v[i][3]));
            }
            v[i][4] = regions.indexOf(REGIONS.get((int) v[i][4]));
        }
        v[0][4] = 4; // "Online", unseen in training
        final FeatureMatrix recoded = new FeatureMatrix(data.columnNames(), data.rowIds(), v,
            Arrays.asList(null, null, null, products, regions));
        final Assignment a = r.model().assign(recoded, ProgressListener.NONE);
        final int[] expected = r.labels();
        for (int i = 1; i < data.rows(); i++) {
            assertEquals(expected[i], a.labels()[i], "row " + i);
        }
        assertTrue(a.labels()[0] >= 0, "a row with an unseen category is still assigned");
    }

    @Test
    void nominalColumnsNeedKMedoidsWithGower() {
        final FeatureMatrix data = mixed(60, 1, new int[60]);
        for (final SegmentationConfig c : List.of(
            SegmentationConfig.builder(Algorithm.KMEANS).k(3).missing(MissingPolicy.IMPUTE_MEAN).build(),
            SegmentationConfig.builder(Algorithm.KMEDOIDS).k(3).missing(MissingPolicy.IMPUTE_MEAN).build())) {
            final SegmentationException e = assertThrows(SegmentationException.class,
                () -> Segmentation.run(data, c, null));
            assertTrue(e.getMessage().contains("\"Product\", \"Region\"") && e.getMessage().contains("Gower"),
                e.getMessage());
        }
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SegmentationConfig.builder(Algorithm.KMEANS).distance(Distance.GOWER).build());
        assertTrue(e.getMessage().contains("GOWER"), e.getMessage());
    }
}
