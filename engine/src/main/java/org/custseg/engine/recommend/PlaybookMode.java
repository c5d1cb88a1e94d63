package org.custseg.engine.recommend;

/** How a user playbook combines with the built-in default one (see {@link Playbook#resolve}). */
public enum PlaybookMode {
    /** Use only the user's rules. */
    REPLACE,
    /** Use the default rules plus the user's; a user rule with the id of a default rule replaces that rule. */
    EXTEND
}
