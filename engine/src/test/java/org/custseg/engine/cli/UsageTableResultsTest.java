package org.custseg.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.profile.SegmentProfile;
import org.custseg.engine.profile.SegmentSummary;
import org.custseg.engine.recommend.Recommendation;
import org.custseg.engine.testdata.UsageTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The persona, coverage and conflict rules on a generated credit-card usage table (8,950 customers, 17 numeric
 * columns, blanks in two), for several algorithms and numbers of segments.
 */
class UsageTableResultsTest {

    @TempDir
    static Path tmp;

    static Path usage;

    @BeforeAll
    static void write() throws Exception {
        usage = UsageTable.generate(1).write(tmp.resolve("usage.csv"), UsageTable.Style.PLAIN);
    }

    static SegmentJob.Outcome run(final String options) throws Exception {
        final List<String> args = new ArrayList<>(List.of("--input", usage.toString(), "--out",
            tmp.resolve("out").toString(), "--missing", "median"));
        args.addAll(List.of(options.split(" ")));
        return SegmentJob.run(CliParser.parse(args.toArray(new String[0])), ProgressListener.NONE);
    }

    static boolean repeatsAWord(final String persona) {
        final Set<String> seen = new HashSet<>();
        for (final String w : persona.toLowerCase(Locale.ROOT).split("[ ,\\-()]+")) {
            if (!w.isEmpty() && !Set.of("high", "low", "multi", "few", "big", "no").contains(w) && !seen.add(w)) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"--k-range 2..4", "--k 2", "--k 3", "--k 5", "--algorithm em --k 3",
        "--algorithm em --k 2", "--algorithm hierarchical --k 4 --sample-size 3000"})
    void personasCoverageAndConflicts(final String options) throws Exception {
        final SegmentJob.Outcome o = run(options);
        final Set<String> personas = new HashSet<>();
        for (final SegmentSummary s : o.profile().summaries()) {
            assertFalse(repeatsAWord(s.persona()), s.persona());
            assertTrue(personas.add(s.persona()), "persona used twice: " + s.persona());
            final List<Recommendation> recs = o.recommendations().forSegment(s.segment());
            assertFalse(recs.isEmpty(), s.segment());
            if (s.share() >= 0.05) {
                // every segment of meaningful size gets an action from the default playbook
                assertTrue(recs.get(0).matched(), () -> options + ": " + s.segment() + " " + s.persona() + " "
                    + s.description() + " -> " + recs.get(0).rationale());
            } else if (!recs.get(0).matched()) {
                assertFalse(recs.get(0).rationale().isBlank(), "a no-match row states its data-based reason");
            }
            final List<String> ids = recs.stream().map(Recommendation::ruleId).toList();
            if (ids.contains("risk-monitoring")) {
                // spend-encouraging actions never go to the segment flagged as risky
                assertFalse(ids.contains("activation") || ids.contains("limit-increase-rewards"), ids.toString());
            }
        }
        assertEquals(0, o.profile().segments().stream().filter(SegmentProfile.NO_SEGMENT::equals).count());
    }
}
