package org.custseg.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.hierarchical.Dendrogram;
import org.custseg.engine.hierarchical.FastHierarchical;
import org.custseg.engine.hierarchical.FastLinkage;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.config.Scaling;
import org.custseg.engine.segment.Segmentation;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.engine.segment.SegmentationResult;

import weka.clusterers.EM;
import weka.clusterers.HierarchicalClusterer;
import weka.clusterers.SimpleKMeans;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.EuclideanDistance;
import weka.core.Instances;
import weka.core.SelectedTag;

/**
 * Benchmark program (not a test): time and heap of the segmentation engines on synthetic data.
 *
 * <p>Data: Gaussian blobs ({@code --centers} centres uniform in [-5,5]^d, unit noise, seed {@code --seed}), z-scored
 * with the population standard deviation, so every engine sees the same scaled rows. Each measurement runs in this
 * JVM, one after the other, after a warm-up on 2,000 rows and a {@code System.gc()}. Reported per measurement:
 * wall time, CPU time of the calling thread plus of every thread the run started (the wrapper runs each Weka build
 * on a worker thread so that it can be canceled; every engine measured here uses one thread at a time, so CPU time is
 * the figure that does not depend on other load on the machine), peak used heap above the post-GC baseline, sampled
 * every 5 ms (includes garbage not yet collected, so it depends on -Xmx; run with a small -Xmx to prove an upper
 * bound), and bytes allocated by those threads.
 *
 * <p>Tasks ({@code --tasks}, comma-separated):
 * <ul>
 * <li>{@code kmeans}: Weka {@code SimpleKMeans} called directly (Instances built from the rows, k-means++, Euclidean
 * distance without normalisation, max 500 iterations, seed 1, one execution slot, preserved order, then
 * {@code getAssignments()}), then our wrapper {@code Segmentation.run} with the same settings, k fixed, restarts = 1
 * and scaling NONE (the rows are already z-scored, so both fit the same numbers), and the ratio wrapper/direct. The
 * wrapper also computes the silhouette for the fixed k (on at most {@code Segmentation.FIXED_K_SILHOUETTE_ROWS} rows);
 * its cost is timed separately and printed.</li>
 * <li>{@code em}: Weka {@code EM} directly (k fixed, {@code --em-iter} iterations max, min std dev 1e-6, seed 1) and the
 * wrapper with the same settings.</li>
 * <li>{@code fast-kmeans}: Weka {@code SimpleKMeans} directly, the best of {@code --restarts} runs (seeds 1..R), against
 * the fast engine ({@code Segmentation.run}, engine FAST, same restarts) on one thread and on all processors; prints
 * both SSEs and the ratios (time fast/Weka, SSE fast/Weka, wall all threads/one thread). Weka is skipped above
 * {@code --weka-kmeans-max-rows}.</li>
 * <li>{@code fast-kmeans-auto}: the fast engine's automatic k as in the default job (k = 2..{@code --k},
 * {@code --restarts} runs each, silhouette), one thread; compare with scikit-learn's k = 2..8 loop.</li>
 * <li>{@code fast-kmeans-single}: the fast engine, one run each for seeds 1..{@code --restarts} (one thread), every
 * run's SSE and their mean (compare with scikit-learn's {@code n_init=1}, {@code random_state} 1..R in
 * {@code bench/peers.sh}).</li>
 * <li>{@code fast-em}: EM with {@code --em-k} components through the wrapper, Weka engine against fast engine (one
 * thread, alternately {@code --repeat} times, the fastest of each kept), with both log-likelihoods (the engine's own
 * total, the same formula for both). Weka is skipped above {@code --weka-em-max-rows} (default 100,000; 0 skips it,
 * e.g. to time only the fast engine for {@code bench/peers.sh}).</li>
 * <li>{@code csv-read}: the data written as CSV ({@code Double.toString}; to {@code --write-csv} when given,
 * else a temporary file), then read as the command line does ({@code CsvTable.read} and the default feature
 * selection); also prints peak heap divided by the size of the numeric matrix. Compare the time with
 * {@code pandas.read_csv} in {@code bench/peers.sh} (same file). With {@code --csv-file FILE} it reads that file
 * instead (e.g. one written by {@code bench/make_bank_csv.py}; then use {@code --rows 1 --cols 1} so no large blobs
 * are generated).</li>
 * <li>{@code --write-csv PATTERN} writes each generated (z-scored) data set, {@code {n}} and {@code {d}} replaced,
 * for {@code bench/peers.sh}; {@code --write-labels FILE} writes the k-cut labels of the fast hierarchical runs
 * (for {@code bench/ward_fastcluster.py}).</li>
 * <li>{@code ward}, {@code single}, {@code average}, {@code complete}: {@link FastHierarchical} directly and (ward only)
 * the wrapper ({@code HIERARCHICAL}, engine FAST, k fixed).</li>
 * <li>{@code weka-ward}, {@code weka-average}: Weka's {@code HierarchicalClusterer}, one build, k fixed.</li>
 * </ul>
 * Row limits per task keep a run short: {@code --em-max-rows} (default 100,000), {@code --fast-max-rows} (ward/single,
 * default 100,000), {@code --matrix-max-rows} (average/complete, default 10,000), {@code --weka-hier-max-rows} (default
 * 2,000), {@code --wrapper-hier-max-rows} (fast Ward through the wrapper as well, default 20,000). Larger sizes are
 * printed as skipped. {@code --repeat N} runs direct and wrapper alternately N times and keeps each one's fastest
 * (by CPU time) run.
 *
 * <p>Run (from the repository root; the heap is the Maven JVM's, so set it with MAVEN_OPTS):
 *
 * <pre>
 * MAVEN_OPTS=-Xmx4g ./mvnw -q -pl engine test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.custseg.engine.bench.SegmentationBenchmark \
 *   -Dexec.args="--rows 10000,100000 --cols 5,17 --tasks kmeans,em,ward"
 * </pre>
 *
 * or with plain {@code java -Xmx4g -cp engine/target/classes:engine/target/test-classes:<dependency classpath>}.
 */
public final class SegmentationBenchmark {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    private SegmentationBenchmark() {
    }

    /** One measurement's figures. */
    private record Figures(double wallSeconds, double cpuSeconds, long peakHeapBytes, long allocatedBytes,
        String note) {
    }

    /** A measured piece of work returning a short note (e.g. cluster sizes or SSE). */
    @FunctionalInterface
    private interface Work {
        String run() throws Exception;
    }

    private static final class Options {
        List<Integer> rows = List.of(10_000);
        List<Integer> cols = List.of(5, 17);
        Set<String> tasks = new LinkedHashSet<>(List.of("kmeans", "em", "ward"));
        int k = 8;
        int centers = 8;
        long seed = 42;
        int emIter = 100;
        int emMaxRows = 100_000;
        int fastMaxRows = 100_000;
        int matrixMaxRows = 10_000;
        int wekaHierMaxRows = 2_000;
        int wrapperHierMaxRows = 20_000;
        int repeat = 1;
        boolean warmup = true;
        int restarts = 10;
        int emK = 3;
        int wekaKMeansMaxRows = 1_000_000;
        int wekaEmMaxRows = 100_000;
        String writeCsv = null;
        String csvFile = null;
    }

    /**
     * @param args see the class documentation; {@code --help} prints the options
     * @throws Exception on failure
     */
    public static void main(final String[] args) throws Exception {
        final Options o = parse(args);
        if (o == null) {
            return;
        }
        System.out.printf(Locale.ROOT, "# %s, Java %s (%s), max heap %,d MB, %d processors%n", java.time.LocalDateTime
            .now().withNano(0), System.getProperty("java.version"), System.getProperty("java.vm.name"),
            Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "# tasks %s, k %d, blobs with %d centres, seed %d%n", o.tasks, o.k, o.centers,
            o.seed);
        if (o.warmup) {
            final double[][] w = blobs(2_000, 5, o.centers, o.seed + 1);
            for (final String t : o.tasks) {
                runTask(t, w, o, true);
            }
        }
        System.out.println("| task | rows | cols | wall s | cpu s | peak heap MB | allocated MB | note |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---|");
        for (final int n : o.rows) {
            for (final int d : o.cols) {
                final double[][] x = blobs(n, d, o.centers, o.seed);
                if (o.writeCsv != null) {
                    writeCsv(x, java.nio.file.Path.of(o.writeCsv.replace("{n}", "" + n).replace("{d}", "" + d)));
                }
                for (final String t : o.tasks) {
                    runTask(t, x, o, false);
                }
            }
        }
    }

    private static void runTask(final String task, final double[][] x, final Options o, final boolean quiet)
        throws Exception {
        final int n = x.length;
        final int d = x[0].length;
        switch (task) {
            case "kmeans": {
                final FeatureMatrix fm = matrix(x);
                final SegmentationConfig cfg = SegmentationConfig.builder(Algorithm.KMEANS).k(o.k).restarts(1)
                    .scaling(Scaling.NONE).seed(1).engine(HierarchicalEngine.WEKA).build();
                Figures direct = null;
                Figures wrapped = null;
                // alternate the two so neither profits from running second; keep each one's fastest (cpu) run
                for (int r = 0; r < o.repeat; r++) {
                    direct = faster(direct, measure(() -> wekaKMeans(x, o.k)));
                    wrapped = faster(wrapped, measure(() -> wrapper(fm, cfg)));
                }
                final Figures sil = measure(() -> silhouette(x, o.k));
                print(quiet, "k-means Weka direct", n, d, direct);
                print(quiet, "k-means wrapper", n, d, wrapped);
                print(quiet, "  of which silhouette (timed alone)", n, d, sil);
                if (!quiet) {
                    System.out.printf(Locale.ROOT, "| k-means overhead wrapper/direct | %d | %d | %.3f | %.3f | | | "
                        + "wall and cpu ratios; without the silhouette: cpu %.3f |%n", n, d,
                        wrapped.wallSeconds / direct.wallSeconds, wrapped.cpuSeconds / direct.cpuSeconds,
                        (wrapped.cpuSeconds - sil.cpuSeconds) / direct.cpuSeconds);
                }
                break;
            }
            case "em": {
                if (n > o.emMaxRows) {
                    skip(quiet, "EM", n, d, "--em-max-rows " + o.emMaxRows);
                    return;
                }
                final FeatureMatrix fm = matrix(x);
                final SegmentationConfig cfg = SegmentationConfig.builder(Algorithm.EM).k(o.k).maxIterations(o.emIter)
                    .scaling(Scaling.NONE).seed(1).engine(HierarchicalEngine.WEKA).build();
                Figures direct = null;
                Figures wrapped = null;
                for (int r = 0; r < o.repeat; r++) {
                    direct = faster(direct, measure(() -> wekaEm(x, o.k, o.emIter)));
                    wrapped = faster(wrapped, measure(() -> wrapper(fm, cfg)));
                }
                print(quiet, "EM Weka direct", n, d, direct);
                print(quiet, "EM wrapper", n, d, wrapped);
                if (!quiet) {
                    System.out.printf(Locale.ROOT, "| EM overhead wrapper/direct | %d | %d | %.3f | %.3f | | | |%n", n,
                        d, wrapped.wallSeconds / direct.wallSeconds, wrapped.cpuSeconds / direct.cpuSeconds);
                }
                break;
            }
            case "fast-kmeans": {
                // fast engine (one thread, then all threads) against Weka's SimpleKMeans called directly, both the best
                // of --restarts seeded runs, same rows; objective = SSE to the final centres
                final FeatureMatrix fm = matrix(x);
                final SegmentationConfig cfg = SegmentationConfig.builder(Algorithm.KMEANS).k(o.k).restarts(o.restarts)
                    .scaling(Scaling.NONE).seed(1).engine(HierarchicalEngine.FAST).build();
                final double[] objective = new double[3];
                final Figures weka = n > o.wekaKMeansMaxRows ? null : measure(() -> {
                    double best = Double.POSITIVE_INFINITY;
                    for (int r = 0; r < o.restarts; r++) {
                        best = Math.min(best, wekaKMeansSse(x, o.k, 1 + r));
                    }
                    objective[0] = best;
                    return String.format(Locale.ROOT, "best SSE %.6g of %d runs", best, o.restarts);
                });
                final Figures one = measure(() -> {
                    final SegmentationResult r = Segmentation.run(fm, cfg, ProgressListener.NONE, 1);
                    objective[1] = r.sse();
                    return String.format(Locale.ROOT, "SSE %.6g, sizes %s", r.sse(), Arrays.toString(r.sizes()));
                });
                final int threads = Runtime.getRuntime().availableProcessors();
                final Figures all = measure(() -> {
                    final SegmentationResult r = Segmentation.run(fm, cfg, ProgressListener.NONE, threads);
                    objective[2] = r.sse();
                    return String.format(Locale.ROOT, "SSE %.6g (%d threads)", r.sse(), threads);
                });
                if (weka != null) {
                    print(quiet, "k-means Weka direct, " + o.restarts + " runs", n, d, weka);
                } else {
                    skip(quiet, "k-means Weka direct", n, d, "--weka-kmeans-max-rows " + o.wekaKMeansMaxRows);
                }
                print(quiet, "k-means fast, 1 thread", n, d, one);
                print(quiet, "k-means fast, " + threads + " threads", n, d, all);
                if (!quiet && weka != null) {
                    System.out.printf(Locale.ROOT, "| k-means fast/Weka | %d | %d | %.3f | %.3f | | | cpu ratio 1 thread;"
                        + " SSE fast/Weka %.5f; wall %d threads/1 thread %.3f |%n", n, d,
                        one.wallSeconds / weka.wallSeconds, one.cpuSeconds / weka.cpuSeconds,
                        objective[1] / objective[0], threads, all.wallSeconds / one.wallSeconds);
                }
                break;
            }
            case "fast-kmeans-auto": {
                // the automatic-k k-means of the default job: k = 2..--k, --restarts runs each, silhouette criterion
                final FeatureMatrix fm = matrix(x);
                final SegmentationConfig cfg = SegmentationConfig.builder(Algorithm.KMEANS).kMin(2).kMax(o.k)
                    .restarts(o.restarts).scaling(Scaling.NONE).seed(1).engine(HierarchicalEngine.FAST).build();
                final Figures one = measure(() -> {
                    final SegmentationResult r = Segmentation.run(fm, cfg, ProgressListener.NONE, 1);
                    return String.format(Locale.ROOT, "chosen k %d, SSE %.6g, sizes %s", r.k(), r.sse(),
                        Arrays.toString(r.sizes()));
                });
                print(quiet, "k-means fast, automatic k 2.." + o.k + ", " + o.restarts + " runs each, 1 thread", n, d,
                    one);
                break;
            }
            case "fast-kmeans-single": {
                final FeatureMatrix fm = matrix(x);
                final StringBuilder sses = new StringBuilder();
                final double[] sum = new double[1];
                final Figures all = measure(() -> {
                    for (int r = 1; r <= o.restarts; r++) {
                        final SegmentationConfig cfg = SegmentationConfig.builder(Algorithm.KMEANS).k(o.k).restarts(1)
                            .scaling(Scaling.NONE).seed(r).engine(HierarchicalEngine.FAST).build();
                        final double sse = Segmentation.run(fm, cfg, ProgressListener.NONE, 1).sse();
                        sum[0] += sse;
                        sses.append(String.format(Locale.ROOT, " %.1f", sse));
                    }
                    return String.format(Locale.ROOT, "mean SSE %.1f of %d single runs:%s", sum[0] / o.restarts,
                        o.restarts, sses);
                });
                print(quiet, "k-means fast, single runs (seeds 1.." + o.restarts + ")", n, d, all);
                break;
            }
            case "fast-em": {
                if (n > o.emMaxRows) {
                    skip(quiet, "EM", n, d, "--em-max-rows " + o.emMaxRows);
                    return;
                }
                final FeatureMatrix fm = matrix(x);
                final double[] ll = new double[2];
                final SegmentationConfig weka = SegmentationConfig.builder(Algorithm.EM).k(o.emK)
                    .maxIterations(o.emIter).scaling(Scaling.NONE).seed(1).engine(HierarchicalEngine.WEKA).build();
                final SegmentationConfig fast = SegmentationConfig.builder(Algorithm.EM).k(o.emK)
                    .maxIterations(o.emIter).scaling(Scaling.NONE).seed(1).engine(HierarchicalEngine.FAST).build();
                final boolean withWeka = n <= o.wekaEmMaxRows;
                Figures w = null;
                Figures f = null;
                // alternate the two engines; keep each one's fastest (cpu) run
                for (int r = 0; r < o.repeat; r++) {
                    if (withWeka) {
                        w = faster(w, measure(() -> {
                            final SegmentationResult res = Segmentation.run(fm, weka, ProgressListener.NONE, 1);
                            ll[0] = res.logLikelihood();
                            return String.format(Locale.ROOT, "logL %.10g, sizes %s", res.logLikelihood(),
                                Arrays.toString(res.sizes()));
                        }));
                    }
                    f = faster(f, measure(() -> {
                        final SegmentationResult res = Segmentation.run(fm, fast, ProgressListener.NONE, 1);
                        ll[1] = res.logLikelihood();
                        return String.format(Locale.ROOT, "logL %.10g, sizes %s", res.logLikelihood(),
                            Arrays.toString(res.sizes()));
                    }));
                }
                if (withWeka) {
                    print(quiet, "EM k=" + o.emK + " Weka engine (wrapper)", n, d, w);
                } else {
                    skip(quiet, "EM k=" + o.emK + " Weka engine (wrapper)", n, d, "--weka-em-max-rows "
                        + o.wekaEmMaxRows);
                }
                print(quiet, "EM k=" + o.emK + " fast engine, 1 thread", n, d, f);
                if (!quiet && withWeka) {
                    System.out.printf(Locale.ROOT, "| EM fast/Weka | %d | %d | %.3f | %.3f | | | logL fast - Weka"
                        + " %.4g |%n", n, d, f.wallSeconds / w.wallSeconds, f.cpuSeconds / w.cpuSeconds, ll[1] - ll[0]);
                }
                break;
            }
            case "ward":
            case "single":
            case "average":
            case "complete": {
                final FastLinkage linkage = FastLinkage.valueOf(task.toUpperCase(Locale.ROOT));
                final boolean matrix = linkage == FastLinkage.AVERAGE || linkage == FastLinkage.COMPLETE;
                final int limit = matrix ? o.matrixMaxRows : o.fastMaxRows;
                if (n > limit) {
                    skip(quiet, "fast " + task, n, d, (matrix ? "--matrix-max-rows " : "--fast-max-rows ") + limit);
                    return;
                }
                print(quiet, "fast " + task, n, d, measure(() -> fast(x, linkage, o.k)));
                if (linkage == FastLinkage.WARD && n <= o.wrapperHierMaxRows) {
                    final FeatureMatrix fm = matrix(x);
                    final SegmentationConfig cfg = SegmentationConfig.builder(Algorithm.HIERARCHICAL).k(o.k)
                        .engine(HierarchicalEngine.FAST).scaling(Scaling.NONE).seed(1).build();
                    print(quiet, "fast ward via wrapper", n, d, measure(() -> wrapper(fm, cfg)));
                }
                break;
            }
            case "weka-ward":
            case "weka-average": {
                if (n > o.wekaHierMaxRows) {
                    skip(quiet, task, n, d, "--weka-hier-max-rows " + o.wekaHierMaxRows);
                    return;
                }
                final String link = task.substring("weka-".length()).toUpperCase(Locale.ROOT);
                print(quiet, "Weka hierarchical " + link, n, d, measure(() -> wekaHierarchical(x, link, o.k)));
                break;
            }
            case "csv-read": {
                // the data written as CSV (Double.toString, 17 significant digits as pandas writes them), then read
                // as the command line does: CsvTable.read and the default feature selection
                final boolean given = o.csvFile != null && !quiet;
                final java.nio.file.Path f = given ? java.nio.file.Path.of(o.csvFile)
                    : o.writeCsv != null && !quiet
                    ? java.nio.file.Path.of(o.writeCsv.replace("{n}", "" + n).replace("{d}", "" + d))
                    : java.nio.file.Files.createTempFile("custseg-bench", ".csv");
                if (!given && (o.writeCsv == null || quiet)) {
                    writeCsv(x, f);
                }
                Figures best = null;
                for (int r = 0; r < o.repeat; r++) {
                    best = faster(best, measure(() -> csvRead(f)));
                }
                final long mn = given ? lastCsvRows : n;
                final long md = given ? lastCsvCols : d;
                print(quiet, "CSV read + feature selection (" + f.getFileName() + ")", (int) mn, (int) md, best);
                if (!quiet) {
                    System.out.printf(Locale.ROOT, "| CSV read peak heap / matrix | %d | %d | | | %.2f | | matrix "
                        + "%d x %d doubles = %.1f MB |%n", mn, md, best.peakHeapBytes / (8.0 * mn * md), mn, md,
                        8.0 * mn * md / (1 << 20));
                }
                if (!given && (o.writeCsv == null || quiet)) {
                    java.nio.file.Files.delete(f);
                }
                break;
            }
            default:
                throw new IllegalArgumentException("Unknown task \"" + task
                    + "\"; use csv-read, kmeans, em, ward, single, average, complete, weka-ward, weka-average.");
        }
    }

    // ------------------------------------------------------------------------------------------------ work

    private static Instances instances(final double[][] x) {
        final ArrayList<Attribute> atts = new ArrayList<>();
        for (int j = 0; j < x[0].length; j++) {
            atts.add(new Attribute("x" + j));
        }
        final Instances data = new Instances("bench", atts, x.length);
        for (final double[] row : x) {
            data.add(new DenseInstance(1.0, row.clone()));
        }
        return data;
    }

    private static String wekaKMeans(final double[][] x, final int k) throws Exception {
        final Instances data = instances(x);
        final SimpleKMeans km = new SimpleKMeans();
        km.setNumClusters(k);
        km.setInitializationMethod(new SelectedTag(SimpleKMeans.KMEANS_PLUS_PLUS, SimpleKMeans.TAGS_SELECTION));
        final EuclideanDistance distance = new EuclideanDistance();
        distance.setDontNormalize(true);
        km.setDistanceFunction(distance);
        km.setMaxIterations(500);
        km.setSeed(1);
        km.setPreserveInstancesOrder(true);
        km.setNumExecutionSlots(1);
        km.buildClusterer(data);
        final int[] a = km.getAssignments();
        return String.format(Locale.ROOT, "SSE %.6g, sizes %s", km.getSquaredError(), sizes(a, k));
    }

    /** One SimpleKMeans run (k-means++, Euclidean without normalisation, seed given); its SSE. */
    private static double wekaKMeansSse(final double[][] x, final int k, final int seed) throws Exception {
        final Instances data = instances(x);
        final SimpleKMeans km = new SimpleKMeans();
        km.setNumClusters(k);
        km.setInitializationMethod(new SelectedTag(SimpleKMeans.KMEANS_PLUS_PLUS, SimpleKMeans.TAGS_SELECTION));
        final EuclideanDistance distance = new EuclideanDistance();
        distance.setDontNormalize(true);
        km.setDistanceFunction(distance);
        km.setMaxIterations(500);
        km.setSeed(seed);
        km.setNumExecutionSlots(1);
        km.buildClusterer(data);
        return km.getSquaredError();
    }

    private static String wekaEm(final double[][] x, final int k, final int iterations) throws Exception {
        final Instances data = instances(x);
        final EM em = new EM();
        em.setNumClusters(k);
        em.setMaxIterations(iterations);
        em.setMinStdDev(1e-6);
        em.setSeed(1);
        em.setNumExecutionSlots(1);
        em.buildClusterer(data);
        final int[] a = new int[x.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = em.clusterInstance(data.instance(i));
        }
        return "sizes " + sizes(a, k);
    }

    private static String wrapper(final FeatureMatrix fm, final SegmentationConfig cfg) throws Exception {
        final SegmentationResult r = Segmentation.run(fm, cfg, ProgressListener.NONE);
        return String.format(Locale.ROOT, "SSE %.6g, sizes %s", r.sse(), Arrays.toString(r.sizes()));
    }

    /** {@code --write-labels}: file for the k-cut labels of the fast hierarchical runs (one per line), or null. */
    private static String labelsFile;

    private static String fast(final double[][] x, final FastLinkage linkage, final int k) throws Exception {
        final Dendrogram t = FastHierarchical.cluster(x, linkage, ProgressListener.NONE);
        final int[] cut = t.cut(k);
        if (labelsFile != null) {
            final StringBuilder b = new StringBuilder();
            for (final int v : cut) {
                b.append(v).append('\n');
            }
            java.nio.file.Files.writeString(java.nio.file.Path.of(labelsFile), b);
        }
        return "sizes " + sizes(cut, k);
    }

    private static String wekaHierarchical(final double[][] x, final String link, final int k) throws Exception {
        final Instances data = instances(x);
        final EuclideanDistance distance = new EuclideanDistance();
        distance.setDontNormalize(true);
        final HierarchicalClusterer hc = new HierarchicalClusterer();
        hc.setDistanceFunction(distance);
        hc.setNumClusters(k);
        hc.setLinkType(new SelectedTag(link, HierarchicalClusterer.TAGS_LINK_TYPE));
        hc.buildClusterer(data);
        return "built, k " + hc.numberOfClusters();
    }

    private static long lastCsvRows;

    private static long lastCsvCols;

    /** Reads a CSV file as the command line does; @return the matrix size */
    private static String csvRead(final java.nio.file.Path f) throws Exception {
        final org.custseg.engine.data.ColumnSelection s =
            org.custseg.engine.data.CsvTable.read(f).selectFeatures(List.of(), null);
        lastCsvRows = s.features().rows();
        lastCsvCols = s.usedColumns().size();
        return "matrix " + s.features().rows() + " x " + s.usedColumns().size() + ", id column " + s.idColumn();
    }

    /**
     * The wrapper's silhouette for a fixed k (same row limit and seed as {@code Segmentation.run}), via reflection so a
     * change in that internal method cannot break the build.
     */
    private static String silhouette(final double[][] x, final int k) throws Exception {
        final int[] labels = new int[x.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % k;
        }
        final int maxRows = Segmentation.class.getField("FIXED_K_SILHOUETTE_ROWS").getInt(null);
        final Class<?> metrics = Class.forName("org.custseg.engine.metrics.ClusterMetrics");
        final Method m = metrics.getMethod("silhouette", double[][].class, int[].class, int.class, long.class,
            int.class, ProgressListener.class);
        return "silhouette " + m.invoke(null, x, labels, k, 1L, maxRows, ProgressListener.NONE);
    }

    // ------------------------------------------------------------------------------------------------ measuring

    private static Figures measure(final Work work) throws Exception {
        System.gc();
        System.gc();
        final long baseline = MEMORY.getHeapMemoryUsage().getUsed();
        final AtomicLong peak = new AtomicLong(baseline);
        // threads that exist before the run; any other thread (but the sampler) is a worker started by the run, e.g.
        // the wrapper's "custseg-weka" thread: its CPU time is sampled while it lives and added to the caller's
        final Set<Long> before = new HashSet<>();
        for (final long id : THREADS.getAllThreadIds()) {
            before.add(id);
        }
        final Map<Long, Long> workerCpu = new ConcurrentHashMap<>();
        final Map<Long, Long> workerAlloc = new ConcurrentHashMap<>();
        final Thread sampler = new Thread(() -> {
            final long me = Thread.currentThread().getId();
            int tick = 0;
            while (!Thread.currentThread().isInterrupted()) {
                sampleWorkers(before, me, workerCpu, workerAlloc);
                if ((tick++ % 5) == 0) {
                    peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                }
                try {
                    Thread.sleep(1);
                } catch (final InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        final long self = Thread.currentThread().getId();
        final long alloc0 = THREADS.getThreadAllocatedBytes(self);
        final long cpu0 = THREADS.getCurrentThreadCpuTime();
        final long t0 = System.nanoTime();
        final String note = work.run();
        final long t1 = System.nanoTime();
        final long cpu1 = THREADS.getCurrentThreadCpuTime();
        final long alloc1 = THREADS.getThreadAllocatedBytes(self);
        peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
        sampler.interrupt();
        sampler.join();
        sampleWorkers(before, sampler.getId(), workerCpu, workerAlloc);
        final long workers = workerCpu.values().stream().mapToLong(Long::longValue).sum();
        final long workersAlloc = workerAlloc.values().stream().mapToLong(Long::longValue).sum();
        return new Figures((t1 - t0) / 1e9, (cpu1 - cpu0 + workers) / 1e9, peak.get() - baseline,
            alloc1 - alloc0 + workersAlloc, note);
    }

    /**
     * Records the latest CPU time and allocation of every thread not in {@code before} (and not the sampler). A worker
     * that ends between two samples (1 ms apart) loses at most its last millisecond.
     */
    private static void sampleWorkers(final Set<Long> before, final long sampler, final Map<Long, Long> cpu,
        final Map<Long, Long> alloc) {
        for (final long id : THREADS.getAllThreadIds()) {
            if (id == sampler || before.contains(id)) {
                continue;
            }
            final long c = THREADS.getThreadCpuTime(id);
            final long a = THREADS.getThreadAllocatedBytes(id);
            if (c >= 0) {
                cpu.merge(id, c, Math::max);
            }
            if (a >= 0) {
                alloc.merge(id, a, Math::max);
            }
        }
    }

    private static Figures faster(final Figures a, final Figures b) {
        return a == null || b.cpuSeconds < a.cpuSeconds ? b : a;
    }

    private static void print(final boolean quiet, final String what, final int n, final int d, final Figures f) {
        if (quiet) {
            return;
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.1f | %.1f | %s |%n", what, n, d,
            f.wallSeconds, f.cpuSeconds, f.peakHeapBytes / 1048576.0, f.allocatedBytes / 1048576.0, f.note);
        System.out.flush();
    }

    private static void skip(final boolean quiet, final String what, final int n, final int d, final String why) {
        if (!quiet) {
            System.out.printf(Locale.ROOT, "| %s | %d | %d | | | | | skipped (%s) |%n", what, n, d, why);
        }
    }

    // ------------------------------------------------------------------------------------------------ data

    /** Gaussian blobs, z-scored with the population standard deviation. */
    static double[][] blobs(final int n, final int d, final int centers, final long seed) {
        final Random rnd = new Random(seed);
        final double[][] c = new double[centers][d];
        for (final double[] row : c) {
            for (int j = 0; j < d; j++) {
                row[j] = rnd.nextDouble() * 10 - 5;
            }
        }
        final double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            final double[] center = c[rnd.nextInt(centers)];
            for (int j = 0; j < d; j++) {
                x[i][j] = center[j] + rnd.nextGaussian();
            }
        }
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (final double[] row : x) {
                mean += row[j];
            }
            mean /= n;
            double var = 0;
            for (final double[] row : x) {
                var += (row[j] - mean) * (row[j] - mean);
            }
            final double sd = Math.sqrt(var / n);
            for (final double[] row : x) {
                row[j] = (row[j] - mean) / sd;
            }
        }
        return x;
    }

    /** Writes the (already z-scored) rows as CSV with a header x0,x1,... (17 significant digits), for bench/peers.sh. */
    private static void writeCsv(final double[][] x, final java.nio.file.Path file) throws java.io.IOException {
        try (java.io.BufferedWriter w = java.nio.file.Files.newBufferedWriter(file)) {
            for (int j = 0; j < x[0].length; j++) {
                w.write(j == 0 ? "x0" : ",x" + j);
            }
            w.write('\n');
            for (final double[] row : x) {
                for (int j = 0; j < row.length; j++) {
                    if (j > 0) {
                        w.write(',');
                    }
                    w.write(Double.toString(row[j]));
                }
                w.write('\n');
            }
        }
    }

    private static FeatureMatrix matrix(final double[][] x) {
        final List<String> names = new ArrayList<>();
        for (int j = 0; j < x[0].length; j++) {
            names.add("x" + j);
        }
        final List<String> ids = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            ids.add("r" + i);
        }
        return new FeatureMatrix(names, ids, x);
    }

    private static String sizes(final int[] labels, final int k) {
        final int[] s = new int[k];
        for (final int l : labels) {
            s[l]++;
        }
        return Arrays.toString(Arrays.stream(s).boxed().sorted((a, b) -> b - a).mapToInt(Integer::intValue).toArray());
    }

    // ------------------------------------------------------------------------------------------------ options

    private static List<Integer> ints(final String s) {
        final List<Integer> out = new ArrayList<>();
        for (final String p : s.split(",")) {
            final String t = p.trim().toLowerCase(Locale.ROOT).replace("_", "");
            if (t.endsWith("m")) {
                out.add(Integer.parseInt(t.substring(0, t.length() - 1)) * 1_000_000);
            } else if (t.endsWith("k")) {
                out.add(Integer.parseInt(t.substring(0, t.length() - 1)) * 1_000);
            } else {
                out.add(Integer.parseInt(t));
            }
        }
        return out;
    }

    private static Options parse(final String[] args) {
        final Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            final String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println("Options: --rows 10k,100k,1m  --cols 5,17  --tasks kmeans,em,fast-kmeans,fast-em,"
                    + "ward,single,average,complete,weka-ward,weka-average  --k 8  --restarts 10  --em-k 3"
                    + "  --weka-kmeans-max-rows 1000000  --write-csv /tmp/blobs-{n}x{d}.csv  --csv-file FILE  --centers 8  --seed 42  --em-iter 100"
                    + "  --em-max-rows 100000  --weka-em-max-rows 100000  --fast-max-rows 100000  --matrix-max-rows 10000"
                    + "  --weka-hier-max-rows 2000  --wrapper-hier-max-rows 20000  --repeat 1  --no-warmup");
                return null;
            }
            if (a.equals("--no-warmup")) {
                o.warmup = false;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + a + " needs a value; see --help.");
            }
            final String v = args[++i];
            switch (a) {
                case "--rows" -> o.rows = ints(v);
                case "--cols" -> o.cols = ints(v);
                case "--tasks" -> o.tasks = new LinkedHashSet<>(Arrays.asList(v.split(",")));
                case "--k" -> o.k = Integer.parseInt(v);
                case "--centers" -> o.centers = Integer.parseInt(v);
                case "--seed" -> o.seed = Long.parseLong(v);
                case "--em-iter" -> o.emIter = Integer.parseInt(v);
                case "--restarts" -> o.restarts = Integer.parseInt(v);
                case "--em-k" -> o.emK = Integer.parseInt(v);
                case "--weka-kmeans-max-rows" -> o.wekaKMeansMaxRows = ints(v).get(0);
                case "--write-csv" -> o.writeCsv = v;
                case "--csv-file" -> o.csvFile = v;
                case "--write-labels" -> labelsFile = v;
                case "--em-max-rows" -> o.emMaxRows = ints(v).get(0);
                case "--weka-em-max-rows" -> o.wekaEmMaxRows = ints(v).get(0);
                case "--fast-max-rows" -> o.fastMaxRows = ints(v).get(0);
                case "--matrix-max-rows" -> o.matrixMaxRows = ints(v).get(0);
                case "--weka-hier-max-rows" -> o.wekaHierMaxRows = ints(v).get(0);
                case "--wrapper-hier-max-rows" -> o.wrapperHierMaxRows = ints(v).get(0);
                case "--repeat" -> o.repeat = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("Unknown option " + a + "; see --help.");
            }
        }
        return o;
    }
}
