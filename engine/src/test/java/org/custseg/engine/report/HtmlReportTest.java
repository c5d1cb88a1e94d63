package org.custseg.engine.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.junit.jupiter.api.Test;

/** The report is self-contained, escapes user text, and carries every section and chart. */
class HtmlReportTest {

    private static final Pattern IMG =
        Pattern.compile("<img class=\"([a-z]+)\" width=\"(\\d+)\" height=\"(\\d+)\" alt=\"[^\"]*\" src=\"([^\"]*)\">");

    /** Three well-separated synthetic segments over {@code attrs} attributes. */
    static ReportInput input(final int attrs, final boolean withK, final String persona0) {
        final int k = 3;
        final int n = 90;
        final Random rnd = new Random(7);
        final double[][] values = new double[attrs][n];
        final int[] seg = new int[n];
        for (int r = 0; r < n; r++) {
            seg[r] = r % k;
            for (int a = 0; a < attrs; a++) {
                values[a][r] = 10 * seg[r] * (a % 2 == 0 ? 1 : -1) + rnd.nextGaussian();
            }
        }
        final double[][] means = new double[k][attrs];
        final double[][] d = new double[k][attrs];
        final double[] pop = new double[attrs];
        for (int a = 0; a < attrs; a++) {
            for (int r = 0; r < n; r++) {
                means[seg[r]][a] += values[a][r] / (n / k);
                pop[a] += values[a][r] / n;
            }
            for (int s = 0; s < k; s++) {
                d[s][a] = (means[s][a] - pop[a]) / 8.0 * (1 + a % 5) / 5.0;
            }
        }
        final List<String> names = new ArrayList<>();
        for (int a = 0; a < attrs; a++) {
            names.add("Attr_" + a);
        }
        final List<ReportInput.Segment> segs = List.of(
            new ReportInput.Segment("Segment 1", persona0, 30, 1 / 3.0, "Attr_0 very low", List.of("Attr_0")),
            new ReportInput.Segment("Segment 2", "Middle", 30, 1 / 3.0, "average", List.of("Attr_1")),
            new ReportInput.Segment("Segment 3", "Top", 30, 1 / 3.0, "Attr_0 very high", List.of("Attr_0", "Attr_1")));
        final ReportInput.KSelection ks = withK ? new ReportInput.KSelection("Silhouette (higher is better)",
            new int[] {2, 3, 4}, new double[] {0.4, 0.7, Double.NaN}, 3, List.of("k", "Silhouette"),
            List.of(List.of("2", "0.4"), List.of("3", "0.7"), List.of("4", ""))) : null;
        final List<ReportInput.Action> actions = List.of(
            new ReportInput.Action(0, "r-1", "Call them <now>", "Operations", "Phone", 1, "Churn", "calls 2.0× avg"),
            new ReportInput.Action(2, "r-2", "Premium upsell", "Marketing", "Digital", 1, "Upgrades", "limit 3×"),
            new ReportInput.Action(2, "r-3", "Loyalty programme", "Marketing", "App", 2, "Retention", ""));
        return new ReportInput("Customer segmentation", "customers.csv", n,
            List.of(new ReportInput.Fact("Algorithm", "k-means")), segs, names, d, means, pop, values, seg, ks,
            actions, List.of("Used columns: a & b"), "custseg test");
    }

    @Test
    void reportHasEverySectionAndEmbedsEveryChartAsPng() throws IOException {
        final String html = HtmlReport.render(input(4, true, "Low & <b>bold</b>"));
        for (final String id : List.of("overview", "sizes", "k-selection", "summary", "heatmap", "distributions",
            "segments", "method", "segment-1", "segment-2", "segment-3")) {
            assertTrue(html.contains("id=\"" + id + "\""), id);
        }
        final Matcher m = IMG.matcher(html);
        int charts = 0;
        int boxes = 0;
        while (m.find()) {
            assertTrue(m.group(4).startsWith("data:image/png;base64,"), "inline image");
            final byte[] png = Base64.getDecoder().decode(m.group(4).substring("data:image/png;base64,".length()));
            final BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(img, "decodable PNG");
            assertEquals(2 * Integer.parseInt(m.group(2)), img.getWidth(), "rendered at 2x");
            assertEquals(2 * Integer.parseInt(m.group(3)), img.getHeight(), "rendered at 2x");
            if ("box".equals(m.group(1))) {
                boxes++;
            } else {
                charts++;
            }
        }
        assertEquals(3, charts, "sizes, k-selection and heatmap charts");
        assertEquals(4, boxes, "one box plot per attribute");
        assertTrue(html.contains("Premium upsell") && html.contains("Loyalty programme"));
        assertTrue(html.indexOf("Premium upsell") < html.indexOf("Loyalty programme"), "action order kept");
        assertTrue(html.contains("<tr class=\"chosen\"><td>3</td>"), "chosen k highlighted in the table");
    }

    @Test
    void reportIsSelfContained() {
        final String html = HtmlReport.render(input(3, true, "A"));
        final String lower = html.toLowerCase();
        assertFalse(lower.contains("http://"), "no http reference");
        assertFalse(lower.contains("https://"), "no https reference");
        assertFalse(lower.contains("<script"), "no scripts");
        assertFalse(lower.contains("<link"), "no linked style sheets");
        assertFalse(lower.contains("@import") || lower.contains("url("), "no CSS imports or fetched resources");
        final Matcher src = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
        while (src.find()) {
            assertTrue(src.group(1).startsWith("data:"), src.group(1));
        }
    }

    @Test
    void userTextIsEscaped() {
        final String html = HtmlReport.render(input(2, false, "<script>alert(1)</script> & Co"));
        assertFalse(html.contains("<script>alert(1)</script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
        assertTrue(html.contains("Call them &lt;now&gt;"));
        assertTrue(html.contains("Used columns: a &amp; b"));
        assertEquals("&lt;a href=&quot;x&quot;&gt;O&#39;Brien &amp;", HtmlReport.escape("<a href=\"x\">O'Brien &"));
    }

    @Test
    void fixedKLeavesOutTheKSelectionSectionAndSegmentsWithoutActionsSaySo() {
        final String html = HtmlReport.render(input(2, false, "A"));
        assertFalse(html.contains("id=\"k-selection\""));
        assertTrue(html.contains("No recommendations were computed for this segment."), "segment 2 has no action");
    }

    @Test
    void manyAttributesShowTheMostDistinguishingFirst() {
        final ReportInput in = input(50, false, "A");
        final int[] shown = HtmlReport.attributesToShow(in, 10);
        assertEquals(10, shown.length);
        final double[][] d = in.standardizedMeans();
        double weakestShown = Double.MAX_VALUE;
        for (final int a : shown) {
            weakestShown = Math.min(weakestShown, strength(d, a));
        }
        for (int a = 0; a < 50; a++) {
            final int attr = a;
            if (java.util.Arrays.stream(shown).noneMatch(x -> x == attr)) {
                assertTrue(strength(d, a) <= weakestShown, "attribute " + a + " is weaker than every shown one");
            }
        }
        assertArrayEquals(new int[] {0, 1, 2}, HtmlReport.attributesToShow(input(3, false, "A"), 10));
    }

    private static double strength(final double[][] d, final int a) {
        double m = 0;
        for (final double[] row : d) {
            m = Math.max(m, Math.abs(row[a]));
        }
        return m;
    }

    @Test
    void boxStatisticsFollowTukeyWithType7Quartiles() {
        // 1..9 and 100: quartiles by hand (h = 9p): q1 = 3 + 0.25 = 3.25, median 5.5, q3 = 7 + 0.75 = 7.75;
        // IQR 4.5, fences -3.5 and 14.5, so 100 is the only outlier and the whiskers end at 1 and 9.
        final BoxAndWhiskerItem b = ReportCharts.boxItem(new double[] {9, 1, 100, 2, 8, 3, 7, 4, 6, 5});
        assertEquals(3.25, b.getQ1().doubleValue(), 1e-12);
        assertEquals(5.5, b.getMedian().doubleValue(), 1e-12);
        assertEquals(7.75, b.getQ3().doubleValue(), 1e-12);
        assertEquals(1.0, b.getMinRegularValue().doubleValue(), 0);
        assertEquals(9.0, b.getMaxRegularValue().doubleValue(), 0);
        assertEquals(List.of(100.0), b.getOutliers());
        assertEquals(14.5, b.getMean().doubleValue(), 1e-12);
    }

    /** The former box statistics: everything read from the sorted values. */
    private static double[] sortedBox(final double[] raw, final List<Double> outliersOut) {
        final double[] v = raw.clone();
        java.util.Arrays.sort(v);
        final double q1 = ReportCharts.quantile(v, 0.25);
        final double med = ReportCharts.quantile(v, 0.5);
        final double q3 = ReportCharts.quantile(v, 0.75);
        final double lo = q1 - 1.5 * (q3 - q1);
        final double hi = q3 + 1.5 * (q3 - q1);
        double minReg = Double.NaN;
        double maxReg = Double.NaN;
        final List<Double> out = new java.util.ArrayList<>();
        for (final double x : v) {
            if (x < lo || x > hi) {
                if (out.isEmpty() || out.get(out.size() - 1) != x) {
                    out.add(x);
                }
            } else {
                minReg = Double.isNaN(minReg) ? x : minReg;
                maxReg = x;
            }
        }
        if (out.size() > 200) {
            for (int i = 0; i < 200; i++) {
                outliersOut.add(out.get((int) ((long) i * (out.size() - 1) / 199)));
            }
        } else {
            outliersOut.addAll(out);
        }
        return new double[] {q1, med, q3, minReg, maxReg, v[0], v[v.length - 1]};
    }

    @Test
    void boxStatisticsBySelectionMatchTheSortedValues() {
        final java.util.Random rnd = new java.util.Random(5);
        for (int trial = 0; trial < 120; trial++) {
            final int n = 1 + rnd.nextInt(trial < 60 ? 40 : 20_000);
            final double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = switch (trial % 3) {
                    case 0 -> rnd.nextDouble() < 0.4 ? 0 : Math.log10(1 + Math.exp(3 * rnd.nextGaussian() + 4));
                    case 1 -> rnd.nextInt(6) - 2;
                    default -> Math.exp(2 * rnd.nextGaussian()) - 1; // heavy upper tail: hundreds of outliers
                };
            }
            final List<Double> outliers = new java.util.ArrayList<>();
            final double[] e = sortedBox(v, outliers);
            final double[] before = v.clone();
            final BoxAndWhiskerItem b = ReportCharts.boxItem(v);
            assertArrayEquals(before, v, "boxItem must not change its argument");
            final double[] got = {b.getQ1().doubleValue(), b.getMedian().doubleValue(), b.getQ3().doubleValue(),
                b.getMinRegularValue().doubleValue(), b.getMaxRegularValue().doubleValue(),
                b.getMinOutlier().doubleValue(), b.getMaxOutlier().doubleValue()};
            for (int i = 0; i < e.length; i++) {
                assertEquals(Double.doubleToLongBits(e[i]), Double.doubleToLongBits(got[i]),
                    "trial " + trial + ", statistic " + i + ": " + e[i] + " vs " + got[i]);
            }
            assertEquals(outliers, b.getOutliers(), "trial " + trial);
            double sum = 0;
            for (final double x : v) {
                sum += x;
            }
            assertEquals(sum / n, b.getMean().doubleValue(), 1e-9 * Math.max(1, Math.abs(sum / n)));
        }
    }

    @Test
    void logScaleForSkewedNonNegativeColumnsOnly() {
        final java.util.Random rnd = new java.util.Random(8);
        final double[] amounts = new double[5000];
        final double[] uniform = new double[5000];
        final double[] withNegative = new double[5000];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = i % 50 == 0 ? Double.NaN : Math.exp(2 * rnd.nextGaussian() + 6);
            uniform[i] = rnd.nextDouble() * 100;
            withNegative[i] = amounts[i];
        }
        withNegative[7] = -1;
        // not skewed overall (skewness below 2) but the maximum beyond 20 times the upper quartile
        final double[] spike = new double[100];
        for (int i = 0; i < spike.length; i++) {
            spike[i] = i < 76 ? 0.5 : 25; // skewness 1.2; upper quartile 0.5, maximum 25
        }
        assertTrue(ReportCharts.logScale(amounts));
        assertFalse(ReportCharts.logScale(uniform));
        assertFalse(ReportCharts.logScale(withNegative));
        assertFalse(ReportCharts.logScale(java.util.Arrays.copyOf(amounts, 19)));
        assertTrue(ReportCharts.logScale(spike));
    }

    @Test
    void adoptingKeepsTheColumnsAndStillChecksThem() {
        final ReportInput ok = input(2, false, "A");
        final double[][] values = ok.attributeValues();
        final ReportInput adopted = ReportInput.adopting(ok.title(), ok.sourceName(), ok.rows(), ok.facts(),
            ok.segments(), ok.attributes(), ok.standardizedMeans(), ok.segmentMeans(), ok.populationMeans(), values,
            ok.rowSegments(), null, ok.actions(), ok.notes(), ok.footer(), null, List.of());
        assertTrue(adopted.valuesNoCopy() == values, "taken over, not copied");
        assertArrayEquals(ok.attributeValues(), adopted.attributeValues());
        final ReportInput copied = new ReportInput(ok.title(), ok.sourceName(), ok.rows(), ok.facts(),
            ok.segments(), ok.attributes(), ok.standardizedMeans(), ok.segmentMeans(), ok.populationMeans(), values,
            ok.rowSegments(), null, ok.actions(), ok.notes(), ok.footer());
        assertFalse(copied.valuesNoCopy() == values, "the constructor still copies");
        final double[][] shortColumn = ok.attributeValues();
        shortColumn[0] = new double[1];
        assertThrows(IllegalArgumentException.class, () -> ReportInput.adopting(ok.title(), ok.sourceName(),
            ok.rows(), ok.facts(), ok.segments(), ok.attributes(), ok.standardizedMeans(), ok.segmentMeans(),
            ok.populationMeans(), shortColumn, ok.rowSegments(), null, ok.actions(), ok.notes(), ok.footer(), null,
            List.of()));
    }

    @Test
    void inputShapesAreValidated() {
        final ReportInput ok = input(2, false, "A");
        assertThrows(IllegalArgumentException.class, () -> new ReportInput(ok.title(), ok.sourceName(), ok.rows(),
            ok.facts(), ok.segments(), ok.attributes(), new double[2][2], ok.segmentMeans(), ok.populationMeans(),
            ok.attributeValues(), ok.rowSegments(), null, ok.actions(), ok.notes(), ok.footer()));
        final int[] badSeg = ok.rowSegments();
        badSeg[0] = 3;
        assertThrows(IllegalArgumentException.class, () -> new ReportInput(ok.title(), ok.sourceName(), ok.rows(),
            ok.facts(), ok.segments(), ok.attributes(), ok.standardizedMeans(), ok.segmentMeans(),
            ok.populationMeans(), ok.attributeValues(), badSeg, null, ok.actions(), ok.notes(), ok.footer()));
    }
}
