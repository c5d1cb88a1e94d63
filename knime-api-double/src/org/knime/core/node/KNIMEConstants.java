package org.knime.core.node;

import org.knime.core.util.ThreadPool;

/**
 * Stand-in for the thread-limit members of KNIME's {@code org.knime.core.node.KNIMEConstants} (5.3 signatures and
 * default rule, checked with {@code javap -c} against the kit's {@code knime-core-5.3.0.jar}): the limit is
 * {@code (int) (2.0f * availableProcessors)}, or the positive value of the environment variable
 * {@code KNIME_CORE_MAX_THREADS} when it is set, else of the system property {@code org.knime.core.maxThreads}
 * (an unparsable or non-positive value is reported on standard error and ignored). Everything else of the real class
 * is left out.
 */
public final class KNIMEConstants {

    /** System property with the maximum number of threads. */
    public static final String PROPERTY_MAX_THREAD_COUNT = "org.knime.core.maxThreads";

    /** Environment variable with the maximum number of threads (wins over the property). */
    public static final String ENV_MAX_THREAD_COUNT = "KNIME_CORE_MAX_THREADS";

    /** Default threads per processor. */
    public static final float PROCESSOR_COUNT_TO_DEF_THREAD_COUNT_MULTIPLIER = 2.0f;

    /** The maximum number of threads KNIME runs at once. */
    public static final int DEF_MAX_THREAD_COUNT = maxThreads();

    /** KNIME's global thread pool (here: only its limit). */
    public static final ThreadPool GLOBAL_THREAD_POOL = new ThreadPool(DEF_MAX_THREAD_COUNT);

    private KNIMEConstants() {
    }

    private static int maxThreads() {
        int count = (int) (PROCESSOR_COUNT_TO_DEF_THREAD_COUNT_MULTIPLIER * Runtime.getRuntime().availableProcessors());
        final String env = System.getenv(ENV_MAX_THREAD_COUNT);
        final boolean fromEnv = env != null && !env.isEmpty();
        final String value = fromEnv ? env : System.getProperty(PROPERTY_MAX_THREAD_COUNT);
        if (value != null && value.length() > 0) {
            try {
                final int parsed = Integer.parseInt(value);
                if (parsed <= 0) {
                    throw new NumberFormatException("Not positive");
                }
                count = parsed;
            } catch (final NumberFormatException e) {
                System.err.println(String.format("Unable to parse %s \"%s\" (\"%s\") as number: %s",
                    fromEnv ? "environment variable" : "system property",
                    fromEnv ? ENV_MAX_THREAD_COUNT : PROPERTY_MAX_THREAD_COUNT, value, e.getMessage()));
            }
        }
        return count;
    }
}
