package org.custseg.engine.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.StatisticalSummaryValues;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;

/**
 * Describes every segment against the population: statistics, effect sizes, tests, levels, ranking,
 * descriptions and persona names. Works on any labelling ({@link ProfileData}), not only on this engine's
 * segmentations.
 *
 * <h2>Method</h2>
 * <ul>
 * <li>Numeric attribute, per segment: descriptive statistics of the non-missing values ({@link NumericProfileRow});
 * the population is all rows; the <em>rest</em> is all rows not in the segment (including the no-segment group).
 * Effect = Cohen's d against the rest with the pooled standard deviation. Test against the rest: Welch's t-test
 * (default, Apache Commons Math {@code TTest} on summary statistics) or Mann–Whitney U (normal approximation with
 * tie correction computed from average ranks of the whole attribute; two-sided p from Commons Math's normal
 * distribution; without ties it equals Commons Math's {@code MannWhitneyUTest}). Tests need at least 2 values on
 * each side and some variance, otherwise p is NaN and the row's note says why.</li>
 * <li>Nominal attribute, per segment: category shares in segment and population, Pearson chi-square test of the
 * 2 &times; c table segment-vs-rest &times; categories (Commons Math {@code ChiSquareTest}) and Cramér's V =
 * sqrt(&chi;&sup2;/N).</li>
 * <li>All p-values of the profile (every segment &times; attribute pair, numeric and nominal) form one family and
 * are adjusted with {@link BenjaminiHochberg}.</li>
 * <li>Level words from d with {@link LevelThresholds} (see {@link Level}).</li>
 * <li>Ranking: see {@link SegmentProfile#ranking(String)}. Distinguishing (top) attributes are the highest ranked
 * ones whose level is not average (nominal: d-equivalent of V at least the moderate threshold) and whose adjusted
 * p-value is below {@link ProfileConfig#alpha()} or undefined.</li>
 * <li>Description: the top attributes joined with ", ", numeric as "&lt;attribute&gt; &lt;level&gt;
 * (&lt;ratio&gt;× average)" (ratio left out when undefined), nominal as "&lt;attribute&gt; mostly &lt;category&gt;
 * (62% vs 30% overall)", the category being the most over-represented one. Without any:
 * "close to the population average on every attribute".</li>
 * <li>Persona name: from the top numeric attributes through a small keyword vocabulary (documented in the
 * package-private {@code PersonaNamer}: e.g. limit &rarr; high-limit/low-limit, card &rarr; multi-card/few-card,
 * online &rarr; digital/offline, bank/branch &rarr; branch-going/branch-averse, call &rarr; call-heavy/low-call;
 * never the same word twice; fallback "High &lt;attribute words&gt;"); user names in {@link ProfileConfig#personaNames()} win.</li>
 * </ul>
 */
public final class SegmentProfiler {

    private static final double REL_ZERO = 1e-12;

    private SegmentProfiler() {
    }

    /**
     * Profiles the segments.
     *
     * @param data labels and attributes
     * @param config settings
     * @param progress progress and cancellation
     * @return the profile
     * @throws SegmentationException if there are no rows or no attributes
     * @throws CanceledException if canceled
     */
    public static SegmentProfile profile(final ProfileData data, final ProfileConfig config,
        final ProgressListener progress) throws SegmentationException, CanceledException {
        final int n = data.rows();
        if (n == 0) {
            throw new SegmentationException(
                "The input table has no rows; the Segment Profiler needs at least one row with a segment label.");
        }
        final int numAttrs = data.numericNames().size();
        final int nomAttrs = data.nominalNames().size();
        if (numAttrs + nomAttrs == 0) {
            throw new SegmentationException("No attribute columns are selected; select at least one numeric or "
                + "nominal attribute column to profile.");
        }
        final List<String> warnings = new ArrayList<>();
        // segments, in their documented order
        final Groups g = groups(data, warnings);
        final int k = g.segments.size();
        // per attribute: the statistics of every segment against the rest
        final int work = numAttrs + nomAttrs;
        final NumericProfileRow[][] num = new NumericProfileRow[k][numAttrs];
        for (int a = 0; a < numAttrs; a++) {
            progress.checkCanceled();
            progress.progress((double) a / work, "Profiling attribute " + data.numericNames().get(a));
            profileNumeric(data, a, g.seg, g.sizes, g.segments, config, num, warnings);
        }
        final NominalPair[][] nom = new NominalPair[k][nomAttrs];
        for (int a = 0; a < nomAttrs; a++) {
            progress.checkCanceled();
            progress.progress((double) (numAttrs + a) / work, "Profiling attribute " + data.nominalNames().get(a));
            profileNominal(data, a, g.seg, g.segments, nom, warnings);
        }
        // Benjamini-Hochberg over all pairs
        final List<NumericProfileRow> numericRows = new ArrayList<>();
        final List<NominalProfileRow> nominalRows = new ArrayList<>();
        adjust(num, nom, numericRows, nominalRows);
        // ranking, summaries
        final Map<String, List<String>> rankings = new LinkedHashMap<>();
        final List<SegmentSummary> summaries = new ArrayList<>();
        final Map<String, Integer> personaCount = new HashMap<>();
        for (int s = 0; s < k; s++) {
            final List<Ranked> ranked = ranked(data, num[s], nom[s]);
            rankings.put(g.segments.get(s), ranked.stream().map(Ranked::name).toList());
            summaries.add(summary(g.segments.get(s), g.sizes[s], n, ranked, num[s], nom[s], config, personaCount));
        }
        for (final String named : new TreeSet<>(config.personaNames().keySet())) {
            if (!g.segIndex.containsKey(named)) {
                warnings.add("The persona name for \"" + named + "\" is not used: there is no such segment.");
            }
        }
        progress.progress(1.0, "Profiling done");
        return new SegmentProfile(g.segments, data.numericNames(), data.nominalNames(), numericRows, nominalRows,
            summaries, rankings, warnings, n, config);
    }

    /** The segments in order, each row's segment index and the segment sizes. */
    private record Groups(List<String> segments, Map<String, Integer> segIndex, int[] seg, int[] sizes) {
    }

    private static Groups groups(final ProfileData data, final List<String> warnings) {
        final int n = data.rows();
        final Set<String> names = new HashSet<>();
        int missingLabels = 0;
        for (int r = 0; r < n; r++) {
            final String l = segmentName(data.label(r));
            if (l.equals(SegmentProfile.NO_SEGMENT)) {
                missingLabels++;
            }
            names.add(l);
        }
        if (missingLabels > 0) {
            warnings.add(missingLabels + " row(s) have no (or a blank) segment label; they are profiled as the group \""
                + SegmentProfile.NO_SEGMENT + "\".");
        }
        final List<String> segments = new ArrayList<>(names);
        segments.sort(SegmentOrder.INSTANCE);
        final int k = segments.size();
        final Map<String, Integer> segIndex = new HashMap<>();
        for (int s = 0; s < k; s++) {
            segIndex.put(segments.get(s), s);
        }
        final int[] seg = new int[n];
        final int[] sizes = new int[k];
        for (int r = 0; r < n; r++) {
            seg[r] = segIndex.get(segmentName(data.label(r)));
            sizes[seg[r]]++;
        }
        return new Groups(segments, segIndex, seg, sizes);
    }

    /**
     * Adjusts all p-values of the profile as one family (Benjamini-Hochberg) and collects the rows in segment order,
     * numeric attributes before nominal ones.
     */
    private static void adjust(final NumericProfileRow[][] num, final NominalPair[][] nom,
        final List<NumericProfileRow> numericRows, final List<NominalProfileRow> nominalRows) {
        final int k = num.length;
        final int numAttrs = k == 0 ? 0 : num[0].length;
        final int nomAttrs = k == 0 ? 0 : nom[0].length;
        final double[] p = new double[k * (numAttrs + nomAttrs)];
        int i = 0;
        for (int s = 0; s < k; s++) {
            for (int a = 0; a < numAttrs; a++) {
                p[i++] = num[s][a].pValue();
            }
            for (int a = 0; a < nomAttrs; a++) {
                p[i++] = nom[s][a].p;
            }
        }
        final double[] adj = BenjaminiHochberg.adjust(p);
        i = 0;
        for (int s = 0; s < k; s++) {
            for (int a = 0; a < numAttrs; a++) {
                final NumericProfileRow r = num[s][a];
                num[s][a] = new NumericProfileRow(r.segment(), r.attribute(), r.n(), r.missing(), r.mean(), r.sd(),
                    r.min(), r.q1(), r.median(), r.q3(), r.max(), r.populationMean(), r.populationSd(), r.ratio(),
                    r.effect(), r.pValue(), adj[i++], r.level(), r.note());
                numericRows.add(num[s][a]);
            }
            for (int a = 0; a < nomAttrs; a++) {
                final NominalPair pair = nom[s][a];
                pair.adjustedP = adj[i++];
                for (final NominalProfileRow r : pair.rows) {
                    nominalRows.add(new NominalProfileRow(r.segment(), r.attribute(), r.category(), r.count(),
                        r.segmentShare(), r.populationShare(), r.missing(), r.chiSquare(), r.pValue(),
                        pair.adjustedP, r.cramersV(), r.note()));
                }
            }
        }
    }

    /** @return one segment's attributes, strongest effect first (undefined effects last) */
    private static List<Ranked> ranked(final ProfileData data, final NumericProfileRow[] num,
        final NominalPair[] nom) {
        final List<Ranked> ranked = new ArrayList<>();
        for (int a = 0; a < num.length; a++) {
            ranked.add(new Ranked(data.numericNames().get(a), a, -1, Math.abs(num[a].effect())));
        }
        for (int a = 0; a < nom.length; a++) {
            ranked.add(new Ranked(data.nominalNames().get(a), -1, a, dEquivalent(nom[a].v)));
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> Double.isNaN(r.abs) ? Double.NEGATIVE_INFINITY
            : r.abs).reversed());
        return ranked;
    }

    /** @return one segment's summary: top attributes, description and persona name */
    private static SegmentSummary summary(final String segment, final int size, final int n,
        final List<Ranked> ranked, final NumericProfileRow[] num, final NominalPair[] nom, final ProfileConfig config,
        final Map<String, Integer> personaCount) {
        final double moderate = config.thresholds().moderate();
        final List<String> top = new ArrayList<>();
        final List<String> parts = new ArrayList<>();
        final List<String> personaAttrs = new ArrayList<>();
        final List<Level> personaLevels = new ArrayList<>();
        for (final Ranked r : ranked) {
            if (r.numeric >= 0) {
                final NumericProfileRow row = num[r.numeric];
                if (!row.level().isDefined() || row.level() == Level.AVERAGE || row.adjustedP() >= config.alpha()) {
                    continue;
                }
                // persona candidates: every distinguishing numeric attribute, strongest first (the namer skips
                // those whose word repeats an earlier one)
                if (personaAttrs.size() < PersonaNamer.MAX_CANDIDATES) {
                    personaAttrs.add(r.name);
                    personaLevels.add(row.level());
                }
                if (top.size() >= config.topAttributes()) {
                    continue;
                }
                top.add(r.name);
                parts.add(r.name + " " + row.level().label()
                    + (Double.isFinite(row.ratio()) ? " (" + formatRatio(row.ratio()) + "× average)" : ""));
            } else {
                if (top.size() >= config.topAttributes()) {
                    continue;
                }
                final NominalPair pair = nom[r.nominal];
                if (Double.isNaN(r.abs) || r.abs < moderate || pair.adjustedP >= config.alpha()
                    || pair.overCategory == null) {
                    continue;
                }
                top.add(r.name);
                parts.add(String.format(Locale.ROOT, "%s mostly %s (%.0f%% vs %.0f%% overall)", r.name,
                    pair.overCategory, 100 * pair.overSegShare, 100 * pair.overPopShare));
            }
        }
        final String description = parts.isEmpty() ? "close to the population average on every attribute"
            : String.join(", ", parts);
        final String user = config.personaNames().get(segment);
        if (user != null && !user.isBlank()) {
            return new SegmentSummary(segment, user.trim(), false, size, (double) size / n, description, top);
        }
        final String base = SegmentProfile.NO_SEGMENT.equals(segment) ? "No segment"
            : PersonaNamer.name(personaAttrs, personaLevels);
        final int c = personaCount.merge(base, 1, Integer::sum);
        final String persona = c == 1 ? base : base + " (" + segment + ")";
        return new SegmentSummary(segment, persona, true, size, (double) size / n, description, top);
    }

    /**
     * @param label a segment label as given
     * @return the segment name: the label, or {@link SegmentProfile#NO_SEGMENT} for {@code null} or blank labels
     */
    public static String segmentName(final String label) {
        return label == null || label.isBlank() ? SegmentProfile.NO_SEGMENT : label;
    }

    private record Ranked(String name, int numeric, int nominal, double abs) {
    }

    /** Mutable holder of one segment x nominal attribute pair while building. */
    private static final class NominalPair {
        double p = Double.NaN;
        double adjustedP = Double.NaN;
        double v = Double.NaN;
        /** The smallest expected count of the chi-square table (when tested). */
        double minExpected = Double.POSITIVE_INFINITY;
        String overCategory;
        double overSegShare;
        double overPopShare;
        final List<NominalProfileRow> rows = new ArrayList<>();
    }

    /** d-equivalent of a phi/Cramér's V coefficient of a 2 x c table: 2V / sqrt(1 - V^2). */
    static double dEquivalent(final double v) {
        if (Double.isNaN(v)) {
            return Double.NaN;
        }
        return v >= 1 ? Double.POSITIVE_INFINITY : 2 * v / Math.sqrt(1 - v * v);
    }

    static String formatRatio(final double ratio) {
        final double a = Math.abs(ratio);
        if (a < 1) {
            return String.format(Locale.ROOT, "%.2f", ratio);
        }
        return a < 10 ? String.format(Locale.ROOT, "%.1f", ratio) : String.format(Locale.ROOT, "%.0f", ratio);
    }

    private static void profileNumeric(final ProfileData data, final int a, final int[] seg, final int[] sizes,
        final List<String> segments, final ProfileConfig config, final NumericProfileRow[][] out,
        final List<String> warnings) {
        final int k = sizes.length;
        final String attr = data.numericNames().get(a);
        final double[][] vals = segmentValues(data, a, seg, k);
        final Moments mo = moments(vals);
        final long total = mo.total;
        final double popMean = mo.popMean;
        final double popSd = mo.popSd;
        final double scale = Math.max(1.0, Math.abs(popMean));
        final boolean constant = total > 0 && (total < 2 || popSd <= REL_ZERO * scale);
        if (total == 0) {
            warnings.add("The attribute \"" + attr + "\" has no values (all missing); its statistics are undefined.");
        } else if (constant && total > 1) {
            warnings.add("The attribute \"" + attr + "\" is constant; its effects are 0 and its tests undefined.");
        }
        final double[] rankSum = config.test() == TestMethod.MANN_WHITNEY_U ? new double[k] : null;
        final double tieTerm = rankSum == null ? 0 : sortedRanks(vals, total, rankSum);
        final TTest tTest = new TTest();
        final double[] mean = mo.mean;
        final double[] m2 = mo.m2;
        for (int s = 0; s < k; s++) {
            final int ns = vals[s].length;
            final long nr = total - ns;
            double restSum = 0;
            for (int t = 0; t < k; t++) {
                if (t != s && vals[t].length > 0) {
                    restSum += vals[t].length * mean[t];
                }
            }
            final double restMean = nr == 0 ? Double.NaN : restSum / nr;
            double restM2 = 0;
            for (int t = 0; t < k; t++) {
                if (t != s && vals[t].length > 0) {
                    restM2 += m2[t] + vals[t].length * (mean[t] - restMean) * (mean[t] - restMean);
                }
            }
            final List<String> notes = new ArrayList<>();
            final double[] effectP = {Double.NaN, Double.NaN};
            if (ns == 0) {
                notes.add("no values in segment");
            } else if (nr == 0) {
                notes.add("no rest of population to compare with");
            } else if (constant) {
                effectP[0] = 0;
                notes.add("constant attribute; test undefined");
            } else {
                compare(mean[s], m2[s], ns, restMean, restM2, nr, scale,
                    rankSum == null ? null : new double[] {rankSum[s], tieTerm}, tTest, effectP, notes);
            }
            final double effect = effectP[0];
            final double[] q = fiveNumbers(vals[s], rankSum != null);
            out[s][a] = new NumericProfileRow(segments.get(s), attr, ns, sizes[s] - ns, mean[s],
                ns < 2 ? Double.NaN : Math.sqrt(m2[s] / (ns - 1)), q[0], q[1], q[2], q[3], q[4], popMean, popSd,
                popMean == 0 || Double.isNaN(popMean) ? Double.NaN : mean[s] / popMean, effect, effectP[1],
                Double.NaN, Level.of(effect, config.thresholds()), String.join("; ", notes));
        }
    }

    /**
     * Sorts each segment's values (the ranks need them in order) and sums their ranks.
     *
     * @return the tie term (0 when there are no values)
     */
    private static double sortedRanks(final double[][] vals, final long total, final double[] rankSum) {
        for (final double[] v : vals) {
            Arrays.sort(v);
        }
        return total > 0 ? ranks(vals, rankSum) : 0;
    }

    /**
     * @param v a segment's values
     * @param sorted whether they are sorted already (for the ranks)
     * @return min, quartiles and max as read from the sorted values; found by selection when not sorted
     */
    private static double[] fiveNumbers(final double[] v, final boolean sorted) {
        final int ns = v.length;
        if (!sorted) {
            return OrderStatistics.fiveNumbers(v, ns);
        }
        return new double[] {ns == 0 ? Double.NaN : v[0], quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75),
            ns == 0 ? Double.NaN : v[ns - 1]};
    }

    /** @return per segment the attribute's present values, in row order */
    private static double[][] segmentValues(final ProfileData data, final int a, final int[] seg, final int k) {
        final int n = data.rows();
        final int[] cnt = new int[k];
        for (int r = 0; r < n; r++) {
            if (!Double.isNaN(data.numeric(a, r))) {
                cnt[seg[r]]++;
            }
        }
        final double[][] vals = new double[k][];
        for (int s = 0; s < k; s++) {
            vals[s] = new double[cnt[s]];
        }
        final int[] fill = new int[k];
        for (int r = 0; r < n; r++) {
            final double x = data.numeric(a, r);
            if (!Double.isNaN(x)) {
                vals[seg[r]][fill[seg[r]]++] = x;
            }
        }
        return vals;
    }

    /** Per segment mean and sum of squared deviations; population count, mean and standard deviation. */
    private record Moments(double[] mean, double[] m2, long total, double popMean, double popSd) {
    }

    /** @return the moments of the values (in row order; the values are not reordered) */
    private static Moments moments(final double[][] vals) {
        final int k = vals.length;
        final double[] mean = new double[k];
        final double[] m2 = new double[k];
        long total = 0;
        double sum = 0;
        for (int s = 0; s < k; s++) {
            final int cnt = vals[s].length;
            double acc = 0;
            for (final double x : vals[s]) {
                acc += x;
            }
            mean[s] = cnt == 0 ? Double.NaN : acc / cnt;
            double q = 0;
            for (final double x : vals[s]) {
                q += (x - mean[s]) * (x - mean[s]);
            }
            m2[s] = q;
            total += cnt;
            sum += acc;
        }
        final double popMean = total == 0 ? Double.NaN : sum / total;
        double popM2 = 0;
        for (int s = 0; s < k; s++) {
            if (vals[s].length > 0) {
                popM2 += m2[s] + vals[s].length * (mean[s] - popMean) * (mean[s] - popMean);
            }
        }
        final double popSd = total < 2 ? Double.NaN : Math.sqrt(popM2 / (total - 1));
        return new Moments(mean, m2, total, popMean, popSd);
    }

    /**
     * One segment against the rest of the population (both non-empty, attribute not constant): Cohen's d with the
     * pooled standard deviation and the p-value of the configured test.
     *
     * @param mannWhitney {@code {rank sum of the segment, tie term}} for the Mann-Whitney U test, {@code null} for
     *            Welch's t-test
     * @param effectP receives the effect at 0 and the p-value at 1 (left {@code NaN} when undefined)
     * @param notes receives why something is undefined
     */
    private static void compare(final double mean, final double m2, final int ns, final double restMean,
        final double restM2, final long nr, final double scale, final double[] mannWhitney, final TTest tTest,
        final double[] effectP, final List<String> notes) {
        final double diff = mean - restMean;
        final long df = ns + nr - 2;
        final double pooledSd = df > 0 ? Math.sqrt((m2 + restM2) / df) : Double.NaN;
        if (df <= 0) {
            notes.add("effect undefined: only one value on each side");
        } else if (pooledSd <= REL_ZERO * scale) {
            effectP[0] = Math.abs(diff) <= REL_ZERO * scale ? 0 : Math.copySign(Double.POSITIVE_INFINITY, diff);
            notes.add("no variance within segment and rest");
        } else {
            effectP[0] = diff / pooledSd;
        }
        if (ns < 2) {
            notes.add("test undefined: fewer than 2 values in segment");
        } else if (nr < 2) {
            notes.add("test undefined: fewer than 2 values in the rest of the population");
        } else if (m2 + restM2 <= REL_ZERO * scale * REL_ZERO * scale) {
            notes.add("test undefined: no variance");
        } else if (mannWhitney == null) {
            final double vs = m2 / (ns - 1);
            final double vr = restM2 / (nr - 1);
            effectP[1] = tTest.tTest(summary(mean, vs, ns), summary(restMean, vr, nr));
        } else {
            effectP[1] = mannWhitneyP(mannWhitney[0], ns, nr, mannWhitney[1]);
            if (Double.isNaN(effectP[1])) {
                notes.add("test undefined: all values tied");
            }
        }
    }

    /** Adds one row per category to the pair and notes its most over-represented category. */
    private static void addCategoryRows(final NominalPair pair, final String segment, final String attr,
        final List<String> cats, final Map<String, Integer> popCount, final long[] segCounts, final long segN,
        final long total, final int missing, final double stat, final String note) {
        double best = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < cats.size(); c++) {
            final double segShare = segN == 0 ? Double.NaN : (double) segCounts[c] / segN;
            final double popShare = (double) popCount.get(cats.get(c)) / total;
            if (segN > 0 && segShare - popShare > best && segShare > popShare) {
                best = segShare - popShare;
                pair.overCategory = cats.get(c);
                pair.overSegShare = segShare;
                pair.overPopShare = popShare;
            }
            pair.rows.add(new NominalProfileRow(segment, attr, cats.get(c), (int) segCounts[c], segShare, popShare,
                missing, stat, pair.p, Double.NaN, pair.v, note));
        }
    }

    /** @return per category of nominal attribute {@code a} its number of rows (missing values not counted) */
    private static Map<String, Integer> categoryCounts(final ProfileData data, final int a) {
        final Map<String, Integer> popCount = new HashMap<>();
        for (int r = 0; r < data.rows(); r++) {
            final String c = data.nominal(a, r);
            if (c != null) {
                popCount.merge(c, 1, Integer::sum);
            }
        }
        return popCount;
    }

    /**
     * The chi-square test of one segment's category counts against the rest's; sets the pair's p-value, Cramér's V
     * and smallest expected count.
     *
     * @return the chi-square statistic
     */
    private static double chiSquare(final long[] segCounts, final List<String> cats,
        final Map<String, Integer> popCount, final long segN, final long restN, final long total,
        final ChiSquareTest chi, final NominalPair pair) {
        final int cc = cats.size();
        final long[][] table = new long[2][cc];
        double minExpected = Double.POSITIVE_INFINITY;
        for (int c = 0; c < cc; c++) {
            table[0][c] = segCounts[c];
            table[1][c] = popCount.get(cats.get(c)) - segCounts[c];
            minExpected = Math.min(minExpected, Math.min(segN, restN) * (double) popCount.get(cats.get(c)) / total);
        }
        final double stat = chi.chiSquare(table);
        pair.p = chi.chiSquareTest(table);
        pair.v = Math.sqrt(stat / total);
        pair.minExpected = minExpected;
        return stat;
    }

    private static StatisticalSummaryValues summary(final double mean, final double var, final long n) {
        return new StatisticalSummaryValues(mean, var, n, Double.NaN, Double.NaN, mean * n);
    }

    /** Quantile by linear interpolation between order statistics (R type 7) of sorted values. */
    static double quantile(final double[] sorted, final double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return OrderStatistics.sortedQuantile(sorted, sorted.length, q);
    }

    /**
     * Sums per segment the average ranks (1-based, ties get the mean of their positions) of the non-missing values
     * of an attribute in the whole population.
     *
     * @param sortedBySegment the sorted non-missing values of each segment
     * @return the tie term sum(t^3 - t) over groups of t tied values
     */
    private static double ranks(final double[][] sortedBySegment, final double[] rankSum) {
        int m = 0;
        for (final double[] v : sortedBySegment) {
            m += v.length;
        }
        final double[] all = new double[m];
        int at = 0;
        for (final double[] v : sortedBySegment) {
            System.arraycopy(v, 0, all, at, v.length);
            at += v.length;
        }
        Arrays.sort(all);
        double tie = 0;
        int i = 0;
        while (i < m) {
            int j = i;
            while (j + 1 < m && all[j + 1] == all[i]) {
                j++;
            }
            final double t = j - i + 1;
            tie += t * t * t - t;
            i = j + 1;
        }
        for (int s = 0; s < sortedBySegment.length; s++) {
            final double[] v = sortedBySegment[s];
            double sum = 0;
            int k = 0;
            while (k < v.length) {
                final double x = v[k];
                int e = k;
                while (e + 1 < v.length && v[e + 1] == x) {
                    e++;
                }
                final int lo = lowerBound(all, x);
                final int hi = lowerBound(all, Math.nextUp(x)); // first index with a larger value
                sum += (e - k + 1) * ((lo + 1 + hi) / 2.0);
                k = e + 1;
            }
            rankSum[s] = sum;
        }
        return tie;
    }

    /** @return the first index whose value is at least {@code x} */
    private static int lowerBound(final double[] sorted, final double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            final int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double mannWhitneyP(final double rankSum, final long n1, final long n2, final double tieTerm) {
        final double nTot = n1 + n2;
        final double u = rankSum - n1 * (n1 + 1) / 2.0;
        final double mu = n1 * (double) n2 / 2.0;
        final double var = n1 * (double) n2 / 12.0 * ((nTot + 1) - tieTerm / (nTot * (nTot - 1)));
        if (!(var > 0)) {
            return Double.NaN;
        }
        final double z = Math.abs(u - mu) / Math.sqrt(var);
        return Math.min(1.0, 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-z));
    }

    private static void profileNominal(final ProfileData data, final int a, final int[] seg,
        final List<String> segments, final NominalPair[][] out, final List<String> warnings) {
        final int n = data.rows();
        final int k = segments.size();
        final String attr = data.nominalNames().get(a);
        final Map<String, Integer> popCount = categoryCounts(data, a);
        final List<String> cats = new ArrayList<>(popCount.keySet());
        cats.sort(Comparator.comparing((String c) -> -popCount.get(c)).thenComparing(SegmentOrder.INSTANCE));
        final Map<String, Integer> catIndex = new HashMap<>();
        for (int c = 0; c < cats.size(); c++) {
            catIndex.put(cats.get(c), c);
        }
        final int cc = cats.size();
        final long[][] counts = new long[k][cc];
        final int[] missing = new int[k];
        for (int r = 0; r < n; r++) {
            final String c = data.nominal(a, r);
            if (c == null) {
                missing[seg[r]]++;
            } else {
                counts[seg[r]][catIndex.get(c)]++;
            }
        }
        long total = 0;
        for (final int c : popCount.values()) {
            total += c;
        }
        if (total == 0) {
            warnings.add("The nominal attribute \"" + attr + "\" has no values (all missing).");
        }
        final ChiSquareTest chi = new ChiSquareTest();
        for (int s = 0; s < k; s++) {
            final NominalPair pair = new NominalPair();
            long segN = 0;
            for (final long c : counts[s]) {
                segN += c;
            }
            final long restN = total - segN;
            double stat = Double.NaN;
            String note = "";
            if (cc < 2) {
                note = "test undefined: fewer than 2 categories";
            } else if (segN < 2) {
                note = "test undefined: fewer than 2 values in segment";
            } else if (restN < 2) {
                note = "test undefined: fewer than 2 values in the rest of the population";
            } else {
                stat = chiSquare(counts[s], cats, popCount, segN, restN, total, chi, pair);
                if (pair.minExpected < 5) {
                    note = "some expected counts below 5: p-value approximate";
                }
            }
            addCategoryRows(pair, segments.get(s), attr, cats, popCount, counts[s], segN, total, missing[s], stat,
                note);
            out[s][a] = pair;
        }
    }
}
