package org.knime.core.webui.node.dialog;

/** Signature of KNIME's {@code SettingsType} (5.8.0 constants); its methods are left out (not used). */
public enum SettingsType {
    /** model settings */
    MODEL,
    /** view settings */
    VIEW,
    /** job-manager settings */
    JOB_MANAGER;
}
