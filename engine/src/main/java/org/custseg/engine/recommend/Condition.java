package org.custseg.engine.recommend;

import java.util.List;

import org.custseg.engine.profile.Level;

/**
 * A parsed rule condition (the grammar is documented on {@link Playbook}). Attribute names are kept as written;
 * the recommender resolves them against the profile through {@link AttributeAliases}.
 */
sealed interface Condition {

    /** Comparison operators of numeric tests. */
    enum Cmp {
        LT("<"), LE("<="), GT(">"), GE(">="), EQ("=");

        final String symbol;

        Cmp(final String symbol) {
            this.symbol = symbol;
        }

        boolean test(final double x, final double y) {
            return switch (this) {
                case LT -> x < y;
                case LE -> x <= y;
                case GT -> x > y;
                case GE -> x >= y;
                case EQ -> x == y;
            };
        }
    }

    /** Level comparisons. */
    enum LevelOp {
        IS, IS_NOT, AT_LEAST, AT_MOST
    }

    /** Numeric facts of an attribute usable with a comparison. */
    enum Metric {
        RATIO, EFFECT, MEAN
    }

    /** Context in which a condition is evaluated: one segment, names already resolved. */
    interface Context {
        ProfileFacts.SegmentFact segment();

        /** @return the facts of the attribute as written in the rule; never {@code null} after validation */
        ProfileFacts.AttributeFact attribute(String writtenName);

        /**
         * @return the named moves of the customer being recommended for (lower case, from the Segment Migration);
         *         empty when evaluating for a whole segment
         */
        default java.util.Set<String> moves() {
            return java.util.Set.of();
        }
    }

    boolean eval(Context c);

    /** Collects the attribute names written in the condition with their 1-based positions. */
    void attributes(List<AttributeRef> out);

    /** Collects the atoms that hold in the context (the evidence). */
    void evidence(Context c, List<Condition> out);

    /** An attribute name as written, with its position. */
    record AttributeRef(String name, int position) {
    }

    record And(List<Condition> parts) implements Condition {
        @Override
        public boolean eval(final Context c) {
            return parts.stream().allMatch(p -> p.eval(c));
        }

        @Override
        public void attributes(final List<AttributeRef> out) {
            parts.forEach(p -> p.attributes(out));
        }

        @Override
        public void evidence(final Context c, final List<Condition> out) {
            parts.forEach(p -> p.evidence(c, out));
        }
    }

    record Or(List<Condition> parts) implements Condition {
        @Override
        public boolean eval(final Context c) {
            return parts.stream().anyMatch(p -> p.eval(c));
        }

        @Override
        public void attributes(final List<AttributeRef> out) {
            parts.forEach(p -> p.attributes(out));
        }

        @Override
        public void evidence(final Context c, final List<Condition> out) {
            parts.forEach(p -> p.evidence(c, out));
        }
    }

    record Not(Condition inner) implements Condition {
        @Override
        public boolean eval(final Context c) {
            return !inner.eval(c);
        }

        @Override
        public void attributes(final List<AttributeRef> out) {
            inner.attributes(out);
        }

        @Override
        public void evidence(final Context c, final List<Condition> out) {
            // the atoms under a "not" hold when they are false; quote them all
            collectAtoms(inner, out);
        }

        private static void collectAtoms(final Condition c, final List<Condition> out) {
            if (c instanceof And a) {
                a.parts().forEach(p -> collectAtoms(p, out));
            } else if (c instanceof Or o) {
                o.parts().forEach(p -> collectAtoms(p, out));
            } else if (c instanceof Not n) {
                collectAtoms(n.inner(), out);
            } else {
                out.add(c);
            }
        }
    }

    record LevelTest(AttributeRef attribute, LevelOp op, Level level) implements Condition {
        @Override
        public boolean eval(final Context c) {
            final Level l = c.attribute(attribute.name()).level();
            return switch (op) {
                case IS -> l == level;
                case IS_NOT -> l.isDefined() && l != level;
                case AT_LEAST -> l.isAtLeast(level);
                case AT_MOST -> l.isAtMost(level);
            };
        }

        @Override
        public void attributes(final List<AttributeRef> out) {
            out.add(attribute);
        }

        @Override
        public void evidence(final Context c, final List<Condition> out) {
            if (eval(c)) {
                out.add(this);
            }
        }
    }

    record MetricTest(AttributeRef attribute, Metric metric, Cmp cmp, double value) implements Condition {
        @Override
        public boolean eval(final Context c) {
            final ProfileFacts.AttributeFact f = c.attribute(attribute.name());
            final double x = switch (metric) {
                case RATIO -> f.ratio();
                case EFFECT -> f.effect();
                case MEAN -> f.mean();
            };
            return cmp.test(x, value);
        }

        @Override
        public void attributes(final List<AttributeRef> out) {
            out.add(attribute);
        }

        @Override
        public void evidence(final Context c, final List<Condition> out) {
            if (eval(c)) {
                out.add(this);
            }
        }
    }

    /** {@code share cmp value%}; {@code fraction} is value / 100. */
    record ShareTest(Cmp cmp, double fraction) implements Condition {
        @Override
        public boolean eval(final Context c) {
            return cmp.test(c.segment().share(), fraction);
        }

        @Override
        public void attributes(final List<AttributeRef> out) {
            // none
        }

        @Override
        public void evidence(final Context c, final List<Condition> out) {
            if (eval(c)) {
                out.add(this);
            }
        }
    }

    record SizeTest(Cmp cmp, double value) implements Condition {
        @Override
        public boolean eval(final Context c) {
            return c.segment().size() >= 0 && cmp.test(c.segment().size(), value);
        }

        @Override
        public void attributes(final List<AttributeRef> out) {
            // none
        }

        @Override
        public void evidence(final Context c, final List<Condition> out) {
            if (eval(c)) {
                out.add(this);
            }
        }
    }

    /** {@code stability cmp value}: the segment's mean Jaccard over resamples; false when unknown. */
    record StabilityTest(Cmp cmp, double value) implements Condition {
        @Override
        public boolean eval(final Context c) {
            return !Double.isNaN(c.segment().stability()) && cmp.test(c.segment().stability(), value);
        }

        @Override
        public void attributes(final List<AttributeRef> out) {
            // none
        }

        @Override
        public void evidence(final Context c, final List<Condition> out) {
            if (eval(c)) {
                out.add(this);
            }
        }
    }

    /**
     * {@code moved "name"}: the customer has the named move (e.g. "at risk") from the Segment Migration. A customer
     * fact, not a segment fact: false when recommending for a whole segment, evaluated per customer.
     */
    record MoveTest(String name) implements Condition {
        @Override
        public boolean eval(final Context c) {
            return c.moves().contains(name.toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public void attributes(final List<AttributeRef> out) {
            // no profile attribute
        }

        @Override
        public void evidence(final Context c, final List<Condition> out) {
            if (eval(c)) {
                out.add(this);
            }
        }
    }
}
