package org.custseg.engine.recommend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Groups of names that mean the same attribute, so that one playbook fits several data sets (e.g.
 * {@code Avg_Credit_Limit} ~ {@code CREDIT_LIMIT} ~ {@code credit limit}).
 *
 * <p>Names are compared after normalization: lower case, every character that is not a letter or digit removed
 * ({@code "Avg_Credit_Limit"}, {@code "avg credit limit"} and {@code "AVG-CREDIT-LIMIT"} are the same).
 * {@link #resolve} first looks for an available attribute with the same normalized name, then for one whose
 * normalized name is in an alias group containing the written name (available attributes are tried in their
 * order; the first match wins).
 */
public final class AttributeAliases {

    private static final AttributeAliases DEFAULTS = of(List.of(
        List.of("Avg_Credit_Limit", "CREDIT_LIMIT", "credit limit", "average credit limit", "LIMIT_BAL",
            "credit line"),
        List.of("Total_Credit_Cards", "credit cards", "number of credit cards", "num_cards", "cards",
            "number of cards"),
        List.of("Total_visits_bank", "bank visits", "visits bank", "branch visits", "visits branch"),
        List.of("Total_visits_online", "online visits", "visits online", "web visits", "digital visits", "logins"),
        List.of("Total_calls_made", "calls made", "calls", "phone calls", "call center calls", "contact calls"),
        List.of("CASH_ADVANCE", "cash advance", "cash advances", "cash advance amount"),
        List.of("PRC_FULL_PAYMENT", "full payment share", "percent full payment", "full payment ratio",
            "full payment"),
        List.of("PURCHASES", "purchase amount", "total purchases", "purchases amount", "spend"),
        List.of("PURCHASES_FREQUENCY", "purchase frequency", "purchases frequency", "activity",
            "transaction frequency"),
        List.of("INSTALLMENTS_PURCHASES", "instalment purchases", "installment purchases", "instalments",
            "installments"),
        List.of("BALANCE", "account balance", "card balance"),
        List.of("PAYMENTS", "payment amount", "total payments"),
        List.of("TENURE", "tenure", "months on book")));

    private final List<List<String>> groups;
    private final List<List<String>> normalized;

    private AttributeAliases(final List<List<String>> groups) {
        this.groups = groups.stream().map(List::copyOf).toList();
        this.normalized = groups.stream().map(g -> g.stream().map(AttributeAliases::normalize).toList()).toList();
    }

    /**
     * The built-in groups for credit-card banking: credit limit, number of cards, bank visits, online visits, calls,
     * cash advance, full-payment share, purchases, purchase frequency, instalment purchases, balance, payments, tenure (names of the
     * "Credit Card Customer Data" sample and of the public "CC GENERAL" data set).
     *
     * @return the default aliases
     */
    public static AttributeAliases defaults() {
        return DEFAULTS;
    }

    /**
     * @param groups groups of equivalent names; copied
     * @return the aliases
     */
    public static AttributeAliases of(final List<List<String>> groups) {
        return new AttributeAliases(groups);
    }

    /** @return no aliases: names match only after normalization */
    public static AttributeAliases none() {
        return of(List.of());
    }

    /**
     * @param more additional groups
     * @return these groups followed by {@code more}
     */
    public AttributeAliases plus(final List<List<String>> more) {
        final List<List<String>> all = new ArrayList<>(groups);
        all.addAll(more);
        return of(all);
    }

    /** @return the groups */
    public List<List<String>> groups() {
        return groups;
    }

    /**
     * @param name a name
     * @return lower case, letters and digits only
     */
    public static String normalize(final String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * @param written the attribute name as written in a rule
     * @param available the attribute names of the profile
     * @return the matching available name, empty if none
     */
    public Optional<String> resolve(final String written, final Collection<String> available) {
        final String w = normalize(written);
        for (final String a : available) {
            if (normalize(a).equals(w)) {
                return Optional.of(a);
            }
        }
        for (final List<String> group : normalized) {
            if (group.contains(w)) {
                for (final String a : available) {
                    if (group.contains(normalize(a))) {
                        return Optional.of(a);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
