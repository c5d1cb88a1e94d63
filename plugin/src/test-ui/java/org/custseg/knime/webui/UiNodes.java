package org.custseg.knime.webui;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.config.base.AbstractConfigEntry;
import org.knime.core.node.config.base.ConfigBase;

/**
 * The plugin's nodes as KNIME finds them (the factories named in {@code plugin.xml}, the working directory), and
 * reflective access to what the framework calls on them. No node-parameters type appears here, so this class loads on
 * every KNIME version of the kit.
 */
final class UiNodes {

    private UiNodes() {
    }

    /** @return a new instance of every node factory registered in plugin.xml, in file order */
    static List<AbstractDialogNodeFactory<?>> factories() throws Exception {
        final String xml = Files.readString(new File("plugin.xml").toPath());
        final Matcher m = Pattern.compile("factory-class=\"([^\"]+)\"").matcher(xml);
        final List<AbstractDialogNodeFactory<?>> result = new ArrayList<>();
        while (m.find()) {
            result.add((AbstractDialogNodeFactory<?>)Class.forName(m.group(1)).getDeclaredConstructor().newInstance());
        }
        if (result.isEmpty()) {
            throw new IllegalStateException("No node factory in " + new File("plugin.xml").getAbsolutePath());
        }
        return result;
    }

    /** @return the node's parameters class ({@code null} if it has none); loads it, so 5.6+ only */
    static Class<?> parametersClass(final AbstractDialogNodeFactory<?> factory) throws Exception {
        final Method m = AbstractDialogNodeFactory.class.getDeclaredMethod("nodeParametersClass");
        m.setAccessible(true);
        return (Class<?>)m.invoke(factory);
    }

    /** @return the settings key of a parameters field: its {@code @Persist(configKey)}, else its name without m_ */
    static String configKey(final java.lang.reflect.Field field) throws Exception {
        for (final java.lang.annotation.Annotation a : field.getAnnotations()) {
            if (a.annotationType().getSimpleName().equals("Persist")) {
                final String key = (String)a.annotationType().getMethod("configKey").invoke(a);
                if (!key.isEmpty()) {
                    return key;
                }
            }
        }
        return field.getName().replaceFirst("^m_", "");
    }

    static String name(final NodeFactory<?> factory) {
        return factory.getClass().getSimpleName().replace("NodeFactory", "");
    }

    /** @return the settings a fresh node model of the factory saves (its defaults) */
    static NodeSettings modelDefaults(final NodeFactory<?> factory) throws Exception {
        return save(factory.createNodeModel());
    }

    static NodeSettings save(final NodeModel model) throws Exception {
        final NodeSettings s = new NodeSettings("model");
        invoke(model, "saveSettingsTo", NodeSettingsWO.class, s);
        return s;
    }

    /**
     * Settings a node model accepts: its defaults, except that a required setting without a sensible default (the
     * Segment Report's output file) gets a value.
     */
    static NodeSettings valid(final NodeSettings settings) {
        if (settings.containsKey("output_file") && settings.getString("output_file", "").isEmpty()) {
            settings.addString("output_file", new File(System.getProperty("java.io.tmpdir"), "report.html")
                .getAbsolutePath());
        }
        return settings;
    }

    /** What KNIME does with settings from a dialog: validate, then load into the node model. */
    static void validateAndLoad(final NodeModel model, final NodeSettingsRO settings) throws Exception {
        invoke(model, "validateSettings", NodeSettingsRO.class, settings);
        invoke(model, "loadValidatedSettingsFrom", NodeSettingsRO.class, settings);
    }

    private static void invoke(final NodeModel model, final String name, final Class<?> type, final Object arg)
        throws Exception {
        final Method m = NodeModel.class.getDeclaredMethod(name, type);
        m.setAccessible(true);
        try {
            m.invoke(model, arg);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception) {
                throw (Exception)e.getCause();
            }
            throw e;
        }
    }

    /**
     * A settings tree as "path = type:value" lines, sorted; the classic settings models' {@code <key>_Internals}
     * entries (which they write but do not need) are left out.
     */
    static List<String> flatten(final NodeSettingsRO settings, final boolean withValues) {
        return flatten(settings, withValues, false);
    }

    /**
     * @param defaultsOnly leave out the value of the column filters' {@code name_pattern/caseSensitive}: KNIME's
     *            {@code ColumnFilter} defaults to case-insensitive patterns, {@code SettingsModelColumnFilter2} to
     *            case-sensitive ones; it only matters once a user switches to pattern mode, where the dialog that
     *            switches sets it (its type is still compared)
     */
    static List<String> flatten(final NodeSettingsRO settings, final boolean withValues, final boolean defaultsOnly) {
        final List<String> out = new ArrayList<>();
        flatten((ConfigBase)settings, "", withValues, defaultsOnly, out);
        out.sort(null);
        return out;
    }

    private static void flatten(final ConfigBase s, final String prefix, final boolean withValues,
        final boolean ignoreCase, final List<String> out) {
        for (final String key : s.keySet()) {
            if (key.endsWith("_Internals")) {
                continue;
            }
            final String path = prefix + key;
            final AbstractConfigEntry e = s.getEntry(key);
            if (!e.isLeaf()) {
                out.add(path + " = config");
                flatten((ConfigBase)e, path + "/", withValues, ignoreCase, out);
            } else {
                final boolean value = withValues && !(ignoreCase && key.equals("caseSensitive"));
                out.add(path + " = " + e.getType() + (value ? ":" + e.toStringValue() : ""));
            }
        }
    }
}
