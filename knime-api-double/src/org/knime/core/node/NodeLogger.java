package org.knime.core.node;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeLogger} (5.3 signatures):
 * delegates to {@link java.util.logging} (logger name = the given name or class name).
 * Mapping: DEBUG to FINE, INFO to INFO, WARN and CODING to WARNING, ERROR and FATAL to
 * SEVERE. Simplified: no log4j appenders, writers, workflow-directory logs or node
 * context; coding problems are always logged. Deliberately lacks
 * {@code warn(Throwable)} and the other {@code (Throwable)} overloads added in 5.5.
 */
public final class NodeLogger {

    /** The logging levels. */
    public enum LEVEL {
        /** Debug and more critical messages. */
        DEBUG,
        /** Info and more critical messages. */
        INFO,
        /** Warnings and more critical messages. */
        WARN,
        /** Errors and more critical messages. */
        ERROR,
        /** Fatal messages only. */
        FATAL,
        /** All messages. */
        ALL,
        /** No messages. @since 5.3 */
        OFF
    }

    private final Logger m_logger;

    private NodeLogger(final String name) {
        m_logger = Logger.getLogger(name);
    }

    /**
     * @param c class whose name names the logger
     * @return a logger
     */
    public static NodeLogger getLogger(final Class<?> c) {
        return getLogger(c.getName());
    }

    /**
     * @param s logger name
     * @return a logger
     */
    public static NodeLogger getLogger(final String s) {
        return new NodeLogger(s);
    }

    private void log(final Level level, final Object o, final Throwable t) {
        if (m_logger.isLoggable(level)) {
            m_logger.log(level, render(o), t);
        }
    }

    private void log(final Level level, final Supplier<Object> s, final Throwable t) {
        if (m_logger.isLoggable(level)) {
            m_logger.log(level, render(s == null ? null : s.get()), t);
        }
    }

    private static String render(final Object o) {
        if (o instanceof Throwable) {
            StringWriter w = new StringWriter();
            ((Throwable)o).printStackTrace(new PrintWriter(w));
            return w.toString();
        }
        return String.valueOf(o);
    }

    /**
     * @param o message
     */
    public void debug(final Object o) {
        log(Level.FINE, o, null);
    }

    /**
     * @param supplier message supplier
     * @since 5.2
     */
    public void debug(final Supplier<Object> supplier) {
        log(Level.FINE, supplier, null);
    }

    /**
     * @param o message
     * @param t cause
     */
    public void debug(final Object o, final Throwable t) {
        log(Level.FINE, o, t);
    }

    /**
     * @param supplier message supplier
     * @param t cause
     * @since 5.2
     */
    public void debug(final Supplier<Object> supplier, final Throwable t) {
        log(Level.FINE, supplier, t);
    }

    /**
     * @param o message
     * @since 3.1
     */
    public void debugWithoutContext(final Object o) {
        log(Level.FINE, o, null);
    }

    /**
     * @param supplier message supplier
     * @since 5.2
     */
    public void debugWithoutContext(final Supplier<Object> supplier) {
        log(Level.FINE, supplier, null);
    }

    /**
     * @param o message
     */
    public void info(final Object o) {
        log(Level.INFO, o, null);
    }

    /**
     * @param supplier message supplier
     * @since 5.2
     */
    public void info(final Supplier<Object> supplier) {
        log(Level.INFO, supplier, null);
    }

    /**
     * @param o message
     * @param t cause
     */
    public void info(final Object o, final Throwable t) {
        log(Level.INFO, o, t);
    }

    /**
     * @param supplier message supplier
     * @param t cause
     * @since 5.2
     */
    public void info(final Supplier<Object> supplier, final Throwable t) {
        log(Level.INFO, supplier, t);
    }

    /**
     * @param o message
     */
    public void warn(final Object o) {
        log(Level.WARNING, o, null);
    }

    /**
     * @param supplier message supplier
     * @since 5.2
     */
    public void warn(final Supplier<Object> supplier) {
        log(Level.WARNING, supplier, null);
    }

    /**
     * @param o message
     * @param t cause
     */
    public void warn(final Object o, final Throwable t) {
        log(Level.WARNING, o, t);
    }

    /**
     * @param supplier message supplier
     * @param t cause
     * @since 5.2
     */
    public void warn(final Supplier<Object> supplier, final Throwable t) {
        log(Level.WARNING, supplier, t);
    }

    /**
     * @param o message
     */
    public void error(final Object o) {
        log(Level.SEVERE, o, null);
    }

    /**
     * @param supplier message supplier
     * @since 5.2
     */
    public void error(final Supplier<Object> supplier) {
        log(Level.SEVERE, supplier, null);
    }

    /**
     * @param o message
     * @param t cause
     */
    public void error(final Object o, final Throwable t) {
        log(Level.SEVERE, o, t);
    }

    /**
     * @param supplier message supplier
     * @param t cause
     * @since 5.2
     */
    public void error(final Supplier<Object> supplier, final Throwable t) {
        log(Level.SEVERE, supplier, t);
    }

    /**
     * @param o message
     */
    public void fatal(final Object o) {
        log(Level.SEVERE, o, null);
    }

    /**
     * @param supplier message supplier
     * @since 5.2
     */
    public void fatal(final Supplier<Object> supplier) {
        log(Level.SEVERE, supplier, null);
    }

    /**
     * @param o message
     * @param t cause
     */
    public void fatal(final Object o, final Throwable t) {
        log(Level.SEVERE, o, t);
    }

    /**
     * @param supplier message supplier
     * @param t cause
     * @since 5.2
     */
    public void fatal(final Supplier<Object> supplier, final Throwable t) {
        log(Level.SEVERE, supplier, t);
    }

    /**
     * Logs an error if the condition is false.
     *
     * @param b condition
     * @param m message
     */
    public void assertLog(final boolean b, final String m) {
        if (!b) {
            log(Level.SEVERE, "ASSERT " + m, new AssertionError(m));
        }
    }

    /**
     * Logs an error if the condition is false.
     *
     * @param b condition
     * @param m message
     * @param e the assertion error, may be null
     */
    public void assertLog(final boolean b, final String m, final AssertionError e) {
        if (!b) {
            log(Level.SEVERE, "ASSERT " + m, e);
        }
    }

    /**
     * @param o message, logged as "CODING PROBLEM"
     */
    public void coding(final Object o) {
        log(Level.WARNING, "CODING PROBLEM\t" + render(o), null);
    }

    /**
     * @param supplier message supplier
     * @since 5.2
     */
    public void coding(final Supplier<Object> supplier) {
        coding(supplier.get());
    }

    /**
     * @param o message
     * @param t cause
     */
    public void coding(final Object o, final Throwable t) {
        log(Level.WARNING, "CODING PROBLEM\t" + render(o), t);
    }

    /**
     * @param supplier message supplier
     * @param t cause
     * @since 5.2
     */
    public void coding(final Supplier<Object> supplier, final Throwable t) {
        coding(supplier.get(), t);
    }

    /**
     * @param o message
     * @since 4.3
     */
    public void codingWithoutContext(final Object o) {
        coding(o);
    }

    /**
     * @param supplier message supplier
     * @since 5.2
     */
    public void codingWithoutContext(final Supplier<Object> supplier) {
        coding(supplier);
    }

    /**
     * @param format format
     * @param args arguments
     * @since 2.10
     */
    public void warnWithFormat(final String format, final Object... args) {
        log(Level.WARNING, (Supplier<Object>)() -> String.format(format, args), null);
    }

    /**
     * @param format format
     * @param args arguments
     * @since 2.10
     */
    public void debugWithFormat(final String format, final Object... args) {
        log(Level.FINE, (Supplier<Object>)() -> String.format(format, args), null);
    }

    /**
     * @param format format
     * @param args arguments
     * @since 2.10
     */
    public void infoWithFormat(final String format, final Object... args) {
        log(Level.INFO, (Supplier<Object>)() -> String.format(format, args), null);
    }

    /**
     * @param format format
     * @param args arguments
     * @since 2.10
     */
    public void errorWithFormat(final String format, final Object... args) {
        log(Level.SEVERE, (Supplier<Object>)() -> String.format(format, args), null);
    }

    /**
     * @param format format
     * @param args arguments
     * @since 2.10
     */
    public void fatalWithFormat(final String format, final Object... args) {
        log(Level.SEVERE, (Supplier<Object>)() -> String.format(format, args), null);
    }

    /**
     * @param format format
     * @param args arguments
     * @since 2.10
     */
    public void codingWithFormat(final String format, final Object... args) {
        coding((Supplier<Object>)() -> String.format(format, args));
    }

    /**
     * @return the most detailed level enabled
     */
    public LEVEL getLevel() {
        if (m_logger.isLoggable(Level.FINE)) {
            return LEVEL.DEBUG;
        } else if (m_logger.isLoggable(Level.INFO)) {
            return LEVEL.INFO;
        } else if (m_logger.isLoggable(Level.WARNING)) {
            return LEVEL.WARN;
        } else if (m_logger.isLoggable(Level.SEVERE)) {
            return LEVEL.ERROR;
        }
        return LEVEL.OFF;
    }

    /**
     * @return whether debug messages are logged
     */
    public boolean isDebugEnabled() {
        return m_logger.isLoggable(Level.FINE);
    }

    /**
     * @return whether info messages are logged
     */
    public boolean isInfoEnabled() {
        return m_logger.isLoggable(Level.INFO);
    }

    /**
     * @param level level to test
     * @return whether messages of that level are logged
     */
    public boolean isEnabledFor(final LEVEL level) {
        switch (level) {
            case DEBUG:
            case ALL:
                return m_logger.isLoggable(Level.FINE);
            case INFO:
                return m_logger.isLoggable(Level.INFO);
            case WARN:
                return m_logger.isLoggable(Level.WARNING);
            case ERROR:
            case FATAL:
                return m_logger.isLoggable(Level.SEVERE);
            default:
                return false;
        }
    }
}
