package org.knime.core.node.config.base;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigEntries}
 * (knime-shared): the entry types of a settings tree, named exactly as they appear in
 * the {@code type} attribute of KNIME's settings XML. Simplified: the constants carry
 * no per-type factory bodies; parsing lives in a package-private helper.
 */
public enum ConfigEntries {
    /** A string (may be null). */
    xstring,
    /** A 32-bit integer. */
    xint,
    /** A double. */
    xdouble,
    /** A float. */
    xfloat,
    /** A 64-bit integer. */
    xlong,
    /** A 16-bit integer. */
    xshort,
    /** An 8-bit integer. */
    xbyte,
    /** A single character. */
    xchar,
    /** A boolean. */
    xboolean,
    /** A sub-config (child node of the tree). */
    config,
    /** An encrypted password (kept as the stored, encrypted text in this double). */
    xpassword,
    /** A string that is kept in memory only and never written to XML. @since 5.3 */
    xtransientstring;
}
