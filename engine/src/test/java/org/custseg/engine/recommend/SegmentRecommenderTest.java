package org.custseg.engine.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.profile.Level;
import org.custseg.engine.profile.ProfileConfig;
import org.custseg.engine.profile.SampleSegments;
import org.custseg.engine.profile.SegmentProfile;
import org.custseg.engine.profile.SegmentProfiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 6's validation: the default playbook on the sample data, custom playbooks, errors, no-match rows. */
class SegmentRecommenderTest {

    private static final String S386 = "Segment 1";
    private static final String S224 = "Segment 2";
    private static final String S50 = "Segment 3";

    private static SegmentProfile profile;
    private static ProfileFacts facts;

    @BeforeAll
    static void setUp() throws Exception {
        profile = SegmentProfiler.profile(SampleSegments.load().data(), ProfileConfig.DEFAULT, ProgressListener.NONE);
        facts = ProfileFacts.of(profile);
    }

    private static List<String> ruleIds(final Recommendations r, final String segment) {
        return r.forSegment(segment).stream().map(Recommendation::ruleId).toList();
    }

    @Test
    void defaultPlaybookOnSampleData() throws Exception {
        final Recommendations r = SegmentRecommender.recommend(facts, Playbook.defaultPlaybook(),
            RecommenderConfig.DEFAULT);
        assertEquals(List.of("premium-digital"), ruleIds(r, S50));
        assertEquals(List.of("service-experience", "entry-products"), ruleIds(r, S224));
        assertEquals(List.of("branch-cross-sell", "branch-visit-reasons"), ruleIds(r, S386));

        final Recommendation premium = r.forSegment(S50).get(0);
        assertEquals("Marketing", premium.team());
        assertEquals(1, premium.priority());
        assertEquals("High-limit digital", premium.persona());
        assertTrue(premium.action().toLowerCase().contains("loyalty"), premium.action());
        // evidence: mean, ratio (computed here from the profile rows) and level
        final double ratio = profile.numericRow(S50, "Avg_Credit_Limit").mean()
            / profile.numericRow(S50, "Avg_Credit_Limit").populationMean();
        assertTrue(premium.rationale().startsWith("Avg_Credit_Limit 141k = "
            + String.format(java.util.Locale.ROOT, "%.1f", ratio) + "× average (very high)"), premium.rationale());
        assertTrue(premium.rationale().contains("Total_visits_online 10.9 = 4.2× average (very high)"),
            premium.rationale());
        assertTrue(premium.explanation().startsWith("High-limit digital (50 customers, 7.6%)"),
            premium.explanation());
        assertFalse(premium.explanation().contains("{"), premium.explanation());

        assertEquals("Operations", r.forSegment(S224).get(0).team());
        assertTrue(r.forSegment(S224).get(0).action().contains("first-contact resolution"));
        assertTrue(r.forSegment(S224).get(1).action().contains("no-fee"));
        assertEquals("Branch", r.forSegment(S386).get(0).channel());

        // rules for the richer data set are skipped with a warning, not dropped silently
        assertEquals(List.of("risk-monitoring", "debt-consolidation", "limit-increase-rewards", "activation",
            "vip-relationship", "new-customer-onboarding", "revolver-balance-offer", "transactor-rewards",
            "instalment-offers"), r.skippedRules());
        assertTrue(r.warnings().get(0).contains("CASH_ADVANCE"), r.warnings().get(0));
        assertEquals("premium-digital", r.topActions(S50, 3).get(0).ruleId());
        assertEquals(1, r.topActions(S224, 1).size());
        assertTrue(r.topActions("Segment 99", 1).isEmpty());
    }

    /** What a node or the CLI does when it gets the profile as tables: same recommendations. */
    @Test
    void factsReadBackFromProfileTablesGiveTheSameRecommendations() throws Exception {
        final StringWriter longCsv = new StringWriter();
        final StringWriter summaryCsv = new StringWriter();
        org.custseg.engine.profile.ProfileCsv.writeProfile(profile, longCsv);
        org.custseg.engine.profile.ProfileCsv.writeSummary(profile, summaryCsv);
        final List<String[]> longRows = parse(longCsv.toString());
        final List<String[]> summaryRows = parse(summaryCsv.toString());
        final ProfileFacts back = ProfileFacts.fromRows(Arrays.asList(longRows.get(0)),
            longRows.subList(1, longRows.size()), Arrays.asList(summaryRows.get(0)),
            summaryRows.subList(1, summaryRows.size()));
        final Recommendations direct = SegmentRecommender.recommend(facts, Playbook.defaultPlaybook(),
            RecommenderConfig.DEFAULT);
        final Recommendations viaTables = SegmentRecommender.recommend(back, Playbook.defaultPlaybook(),
            RecommenderConfig.DEFAULT);
        assertEquals(direct.rows(), viaTables.rows());
        // without the summary, sizes are unknown: size/share conditions are false, the rest still works
        final ProfileFacts noSummary = ProfileFacts.fromRows(Arrays.asList(longRows.get(0)),
            longRows.subList(1, longRows.size()), null, null);
        assertEquals(-1, noSummary.segment(S50).size());
        assertEquals(List.of("premium-digital"), ruleIds(SegmentRecommender.recommend(noSummary,
            Playbook.defaultPlaybook(), RecommenderConfig.DEFAULT), S50));
        final org.custseg.engine.SegmentationException e = assertThrows(
            org.custseg.engine.SegmentationException.class, () -> ProfileFacts.fromRows(List.of("segment", "mean"),
                List.of(), null, null));
        assertTrue(e.getMessage().contains("\"attribute\" column"), e.getMessage());
    }

    private static List<String[]> parse(final String csv) throws java.io.IOException {
        return org.apache.commons.csv.CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().stream()
            .map(org.apache.commons.csv.CSVRecord::values).toList();
    }

    @Test
    void strictModeFailsOnUnknownAttributeWithPosition() {
        final PlaybookException e = assertThrows(PlaybookException.class, () -> SegmentRecommender.recommend(facts,
            Playbook.defaultPlaybook(), new RecommenderConfig(true, AttributeAliases.defaults())));
        assertEquals("risk-monitoring", e.ruleId());
        assertEquals(1, e.position());
        assertTrue(e.getMessage().contains("\"CASH_ADVANCE\" at character 1"), e.getMessage());
    }

    @Test
    void aliasesLetOnePlaybookFitAnotherDataSet() throws Exception {
        final ProfileFacts other = ProfileFacts.builder()
            .segment("A", "Big spenders", 10, 0.1, "")
            .attribute("A", "CREDIT_LIMIT", 9000, 4500, 2.0, 1.1, Level.VERY_HIGH)
            .attribute("A", "cards", 4, 2, 2.0, 0.9, Level.VERY_HIGH)
            .attribute("A", "Online Visits", 6, 3, 2.0, 0.5, Level.HIGH)
            .build();
        final Recommendations r = SegmentRecommender.recommend(other, Playbook.defaultPlaybook(),
            RecommenderConfig.DEFAULT);
        assertEquals(List.of("premium-digital"), ruleIds(r, "A"));
        assertTrue(r.forSegment("A").get(0).rationale().startsWith("CREDIT_LIMIT 9k = 2.0× average"),
            r.forSegment("A").get(0).rationale());
        final Recommendations none = SegmentRecommender.recommend(other, Playbook.defaultPlaybook(),
            new RecommenderConfig(false, AttributeAliases.none()));
        assertTrue(none.skippedRules().contains("premium-digital"));
    }

    @Test
    void customPlaybookReplaceExtendAndNoMatch() throws Exception {
        final String csv = "id,condition,action,team,channel,priority,kpi,explanation\n"
            + "tiny,share < 10%,Check the tiny segment,Analytics,Internal,2,Stability,{segment} is {share}\n"
            + "callers,Total_calls_made ratio >= 1.5,Call them back,Operations,Phone,1,Calls,{evidence}\n";
        final Playbook user = Playbook.fromCsv(new StringReader(csv));
        final Recommendations r = SegmentRecommender.recommend(facts, Playbook.resolve(PlaybookMode.REPLACE, user),
            RecommenderConfig.DEFAULT);
        assertEquals(List.of("tiny"), ruleIds(r, S50));
        assertEquals("Segment 3 is 7.6%", r.forSegment(S50).get(0).explanation());
        assertEquals("share 7.6%", r.forSegment(S50).get(0).rationale());
        assertEquals(List.of("callers"), ruleIds(r, S224));
        // 386: nothing matches -> explicit row
        assertEquals(1, r.forSegment(S386).size());
        final Recommendation none = r.forSegment(S386).get(0);
        assertFalse(none.matched());
        assertEquals(Recommendation.NO_MATCH_ID, none.ruleId());
        assertEquals("no rule matched — review manually", none.action());
        assertEquals(3, r.rows().size());
        final StringWriter out = new StringWriter();
        r.toCsv(out);
        final String[] lines = out.toString().split("\r\n");
        assertEquals(String.join(",", Recommendations.COLUMNS), lines[0]);
        assertEquals(4, lines.length);
        assertTrue(lines[1].startsWith("Segment 1,Branch-going offline,(none),no rule matched — review manually,,,,"),
            lines[1]);

        final Playbook extended = Playbook.resolve(PlaybookMode.EXTEND, user);
        assertEquals(Playbook.defaultPlaybook().rules().size() + 2, extended.rules().size());
        final Recommendations e = SegmentRecommender.recommend(facts, extended, RecommenderConfig.DEFAULT);
        assertEquals(List.of("premium-digital", "tiny"), ruleIds(e, S50));
        assertEquals(List.of("service-experience", "callers", "entry-products"), ruleIds(e, S224));

        // extending with an existing id replaces that rule
        final Playbook override = Playbook.of(List.of(new Rule("premium-digital", "size > 1000", "x", "", "", 1,
            "", "")));
        final Recommendations o = SegmentRecommender.recommend(facts,
            Playbook.resolve(PlaybookMode.EXTEND, override), RecommenderConfig.DEFAULT);
        assertFalse(ruleIds(o, S50).contains("premium-digital"));
        assertEquals(Playbook.defaultPlaybook().rules().size(),
            Playbook.resolve(PlaybookMode.EXTEND, override).rules().size());
    }

    @Test
    void playbookRoundTripsThroughCsvAndRows() throws Exception {
        final Playbook p = Playbook.defaultPlaybook();
        final StringWriter w = new StringWriter();
        p.toCsv(w);
        assertTrue(w.toString().startsWith("id,condition,action,team,channel,priority,kpi,explanation"));
        final Playbook back = Playbook.fromCsv(new StringReader(w.toString()));
        assertEquals(p.rules(), back.rules());
        final Playbook fromRows = Playbook.fromRows(Playbook.COLUMNS, p.toRows());
        assertEquals(p.rules(), fromRows.rules());
        // columns in another order, optional ones left out
        final Playbook minimal = Playbook.fromRows(List.of("Priority", "ID", "Action", "Condition"),
            List.<String[]>of(new String[] {"2", "r1", "do it", "size >= 1"}, new String[] {"", "", null, ""}));
        assertEquals(List.of(new Rule("r1", "size >= 1", "do it", "", "", 2, "", "")), minimal.rules());
    }

    @Test
    void malformedRuleInAPlaybookFileNamesRuleAndPosition() {
        final String csv = "id,condition,action,priority\n"
            + "ok,size > 1,Fine,1\n"
            + "bad,Avg_Credit_Limit is very hihg,Broken,2\n";
        final PlaybookException e = assertThrows(PlaybookException.class,
            () -> Playbook.fromCsv(new StringReader(csv)));
        assertEquals("bad", e.ruleId());
        assertEquals("Avg_Credit_Limit is very ".length() + 1, e.position());
        assertTrue(e.getMessage().contains("Rule \"bad\": condition error at character 26"), e.getMessage());
        assertTrue(e.getMessage().contains("\"hihg\""), e.getMessage());
    }

    @Test
    void playbookTableErrorsNameTheProblem() {
        PlaybookException e = assertThrows(PlaybookException.class,
            () -> Playbook.fromRows(List.of("id", "condition", "action"), List.of()));
        assertTrue(e.getMessage().contains("\"priority\" column"), e.getMessage());
        e = assertThrows(PlaybookException.class, () -> Playbook.fromRows(Playbook.COLUMNS,
            List.<String[]>of(new String[] {"r7", "size > 1", "a", "", "", "high", "", ""})));
        assertTrue(e.getMessage().contains("row 1 (rule \"r7\")") && e.getMessage().contains("\"high\""),
            e.getMessage());
        e = assertThrows(PlaybookException.class, () -> Playbook.of(List.of(
            new Rule("a", "size > 1", "x", "", "", 1, "", ""), new Rule("a", "size > 2", "y", "", "", 1, "", ""))));
        assertTrue(e.getMessage().contains("\"a\" is used twice"), e.getMessage());
        e = assertThrows(PlaybookException.class,
            () -> Playbook.of(List.of(new Rule("z", "size > 1", "x", "", "", 0, "", ""))));
        assertTrue(e.getMessage().contains("priority 0"), e.getMessage());
    }
}
