package org.custseg.engine.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.profile.ProfileConfig;
import org.custseg.engine.profile.SegmentProfile;
import org.custseg.engine.profile.SegmentProfiler;
import org.custseg.engine.recommend.Playbook;
import org.custseg.engine.recommend.PlaybookMode;
import org.custseg.engine.recommend.ProfileFacts;
import org.custseg.engine.recommend.Recommendations;
import org.custseg.engine.recommend.RecommenderConfig;
import org.custseg.engine.recommend.SegmentRecommender;
import org.custseg.engine.segment.Segmentation;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.engine.segment.SegmentationResult;

/**
 * Benchmark program (not a test): the command line job's phases one after the other, as {@link SegmentJob#run} and
 * {@link OutputWriter#write} do them (without stability, names or a user playbook), each timed in CPU seconds of the
 * whole process (every thread, the collector and the JIT compiler included). Compare two builds by running this
 * class from a private copy of each build's classes, alternately, pinned to one core:
 *
 * <pre>
 * taskset -c 0 java -Djava.awt.headless=true -XX:+UseSerialGC -Xmx740m \
 *   -cp "COPY/classes:COPY/test-classes:engine/target/lib/*" org.custseg.engine.cli.PostFitBenchmark \
 *   --input /tmp/e2e/bank1m.csv --out /tmp/postfit --stability 0 --k 8
 * </pre>
 *
 * The arguments are the command line's ({@code --k 8} keeps the fit short; the post-fit phases do the same work as
 * after the automatic-k search that chooses 8). With {@code -Dprobe=true} a background thread collects the heap
 * every 30 ms after the fit and prints the largest live heap seen and in which phase (slows the run; for memory
 * only).
 */
public final class PostFitBenchmark {

    private static final com.sun.management.OperatingSystemMXBean OS =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static volatile String phase = "read";
    private static volatile long probeMax;
    private static volatile String probePhase = "";

    private PostFitBenchmark() {
    }

    private static double cpu() {
        return OS.getProcessCpuTime() / 1e9;
    }

    private static long usedAfterGc() {
        System.gc();
        final Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }

    private static void startProbe() {
        final Thread t = new Thread(() -> {
            while (true) {
                final long u = usedAfterGc();
                if (u > probeMax) {
                    probeMax = u;
                    probePhase = phase;
                }
                try {
                    Thread.sleep(30);
                } catch (final InterruptedException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
    }

    /**
     * @param args the command line's options
     * @throws Exception on any failure
     */
    public static void main(final String[] args) throws Exception {
        final CliOptions o = CliParser.parse(args);
        double t = cpu();
        final SegmentationConfig config = SegmentJob.config(o);
        final InputData input = InputData.read(o.input(), o.columns(), o.idColumn(), "GOWER".equals(o.distance()));
        final double read = cpu() - t;
        phase = "fit";
        t = cpu();
        final SegmentationResult result = Segmentation.run(input.features(), config, ProgressListener.NONE);
        final double fit = cpu() - t;
        final long heapAfterFit = usedAfterGc();
        if (Boolean.getBoolean("probe")) {
            startProbe();
        }
        phase = "profile";
        t = cpu();
        final SegmentProfile profile = SegmentProfiler.profile(SegmentJob.profileData(input, result),
            ProfileConfig.builder().personaNames(Map.of()).build(), ProgressListener.NONE);
        final Recommendations recs = SegmentRecommender.recommend(ProfileFacts.of(profile),
            Playbook.resolve(PlaybookMode.REPLACE, null), RecommenderConfig.DEFAULT);
        final double prof = cpu() - t;
        final SegmentJob.Outcome outcome = new SegmentJob.Outcome(o, input, config, result, profile, recs,
            new ArrayList<>(), List.of(), null);
        phase = "write and report";
        t = cpu();
        OutputWriter.write(outcome, o.out(), true);
        final double write = cpu() - t;
        System.out.printf("read %.2f fit %.2f profile+recommend %.2f write+report %.2f post-fit %.2f s CPU;"
            + " heap after fit %d MB%n", read, fit, prof, write, prof + write, heapAfterFit);
        if (Boolean.getBoolean("probe")) {
            System.out.println("probe: live heap at most " + probeMax + " MB after the fit, in phase " + probePhase);
        }
    }
}
