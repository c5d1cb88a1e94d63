package org.custseg.engine.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Generates short persona names from a segment's top distinguishing numeric attributes.
 *
 * <p>Rule: take the (at most) two strongest numeric attributes whose level is not average; turn each into a word
 * through the vocabulary below (the first entry whose keyword starts a word of the attribute name wins; names are
 * split at underscores, hyphens, spaces and camelCase humps, case-insensitively); join the words with a space and
 * capitalize the first letter, e.g. "High-limit digital". An attribute matching no entry becomes
 * "&lt;attribute&gt; high" or "&lt;attribute&gt; low", and then the parts are joined with ", ". A segment without
 * distinguishing attributes is "Typical"; the no-segment group is "No segment". When two segments would get the
 * same persona, later ones (in segment order) get " (&lt;segment&gt;)" appended.
 *
 * <pre>
 * keywords (word prefixes)                               high            low
 * cash advance, cashadvance                              cash-advance    low-cash-advance
 * full payment, prc full                                 full-paying     revolving
 * credit limit, limit                                    high-limit      low-limit
 * card                                                   multi-card      few-card
 * online, web, digital, app, internet, mobile            digital         offline
 * bank, branch, store                                    branch-going    branch-averse
 * call, phone                                            call-heavy      low-call
 * frequency, activity, transaction                       frequent        infrequent
 * purchase, spend, spent, amount, sales, revenue, monetary  big-spending  low-spending
 * balance                                                high-balance    low-balance
 * recency                                                lapsing         recent
 * tenure                                                 long-standing   new
 * income, salary                                         affluent        budget
 * age (whole word)                                       older           younger
 * </pre>
 */
final class PersonaNamer {

    private record Entry(Pattern pattern, String high, String low) {
    }

    private static final List<Entry> VOCABULARY = List.of(
        entry("\\bcash advance|\\bcashadvance", "cash-advance", "low-cash-advance"),
        entry("\\bfull payment|\\bprc full", "full-paying", "revolving"),
        entry("\\bcredit limit|\\blimit", "high-limit", "low-limit"),
        entry("\\bcard", "multi-card", "few-card"),
        entry("\\bonline|\\bweb|\\bdigital|\\bapp\\b|\\bapps\\b|\\binternet|\\bmobile", "digital", "offline"),
        entry("\\bbank|\\bbranch|\\bstore", "branch-going", "branch-averse"),
        entry("\\bcall|\\bphone", "call-heavy", "low-call"),
        entry("\\bfrequency|\\bactivity|\\btransaction", "frequent", "infrequent"),
        entry("\\bpurchase|\\bspend|\\bspent|\\bamount|\\bsales|\\brevenue|\\bmonetary", "big-spending",
            "low-spending"),
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
        return spaced.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    /**
     * @param attribute an attribute name
     * @param high {@code true} for a high level, {@code false} for low
     * @return the vocabulary word, or {@code null} if no entry matches
     */
    static String word(final String attribute, final boolean high) {
        final String w = words(attribute);
        for (final Entry e : VOCABULARY) {
            if (e.pattern().matcher(w).find()) {
                return high ? e.high() : e.low();
            }
        }
        return null;
    }

    /**
     * @param attributes top distinguishing numeric attributes, strongest first
     * @param levels their levels (not average, defined)
     * @return the persona name
     */
    static String name(final List<String> attributes, final List<Level> levels) {
        if (attributes.isEmpty()) {
            return "Typical";
        }
        final List<String> parts = new ArrayList<>();
        boolean fallback = false;
        for (int i = 0; i < Math.min(2, attributes.size()); i++) {
            final boolean high = levels.get(i).isAtLeast(Level.HIGH);
            final String w = word(attributes.get(i), high);
            if (w == null) {
                fallback = true;
                parts.add(attributes.get(i) + (high ? " high" : " low"));
            } else {
                parts.add(w);
            }
        }
        final String joined = String.join(fallback ? ", " : " ", parts);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }
}
