package org.custseg.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.segment.Segmentation;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.engine.segment.SegmentationResult;
import org.custseg.engine.stability.SegmentStability;
import org.custseg.engine.stability.StabilityConfig;
import org.custseg.engine.stability.StabilityResult;

/**
 * Benchmark program (not a test): the cost of the stability assessment against the segmentation it assesses,
 * measured in the same run. Data: bank-like customer rows (log-normal balances and limits, counts of cards and
 * visits, a [0,1] usage share) from four latent groups, seeded. For each size: the automatic-k fit (k-means, k
 * 2..8, the CLI default), then stability with B = 10, 20, 50 bootstrap resamples at the chosen k, on 1 thread and
 * on all processors; printed as wall seconds and as the ratio to the automatic-k fit.
 *
 * <pre>
 * ./mvnw -q -o -pl engine test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.custseg.engine.bench.StabilityBenchmark -Dexec.args="2000,10000"
 * </pre>
 */
public final class StabilityBenchmark {

    private StabilityBenchmark() {
    }

    static FeatureMatrix bank(final int n, final long seed) {
        final Random rnd = new Random(seed);
        final double[][] v = new double[n][5];
        final List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final int g = rnd.nextInt(4);
            v[i][0] = Math.exp(8 + g * 0.7 + 0.6 * rnd.nextGaussian()); // balance
            v[i][1] = Math.exp(9 + (g % 2) * 0.9 + 0.4 * rnd.nextGaussian()); // credit limit
            v[i][2] = Math.max(0, Math.round(1 + g + rnd.nextGaussian())); // cards
            v[i][3] = Math.max(0, Math.round(2 + 3 * (g == 3 ? 1 : 0) + 1.5 * rnd.nextGaussian())); // visits
            v[i][4] = Math.min(1, Math.max(0, 0.2 * g + 0.15 * rnd.nextGaussian())); // usage share
            ids.add("c" + i);
        }
        return new FeatureMatrix(List.of("balance", "limit", "cards", "visits", "usage"), ids, v);
    }

    /**
     * @param args comma-separated row counts (default 2000,10000)
     * @throws Exception on failure
     */
    public static void main(final String[] args) throws Exception {
        final String sizes = args.length > 0 ? args[0] : "2000,10000";
        final int cpus = Runtime.getRuntime().availableProcessors();
        System.out.println("processors: " + cpus);
        // warm-up
        final FeatureMatrix warm = bank(1000, 99);
        final SegmentationConfig wc = SegmentationConfig.builder(Algorithm.KMEANS).k(3).build();
        SegmentStability.assess(warm, wc, Segmentation.run(warm, wc, null).labels(), 3,
            new StabilityConfig(5, StabilityConfig.Method.BOOTSTRAP, 0.5, 1, 1), null);
        for (final String s : sizes.split(",")) {
            final int n = Integer.parseInt(s.trim());
            final FeatureMatrix m = bank(n, 1);
            final SegmentationConfig auto = SegmentationConfig.builder(Algorithm.KMEANS).kMin(2).kMax(8).build();
            long t0 = System.nanoTime();
            final SegmentationResult r = Segmentation.run(m, auto, ProgressListener.NONE);
            final double fit = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            Segmentation.run(m, auto.toBuilder().k(r.k()).build(), ProgressListener.NONE);
            final double fixed = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "n=%d chosen k=%d: automatic-k fit %.2f s, one fixed-k fit %.2f s%n", n,
                r.k(), fit, fixed);
            for (final int b : new int[] {10, 20, 50}) {
                for (final int threads : new int[] {1, cpus}) {
                    if (threads == cpus && cpus == 1) {
                        continue;
                    }
                    t0 = System.nanoTime();
                    final StabilityResult st = SegmentStability.assess(m, auto, r.labels(), r.k(),
                        new StabilityConfig(b, StabilityConfig.Method.BOOTSTRAP, 0.5, 1, threads), null);
                    final double sec = (System.nanoTime() - t0) / 1e9;
                    System.out.printf(Locale.ROOT,
                        "  B=%d threads=%d: %.2f s = %.2f x the automatic-k fit, %.1f x one fixed-k fit;"
                            + " overall Jaccard %.3f%n",
                        b, threads, sec, sec / fit, sec / fixed, st.overall());
                }
            }
        }
    }
}
