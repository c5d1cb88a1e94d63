package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.custseg.engine.cli.SegmentCli;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.model.SegmentationModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new algorithm is one class: {@link RankSplitToyAlgorithm}, registered here, runs through {@link Segmentation#run}
 * and the command line (options, engine, model file, report) without any other change.
 */
class AddedAlgorithmTest {

    @BeforeAll
    static void register() {
        Algorithms.register(new RankSplitToyAlgorithm());
    }

    private static FeatureMatrix ramp(final int n) {
        final double[][] v = new double[n][2];
        for (int i = 0; i < n; i++) {
            v[i][0] = (i * 37) % n; // a permutation of 0..n-1
            v[i][1] = (i % 7) * 0.1;
        }
        final List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("r" + i);
        }
        return new FeatureMatrix(List.of("a", "b"), ids, v);
    }

    @Test
    void runsThroughSegmentation() throws Exception {
        final SegmentationConfig c = SegmentationConfig.builder(RankSplitToyAlgorithm.RANK_SPLIT).k(3).build();
        final SegmentationResult r = Segmentation.run(ramp(90), c, null);
        assertEquals(List.of(30, 30, 30), java.util.Arrays.stream(r.sizes()).boxed().toList());
        // each segment is one third of the ramp in the first column
        for (int i = 0; i < 90; i++) {
            final double a = (i * 37) % 90;
            final int expectedThird = (int) (a / 30);
            final int label = r.labels()[i];
            assertEquals(expectedThird, rankOfSegmentMean(r, label), "row " + i);
        }
        assertTrue(r.model().toJson().contains("RANK_SPLIT"));
        final SegmentationModel back = SegmentationModel.fromJson(r.model().toJson());
        assertEquals(RankSplitToyAlgorithm.RANK_SPLIT, back.algorithm());
        assertTrue(c.describe().contains("algorithm=RANK_SPLIT") && c.describe().contains("column=first"),
            c.describe());
    }

    /** @return the position of a segment's mean in the first column among all segment means */
    private static int rankOfSegmentMean(final SegmentationResult r, final int label) {
        int rank = 0;
        for (int s = 0; s < r.k(); s++) {
            if (r.centroidsScaled()[s][0] < r.centroidsScaled()[label][0]) {
                rank++;
            }
        }
        return rank;
    }

    @Test
    void ownValidationAndSharedRulesApply() {
        final IllegalArgumentException own = assertThrows(IllegalArgumentException.class,
            () -> SegmentationConfig.builder(RankSplitToyAlgorithm.RANK_SPLIT).restarts(3).build());
        assertTrue(own.getMessage().contains("restarts = 3"), own.getMessage());
        final IllegalArgumentException bic = assertThrows(IllegalArgumentException.class,
            () -> SegmentationConfig.builder(RankSplitToyAlgorithm.RANK_SPLIT).criterion(
                org.custseg.engine.config.KCriterion.BIC).build());
        assertTrue(bic.getMessage().contains("only defined for the EM algorithm, not RANK_SPLIT"), bic.getMessage());
    }

    @Test
    void runsThroughTheCommandLine(@TempDir final Path tmp) throws Exception {
        final StringBuilder csv = new StringBuilder("id,a,b\n");
        for (int i = 0; i < 60; i++) {
            csv.append(i).append(',').append((i * 7) % 60).append(',').append(i % 5).append('\n');
        }
        final Path in = tmp.resolve("in.csv");
        Files.writeString(in, csv, StandardCharsets.UTF_8);
        final Path out = tmp.resolve("out");
        final ByteArrayOutputStream o = new ByteArrayOutputStream();
        final ByteArrayOutputStream e = new ByteArrayOutputStream();
        final int status = SegmentCli.run(new String[] {"--input", in.toString(), "--out", out.toString(),
            "--id-column", "id", "--algorithm", "rank_split", "--k", "2"}, new PrintStream(o, true, "UTF-8"),
            new PrintStream(e, true, "UTF-8"));
        assertEquals(SegmentCli.EXIT_OK, status, e.toString(StandardCharsets.UTF_8));
        final String segments = Files.readString(out.resolve("segments.csv"), StandardCharsets.UTF_8);
        assertTrue(segments.contains(",30,") || segments.contains(",30\n"), segments);
        assertTrue(Files.readString(out.resolve("model.json"), StandardCharsets.UTF_8).contains("RANK_SPLIT"));
        assertTrue(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8)
            .contains("rank split on the first column (toy)"));
    }
}
