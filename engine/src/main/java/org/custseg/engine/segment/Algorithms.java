package org.custseg.engine.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Predicate;

import org.custseg.engine.config.Algorithm;

/**
 * The one place where algorithms are registered. The built-in four are registered here; an added algorithm calls
 * {@link #register(AlgorithmSpec)} once (a test does this with a toy algorithm).
 */
public final class Algorithms {

    private static final Map<Algorithm, AlgorithmSpec> SPECS = new LinkedHashMap<>();

    static {
        register(new KMeansAlgorithm());
        register(new HierarchicalAlgorithm());
        register(new EmAlgorithm());
        register(new KMedoidsAlgorithm());
    }

    private Algorithms() {
    }

    /**
     * Registers an algorithm (replacing an earlier registration of the same name).
     *
     * @param spec the algorithm
     */
    public static synchronized void register(final AlgorithmSpec spec) {
        SPECS.put(spec.algorithm(), spec);
    }

    /**
     * @param a the algorithm
     * @return its registered implementation
     * @throws IllegalArgumentException when none is registered
     */
    public static synchronized AlgorithmSpec of(final Algorithm a) {
        final AlgorithmSpec s = SPECS.get(a);
        if (s == null) {
            throw new IllegalArgumentException("Setting algorithm = " + a + " is not available: no implementation is"
                + " registered. Use one of " + names(x -> true) + ".");
        }
        return s;
    }

    /** @return every registered algorithm, built-in first */
    public static synchronized List<AlgorithmSpec> all() {
        return new ArrayList<>(SPECS.values());
    }

    /**
     * @param which a property of the algorithm
     * @return the names of the registered algorithms having it, joined with " or " (e.g. "EM" or "EM or GMM")
     */
    static synchronized String names(final Predicate<AlgorithmSpec> which) {
        final StringJoiner j = new StringJoiner(" or ");
        for (final AlgorithmSpec s : SPECS.values()) {
            if (which.test(s)) {
                j.add(s.algorithm().name());
            }
        }
        return j.toString();
    }
}
