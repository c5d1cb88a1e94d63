package org.knime.core.node.util.filter.column;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.util.filter.InputFilter;
import org.knime.core.node.util.filter.NameFilterConfiguration;

/**
 * Stand-in for KNIME's
 * {@code org.knime.core.node.util.filter.column.DataColumnSpecFilterConfiguration}: the
 * column filter behind {@code SettingsModelColumnFilter2}. Adds to the name filter an
 * optional input filter (columns it rejects are never offered) and a data type filter
 * saved as child {@code datatype/typelist}. Simplified: the dialog-only bookkeeping of
 * the last seen spec is reduced to what loading needs.
 *
 * @since 2.6
 */
public final class DataColumnSpecFilterConfiguration extends NameFilterConfiguration {

    /**
     * Mask bit enabling the data type filter.
     * @since 2.9
     */
    public static final int FILTER_BY_DATATYPE = 1 << 5;

    private final InputFilter<DataColumnSpec> m_filter;

    private final boolean m_typeFilterEnabled;

    private TypeSelection m_typeConfig;

    /**
     * Enables name pattern and type filters.
     *
     * @param configRootName non-empty key of the child config
     */
    public DataColumnSpecFilterConfiguration(final String configRootName) {
        this(configRootName, null, FILTER_BY_NAMEPATTERN | FILTER_BY_DATATYPE);
    }

    /**
     * Enables the name pattern filter only.
     *
     * @param configRootName non-empty key of the child config
     * @param filter input filter, may be null
     */
    public DataColumnSpecFilterConfiguration(final String configRootName, final InputFilter<DataColumnSpec> filter) {
        this(configRootName, filter, FILTER_BY_NAMEPATTERN);
    }

    /**
     * @param configRootName non-empty key of the child config
     * @param filter input filter, may be null
     * @param filterEnableMask combination of {@link #FILTER_BY_NAMEPATTERN} and
     *            {@link #FILTER_BY_DATATYPE}
     * @since 2.9
     */
    public DataColumnSpecFilterConfiguration(final String configRootName, final InputFilter<DataColumnSpec> filter,
        final int filterEnableMask) {
        super(configRootName, filterEnableMask);
        m_filter = filter;
        m_typeConfig = new TypeSelection(filter);
        m_typeFilterEnabled = (filterEnableMask & FILTER_BY_DATATYPE) != 0;
    }

    /**
     * @return whether the type filter is allowed
     * @since 2.9
     */
    public boolean isTypeFilterEnabled() {
        return m_typeFilterEnabled;
    }

    /**
     * Loads leniently and maps the lists onto the columns of the spec.
     *
     * @param settings parent settings
     * @param spec non-null input spec
     */
    public void loadConfigurationInDialog(final NodeSettingsRO settings, final DataTableSpec spec) {
        super.loadConfigurationInDialog(settings, admissibleNames(spec));
    }

    @Override
    protected void loadConfigurationInDialogChild(final NodeSettingsRO settings, final String[] names) {
        NodeSettingsRO typeSettings;
        try {
            typeSettings = settings.getNodeSettings(TypeSelection.TYPE);
        } catch (InvalidSettingsException e) {
            typeSettings = new NodeSettings("empty");
        }
        m_typeConfig.loadInDialog(typeSettings);
    }

    @Override
    public void loadConfigurationInModelChild(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            m_typeConfig.loadInModel(settings.getNodeSettings(TypeSelection.TYPE));
        } catch (InvalidSettingsException e) {
            if (TypeSelection.TYPE.equals(getType())) {
                throw e;
            }
            // type settings are optional unless the type filter is active
        }
    }

    @Override
    protected boolean verifyType(final String type) {
        return super.verifyType(type) || (m_typeFilterEnabled && TypeSelection.TYPE.equals(type));
    }

    @Override
    protected void saveConfigurationChild(final NodeSettingsWO settings) {
        m_typeConfig.save(settings.addNodeSettings(TypeSelection.TYPE));
    }

    /**
     * @param spec actual input spec
     * @return included and excluded column names in spec order
     */
    public FilterResult applyTo(final DataTableSpec spec) {
        if (TypeSelection.TYPE.equals(getType())) {
            return m_typeConfig.applyTo(spec);
        }
        return super.applyTo(admissibleNames(spec));
    }

    /**
     * Default configuration: all admissible columns included (enforce exclusion) or
     * excluded (enforce inclusion).
     *
     * @param spec input spec
     * @param includeByDefault where to put the columns
     */
    public void loadDefaults(final DataTableSpec spec, final boolean includeByDefault) {
        super.loadDefaults(admissibleNames(spec), includeByDefault);
        loadDefaultTypes(spec);
    }

    /**
     * Default configuration: admissible columns accepted by {@code filter} go to the
     * include list (if {@code filterDefinesIncludeList}, with enforce inclusion), all
     * others to the exclude list.
     *
     * @param spec input spec
     * @param filter decides the include list, null accepts all
     * @param filterDefinesIncludeList see above
     * @since 2.9
     */
    public void loadDefault(final DataTableSpec spec, final InputFilter<DataColumnSpec> filter,
        final boolean filterDefinesIncludeList) {
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (DataColumnSpec col : spec) {
            if (m_filter == null || m_filter.include(col)) {
                if (filterDefinesIncludeList && (filter == null || filter.include(col))) {
                    in.add(col.getName());
                } else {
                    out.add(col.getName());
                }
            }
        }
        setIncludeList(in.toArray(new String[0]));
        setExcludeList(out.toArray(new String[0]));
        setEnforceOption(filterDefinesIncludeList ? EnforceOption.EnforceInclusion : EnforceOption.EnforceExclusion);
        loadDefaultTypes(spec);
    }

    private void loadDefaultTypes(final DataTableSpec spec) {
        if (m_filter instanceof DataTypeColumnFilter) {
            List<Class<? extends DataValue>> classes = new ArrayList<>();
            List<String> names = new ArrayList<>(Arrays.asList(getIncludeList()));
            names.addAll(Arrays.asList(getExcludeList()));
            for (String n : names) {
                DataColumnSpec col = spec.getColumnSpec(n);
                if (col != null) {
                    classes.add(col.getType().getPreferredValueClass());
                }
            }
            classes.addAll(Arrays.asList(((DataTypeColumnFilter)m_filter).filterClasses()));
            m_typeConfig.selectAll(classes);
        }
    }

    /**
     * @return the input filter given at construction, may be null
     */
    public InputFilter<DataColumnSpec> getFilter() {
        return m_filter;
    }

    private String[] admissibleNames(final DataTableSpec spec) {
        List<String> names = new ArrayList<>();
        for (DataColumnSpec col : spec) {
            if (m_filter == null || m_filter.include(col)) {
                names.add(col.getName());
            }
        }
        return names.toArray(new String[0]);
    }

    @Override
    public DataColumnSpecFilterConfiguration clone() {
        DataColumnSpecFilterConfiguration c = (DataColumnSpecFilterConfiguration)super.clone();
        c.m_typeConfig = m_typeConfig.clone();
        return c;
    }

    @Override
    public boolean equals(final Object obj) {
        return super.equals(obj) && m_typeConfig.equals(((DataColumnSpecFilterConfiguration)obj).m_typeConfig);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + m_typeConfig.hashCode();
    }

    @Override
    public String toString() {
        return TypeSelection.TYPE.equals(getType()) ? m_typeConfig.toString() : super.toString();
    }
}
