package org.custseg.engine.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.junit.jupiter.api.Test;

/** Robustness and method details of the profiler on small hand-made data. */
class SegmentProfilerTest {

    private static SegmentProfile run(final ProfileData d) throws Exception {
        return SegmentProfiler.profile(d, ProfileConfig.DEFAULT, ProgressListener.NONE);
    }

    @Test
    void benjaminiHochbergOnAFixedExample() {
        // sorted: 0.01 (rank 1), 0.03 (2), 0.04 (3), 0.20 (4); m = 4 (NaN not counted)
        // m p / rank: 0.04, 0.06, 0.0533.., 0.20; step-up minimum from the top: 0.20, 0.0533, 0.0533, 0.04
        final double[] adj = BenjaminiHochberg.adjust(new double[] {0.01, 0.04, 0.03, 0.20, Double.NaN});
        assertArrayEquals(new double[] {0.04, 0.16 / 3, 0.16 / 3, 0.20, Double.NaN}, adj, 1e-12);
        // 0.6 (rank 1) -> min(1, 1.2) = 1, 0.9 (rank 2) -> 0.9; step-up minimum gives 0.9 to both
        assertArrayEquals(new double[] {0.9, 0.9}, BenjaminiHochberg.adjust(new double[] {0.9, 0.6}), 1e-12);
    }

    @Test
    void quartilesBySelectionEqualThoseOfTheSortedValues() throws Exception {
        // Welch's test (the default) finds min, quartiles and max by selection; the Mann-Whitney test sorts each
        // segment's values for its ranks and reads them from the sorted values: both must give the same doubles
        final Random rnd = new Random(19);
        final int n = 3000;
        final String[] labels = new String[n];
        final double[] counts = new double[n];
        final double[] amounts = new double[n];
        final double[] signed = new double[n];
        for (int r = 0; r < n; r++) {
            labels[r] = r % 17 == 0 ? null : "S" + (1 + rnd.nextInt(4));
            counts[r] = rnd.nextDouble() < 0.05 ? Double.NaN : rnd.nextInt(7);
            amounts[r] = rnd.nextDouble() < 0.3 ? 0 : Math.exp(2 * rnd.nextGaussian() + 5);
            signed[r] = r % 11 == 0 ? -0.0 : Math.round(rnd.nextGaussian() * 8) / 2.0;
        }
        final ProfileData d = ProfileData.builder(labels).numeric("counts", counts).numeric("amounts", amounts)
            .numeric("signed", signed).build();
        final SegmentProfile welch = run(d);
        final SegmentProfile mw = SegmentProfiler.profile(d,
            ProfileConfig.builder().test(TestMethod.MANN_WHITNEY_U).build(), ProgressListener.NONE);
        assertEquals(welch.numericRows().size(), mw.numericRows().size());
        for (int i = 0; i < welch.numericRows().size(); i++) {
            final NumericProfileRow a = welch.numericRows().get(i);
            final NumericProfileRow b = mw.numericRows().get(i);
            final double[] x = {a.min(), a.q1(), a.median(), a.q3(), a.max(), a.mean()};
            final double[] y = {b.min(), b.q1(), b.median(), b.q3(), b.max(), b.mean()};
            for (int j = 0; j < x.length; j++) {
                assertEquals(Double.doubleToLongBits(y[j]), Double.doubleToLongBits(x[j]),
                    a.segment() + " " + a.attribute() + " statistic " + j);
            }
        }
    }

    @Test
    void adoptedValuesProfileAsCopiedOnes() throws Exception {
        final String[] labels = {"A", "A", "B", "B", "B", null, "A", "B"};
        final double[] x = {1, 2, 10, 11, Double.NaN, 5, 3, 12};
        final SegmentProfile copied = run(ProfileData.builder(labels).numeric("x", x).build());
        final SegmentProfile adopted = run(ProfileData.builder(labels).numericAdopting("x", x.clone()).build());
        assertEquals(copied.numericRows(), adopted.numericRows());
        assertThrows(IllegalArgumentException.class,
            () -> ProfileData.builder(labels).numericAdopting("x", new double[3]));
    }

    @Test
    void quartilesInterpolateLinearly() {
        assertEquals(1.75, SegmentProfiler.quantile(new double[] {1, 2, 3, 4}, 0.25), 1e-12);
        assertEquals(2.5, SegmentProfiler.quantile(new double[] {1, 2, 3, 4}, 0.5), 1e-12);
        assertEquals(3.25, SegmentProfiler.quantile(new double[] {1, 2, 3, 4}, 0.75), 1e-12);
        assertEquals(7, SegmentProfiler.quantile(new double[] {7}, 0.25), 1e-12);
    }

    @Test
    void levelThresholdsAreInclusiveAtTheStrongEnd() {
        final LevelThresholds t = LevelThresholds.DEFAULT;
        assertEquals(Level.VERY_HIGH, Level.of(0.8, t));
        assertEquals(Level.HIGH, Level.of(0.79, t));
        assertEquals(Level.HIGH, Level.of(0.3, t));
        assertEquals(Level.AVERAGE, Level.of(0.29, t));
        assertEquals(Level.AVERAGE, Level.of(-0.29, t));
        assertEquals(Level.LOW, Level.of(-0.3, t));
        assertEquals(Level.VERY_LOW, Level.of(-0.8, t));
        assertEquals(Level.UNDEFINED, Level.of(Double.NaN, t));
        assertEquals(Level.VERY_HIGH, Level.of(Double.POSITIVE_INFINITY, t));
        assertEquals(Level.VERY_HIGH, Level.parse("Very_High"));
        assertThrows(IllegalArgumentException.class, () -> new LevelThresholds(0.8, 0.3));
    }

    @Test
    void singletonSegmentConstantAttributeMissingValuesAndMissingLabels() throws Exception {
        final String[] labels = {"A", "A", "A", "B", "B", "B", "C", null, " "};
        final double[] x = {1, 2, 3, 10, 11, Double.NaN, 5, 4, 6};
        final double[] constant = {7, 7, 7, 7, 7, 7, 7, 7, 7};
        final SegmentProfile p = run(ProfileData.builder(labels).numeric("x", x).numeric("k", constant).build());
        assertEquals(List.of("A", "B", "C", SegmentProfile.NO_SEGMENT), p.segments());

        final NumericProfileRow c = p.numericRow("C", "x");
        assertEquals(1, c.n());
        assertTrue(Double.isNaN(c.pValue()));
        assertTrue(Double.isNaN(c.adjustedP()));
        assertTrue(c.note().contains("fewer than 2 values in segment"), c.note());
        assertTrue(Double.isNaN(c.sd()));
        assertEquals(5, c.median(), 0);

        final NumericProfileRow b = p.numericRow("B", "x");
        assertEquals(2, b.n());
        assertEquals(1, b.missing());
        assertEquals(10.5, b.mean(), 1e-12);
        // rest of B: 1,2,3,5,4,6 -> mean 3.5, var 3.5; B: var 0.5; pooled = sqrt((1*0.5 + 5*3.5)/6) = sqrt(3)
        assertEquals((10.5 - 3.5) / Math.sqrt(3), b.effect(), 1e-12);
        assertEquals(Level.VERY_HIGH, b.level());

        final NumericProfileRow none = p.numericRow(SegmentProfile.NO_SEGMENT, "x");
        assertEquals(2, none.n());
        assertEquals(5, none.mean(), 1e-12);

        final NumericProfileRow k = p.numericRow("A", "k");
        assertEquals(0, k.effect(), 0);
        assertEquals(Level.AVERAGE, k.level());
        assertTrue(Double.isNaN(k.pValue()));
        assertTrue(k.note().contains("constant"), k.note());
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("\"k\" is constant")), p.warnings().toString());
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("2 row(s) have no (or a blank) segment label")));
        assertEquals(2, p.summary(SegmentProfile.NO_SEGMENT).size());
        assertEquals("No segment", p.summary(SegmentProfile.NO_SEGMENT).persona());
    }

    @Test
    void allMissingInASegmentAndSingleSegment() throws Exception {
        final SegmentProfile p = run(ProfileData.builder(new String[] {"A", "A", "B"})
            .numeric("x", new double[] {1, 2, Double.NaN}).build());
        assertEquals(0, p.numericRow("B", "x").n());
        assertEquals(1, p.numericRow("B", "x").missing());
        assertEquals(Level.UNDEFINED, p.numericRow("B", "x").level());
        final SegmentProfile one = run(ProfileData.builder(new String[] {"A", "A"})
            .numeric("x", new double[] {1, 2}).build());
        assertTrue(one.numericRow("A", "x").note().contains("no rest"));
        assertEquals("close to the population average on every attribute", one.summary("A").description());
        assertEquals("Typical", one.summary("A").persona());
    }

    @Test
    void segmentsSortNaturally() throws Exception {
        final String[] labels = {"Segment 10", "Segment 2", "Segment 1", null, "Segment 2"};
        final SegmentProfile p = run(ProfileData.builder(labels).numeric("x", new double[] {1, 2, 3, 4, 5}).build());
        assertEquals(List.of("Segment 1", "Segment 2", "Segment 10", SegmentProfile.NO_SEGMENT), p.segments());
    }

    @Test
    void mannWhitneyMatchesCommonsMathWithoutTies() throws Exception {
        final Random rnd = new Random(7);
        final int n = 60;
        final String[] labels = new String[n];
        final double[] x = new double[n];
        final List<Double> a = new ArrayList<>();
        final List<Double> rest = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3 == 0 ? "A" : "B";
            x[i] = rnd.nextGaussian() + (i % 3 == 0 ? 0.7 : 0);
            (i % 3 == 0 ? a : rest).add(x[i]);
        }
        final SegmentProfile p = SegmentProfiler.profile(ProfileData.builder(labels).numeric("x", x).build(),
            ProfileConfig.builder().test(TestMethod.MANN_WHITNEY_U).build(), ProgressListener.NONE);
        final double expected = new MannWhitneyUTest().mannWhitneyUTest(
            a.stream().mapToDouble(Double::doubleValue).toArray(),
            rest.stream().mapToDouble(Double::doubleValue).toArray());
        assertEquals(expected, p.numericRow("A", "x").pValue(), 1e-12);
    }

    @Test
    void nominalChiSquareAndCramersV() throws Exception {
        // segment A: red 8, blue 2; segment B: red 3, blue 7, one missing
        final List<String> labels = new ArrayList<>();
        final List<String> colour = new ArrayList<>();
        add(labels, colour, "A", "red", 8);
        add(labels, colour, "A", "blue", 2);
        add(labels, colour, "B", "red", 3);
        add(labels, colour, "B", "blue", 7);
        add(labels, colour, "B", null, 1);
        final double[] x = new double[labels.size()];
        Arrays.fill(x, 1);
        final SegmentProfile p = run(ProfileData.builder(labels.toArray(new String[0])).numeric("x", x)
            .nominal("colour", colour.toArray(new String[0])).build());
        // 2x2 table [[8,2],[3,7]], N = 20, expected [[5.5,4.5],[5.5,4.5]]
        final double chi = 2 * (2.5 * 2.5 / 5.5 + 2.5 * 2.5 / 4.5);
        final List<NominalProfileRow> rowsA = p.nominalRows().stream().filter(r -> r.segment().equals("A")).toList();
        assertEquals(2, rowsA.size());
        assertEquals("red", rowsA.get(0).category()); // more frequent first
        assertEquals(0.8, rowsA.get(0).segmentShare(), 1e-12);
        assertEquals(11.0 / 20, rowsA.get(0).populationShare(), 1e-12);
        assertEquals(chi, rowsA.get(0).chiSquare(), 1e-9);
        assertEquals(Math.sqrt(chi / 20), rowsA.get(0).cramersV(), 1e-9);
        assertTrue(rowsA.get(0).pValue() < 0.05);
        final NominalProfileRow blueB = p.nominalRows().stream()
            .filter(r -> r.segment().equals("B") && r.category().equals("blue")).findFirst().orElseThrow();
        assertEquals(1, blueB.missing());
        assertEquals(0.7, blueB.segmentShare(), 1e-12);
        assertTrue(p.summary("A").description().contains("colour mostly red (80% vs 55% overall)"),
            p.summary("A").description());
        assertEquals(List.of("colour", "x"), p.ranking("A"));
    }

    private static void add(final List<String> labels, final List<String> values, final String l, final String v,
        final int times) {
        for (int i = 0; i < times; i++) {
            labels.add(l);
            values.add(v);
        }
    }

    @Test
    void hundredsOfAttributesAreFast() throws Exception {
        final Random rnd = new Random(3);
        final int rows = 3000;
        final String[] labels = new String[rows];
        for (int r = 0; r < rows; r++) {
            labels[r] = "Segment " + (1 + rnd.nextInt(8));
        }
        final ProfileData.Builder b = ProfileData.builder(labels);
        for (int a = 0; a < 300; a++) {
            final double[] x = new double[rows];
            for (int r = 0; r < rows; r++) {
                x[r] = rnd.nextInt(20) == 0 ? Double.NaN : rnd.nextGaussian() + (labels[r].equals("Segment 1") ? 1 : 0);
            }
            b.numeric("attr_" + a, x);
        }
        final long t0 = System.nanoTime();
        final SegmentProfile p = run(b.build());
        final double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(8 * 300, p.numericRows().size());
        assertTrue(seconds < 10, "took " + seconds + " s");
        assertTrue(p.numericRow("Segment 1", "attr_5").level().isAtLeast(Level.HIGH));
    }

    @Test
    void badInputAndCancellation() {
        assertThrows(SegmentationException.class, () -> run(ProfileData.builder(new String[] {"A"}).build()));
        assertThrows(SegmentationException.class, () -> run(ProfileData.builder(new String[0])
            .numeric("x", new double[0]).build()));
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ProfileData.builder(new String[] {"A"}).numeric("x", new double[] {1, 2}));
        assertTrue(e.getMessage().contains("\"x\""));
        assertThrows(IllegalArgumentException.class, () -> ProfileConfig.builder().topAttributes(0).build());
        final ProgressListener cancel = new ProgressListener() {
            @Override
            public void progress(final double fraction, final String message) {
            }

            @Override
            public void checkCanceled() throws CanceledException {
                throw new CanceledException("stop");
            }
        };
        assertThrows(CanceledException.class, () -> SegmentProfiler.profile(ProfileData.builder(new String[] {"A"})
            .numeric("x", new double[] {1}).build(), ProfileConfig.DEFAULT, cancel));
    }

    @Test
    void personaVocabularyAndFallback() {
        assertEquals("High-limit digital",
            PersonaNamer.name(List.of("Avg_Credit_Limit", "Total_visits_online"), List.of(Level.VERY_HIGH,
                Level.HIGH)));
        assertEquals("Call-heavy few-card",
            PersonaNamer.name(List.of("Total_calls_made", "Total_Credit_Cards"), List.of(Level.HIGH, Level.LOW)));
        assertEquals("High zorb, offline",
            PersonaNamer.name(List.of("Zorb", "WebVisits"), List.of(Level.HIGH, Level.VERY_LOW)));
        assertEquals("Younger", PersonaNamer.name(List.of("AGE"), List.of(Level.LOW)));
        assertEquals("Low zorb", PersonaNamer.name(List.of("Zorb"), List.of(Level.LOW)));
        // "average" or "percentage" must not hit the "age" entry
        assertEquals("High percentage", PersonaNamer.name(List.of("Percentage"), List.of(Level.HIGH)));
    }
}
