package org.custseg.engine.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The name of a segmentation algorithm. The four built-in algorithms are constants; an added algorithm defines its
 * name once with {@link #define(String)} and registers its implementation with the engine's algorithm registry
 * ({@code Algorithms} in the segment package). Names compare by identity: one instance per name.
 *
 * <p>This is a class rather than an enum so that an algorithm can be added without editing this file; it offers the
 * enum methods the code uses ({@link #name()}, {@link #valueOf(String)}, {@link #values()}).
 */
public final class Algorithm {

    private static final Map<String, Algorithm> DEFINED = new LinkedHashMap<>();

    /** k-means on Weka's {@code SimpleKMeans}, best of several seeded restarts. */
    public static final Algorithm KMEANS = define("KMEANS");
    /** Agglomerative hierarchical clustering (fast exact engine or Weka's {@code HierarchicalClusterer}). */
    public static final Algorithm HIERARCHICAL = define("HIERARCHICAL");
    /** Gaussian mixture (diagonal covariances) fitted by Weka's {@code EM}. */
    public static final Algorithm EM = define("EM");
    /** K-Medoids (FasterPAM-style eager swaps, CLARA sampling for large data); medoids are real rows. */
    public static final Algorithm KMEDOIDS = define("KMEDOIDS");

    private static final List<Algorithm> BUILT_IN = List.of(KMEANS, HIERARCHICAL, EM, KMEDOIDS);

    private final String m_name;

    private Algorithm(final String name) {
        m_name = name;
    }

    /**
     * Defines (or finds) the algorithm of this name.
     *
     * @param name upper-case identifier (letters, digits, underscores), e.g. {@code "KMEANS"}
     * @return the one instance of that name
     */
    public static synchronized Algorithm define(final String name) {
        if (name == null || !name.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("Algorithm name '" + name
                + "' is not allowed: use upper-case letters, digits and underscores, starting with a letter.");
        }
        return DEFINED.computeIfAbsent(name, Algorithm::new);
    }

    /**
     * @param name the name (exact, as {@link #name()} gives it)
     * @return the defined algorithm of that name
     * @throws IllegalArgumentException when no algorithm of that name is defined (as {@code Enum.valueOf})
     */
    public static synchronized Algorithm valueOf(final String name) {
        final Algorithm a = DEFINED.get(name);
        if (a == null) {
            throw new IllegalArgumentException("No algorithm named " + name + "; defined: " + names() + ".");
        }
        return a;
    }

    /**
     * Reads a stored setting value (any case, blanks ignored), the rule of {@link SettingValues#parse}.
     *
     * @param label the setting's name as the user sees it
     * @param value the stored value
     * @return the algorithm
     * @throws IllegalArgumentException naming the setting, the value and the allowed values
     */
    public static synchronized Algorithm parse(final String label, final String value) {
        final Algorithm a = value == null ? null : DEFINED.get(value.trim().toUpperCase(Locale.ROOT));
        if (a == null) {
            throw new IllegalArgumentException(
                "Unknown value '" + value + "' for '" + label + "'. Allowed values: " + names() + ".");
        }
        return a;
    }

    /** @return the four built-in algorithms, in their historical order (added algorithms are not included) */
    public static Algorithm[] values() {
        return BUILT_IN.toArray(new Algorithm[0]);
    }

    /** @return every defined algorithm (built-in first, then added ones in definition order) */
    public static synchronized List<Algorithm> defined() {
        return new ArrayList<>(DEFINED.values());
    }

    private static String names() {
        final StringJoiner j = new StringJoiner(", ");
        for (final String n : DEFINED.keySet()) {
            j.add(n);
        }
        return j.toString();
    }

    /** @return the name, e.g. {@code KMEANS} (stored in settings and model files) */
    public String name() {
        return m_name;
    }

    @Override
    public String toString() {
        return m_name;
    }
}
