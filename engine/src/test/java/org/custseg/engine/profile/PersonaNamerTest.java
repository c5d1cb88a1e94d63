package org.custseg.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.custseg.engine.testdata.UsageTable;
import org.junit.jupiter.api.Test;

/** Persona names never repeat a word and stay short and readable for any column set. */
class PersonaNamerTest {

    /** The words of a name: split at spaces, hyphens and commas, lower case. */
    static List<String> wordsOf(final String name) {
        final List<String> out = new ArrayList<>();
        for (final String w : name.toLowerCase(Locale.ROOT).split("[ ,\\-()]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** True when a content word (not a qualifier such as high/low) occurs twice. */
    static boolean repeats(final String name) {
        final Set<String> seen = new HashSet<>();
        for (final String w : wordsOf(name)) {
            if (!Set.of("high", "low", "multi", "few", "big", "no").contains(w) && !seen.add(w)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theFourRepeatsSeenOnTheUsageTableAreGone() {
        // the two strongest attributes map to the same vocabulary entry: the next distinct one is used instead
        assertEquals("Cash-advance revolving", PersonaNamer.name(
            List.of("CASH_ADVANCE", "CASH_ADVANCE_FREQUENCY", "CASH_ADVANCE_TRX", "PRC_FULL_PAYMENT"),
            List.of(Level.VERY_HIGH, Level.VERY_HIGH, Level.VERY_HIGH, Level.LOW)));
        assertEquals("Frequent instalment-buying", PersonaNamer.name(
            List.of("PURCHASES_FREQUENCY", "PURCHASES_TRX", "PURCHASES_INSTALLMENTS_FREQUENCY"),
            List.of(Level.VERY_HIGH, Level.HIGH, Level.VERY_HIGH)));
        assertEquals("Infrequent dormant", PersonaNamer.name(
            List.of("PURCHASES_FREQUENCY", "PURCHASES_TRX", "BALANCE_FREQUENCY"),
            List.of(Level.LOW, Level.LOW, Level.LOW)));
        assertEquals("Big-spending one-off-buying", PersonaNamer.name(
            List.of("PURCHASES", "PAYMENTS_PURCHASES_AMOUNT", "ONEOFF_PURCHASES"),
            List.of(Level.VERY_HIGH, Level.VERY_HIGH, Level.VERY_HIGH)));
        // high and low of the same entry (purchases high, spend low) is skipped too
        assertEquals("Big-spending high-limit", PersonaNamer.name(List.of("PURCHASES", "Spend_Last_Month",
            "CREDIT_LIMIT"), List.of(Level.HIGH, Level.LOW, Level.HIGH)));
        // only one distinct word available: one word, no repetition
        assertEquals("Cash-advance", PersonaNamer.name(List.of("CASH_ADVANCE", "CASH_ADVANCE_TRX"),
            List.of(Level.HIGH, Level.HIGH)));
    }

    @Test
    void genericFallbackIsShortAndReadable() {
        assertEquals("High monthly fee, low churn score", PersonaNamer.name(
            List.of("Monthly_Fee", "churnScore"), List.of(Level.VERY_HIGH, Level.LOW)));
        // long names keep their last three words
        assertEquals("High x var 017", PersonaNamer.name(List.of("ACCT_SEG_X_VAR_017"), List.of(Level.HIGH)));
        // two generic columns sharing a word: the second distinct one is taken
        assertEquals("High fee monthly, low score", PersonaNamer.name(List.of("fee_monthly", "fee_yearly", "score"),
            List.of(Level.HIGH, Level.HIGH, Level.LOW)));
        assertEquals("Typical", PersonaNamer.name(List.of(), List.of()));
        // a name made of separators only still gives a phrase
        assertEquals("High values", PersonaNamer.name(List.of("__"), List.of(Level.HIGH)));
    }

    @Test
    void noColumnSetEverRepeatsAWord() {
        final List<String> pool = new ArrayList<>(UsageTable.HEADER.subList(1, UsageTable.HEADER.size()));
        pool.addAll(List.of("Avg_Credit_Limit", "Total_Credit_Cards", "Total_visits_bank", "Total_visits_online",
            "Total_calls_made", "x1", "x2", "feature_17", "feature_18", "Monthly Fee", "monthly_fee_waived", "AGE",
            "Income", "income_bracket", "Recency", "Frequency", "Monetary", "score_a", "score_b"));
        final Level[] levels = {Level.VERY_LOW, Level.LOW, Level.HIGH, Level.VERY_HIGH};
        final Random rnd = new Random(7);
        for (int trial = 0; trial < 5000; trial++) {
            final List<String> attrs = new ArrayList<>();
            final List<Level> lv = new ArrayList<>();
            final int n = 1 + rnd.nextInt(PersonaNamer.MAX_CANDIDATES);
            while (attrs.size() < n) {
                final String a = pool.get(rnd.nextInt(pool.size()));
                if (!attrs.contains(a)) {
                    attrs.add(a);
                    lv.add(levels[rnd.nextInt(levels.length)]);
                }
            }
            final String name = PersonaNamer.name(attrs, lv);
            assertFalse(repeats(name), () -> name + " for " + attrs + " " + lv);
            assertTrue(wordsOf(name).size() <= 2 * (PersonaNamer.FALLBACK_WORDS + 1), name);
            assertTrue(Character.isUpperCase(name.charAt(0)), name);
        }
    }
}
