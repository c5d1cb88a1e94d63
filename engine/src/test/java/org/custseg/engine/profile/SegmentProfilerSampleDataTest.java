package org.custseg.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.TDistribution;
import org.custseg.engine.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 5's validation on the sample data (k-means k = 3 labels computed in {@link SampleSegments}). */
class SegmentProfilerSampleDataTest {

    private static final String LIMIT = "Avg_Credit_Limit";
    private static final String CARDS = "Total_Credit_Cards";
    private static final String BANK = "Total_visits_bank";
    private static final String ONLINE = "Total_visits_online";
    private static final String CALLS = "Total_calls_made";
    /** Segment names by size: 386, 224, 50. */
    private static final String S386 = "Segment 1";
    private static final String S224 = "Segment 2";
    private static final String S50 = "Segment 3";

    private static SampleSegments sample;
    private static SegmentProfile profile;

    @BeforeAll
    static void setUp() throws Exception {
        sample = SampleSegments.load();
        profile = SegmentProfiler.profile(sample.data(), ProfileConfig.builder().topAttributes(5).build(),
            ProgressListener.NONE);
    }

    private static Level level(final String segment, final String attribute) {
        return profile.numericRow(segment, attribute).level();
    }

    @Test
    void fiftyCustomerSegmentIsHighLimitDigital() {
        assertEquals(50, profile.summary(S50).size());
        assertEquals(Level.VERY_HIGH, level(S50, LIMIT));
        assertTrue(level(S50, CARDS).isAtLeast(Level.HIGH));
        assertTrue(level(S50, ONLINE).isAtLeast(Level.HIGH));
        assertTrue(level(S50, BANK).isAtMost(Level.LOW));
        assertTrue(level(S50, CALLS).isAtMost(Level.LOW));
        final String d = profile.summary(S50).description();
        assertTrue(d.contains("Avg_Credit_Limit very high ("), d);
        assertTrue(d.contains("Total_visits_online very high"), d);
        assertTrue(d.contains("Total_visits_bank very low"), d);
        assertEquals("High-limit digital", profile.summary(S50).persona());
        assertTrue(profile.summary(S50).personaGenerated());
    }

    @Test
    void twoTwentyFourSegmentIsLowLimitFewCardsManyCalls() {
        assertEquals(224, profile.summary(S224).size());
        assertTrue(level(S224, LIMIT).isAtMost(Level.LOW));
        assertTrue(level(S224, CARDS).isAtMost(Level.LOW));
        assertTrue(level(S224, CALLS).isAtLeast(Level.HIGH));
        final String d = profile.summary(S224).description();
        assertTrue(d.startsWith("Total_calls_made very high"), d);
        assertTrue(d.contains("Total_Credit_Cards very low"), d);
    }

    @Test
    void threeEightySixSegmentIsMediumLimitBranchVisitors() {
        assertEquals(386, profile.summary(S386).size());
        assertEquals(Level.AVERAGE, level(S386, LIMIT));
        assertTrue(level(S386, BANK).isAtLeast(Level.HIGH));
        assertTrue(level(S386, ONLINE).isAtMost(Level.LOW));
        final String d = profile.summary(S386).description();
        assertFalse(d.contains(LIMIT), "an average attribute is not distinguishing: " + d);
        assertTrue(d.startsWith("Total_visits_bank very high"), d);
    }

    /** Effects, p-values, adjusted p-values, levels and ranking recomputed here from the raw columns. */
    @Test
    void statisticsMatchIndependentComputation() {
        final List<String> segs = List.of(S386, S224, S50);
        assertEquals(segs, profile.segments());
        final int m = segs.size() * SampleSegments.ATTRIBUTES.size();
        final double[] p = new double[m];
        final double[] d = new double[m];
        int i = 0;
        for (final String s : segs) {
            for (int a = 0; a < SampleSegments.ATTRIBUTES.size(); a++) {
                final double[] col = sample.column(a);
                final List<Double> in = new ArrayList<>();
                final List<Double> rest = new ArrayList<>();
                for (int r = 0; r < col.length; r++) {
                    (sample.labels[r].equals(s) ? in : rest).add(col[r]);
                }
                final double m1 = mean(in);
                final double m2 = mean(rest);
                final double v1 = var(in, m1);
                final double v2 = var(rest, m2);
                final int n1 = in.size();
                final int n2 = rest.size();
                d[i] = (m1 - m2) / Math.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2));
                // Welch: t = diff / sqrt(v1/n1 + v2/n2), Welch-Satterthwaite df
                final double se2 = v1 / n1 + v2 / n2;
                final double t = (m1 - m2) / Math.sqrt(se2);
                final double df = se2 * se2 / ((v1 / n1) * (v1 / n1) / (n1 - 1) + (v2 / n2) * (v2 / n2) / (n2 - 1));
                p[i] = 2 * new TDistribution(df).cumulativeProbability(-Math.abs(t));
                final NumericProfileRow row = profile.numericRow(s, SampleSegments.ATTRIBUTES.get(a));
                assertEquals(d[i], row.effect(), 1e-9, s + " " + row.attribute());
                assertEquals(p[i], row.pValue(), Math.max(1e-300, p[i] * 1e-6), s + " " + row.attribute());
                assertEquals(m1, row.mean(), 1e-9 * Math.abs(m1));
                assertEquals(n1, row.n());
                assertEquals(expectedLevel(d[i]), row.level(), s + " " + row.attribute());
                i++;
            }
        }
        // Benjamini-Hochberg by its definition: adj(i) = min over j with p(j) >= p(i) of min(1, m p(j) / rank(j))
        i = 0;
        for (final String s : segs) {
            for (final String attr : SampleSegments.ATTRIBUTES) {
                double adj = 1;
                for (int j = 0; j < m; j++) {
                    if (p[j] >= p[i]) {
                        int rank = 0;
                        for (int q = 0; q < m; q++) {
                            if (p[q] <= p[j]) {
                                rank++;
                            }
                        }
                        adj = Math.min(adj, Math.min(1, m * p[j] / rank));
                    }
                }
                final double got = profile.numericRow(s, attr).adjustedP();
                assertEquals(adj, got, Math.max(1e-300, adj * 1e-6), s + " " + attr);
                assertTrue(got >= profile.numericRow(s, attr).pValue());
                i++;
            }
        }
        // ranking by |d|
        i = 0;
        for (final String s : segs) {
            final List<Integer> idx = new ArrayList<>(List.of(0, 1, 2, 3, 4));
            final int base = i;
            idx.sort(Comparator.comparingDouble((Integer a) -> -Math.abs(d[base + a])));
            final List<String> expected = idx.stream().map(SampleSegments.ATTRIBUTES::get).toList();
            assertEquals(expected, profile.ranking(s), s);
            i += 5;
        }
    }

    private static Level expectedLevel(final double d) {
        if (d >= 0.8) {
            return Level.VERY_HIGH;
        } else if (d >= 0.3) {
            return Level.HIGH;
        } else if (d > -0.3) {
            return Level.AVERAGE;
        } else if (d > -0.8) {
            return Level.LOW;
        }
        return Level.VERY_LOW;
    }

    private static double mean(final List<Double> x) {
        return x.stream().mapToDouble(Double::doubleValue).sum() / x.size();
    }

    private static double var(final List<Double> x, final double m) {
        return x.stream().mapToDouble(v -> (v - m) * (v - m)).sum() / (x.size() - 1);
    }

    @Test
    void wideMeansAndPopulation() {
        final double[][] wide = profile.wideMeans();
        assertEquals(3, wide.length);
        double total = 0;
        for (int s = 0; s < 3; s++) {
            total += wide[s][0] * profile.summaries().get(s).size();
        }
        final double popMean = total / 660;
        assertEquals(popMean, profile.numericRow(S50, LIMIT).populationMean(), 1e-6);
        assertEquals(wide[2][0] / popMean, profile.numericRow(S50, LIMIT).ratio(), 1e-9);
        assertEquals(50.0 / 660, profile.summary(S50).share(), 1e-12);
    }

    @Test
    void csvTablesHaveTheDocumentedColumnsAndValues() throws Exception {
        final java.io.StringWriter long_ = new java.io.StringWriter();
        ProfileCsv.writeProfile(profile, long_);
        final List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).build().parse(new java.io.StringReader(long_.toString()))
            .getRecords();
        assertEquals(15, rows.size());
        assertEquals(ProfileCsv.PROFILE_COLUMNS, rows.get(0).getParser().getHeaderNames());
        final org.apache.commons.csv.CSVRecord r = rows.get(14);
        assertEquals(S50, r.get("segment"));
        assertEquals(CALLS, r.get("attribute"));
        assertEquals(profile.numericRow(S50, CALLS).effect(), Double.parseDouble(r.get("effect")), 0);
        assertEquals("very low", r.get("level"));

        final java.io.StringWriter summary = new java.io.StringWriter();
        ProfileCsv.writeSummary(profile, summary);
        assertTrue(summary.toString().startsWith(String.join(",", ProfileCsv.SUMMARY_COLUMNS)));
        assertTrue(summary.toString().contains("Segment 3,High-limit digital,50,"), summary.toString());

        final java.io.StringWriter wide = new java.io.StringWriter();
        ProfileCsv.writeWideMeans(profile, wide);
        final String[] lines = wide.toString().split("\r\n");
        assertEquals("segment," + String.join(",", SampleSegments.ATTRIBUTES), lines[0]);
        assertTrue(lines[3].startsWith("Segment 3,141040.0,8.74,0.6,10.9,1.08"), lines[3]);
    }

    @Test
    void personaOverrideWins() throws Exception {
        final SegmentProfile p = SegmentProfiler.profile(sample.data(),
            ProfileConfig.builder().personaNames(Map.of(S50, "Premium digital", "Segment 9", "x")).build(),
            ProgressListener.NONE);
        assertEquals("Premium digital", p.summary(S50).persona());
        assertFalse(p.summary(S50).personaGenerated());
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("Segment 9")), p.warnings().toString());
        assertEquals(3, p.summary(S50).topAttributes().size());
    }

    @Test
    void mannWhitneyGivesSameLevelsAndSignificantDifferences() throws Exception {
        final SegmentProfile p = SegmentProfiler.profile(sample.data(),
            ProfileConfig.builder().test(TestMethod.MANN_WHITNEY_U).build(), ProgressListener.NONE);
        assertEquals(Level.VERY_HIGH, p.numericRow(S50, LIMIT).level());
        assertTrue(p.numericRow(S50, LIMIT).adjustedP() < 1e-10);
        assertTrue(p.numericRow(S386, LIMIT).pValue() > 0);
    }
}
