package org.custseg.engine.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.custseg.engine.profile.Level;
import org.custseg.engine.profile.SegmentProfile;

/**
 * Turns segment profiles into recommended actions with their evidence, by evaluating a {@link Playbook}.
 *
 * <ol>
 * <li>Every rule's attribute names are resolved against the profile's attributes through the configured
 * {@link AttributeAliases}. A rule naming an attribute that cannot be resolved is skipped and listed in
 * {@link Recommendations#warnings()}, or, in strict mode, stops with a {@link PlaybookException} naming the rule,
 * the attribute and its position.</li>
 * <li>For each segment (profile order; the group {@link SegmentProfile#NO_SEGMENT} of rows without a segment, e.g.
 * dropped for missing values, is never recommended on), every rule whose condition holds gives a row, ordered by
 * priority (1 first) then playbook order. A level test on an undefined level is false.</li>
 * <li>Conflicts: two matching rules conflict when either lists the other in its {@code excludes}. They are resolved
 * in that order: the rule with the higher priority (smaller number) is kept, on equal priority the one listed first
 * in the playbook; the one left out is named, with the reason, in the kept rule's explanation and in
 * {@link Recommendations#conflicts()}.</li>
 * <li>A segment without any match gets one row with a data-based reason instead of an action: when every attribute
 * is average, the action {@link Recommendation#AVERAGE_ACTION} (use as a control group or for general
 * communication); otherwise {@link Recommendation#NO_MATCH_ACTION} with the three strongest distinguishing
 * attributes quoted as evidence.</li>
 * <li>The rationale quotes the facts that made the condition true, e.g. "Avg_Credit_Limit 141k = 4.1× average
 * (very high); Total_visits_online 10.9 = 4.2× average (very high)"; share and size tests are quoted as
 * "share 7.6%" and "size 50". The explanation template's placeholders {@code {segment} {persona} {size} {share}
 * {description} {evidence}} are filled in.</li>
 * </ol>
 */
public final class SegmentRecommender {

    private SegmentRecommender() {
    }

    /**
     * @param facts the profile facts
     * @param playbook the rules (see {@link Playbook#resolve} for replace/extend)
     * @param config strictness and aliases
     * @return the recommendations
     * @throws PlaybookException in strict mode, for a rule naming an attribute not in the profile
     */
    public static Recommendations recommend(final ProfileFacts facts, final Playbook playbook,
        final RecommenderConfig config) throws PlaybookException {
        return recommend(facts, playbook, config, Set.of());
    }

    /**
     * The recommendations for customers with the given named moves (Segment Migration flags such as "at risk"):
     * rules with a {@code moved "name"} condition are evaluated against them. With no moves this is
     * {@link #recommend(ProfileFacts, Playbook, RecommenderConfig)}, the segment-level recommendations.
     *
     * @param facts the profile facts
     * @param playbook the rules
     * @param config strictness and aliases
     * @param moves the customer's named moves (compared case-insensitively)
     * @return the recommendations for such customers
     * @throws PlaybookException in strict mode, for a rule naming an attribute not in the profile
     */
    public static Recommendations recommend(final ProfileFacts facts, final Playbook playbook,
        final RecommenderConfig config, final Set<String> moves) throws PlaybookException {
        final Set<String> lower = new java.util.HashSet<>();
        for (final String m : moves) {
            lower.add(m.trim().toLowerCase(Locale.ROOT));
        }
        final List<String> warnings = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final Map<String, Map<String, String>> resolved = new HashMap<>();
        final List<Rule> active = resolveRules(facts, playbook, config, warnings, skipped, resolved);
        final List<Rule> ordered = new ArrayList<>(active);
        ordered.sort(Comparator.comparingInt(Rule::priority)); // stable: playbook order within a priority

        final List<Recommendation> rows = new ArrayList<>();
        final List<String> conflicts = new ArrayList<>();
        for (final String segment : facts.segments()) {
            if (SegmentProfile.NO_SEGMENT.equals(segment)) {
                continue; // rows without a segment (e.g. dropped for missing values) are not a segment to act on
            }
            recommendSegment(facts, playbook, ordered, resolved, lower, segment, rows, conflicts);
        }
        return new Recommendations(rows, warnings, skipped, conflicts);
    }

    /**
     * Step 1: resolves every rule's attribute names; a rule with an attribute not in the profile is skipped with a
     * warning, or stops the run in strict mode.
     *
     * @param resolved receives per active rule id its written attribute names to the profile's names
     * @return the active rules, in playbook order
     */
    private static List<Rule> resolveRules(final ProfileFacts facts, final Playbook playbook,
        final RecommenderConfig config, final List<String> warnings, final List<String> skipped,
        final Map<String, Map<String, String>> resolved) throws PlaybookException {
        final List<Rule> active = new ArrayList<>();
        for (final Rule rule : playbook.rules()) {
            final List<Condition.AttributeRef> refs = new ArrayList<>();
            playbook.condition(rule.id()).attributes(refs);
            final Map<String, String> names = new HashMap<>();
            Condition.AttributeRef missing = null;
            for (final Condition.AttributeRef ref : refs) {
                final Optional<String> r = config.aliases().resolve(ref.name(), facts.attributes());
                if (r.isEmpty()) {
                    missing = ref;
                    break;
                }
                names.put(ref.name(), r.get());
            }
            if (missing != null) {
                final String known = knownList(facts.attributes());
                if (config.strict()) {
                    throw new PlaybookException("Rule \"" + rule.id() + "\": the attribute \"" + missing.name()
                        + "\" at character " + missing.position() + " is not in the profile (attributes: " + known
                        + "). Rename it, add an alias, profile that attribute too, or turn strict mode off to skip "
                        + "such rules.", rule.id(), missing.position());
                }
                warnings.add("Rule \"" + rule.id() + "\" skipped: the attribute \"" + missing.name()
                    + "\" is not in the profile (attributes: " + known + ").");
                skipped.add(rule.id());
                continue;
            }
            active.add(rule);
            resolved.put(rule.id(), names);
        }
        return active;
    }

    /**
     * Steps 2 to 5 for one segment: its matching rules, conflicts resolved, as rows (or its no-match row).
     *
     * @param ordered the active rules by priority, then playbook order
     * @param rows receives the segment's recommendations
     * @param conflicts receives the segment's conflicts
     */
    private static void recommendSegment(final ProfileFacts facts, final Playbook playbook, final List<Rule> ordered,
        final Map<String, Map<String, String>> resolved, final Set<String> moves, final String segment,
        final List<Recommendation> rows, final List<String> conflicts) {
        final ProfileFacts.SegmentFact sf = facts.segment(segment);
        final List<Rule> kept = new ArrayList<>();
        final List<String> evidences = new ArrayList<>();
        final List<List<String>> overridden = new ArrayList<>();
        for (final Rule rule : ordered) {
            final Condition.Context ctx = context(facts, segment, sf, resolved.get(rule.id()), moves);
            final Condition c = playbook.condition(rule.id());
            if (!c.eval(ctx)) {
                continue;
            }
            int winner = -1;
            for (int i = 0; i < kept.size() && winner < 0; i++) {
                if (kept.get(i).excludedIds().contains(rule.id()) || rule.excludedIds().contains(kept.get(i).id())) {
                    winner = i;
                }
            }
            if (winner >= 0) {
                recordConflict(segment, rule, kept.get(winner), overridden.get(winner), conflicts);
                continue;
            }
            final List<Condition> atoms = new ArrayList<>();
            c.evidence(ctx, atoms);
            kept.add(rule);
            evidences.add(evidence(atoms, ctx));
            overridden.add(new ArrayList<>());
        }
        for (int i = 0; i < kept.size(); i++) {
            final Rule rule = kept.get(i);
            String explanation = fill(rule.explanation(), sf, evidences.get(i));
            if (!overridden.get(i).isEmpty()) {
                explanation = (explanation.isEmpty() ? "" : explanation + " ") + "Also matched but left out"
                    + " because it conflicts with this rule: " + String.join(", ", overridden.get(i)) + ".";
            }
            rows.add(new Recommendation(segment, sf.persona(), rule.id(), rule.action(), rule.team(),
                rule.channel(), rule.priority(), rule.kpi(), evidences.get(i), explanation, true));
        }
        if (kept.isEmpty()) {
            rows.add(noMatch(facts, segment, sf));
        }
    }

    /**
     * Records that {@code rule} matched but conflicts with the kept rule {@code w}, which wins.
     *
     * @param overriddenByW receives the note for w's explanation
     * @param conflicts receives the conflict line
     */
    private static void recordConflict(final String segment, final Rule rule, final Rule w,
        final List<String> overriddenByW, final List<String> conflicts) {
        final String who = w.excludedIds().contains(rule.id()) ? "\"" + w.id() + "\" excludes it"
            : "it excludes \"" + w.id() + "\"";
        overriddenByW.add("\"" + rule.id() + "\" (" + who + "; "
            + (w.priority() < rule.priority() ? "priority " + w.priority() + " beats " + rule.priority()
                : "same priority " + w.priority() + ", \"" + w.id() + "\" comes first in the playbook")
            + ")");
        conflicts.add(segment + ": rule \"" + rule.id() + "\" matched but is not recommended: " + who
            + " and \"" + w.id() + "\" wins ("
            + (w.priority() < rule.priority() ? "priority " + w.priority() + " beats " + rule.priority()
                : "same priority, listed first in the playbook")
            + ").");
    }

    private static Condition.Context context(final ProfileFacts facts, final String segment,
        final ProfileFacts.SegmentFact sf, final Map<String, String> names, final Set<String> moves) {
        return new Condition.Context() {
            @Override
            public Set<String> moves() {
                return moves;
            }

            @Override
            public ProfileFacts.SegmentFact segment() {
                return sf;
            }

            @Override
            public ProfileFacts.AttributeFact attribute(final String writtenName) {
                final ProfileFacts.AttributeFact f = facts.attribute(segment, names.get(writtenName));
                return f != null ? f
                    : new ProfileFacts.AttributeFact(names.get(writtenName), Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, Level.UNDEFINED);
            }
        };
    }

    /**
     * The row of a segment no rule matched, with the data-based reason: a segment close to the average on every
     * attribute is a control group; otherwise the attributes that set it apart are quoted, strongest first.
     */
    private static Recommendation noMatch(final ProfileFacts facts, final String segment,
        final ProfileFacts.SegmentFact sf) {
        final List<ProfileFacts.AttributeFact> distinct = new ArrayList<>();
        for (final String a : facts.attributes()) {
            final ProfileFacts.AttributeFact f = facts.attribute(segment, a);
            if (f != null && f.level().isDefined() && f.level() != Level.AVERAGE) {
                distinct.add(f);
            }
        }
        if (distinct.isEmpty()) {
            return new Recommendation(segment, sf.persona(), Recommendation.NO_MATCH_ID, Recommendation.AVERAGE_ACTION,
                "", "", 0, "", "average on every attribute (no attribute differs from the other customers by a"
                    + " notable effect size)",
                "No playbook rule applies because " + sf.persona() + " (" + sizeText(sf) + ") is close to the"
                    + " average on every attribute: use it as a control group for campaigns aimed at other segments,"
                    + " or keep it in general communication.",
                false);
        }
        distinct.sort(Comparator.comparingDouble((ProfileFacts.AttributeFact f) -> -Math.abs(f.effect()))
            .thenComparing(ProfileFacts.AttributeFact::attribute));
        final List<String> parts = new ArrayList<>();
        for (final ProfileFacts.AttributeFact f : distinct.subList(0, Math.min(3, distinct.size()))) {
            parts.add(attributeEvidence(f, false));
        }
        final String evidence = String.join("; ", parts);
        return new Recommendation(segment, sf.persona(), Recommendation.NO_MATCH_ID, Recommendation.NO_MATCH_ACTION,
            "", "", 0, "", evidence, "No playbook rule covers what sets " + sf.persona() + " (" + sizeText(sf)
                + ") apart: " + evidence + ". Decide on an action and add a rule for it to the playbook.",
            false);
    }

    private static String sizeText(final ProfileFacts.SegmentFact sf) {
        return (sf.size() < 0 ? "?" : Integer.toString(sf.size())) + " customers"
            + (Double.isNaN(sf.share()) ? "" : String.format(Locale.ROOT, ", %.1f%%", 100 * sf.share()));
    }

    private static String knownList(final List<String> attributes) {
        if (attributes.size() <= 12) {
            return String.join(", ", attributes);
        }
        return String.join(", ", attributes.subList(0, 12)) + ", ... (" + attributes.size() + " in all)";
    }

    private static String evidence(final List<Condition> atoms, final Condition.Context ctx) {
        final Set<String> parts = new LinkedHashSet<>();
        for (final Condition a : atoms) {
            if (a instanceof Condition.LevelTest t) {
                parts.add(attributeEvidence(ctx.attribute(t.attribute().name()), false));
            } else if (a instanceof Condition.MetricTest t) {
                parts.add(attributeEvidence(ctx.attribute(t.attribute().name()),
                    t.metric() == Condition.Metric.EFFECT));
            } else if (a instanceof Condition.ShareTest) {
                parts.add(String.format(Locale.ROOT, "share %.1f%%", 100 * ctx.segment().share()));
            } else if (a instanceof Condition.SizeTest) {
                parts.add("size " + ctx.segment().size());
            } else if (a instanceof Condition.StabilityTest) {
                parts.add(String.format(Locale.ROOT, "stability %.2f (mean Jaccard over resamples)",
                    ctx.segment().stability()));
            } else if (a instanceof Condition.MoveTest t) {
                parts.add("customer moved: " + t.name());
            }
        }
        return String.join("; ", parts);
    }

    private static String attributeEvidence(final ProfileFacts.AttributeFact f, final boolean withEffect) {
        final StringBuilder sb = new StringBuilder(f.attribute()).append(' ').append(compact(f.mean()));
        if (Double.isFinite(f.ratio())) {
            sb.append(" = ").append(ratio(f.ratio())).append("× average");
        } else {
            sb.append(" (average ").append(compact(f.populationMean())).append(')');
        }
        sb.append(" (").append(f.level().label());
        if (withEffect) {
            sb.append(String.format(Locale.ROOT, ", d = %.2f", f.effect()));
        }
        return sb.append(')').toString();
    }

    /**
     * Compact number: 141040 &rarr; "141k", 34574 &rarr; "34.6k", 1.25e6 &rarr; "1.25M", 10.9 &rarr; "10.9",
     * 0.984 &rarr; "0.98".
     */
    static String compact(final double x) {
        if (Double.isNaN(x)) {
            return "?";
        }
        final double a = Math.abs(x);
        if (a >= 1e6) {
            return trim(String.format(Locale.ROOT, a >= 1e8 ? "%.0f" : a >= 1e7 ? "%.1f" : "%.2f", x / 1e6)) + "M";
        }
        if (a >= 1e3) {
            return trim(String.format(Locale.ROOT, a >= 1e5 ? "%.0f" : a >= 1e4 ? "%.1f" : "%.2f", x / 1e3)) + "k";
        }
        return trim(String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", x));
    }

    private static String ratio(final double r) {
        return String.format(Locale.ROOT, Math.abs(r) < 1 ? "%.2f" : Math.abs(r) < 10 ? "%.1f" : "%.0f", r);
    }

    private static String trim(final String s) {
        if (!s.contains(".")) {
            return s;
        }
        String t = s.replaceAll("0+$", "");
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static String fill(final String template, final ProfileFacts.SegmentFact sf, final String evidence) {
        return template.replace("{segment}", sf.segment()).replace("{persona}", sf.persona())
            .replace("{size}", sf.size() < 0 ? "?" : Integer.toString(sf.size()))
            .replace("{share}", Double.isNaN(sf.share()) ? "?"
                : String.format(Locale.ROOT, "%.1f%%", 100 * sf.share()))
            .replace("{description}", sf.description()).replace("{evidence}", evidence);
    }
}
