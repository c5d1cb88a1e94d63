package org.knime.core.node.util.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeLogger;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.util.filter.NameFilterConfiguration}:
 * an include/exclude list with an "enforce inclusion/exclusion" option for names not
 * seen before, or a name pattern. Saved layout as in KNIME 5.3, under a child config
 * named after the config root name: {@code filter-type} (STANDARD or name_pattern, or a
 * subclass type), {@code included_names}, {@code excluded_names} (string arrays),
 * {@code enforce_option} (EnforceInclusion|EnforceExclusion), {@code name_pattern}
 * ({@code pattern}, {@code type}, {@code caseSensitive}, {@code excludeMatching}), then
 * subclass children. Simplified: names removed from the input since the dialog last saw
 * them are not carried along separately; no toString details beyond the lists.
 *
 * @since 2.6
 */
public class NameFilterConfiguration implements Cloneable {

    /**
     * Mask bit enabling the name pattern filter.
     * @since 2.9
     */
    public static final int FILTER_BY_NAMEPATTERN = 1 << 0;

    /**
     * Type identifier of the plain include/exclude list.
     * @since 2.9
     */
    protected static final String TYPE = "STANDARD";

    private static final String KEY_INCLUDED_NAMES = "included_names";

    private static final String KEY_EXCLUDED_NAMES = "excluded_names";

    private static final String KEY_ENFORCE_OPTION = "enforce_option";

    private static final String KEY_FILTER_TYPE = "filter-type";

    private static final NodeLogger LOGGER = NodeLogger.getLogger(NameFilterConfiguration.class);

    private final String m_configRootName;

    private final boolean m_patternFilterEnabled;

    private String[] m_includeList = new String[0];

    private String[] m_excludeList = new String[0];

    private EnforceOption m_enforceOption = EnforceOption.EnforceExclusion;

    private String m_type = TYPE;

    private PatternSelection m_patternConfig = new PatternSelection();

    /** What happens to names that are in neither list. */
    public enum EnforceOption {
        /** New names are included. */
        EnforceInclusion,
        /** New names are excluded. */
        EnforceExclusion;

        /**
         * @param name option name
         * @return the option
         * @throws InvalidSettingsException if the name is not an option
         */
        public static EnforceOption parse(final String name) throws InvalidSettingsException {
            try {
                return EnforceOption.valueOf(name);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidSettingsException("Can't parse enforce option: " + name, e);
            }
        }

        /**
         * @param name option name
         * @param defaultOption returned if the name is not an option
         * @return the option or the default
         */
        public static EnforceOption parse(final String name, final EnforceOption defaultOption) {
            try {
                return parse(name);
            } catch (InvalidSettingsException e) {
                return defaultOption;
            }
        }
    }

    /** Result of applying the configuration to actual names. */
    public static class FilterResult {

        private final String[] m_incls;

        private final String[] m_excls;

        private final String[] m_removedFromIncludes;

        private final String[] m_removedFromExcludes;

        /**
         * @param incls included names, in input order
         * @param excls excluded names, in input order
         * @param removedFromIncludes configured includes missing from the input
         * @param removedFromExcludes configured excludes missing from the input
         * @since 2.9
         */
        public FilterResult(final List<String> incls, final List<String> excls, final List<String> removedFromIncludes,
            final List<String> removedFromExcludes) {
            this(incls.toArray(new String[0]), excls.toArray(new String[0]),
                removedFromIncludes.toArray(new String[0]), removedFromExcludes.toArray(new String[0]));
        }

        /**
         * @param incls included names
         * @param excls excluded names
         * @param removedFromIncludes configured includes missing from the input
         * @param removedFromExcludes configured excludes missing from the input
         * @since 3.4
         */
        protected FilterResult(final String[] incls, final String[] excls, final String[] removedFromIncludes,
            final String[] removedFromExcludes) {
            m_incls = incls;
            m_excls = excls;
            m_removedFromIncludes = removedFromIncludes;
            m_removedFromExcludes = removedFromExcludes;
        }

        /** @return configured includes no longer in the input (empty for pattern filters) */
        public String[] getRemovedFromIncludes() {
            return m_removedFromIncludes;
        }

        /** @return configured excludes no longer in the input (empty for pattern filters) */
        public String[] getRemovedFromExcludes() {
            return m_removedFromExcludes;
        }

        /** @return included names in input order */
        public String[] getIncludes() {
            return m_incls;
        }

        /** @return excluded names in input order */
        public String[] getExcludes() {
            return m_excls;
        }
    }

    /**
     * Creates a configuration with the name pattern filter enabled.
     *
     * @param configRootName non-empty key of the child config
     * @since 2.9
     */
    public NameFilterConfiguration(final String configRootName) {
        this(configRootName, FILTER_BY_NAMEPATTERN);
    }

    /**
     * @param configRootName non-empty key of the child config
     * @param filterEnableMask {@link #FILTER_BY_NAMEPATTERN} or 0
     * @since 2.9
     */
    public NameFilterConfiguration(final String configRootName, final int filterEnableMask) {
        if (configRootName == null || configRootName.isEmpty()) {
            throw new IllegalArgumentException("Config name must not be null or empty.");
        }
        m_configRootName = configRootName;
        m_patternFilterEnabled = (filterEnableMask & FILTER_BY_NAMEPATTERN) != 0;
    }

    /**
     * Loads the configuration strictly (node model side).
     *
     * @param settings parent settings
     * @throws InvalidSettingsException if entries are missing or invalid
     */
    public final void loadConfigurationInModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO sub = settings.getNodeSettings(m_configRootName);
        String type = sub.getString(KEY_FILTER_TYPE);
        if (type == null || !verifyType(type)) {
            throw new InvalidSettingsException("Invalid type: " + type);
        }
        EnforceOption enforce = EnforceOption.parse(sub.getString(KEY_ENFORCE_OPTION));
        String[] incl = sub.getStringArray(KEY_INCLUDED_NAMES);
        String[] excl = sub.getStringArray(KEY_EXCLUDED_NAMES);
        PatternSelection pattern = m_patternConfig.clone();
        try {
            pattern.loadInModel(sub.getNodeSettings(PatternSelection.TYPE));
        } catch (InvalidSettingsException e) {
            if (PatternSelection.TYPE.equals(type)) {
                throw e;
            }
            // pattern settings are optional unless the pattern filter is active
        }
        m_type = type;
        m_enforceOption = enforce;
        m_includeList = incl == null ? new String[0] : incl;
        m_excludeList = excl == null ? new String[0] : excl;
        m_patternConfig = pattern;
        loadConfigurationInModelChild(sub);
    }

    /**
     * Hook for subclasses reading their own children of the child config.
     *
     * @param settings the child config named after the root name
     * @throws InvalidSettingsException if invalid
     * @since 2.9
     */
    protected void loadConfigurationInModelChild(final NodeSettingsRO settings) throws InvalidSettingsException {
        // no children here
    }

    /**
     * @param settings parent settings to add the child config to
     */
    public final void saveConfiguration(final NodeSettingsWO settings) {
        NodeSettingsWO sub = settings.addNodeSettings(m_configRootName);
        sub.addString(KEY_FILTER_TYPE, m_type);
        sub.addStringArray(KEY_INCLUDED_NAMES, m_includeList);
        sub.addStringArray(KEY_EXCLUDED_NAMES, m_excludeList);
        sub.addString(KEY_ENFORCE_OPTION, m_enforceOption.name());
        m_patternConfig.save(sub.addNodeSettings(PatternSelection.TYPE));
        saveConfigurationChild(sub);
    }

    /**
     * Hook for subclasses writing their own children.
     *
     * @param settings the child config named after the root name
     * @since 2.9
     */
    protected void saveConfigurationChild(final NodeSettingsWO settings) {
        // no children here
    }

    /** @return the key of the child config */
    public final String getConfigRootName() {
        return m_configRootName;
    }

    /**
     * @return whether the name pattern filter is allowed
     * @since 2.9
     */
    public final boolean isPatternFilterEnabled() {
        return m_patternFilterEnabled;
    }

    /**
     * Puts all names into the include list (enforce exclusion) or into the exclude list
     * (enforce inclusion).
     *
     * @param names names
     * @param includeByDefault where to put them
     */
    protected void loadDefaults(final String[] names, final boolean includeByDefault) {
        String[] copy = Arrays.copyOf(names, names.length);
        if (includeByDefault) {
            m_includeList = copy;
            setEnforceOption(EnforceOption.EnforceExclusion);
        } else {
            m_excludeList = copy;
            setEnforceOption(EnforceOption.EnforceInclusion);
        }
    }

    /**
     * Sets the lists and the option and switches to the plain list filter.
     *
     * @param includes include list, may be null
     * @param excludes exclude list, may be null
     * @param enforceOption option for new names
     * @throws IllegalArgumentException on duplicates, nulls or names in both lists
     * @since 2.11
     */
    public void loadDefaults(final String[] includes, final String[] excludes, final EnforceOption enforceOption) {
        if (enforceOption == null) {
            throw new IllegalArgumentException("Enforce option must not be null");
        }
        String[] in = includes == null ? new String[0] : includes.clone();
        String[] ex = excludes == null ? new String[0] : excludes.clone();
        Set<String> inSet = new HashSet<>(Arrays.asList(in));
        Set<String> exSet = new HashSet<>(Arrays.asList(ex));
        if (inSet.size() != in.length || exSet.size() != ex.length) {
            throw new IllegalArgumentException("Include or exclude list contains duplicates");
        }
        if (inSet.contains(null) || exSet.contains(null)) {
            throw new IllegalArgumentException("Include and exclude lists must not contain null");
        }
        inSet.retainAll(exSet);
        if (!inSet.isEmpty()) {
            throw new IllegalArgumentException("Names in both include and exclude list: " + inSet);
        }
        m_includeList = in;
        m_excludeList = ex;
        m_enforceOption = enforceOption;
        m_type = TYPE;
    }

    /**
     * Loads leniently (dialog side) and maps the lists onto the given names.
     *
     * @param settings parent settings
     * @param names available names
     */
    protected final void loadConfigurationInDialog(final NodeSettingsRO settings, final String[] names) {
        NodeSettingsRO sub;
        try {
            sub = settings.getNodeSettings(m_configRootName);
        } catch (InvalidSettingsException e) {
            sub = new NodeSettings("empty");
        }
        String type = sub.getString(KEY_FILTER_TYPE, TYPE);
        m_type = type != null && verifyType(type) ? type : TYPE;
        m_includeList = sub.getStringArray(KEY_INCLUDED_NAMES, new String[0]);
        m_excludeList = sub.getStringArray(KEY_EXCLUDED_NAMES, new String[0]);
        if (m_includeList == null) {
            m_includeList = new String[0];
        }
        if (m_excludeList == null) {
            m_excludeList = new String[0];
        }
        m_enforceOption = EnforceOption.parse(sub.getString(KEY_ENFORCE_OPTION, null), EnforceOption.EnforceExclusion);
        NodeSettingsRO patternSettings;
        try {
            patternSettings = sub.getNodeSettings(PatternSelection.TYPE);
        } catch (InvalidSettingsException e) {
            patternSettings = new NodeSettings("empty");
        }
        m_patternConfig.loadInDialog(patternSettings);
        FilterResult mapped = applyStandard(names);
        m_includeList = mapped.getIncludes();
        m_excludeList = mapped.getExcludes();
        loadConfigurationInDialogChild(sub, names);
    }

    /**
     * Hook for subclasses reading their own children in the dialog.
     *
     * @param settings the child config named after the root name
     * @param names available names
     * @since 2.9
     */
    protected void loadConfigurationInDialogChild(final NodeSettingsRO settings, final String[] names) {
        // no children here
    }

    /**
     * @param names actual names, in order
     * @return includes/excludes in the order of {@code names}
     */
    protected FilterResult applyTo(final String[] names) {
        if (TYPE.equals(m_type)) {
            return applyStandard(names);
        } else if (PatternSelection.TYPE.equals(m_type)) {
            return m_patternConfig.applyTo(names);
        }
        throw new IllegalStateException("Unsupported filter type: " + m_type);
    }

    private FilterResult applyStandard(final String[] names) {
        Set<String> incl = new LinkedHashSet<>(Arrays.asList(m_includeList));
        Set<String> excl = new LinkedHashSet<>(Arrays.asList(m_excludeList));
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (String n : names) {
            boolean wasIncluded = incl.remove(n);
            boolean wasExcluded = excl.remove(n);
            if (wasIncluded) {
                in.add(n);
                if (wasExcluded) {
                    LOGGER.coding("Item \"" + n + "\" appears in both the include and exclude list");
                }
            } else if (wasExcluded) {
                out.add(n);
            } else if (m_enforceOption == EnforceOption.EnforceExclusion) {
                in.add(n);
            } else {
                out.add(n);
            }
        }
        return new FilterResult(in, out, new ArrayList<>(incl), new ArrayList<>(excl));
    }

    /** @return the include list (not copied) */
    protected String[] getIncludeList() {
        return m_includeList;
    }

    /** @param includeList new include list */
    protected void setIncludeList(final String[] includeList) {
        m_includeList = includeList;
    }

    /** @return the exclude list (not copied) */
    protected String[] getExcludeList() {
        return m_excludeList;
    }

    /** @param excludeList new exclude list */
    protected void setExcludeList(final String[] excludeList) {
        m_excludeList = excludeList;
    }

    /** @return the option for new names */
    protected EnforceOption getEnforceOption() {
        return m_enforceOption;
    }

    /** @param enforceOption option for new names */
    protected void setEnforceOption(final EnforceOption enforceOption) {
        m_enforceOption = enforceOption;
    }

    /** @return whether new names are included */
    protected boolean isEnforceInclusion() {
        return m_enforceOption == EnforceOption.EnforceInclusion;
    }

    /** @return whether new names are excluded */
    protected boolean isEnforceExclusion() {
        return m_enforceOption == EnforceOption.EnforceExclusion;
    }

    /**
     * @return the active filter type identifier
     * @since 2.9
     */
    protected final String getType() {
        return m_type;
    }

    /**
     * @param type a type identifier
     * @return whether this configuration supports it
     * @since 2.9
     */
    protected boolean verifyType(final String type) {
        return TYPE.equals(type) || (m_patternFilterEnabled && PatternSelection.TYPE.equals(type));
    }

    @Override
    protected NameFilterConfiguration clone() {
        try {
            NameFilterConfiguration c = (NameFilterConfiguration)super.clone();
            c.m_includeList = m_includeList.clone();
            c.m_excludeList = m_excludeList.clone();
            c.m_patternConfig = m_patternConfig.clone();
            return c;
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(final Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || obj.getClass() != getClass()) {
            return false;
        }
        NameFilterConfiguration o = (NameFilterConfiguration)obj;
        return m_configRootName.equals(o.m_configRootName) && m_enforceOption == o.m_enforceOption
            && Arrays.equals(m_includeList, o.m_includeList) && Arrays.equals(m_excludeList, o.m_excludeList)
            && m_type.equals(o.m_type) && m_patternConfig.equals(o.m_patternConfig);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_configRootName, m_enforceOption, m_type, Arrays.hashCode(m_includeList),
            Arrays.hashCode(m_excludeList), m_patternConfig);
    }

    @Override
    public String toString() {
        if (PatternSelection.TYPE.equals(m_type)) {
            return m_patternConfig.toString();
        }
        return "Includes: " + String.join(", ", m_includeList) + "\nExcludes: " + String.join(", ", m_excludeList);
    }
}
