package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.model.Assignment;
import org.custseg.engine.prep.Preprocessor;
import org.junit.jupiter.api.Test;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.Scaling;
import org.custseg.engine.metrics.MedoidMetric;

/** K-Medoids against exhaustive search and a plain PAM written here, CLARA, model, sample data. */
class KMedoidsTest {

    private static double[][] random(final int n, final int d, final long seed, final int groups) {
        final Random r = new Random(seed);
        final double[][] centres = new double[groups][d];
        for (final double[] c : centres) {
            for (int a = 0; a < d; a++) {
                c[a] = r.nextGaussian() * 3;
            }
        }
        final double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            final double[] c = centres[r.nextInt(groups)];
            for (int a = 0; a < d; a++) {
                // skewed noise, as in amounts
                x[i][a] = c[a] + Math.exp(r.nextGaussian() * 0.7) - 1;
            }
        }
        return x;
    }

    private static double td(final double[][] x, final int[] medoids, final MedoidMetric m) throws Exception {
        return KMedoidsSegmenter.totalDissimilarity(x, medoids, m, ProgressListener.NONE);
    }

    /** The global optimum by trying every set of k rows. */
    private static double exhaustive(final double[][] x, final int k, final MedoidMetric m) throws Exception {
        final int n = x.length;
        final int[] c = new int[k];
        for (int i = 0; i < k; i++) {
            c[i] = i;
        }
        double best = Double.POSITIVE_INFINITY;
        while (true) {
            best = Math.min(best, td(x, c, m));
            int i = k - 1;
            while (i >= 0 && c[i] == n - k + i) {
                i--;
            }
            if (i < 0) {
                return best;
            }
            c[i]++;
            for (int j = i + 1; j < k; j++) {
                c[j] = c[j - 1] + 1;
            }
        }
    }

    /** Classic PAM: greedy BUILD, then the best of all (medoid, non-medoid) swaps while it improves. */
    private static double pam(final double[][] x, final int k, final MedoidMetric m) throws Exception {
        final int n = x.length;
        final List<Integer> med = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            int bestC = -1;
            double bestTd = Double.POSITIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                if (med.contains(c)) {
                    continue;
                }
                final List<Integer> t = new ArrayList<>(med);
                t.add(c);
                final double v = td(x, t.stream().mapToInt(Integer::intValue).toArray(), m);
                if (v < bestTd) {
                    bestTd = v;
                    bestC = c;
                }
            }
            med.add(bestC);
        }
        int[] cur = med.stream().mapToInt(Integer::intValue).toArray();
        double curTd = td(x, cur, m);
        while (true) {
            int[] bestSet = null;
            double bestTd = curTd;
            for (int j = 0; j < k; j++) {
                for (int c = 0; c < n; c++) {
                    final int cc = c;
                    if (Arrays.stream(cur).anyMatch(v -> v == cc)) {
                        continue;
                    }
                    final int[] t = cur.clone();
                    t[j] = c;
                    final double v = td(x, t, m);
                    if (v < bestTd - 1e-12 * bestTd) {
                        bestTd = v;
                        bestSet = t;
                    }
                }
            }
            if (bestSet == null) {
                return curTd;
            }
            cur = bestSet;
            curTd = bestTd;
        }
    }

    private static SegmentationConfig config(final int k, final Distance d, final long seed) {
        return SegmentationConfig.builder(Algorithm.KMEDOIDS).k(k).distance(d).seed(seed).scaling(Scaling.NONE)
            .build();
    }

    private static RawFit fit(final double[][] x, final int k, final Distance d, final long seed) throws Exception {
        return new KMedoidsSegmenter(MedoidMetric.of(d)).fit(x, k, config(k, d, seed), ProgressListener.NONE);
    }

    @Test
    void reachesTheExhaustiveOptimumOnSmallData() throws Exception {
        for (long s = 1; s <= 6; s++) {
            final double[][] x = random(14, 3, s, 3);
            for (final Distance d : List.of(Distance.EUCLIDEAN, Distance.MANHATTAN)) {
                final MedoidMetric m = MedoidMetric.of(d);
                for (int k = 2; k <= 4; k++) {
                    final RawFit f = fit(x, k, d, s);
                    final double opt = exhaustive(x, k, m);
                    final double got = td(x, f.medoids(), m);
                    assertEquals(opt, got, 1e-9 * opt, "data " + s + " " + d + " k=" + k);
                }
            }
        }
    }

    @Test
    void equalOrBetterThanClassicPam() throws Exception {
        for (long s = 1; s <= 4; s++) {
            final double[][] x = random(120, 4, 100 + s, 4);
            for (final Distance d : List.of(Distance.EUCLIDEAN, Distance.MANHATTAN)) {
                final MedoidMetric m = MedoidMetric.of(d);
                for (final int k : new int[] {3, 5}) {
                    final double ours = td(x, fit(x, k, d, s).medoids(), m);
                    final double ref = pam(x, k, m);
                    assertTrue(ours <= ref * (1 + 1e-9), "data " + s + " " + d + " k=" + k + ": " + ours + " > PAM "
                        + ref);
                }
            }
        }
    }

    @Test
    void oneRunOfTheEagerSearchIsALocalOptimumOfSingleSwaps() throws Exception {
        final double[][] x = random(80, 3, 7, 3);
        final MedoidMetric m = MedoidMetric.EUCLIDEAN;
        final int[] med = KMedoidsSegmenter.search(x, 4, m, 3, 500, ProgressListener.NONE);
        final double base = td(x, med, m);
        for (int j = 0; j < med.length; j++) {
            for (int c = 0; c < x.length; c++) {
                final int[] t = med.clone();
                t[j] = c;
                assertTrue(td(x, t, m) >= base * (1 - 1e-12), "swap " + j + "->" + c + " improves");
            }
        }
    }

    @Test
    void labelsAreNearestMedoidsAndMedoidsAreRealRows() throws Exception {
        final double[][] x = random(200, 3, 11, 3);
        final RawFit f = fit(x, 3, Distance.MANHATTAN, 5);
        for (int j = 0; j < 3; j++) {
            assertArrayEquals(x[f.medoids()[j]], f.centers()[j]);
            assertEquals(j, f.labels()[f.medoids()[j]]);
        }
        for (int i = 0; i < x.length; i++) {
            assertEquals(KMedoidsSegmenter.nearest(x[i], x, f.medoids(), MedoidMetric.MANHATTAN), f.labels()[i]);
        }
    }

    @Test
    void claraAboveTheRowLimitAssignsAllRowsReproducibly() throws Exception {
        final int n = KMedoidsSegmenter.EXACT_MAX_ROWS + 500;
        final double[][] x = random(n, 3, 21, 4);
        final SegmentationConfig c = SegmentationConfig.builder(Algorithm.KMEDOIDS).k(4).seed(3).restarts(3)
            .scaling(Scaling.NONE).build();
        final RawFit a = new KMedoidsSegmenter(MedoidMetric.EUCLIDEAN).fit(x, 4, c, ProgressListener.NONE);
        final RawFit b = new KMedoidsSegmenter(MedoidMetric.EUCLIDEAN).fit(x, 4, c, ProgressListener.NONE);
        assertTrue(a.wekaOptions().contains("CLARA"), a.wekaOptions());
        assertArrayEquals(a.medoids(), b.medoids());
        assertArrayEquals(a.labels(), b.labels());
        assertEquals(n, a.labels().length);
        // the CLARA medoids are within 2% of what the full search finds from the same start seeds
        final double clara = td(x, a.medoids(), MedoidMetric.EUCLIDEAN);
        final double full = td(x, KMedoidsSegmenter.search(x, 4, MedoidMetric.EUCLIDEAN, 3, 500,
            ProgressListener.NONE), MedoidMetric.EUCLIDEAN);
        assertTrue(clara <= full * 1.02, clara + " vs " + full);
    }

    @Test
    void sampleDataKEquals3() throws Exception {
        final FeatureMatrix data = SampleData.behavioural();
        final SegmentationConfig c = SegmentationConfig.builder(Algorithm.KMEDOIDS).k(3).build();
        final SegmentationResult r = Segmentation.run(data, c, null);
        final int[] medoids = r.medoidRows();
        assertNotNull(medoids);
        final double[][] x = Preprocessor.fit(data, c.missing(), c.scaling(), ProgressListener.NONE).scaled();
        final double objective = td(x, medoids, MedoidMetric.EUCLIDEAN);
        System.out.println("k-medoids sample data k=3: sizes " + Arrays.toString(r.sizes()) + ", medoid Sl_No "
            + Arrays.stream(medoids).mapToObj(data::rowId).toList() + ", total Euclidean distance (z-scored) "
            + objective + ", silhouette " + r.criterionValue());
        // measured with this implementation (seed 1, 10 runs); k-means gives 386/224/50 on the same data
        assertArrayEquals(new int[] {388, 222, 50}, r.sizes());
        for (int s = 0; s < 3; s++) {
            assertEquals(s, r.labels()[medoids[s]], "a medoid belongs to its own segment");
        }
        // the model assigns the training rows exactly as the fit did
        final Assignment a = r.model().assign(data, ProgressListener.NONE);
        assertArrayEquals(r.labels(), a.labels());
        // same seed, same result; another seed reaches the same objective on this data
        assertArrayEquals(r.labels(), Segmentation.run(data, c, null).labels());
        final SegmentationResult other = Segmentation.run(data, c.toBuilder().seed(99).build(), null);
        assertEquals(objective, td(x, other.medoidRows(), MedoidMetric.EUCLIDEAN), 1e-9 * objective);
    }

    @Test
    void automaticKBySilhouetteOnSampleData() throws Exception {
        final SegmentationResult r = Segmentation.run(SampleData.behavioural(),
            SegmentationConfig.builder(Algorithm.KMEDOIDS).kMin(2).kMax(6).build(), null);
        assertEquals(3, r.k());
        assertEquals(5, r.kSelection().size());
    }
}
