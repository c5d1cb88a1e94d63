package org.custseg.engine.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Generates short persona names from a segment's distinguishing numeric attributes.
 *
 * <p>Rule: go through the distinguishing numeric attributes, strongest first, and turn each into a phrase:
 * through the vocabulary below (the first entry whose keyword starts a word of the attribute name wins; names are
 * split at underscores, hyphens, spaces and camelCase humps, case-insensitively), or, for an attribute matching no
 * entry, the generic fallback "high &lt;words&gt;" / "low &lt;words&gt;" (the attribute's words in lower case, at
 * most the last {@value #FALLBACK_WORDS}). A phrase is <b>skipped</b> when it comes from a vocabulary entry already
 * used, or shares a content word with an earlier phrase (the qualifiers high, low, multi, few, big, no do not
 * count), so "Cash-advance cash-advance" or "Big-spending low-spending" cannot occur: the next attribute is tried
 * instead. The first two phrases kept are joined with a space when both come from the vocabulary ("High-limit
 * digital") and with ", " otherwise ("High zorb, offline"); the first letter is capitalized. A segment without
 * distinguishing attributes is "Typical"; the no-segment group is "No segment". When two segments would get the
 * same persona, later ones (in segment order) get " (&lt;segment&gt;)" appended.
 *
 * <pre>
 * keywords (word prefixes)                               high              low
 * cash advance, cashadvance                              cash-advance      low-cash-advance
 * full payment, prc full                                 full-paying       revolving
 * minimum payment                                        high-minimum-due  low-minimum-due
 * credit limit, limit                                    high-limit        low-limit
 * card                                                   multi-card        few-card
 * online, web, digital, app, internet, mobile            digital           offline
 * bank, branch, store                                    branch-going      branch-averse
 * call, phone                                            call-heavy        low-call
 * installment, instalment                                instalment-buying no-instalment
 * oneoff, one off                                        one-off-buying    few-one-off
 * balance frequency                                      active-account    dormant
 * frequency, activity, transaction, trx                  frequent          infrequent
 * purchase, spend, spent, amount, sales, revenue, monetary  big-spending    low-spending
 * payment                                                high-paying       low-paying
 * balance                                                high-balance      low-balance
 * recency                                                lapsing           recent
 * tenure                                                 long-standing     new
 * income, salary                                         affluent          budget
 * age (whole word)                                       older             younger
 * </pre>
 */
final class PersonaNamer {

    /** How many candidate attributes the profiler passes at most. */
    static final int MAX_CANDIDATES = 8;

    /** Most words of an attribute name used in a fallback phrase. */
    static final int FALLBACK_WORDS = 3;

    private static final Set<String> QUALIFIERS = Set.of("high", "low", "multi", "few", "big", "no");

    private record Entry(Pattern pattern, String high, String low) {
    }

    private static final List<Entry> VOCABULARY = List.of(
        entry("\\bcash advance|\\bcashadvance", "cash-advance", "low-cash-advance"),
        entry("\\bfull payment|\\bprc full", "full-paying", "revolving"),
        entry("\\bminimum payment|\\bmin payment", "high-minimum-due", "low-minimum-due"),
        entry("\\bcredit limit|\\blimit", "high-limit", "low-limit"),
        entry("\\bcard", "multi-card", "few-card"),
        entry("\\bonline|\\bweb|\\bdigital|\\bapp\\b|\\bapps\\b|\\binternet|\\bmobile", "digital", "offline"),
        entry("\\bbank|\\bbranch|\\bstore", "branch-going", "branch-averse"),
        entry("\\bcall|\\bphone", "call-heavy", "low-call"),
        entry("\\binstal", "instalment-buying", "no-instalment"),
        entry("\\boneoff|\\bone off", "one-off-buying", "few-one-off"),
        entry("\\bbalance frequency", "active-account", "dormant"),
        entry("\\bfrequency|\\bactivity|\\btransaction|\\btrx\\b", "frequent", "infrequent"),
        entry("\\bpurchase|\\bspend|\\bspent|\\bamount|\\bsales|\\brevenue|\\bmonetary", "big-spending",
            "low-spending"),
        entry("\\bpayment", "high-paying", "low-paying"),
        entry("\\bbalance", "high-balance", "low-balance"),
        entry("\\brecency", "lapsing", "recent"),
        entry("\\btenure", "long-standing", "new"),
        entry("\\bincome|\\bsalary", "affluent", "budget"),
        entry("\\bage\\b", "older", "younger"));

    private PersonaNamer() {
    }

    private static Entry entry(final String regex, final String high, final String low) {
        return new Entry(Pattern.compile(regex), high, low);
    }

    /** Splits an attribute name into lower-case words separated by single spaces. */
    static String words(final String name) {
        final String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        return spaced.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static Entry entryOf(final String attribute) {
        final String w = words(attribute);
        for (final Entry e : VOCABULARY) {
            if (e.pattern().matcher(w).find()) {
                return e;
            }
        }
        return null;
    }

    /**
     * @param attribute an attribute name
     * @param high {@code true} for a high level, {@code false} for low
     * @return the vocabulary word, or {@code null} if no entry matches
     */
    static String word(final String attribute, final boolean high) {
        final Entry e = entryOf(attribute);
        return e == null ? null : high ? e.high() : e.low();
    }

    /** The generic phrase for an attribute outside the vocabulary, e.g. "high monthly fee". */
    static String fallback(final String attribute, final boolean high) {
        final String[] w = words(attribute).split(" ");
        final int from = Math.max(0, w.length - FALLBACK_WORDS);
        final String tail = String.join(" ", Arrays.copyOfRange(w, from, w.length)).trim();
        return (high ? "high " : "low ") + (tail.isEmpty() ? "values" : tail);
    }

    private static Set<String> contentWords(final String phrase) {
        final Set<String> out = new HashSet<>();
        for (final String t : phrase.split("[ -]+")) {
            if (!t.isEmpty() && !QUALIFIERS.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * @param attributes distinguishing numeric attributes, strongest first
     * @param levels their levels (not average, defined)
     * @return the persona name; no word occurs twice
     */
    static String name(final List<String> attributes, final List<Level> levels) {
        final List<String> parts = new ArrayList<>();
        final Set<Entry> usedEntries = new HashSet<>();
        final Set<String> usedWords = new HashSet<>();
        boolean fallback = false;
        for (int i = 0; i < attributes.size() && parts.size() < 2; i++) {
            final boolean high = levels.get(i).isAtLeast(Level.HIGH);
            final Entry e = entryOf(attributes.get(i));
            final String phrase = e == null ? fallback(attributes.get(i), high) : high ? e.high() : e.low();
            final Set<String> content = contentWords(phrase);
            if (e != null && usedEntries.contains(e) || !Collections.disjoint(content, usedWords)
                || content.isEmpty()) {
                continue;
            }
            if (e != null) {
                usedEntries.add(e);
            } else {
                fallback = true;
            }
            usedWords.addAll(content);
            parts.add(phrase);
        }
        if (parts.isEmpty()) {
            return "Typical";
        }
        final String joined = String.join(fallback ? ", " : " ", parts);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }
}
