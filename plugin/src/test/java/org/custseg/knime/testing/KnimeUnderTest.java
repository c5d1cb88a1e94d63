package org.custseg.knime.testing;

/**
 * Which KNIME the tests run on: the KNIME API double (the Tycho module's Surefire run, a stand-in for KNIME 5.3) or
 * the real KNIME core of the knime-real kit (knime-real-tests modules, which set {@code custseg.knime.real.version};
 * other runs with the kit's bootstrap are recognised by its class). For the few assertions whose expected value
 * depends on the KNIME version (names KNIME changed, API added after 5.3), and for tests of the double's own
 * mechanisms, which are disabled on real KNIME with a stated reason ({@code @DisabledIf} with these methods, not
 * assumptions: the in-OSGi test fragment, which compiles these tests too, has no opentest4j bundle).
 */
public final class KnimeUnderTest {

    private KnimeUnderTest() {
    }

    /** @return whether this is the API double (no real KNIME on the class path) */
    public static boolean isDouble() {
        if (System.getProperty("custseg.knime.real.version") != null) {
            return false;
        }
        try {
            Class.forName("knimereal.bootstrap.KnimeReal");
            return false;
        } catch (ClassNotFoundException e) {
            return true;
        }
    }

    /** @return the KNIME version, e.g. "5.11.0"; the double is "5.3.0" */
    public static String version() {
        final String v = System.getProperty("custseg.knime.real.version");
        if (v != null) {
            return v;
        }
        if (!isDouble()) {
            try {
                return (String)Class.forName("knimereal.bootstrap.KnimeReal").getMethod("knimeVersion").invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot tell the real KNIME version", e);
            }
        }
        return "5.3.0";
    }

    /**
     * @param major major version
     * @param minor minor version
     * @return whether the KNIME under test is at least major.minor
     */
    public static boolean atLeast(final int major, final int minor) {
        final String[] p = version().split("\\.");
        final int ma = Integer.parseInt(p[0]);
        final int mi = p.length > 1 ? Integer.parseInt(p[1].replaceAll("\\D.*", "")) : 0;
        return ma > major || (ma == major && mi >= minor);
    }

    /** @return whether this is real KNIME (for {@code @DisabledIf("org.custseg.knime.testing.KnimeUnderTest#isReal")}) */
    public static boolean isReal() {
        return !isDouble();
    }

    /** @return whether the KNIME under test is newer than 5.3 (its API has members the 5.3 double must not have) */
    public static boolean isNewerThan53() {
        return atLeast(5, 4);
    }

    /** @return a description for messages, e.g. "real KNIME 5.11.0" or "the KNIME API double (5.3)" */
    public static String describe() {
        return isDouble() ? "the KNIME API double (5.3)" : "real KNIME " + version();
    }
}
