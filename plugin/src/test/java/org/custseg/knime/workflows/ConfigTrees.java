package org.custseg.knime.workflows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.base.AbstractConfigEntry;
import org.knime.core.node.config.base.ConfigBase;
import org.knime.core.node.config.base.ConfigEntries;

/**
 * Reading, writing, editing and comparing KNIME settings trees (the config XML of {@code workflow.knime} and
 * {@code settings.xml}), built on the API double's {@link NodeSettings}.
 *
 * <p>Edits address an entry by a slash-separated path ({@code "columns/included_names"}) and only replace entries
 * that already exist with the same type, so that a renamed or retyped key in a node's settings fails the generator
 * instead of silently writing a setting the node never reads.
 */
public final class ConfigTrees {

    private ConfigTrees() {
    }

    /**
     * @param file a settings XML file
     * @return its settings tree
     * @throws IOException if it cannot be read or is not settings XML
     */
    public static NodeSettings read(final Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return (NodeSettings)NodeSettings.loadFromXML(in);
        } catch (IOException e) {
            throw new IOException(file + " is not readable KNIME settings XML: " + e.getMessage(), e);
        }
    }

    /**
     * @param settings a settings tree
     * @return its XML text exactly as it is written to files
     */
    public static String toXml(final ConfigBase settings) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            settings.saveToXML(out);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write settings " + settings.getKey(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * @param xml settings XML text
     * @return the settings tree
     * @throws IOException if the text is not settings XML
     */
    public static NodeSettings fromXml(final String xml) throws IOException {
        return (NodeSettings)NodeSettings.loadFromXML(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes a tree to a file (creating parent folders), UTF-8.
     *
     * @param settings the tree
     * @param file target
     * @throws IOException if writing fails
     */
    public static void write(final ConfigBase settings, final Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, toXml(settings), StandardCharsets.UTF_8);
    }

    /**
     * Copies {@code source}'s entries into a new child config of {@code parent} named {@code key}.
     *
     * @param parent parent tree
     * @param key key of the new child
     * @param source entries to copy
     */
    public static void addCopy(final NodeSettings parent, final String key, final ConfigBase source) {
        source.copyTo(parent.addNodeSettings(key));
    }

    /**
     * @param root a tree
     * @param path slash-separated path of a child config ({@code ""} for the root)
     * @return the config at that path
     * @throws IllegalArgumentException if there is no config at the path
     */
    public static ConfigBase config(final ConfigBase root, final String path) {
        ConfigBase current = root;
        if (path.isEmpty()) {
            return current;
        }
        for (final String key : path.split("/")) {
            final AbstractConfigEntry e = current.getEntry(key);
            if (!(e instanceof ConfigBase)) {
                throw new IllegalArgumentException("No config '" + key + "' on the path '" + path + "' in settings '"
                    + root.getKey() + "' (keys there: " + current.keySet() + ")");
            }
            current = (ConfigBase)e;
        }
        return current;
    }

    /**
     * @param root a tree
     * @param path slash-separated path of an entry
     * @return the entry or {@code null} if the path does not exist
     */
    public static AbstractConfigEntry find(final ConfigBase root, final String path) {
        ConfigBase current = root;
        final String[] keys = path.split("/");
        for (int i = 0; i < keys.length - 1; i++) {
            final AbstractConfigEntry e = current.getEntry(keys[i]);
            if (!(e instanceof ConfigBase)) {
                return null;
            }
            current = (ConfigBase)e;
        }
        return current.getEntry(keys[keys.length - 1]);
    }

    private static ConfigBase parentOfExisting(final ConfigBase root, final String path, final ConfigEntries type) {
        final int slash = path.lastIndexOf('/');
        final ConfigBase parent = config(root, slash < 0 ? "" : path.substring(0, slash));
        final String key = path.substring(slash + 1);
        final AbstractConfigEntry e = parent.getEntry(key);
        if (e == null) {
            throw new IllegalArgumentException("Settings '" + root.getKey() + "' have no entry '" + path
                + "'; the node's settings keys changed: update the generator (keys there: " + parent.keySet() + ")");
        }
        if (e.getType() != type) {
            throw new IllegalArgumentException("Entry '" + path + "' of settings '" + root.getKey() + "' has type "
                + e.getType() + ", not " + type + "; the node's settings changed: update the generator");
        }
        return parent;
    }

    private static String lastKey(final String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Replaces an existing boolean entry.
     *
     * @param root tree
     * @param path entry path
     * @param value new value
     */
    public static void setBoolean(final ConfigBase root, final String path, final boolean value) {
        parentOfExisting(root, path, ConfigEntries.xboolean).addBoolean(lastKey(path), value);
    }

    /**
     * Replaces an existing int entry.
     *
     * @param root tree
     * @param path entry path
     * @param value new value
     */
    public static void setInt(final ConfigBase root, final String path, final int value) {
        parentOfExisting(root, path, ConfigEntries.xint).addInt(lastKey(path), value);
    }

    /**
     * Replaces an existing string entry.
     *
     * @param root tree
     * @param path entry path
     * @param value new value
     */
    public static void setString(final ConfigBase root, final String path, final String value) {
        parentOfExisting(root, path, ConfigEntries.xstring).addString(lastKey(path), value);
    }

    /**
     * Replaces an existing string array (a config with {@code array-size} and numbered entries).
     *
     * @param root tree
     * @param path array path
     * @param values new values
     */
    public static void setStringArray(final ConfigBase root, final String path, final String... values) {
        final ConfigBase parent = parentOfExisting(root, path, ConfigEntries.config);
        try {
            if (parent.getStringArray(lastKey(path)) == null) {
                throw new IllegalArgumentException("'" + path + "' is a null array in '" + root.getKey() + "'");
            }
        } catch (InvalidSettingsException e) {
            throw new IllegalArgumentException("'" + path + "' of settings '" + root.getKey()
                + "' is not a string array; the node's settings changed: update the generator", e);
        }
        parent.addStringArray(lastKey(path), values);
    }

    /**
     * Compares two trees: keys, order, types and values.
     *
     * @param expected expected tree
     * @param actual actual tree
     * @return the differences as "path: detail" lines, empty if the trees are identical
     */
    public static List<String> differences(final ConfigBase expected, final ConfigBase actual) {
        final List<String> out = new ArrayList<>();
        diff("", expected, actual, out);
        return out;
    }

    private static void diff(final String path, final ConfigBase expected, final ConfigBase actual,
        final List<String> out) {
        final List<String> ek = new ArrayList<>(expected.keySet());
        final List<String> ak = new ArrayList<>(actual.keySet());
        for (final String k : ek) {
            final String p = path.isEmpty() ? k : path + "/" + k;
            final AbstractConfigEntry e = expected.getEntry(k);
            final AbstractConfigEntry a = actual.getEntry(k);
            if (a == null) {
                out.add(p + ": missing (expected " + describe(e) + ")");
            } else if (e.getType() != a.getType()) {
                out.add(p + ": type " + a.getType() + ", expected " + e.getType());
            } else if (e instanceof ConfigBase) {
                diff(p, (ConfigBase)e, (ConfigBase)a, out);
            } else if (!java.util.Objects.equals(e.toStringValue(), a.toStringValue())) {
                out.add(p + ": " + describe(a) + ", expected " + describe(e));
            }
        }
        for (final String k : ak) {
            if (!expected.containsKey(k)) {
                out.add((path.isEmpty() ? k : path + "/" + k) + ": unexpected entry " + describe(actual.getEntry(k)));
            }
        }
        if (out.isEmpty() && !ek.equals(ak) && ek.size() == ak.size()) {
            out.add((path.isEmpty() ? "<root>" : path) + ": keys in a different order " + ak + ", expected " + ek);
        }
    }

    private static String describe(final AbstractConfigEntry e) {
        if (e instanceof ConfigBase) {
            return "config with keys " + ((ConfigBase)e).keySet();
        }
        final String v = e.toStringValue();
        return e.getType() + (v == null ? " null" : " '" + v + "'");
    }
}
