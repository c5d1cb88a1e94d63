package org.custseg.knime.workflows;

/**
 * The bundle and feature a node comes from, as KNIME records them in a node's {@code settings.xml} (so that a
 * workflow opened without the extension can say what to install).
 *
 * @param name bundle name
 * @param symbolicName bundle symbolic name
 * @param vendor bundle vendor
 * @param version bundle version
 * @param featureName name of the feature containing the bundle
 * @param featureSymbolicName feature id with {@code .feature.group}
 */
public record NodeBundle(String name, String symbolicName, String vendor, String version, String featureName,
    String featureSymbolicName) {
}
