package org.custseg.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Argument parsing: defaults, accepted forms and one specific message per mistake. */
class CliParserTest {

    @TempDir
    Path dir;

    private Path csv;

    @BeforeEach
    void writeInput() throws IOException {
        csv = dir.resolve("customers.csv");
        Files.writeString(csv, "id,a,b\n1,2,3\n");
    }

    private String[] args(final String... extra) {
        final List<String> a =
            new ArrayList<>(List.of("--input", csv.toString(), "--out", dir.resolve("out").toString()));
        a.addAll(Arrays.asList(extra));
        return a.toArray(new String[0]);
    }

    private String error(final String... args) {
        return assertThrows(UsageException.class, () -> CliParser.parse(args)).getMessage();
    }

    @Test
    void defaultsAreAutomaticKOverTwoToEightWithKMeansSilhouetteFailZScore() throws UsageException {
        final CliOptions o = CliParser.parse(args());
        assertEquals(0, o.k());
        assertTrue(o.automaticK());
        assertEquals(2, o.kMin());
        assertEquals(8, o.kMax());
        assertEquals("KMEANS", o.algorithm());
        assertEquals("SILHOUETTE", o.criterion());
        assertEquals("FAIL", o.missing());
        assertEquals("ZSCORE", o.scaling());
        assertEquals(1L, o.seed());
        assertTrue(o.columns().isEmpty());
        assertNull(o.idColumn());
        assertNull(o.playbook());
        assertTrue(o.playbookExtends());
    }

    @Test
    void valuesMapToEngineNamesInBothSyntaxes() throws UsageException {
        final CliOptions o = CliParser.parse(args("--algorithm=em", "--k-range", "3..6", "--criterion", "bic",
            "--missing=median", "--scaling", "MinMax", "--seed", "-42", "--columns", " a , b ", "--id-column", "id"));
        assertEquals("EM", o.algorithm());
        assertEquals(3, o.kMin());
        assertEquals(6, o.kMax());
        assertEquals("BIC", o.criterion());
        assertEquals("IMPUTE_MEDIAN", o.missing());
        assertEquals("MINMAX", o.scaling());
        assertEquals(-42L, o.seed());
        assertEquals(List.of("a", "b"), o.columns());
        assertEquals("id", o.idColumn());

        final CliOptions h = CliParser.parse(args("--algorithm", "hierarchical", "--k", "5", "--linkage",
            "centroid", "--engine", "weka", "--sample-size", "2000"));
        assertEquals("HIERARCHICAL", h.algorithm());
        assertEquals(5, h.k());
        assertEquals("CENTROID", h.linkage());
        assertEquals("WEKA", h.engine());
        assertEquals(2000, h.sampleSize());
    }

    @Test
    void unknownOptionIsNamedWithASuggestion() {
        final String m = error(args("--kk", "3"));
        assertTrue(m.contains("Unknown option \"--kk\""), m);
        assertTrue(m.contains("Did you mean --k?"), m);
        assertTrue(m.contains("segment --help"), m);
    }

    @Test
    void strayArgumentIsNamed() {
        final String m = error(args("extra.csv"));
        assertTrue(m.contains("Unexpected argument \"extra.csv\""), m);
    }

    @Test
    void backwardsKRangeNamesOptionValueAndFix() {
        final String m = error(args("--k-range", "8..2"));
        assertTrue(m.contains("--k-range \"8..2\""), m);
        assertTrue(m.contains("runs backwards"), m);
        assertTrue(m.contains("2..8"), m);
    }

    @Test
    void malformedAndTooSmallKAreRejected() {
        assertTrue(error(args("--k-range", "2-8")).contains("is not a range; write MIN..MAX"));
        assertTrue(error(args("--k-range", "1..4")).contains("less than 2"));
        assertTrue(error(args("--k", "three")).contains("\"three\" is not a whole number"));
        assertTrue(error(args("--k", "1")).contains("less than 2"));
        final String both = error(args("--k", "3", "--k-range", "2..5"));
        assertTrue(both.contains("--k (\"3\") and --k-range (\"2..5\") exclude each other"), both);
    }

    @Test
    void missingInputIsNamed() {
        final String m = error("--out", dir.toString());
        assertTrue(m.startsWith("Missing required option --input <csv>"), m);
    }

    @Test
    void missingOutIsNamed() {
        final String m = error("--input", csv.toString());
        assertTrue(m.startsWith("Missing required option --out <dir>"), m);
    }

    @Test
    void nonExistentInputFileIsNamed() {
        final String missing = dir.resolve("nope.csv").toString();
        final String m = error("--input", missing, "--out", dir.toString());
        assertTrue(m.contains("Option --input: the input file \"" + missing + "\" does not exist"), m);
    }

    @Test
    void outThatIsAFileIsRejected() {
        final String m = error("--input", csv.toString(), "--out", csv.toString());
        assertTrue(m.contains("is a file, not a directory"), m);
    }

    @Test
    void badChoiceListsAllowedValues() {
        final String m = error(args("--algorithm", "dbscan"));
        assertEquals("Option --algorithm does not accept \"dbscan\"; use one of kmeans, hierarchical, em, kmedoids.", m);
        assertTrue(error(args("--missing", "zero")).contains("use one of fail, drop, mean, median"));
    }

    @Test
    void optionsThatDoNotFitTogetherAreRejected() {
        assertTrue(error(args("--criterion", "bic")).contains("--criterion bic needs --algorithm em"));
        assertTrue(error(args("--k", "3", "--criterion", "silhouette")).contains("only applies when k is chosen"));
        assertTrue(error(args("--linkage", "ward")).contains("--linkage only applies to --algorithm hierarchical"));
        assertTrue(error(args("--algorithm", "em", "--restarts", "5")).contains("--restarts only applies"));
        assertTrue(error(args("--algorithm", "hierarchical", "--linkage", "centroid"))
            .contains("exists only in Weka's engine; add --engine weka"));
        assertTrue(error(args("--playbook-mode", "replace")).contains("needs --playbook"));
    }

    @Test
    void kMeansEngineIsFastByDefaultAndWekaOnRequest() throws Exception {
        assertEquals(null, CliParser.parse(args()).engine());
        assertEquals(org.custseg.engine.config.HierarchicalEngine.FAST,
            SegmentJob.config(CliParser.parse(args())).engine());
        final CliOptions weka = CliParser.parse(args("--engine", "weka"));
        assertEquals("WEKA", weka.engine());
        assertEquals(org.custseg.engine.config.HierarchicalEngine.WEKA, SegmentJob.config(weka).engine());
        assertEquals(org.custseg.engine.config.HierarchicalEngine.WEKA,
            SegmentJob.config(CliParser.parse(args("--algorithm", "em", "--engine", "weka"))).engine());
    }

    @Test
    void repeatedOptionAndMissingValueAreNamed() {
        assertTrue(error(args("--seed", "1", "--seed", "2")).contains("Option --seed is given twice"));
        assertTrue(error(args("--scaling")).contains("Option --scaling needs a value (one of zscore, minmax, none)"));
        assertTrue(error(args("--columns", "a,,b")).contains("has an empty column name"));
        assertTrue(error(args("--columns", "a,b,a")).contains("names \"a\" twice"));
        assertTrue(error(args("--id-column", "a", "--columns", "a,b")).contains("both as --id-column and in"));
        assertTrue(error(args("--quiet=yes")).contains("--quiet takes no value"));
    }

    @Test
    void helpAndVersionAreDetectedAnywhere() {
        assertTrue(CliParser.wantsHelp(new String[] {"--bogus", "-h"}));
        assertTrue(CliParser.wantsHelp(new String[] {"--help"}));
        assertFalse(CliParser.wantsHelp(new String[] {"--input", "x"}));
        assertTrue(CliParser.wantsVersion(new String[] {"--version"}));
    }
}
