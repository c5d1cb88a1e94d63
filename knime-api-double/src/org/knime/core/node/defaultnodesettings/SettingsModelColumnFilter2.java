package org.knime.core.node.defaultnodesettings;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeLogger;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.filter.InputFilter;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;
import org.knime.core.node.util.filter.column.DataColumnSpecFilterConfiguration;
import org.knime.core.node.util.filter.column.DataTypeColumnFilter;

/**
 * Stand-in for KNIME's {@code SettingsModelColumnFilter2} (model ID
 * {@code SMID_columnfilter}): a column include/exclude selection stored in KNIME's
 * column filter layout (see {@link DataColumnSpecFilterConfiguration}). Apply it to the
 * actual input spec with {@link #applyTo(DataTableSpec)}. Same API as the original.
 *
 * @since 2.6
 */
public final class SettingsModelColumnFilter2 extends SettingsModel {

    private DataColumnSpecFilterConfiguration m_filterConfiguration;

    private int m_inputPortIndex = -1;

    /**
     * Accepts columns of all types (name pattern and type filter enabled).
     *
     * @param configName key of the filter's child config
     */
    public SettingsModelColumnFilter2(final String configName) {
        this(new DataColumnSpecFilterConfiguration(configName));
    }

    /**
     * Accepts only columns compatible with one of the given value classes.
     *
     * @param configName key of the filter's child config
     * @param allowedTypes admissible value classes
     */
    @SuppressWarnings({"unchecked", "varargs"}) // no @SafeVarargs: KNIME has none, so callers see the same warnings
    public SettingsModelColumnFilter2(final String configName, final Class<? extends DataValue>... allowedTypes) {
        this(new DataColumnSpecFilterConfiguration(configName, new DataTypeColumnFilter(allowedTypes)));
    }

    /**
     * @param configName key of the filter's child config
     * @param filter input filter, may be null
     * @param filterEnableMask see {@link DataColumnSpecFilterConfiguration}
     * @since 2.9
     */
    public SettingsModelColumnFilter2(final String configName, final InputFilter<DataColumnSpec> filter,
        final int filterEnableMask) {
        this(new DataColumnSpecFilterConfiguration(configName, filter, filterEnableMask));
    }

    private SettingsModelColumnFilter2(final DataColumnSpecFilterConfiguration conf) {
        m_filterConfiguration = conf;
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelColumnFilter2 createClone() {
        SettingsModelColumnFilter2 c = new SettingsModelColumnFilter2(m_filterConfiguration.clone());
        c.m_inputPortIndex = m_inputPortIndex;
        return c;
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_columnfilter";
    }

    @Override
    protected String getConfigName() {
        return m_filterConfiguration.getConfigRootName();
    }

    /**
     * Includes all admissible columns of the spec (auto-configuration).
     *
     * @param spec input spec
     */
    public void loadDefaults(final DataTableSpec spec) {
        m_filterConfiguration.loadDefaults(spec, true);
    }

    /**
     * @param spec input spec
     * @param filter decides the include list, null accepts all
     * @param filterDefinesIncludeList see
     *            {@link DataColumnSpecFilterConfiguration#loadDefault(DataTableSpec, InputFilter, boolean)}
     * @since 2.10
     */
    public void loadDefaults(final DataTableSpec spec, final InputFilter<DataColumnSpec> filter,
        final boolean filterDefinesIncludeList) {
        m_filterConfiguration.loadDefault(spec, filter, filterDefinesIncludeList);
    }

    /**
     * @return a copy of the filter configuration
     */
    protected DataColumnSpecFilterConfiguration getFilterConfiguration() {
        return m_filterConfiguration.clone();
    }

    /**
     * @return the input filter given at construction (null if none)
     */
    protected InputFilter<DataColumnSpec> getColumnFilter() {
        return m_filterConfiguration.getFilter();
    }

    void setInputPortIndex(final int inPort) {
        m_inputPortIndex = inPort;
    }

    /**
     * @param conf new configuration (copied); listeners are notified if it differs
     */
    protected void setFilterConfiguration(final DataColumnSpecFilterConfiguration conf) {
        if (!conf.equals(m_filterConfiguration)) {
            m_filterConfiguration = conf.clone();
            notifyChangeListeners();
        }
    }

    /**
     * @param inSpec actual input spec
     * @return included and excluded column names
     */
    public FilterResult applyTo(final DataTableSpec inSpec) {
        return m_filterConfiguration.applyTo(inSpec);
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        if (m_inputPortIndex < 0 || m_inputPortIndex >= specs.length) {
            String msg = "Specified port index is out of bounds";
            NodeLogger.getLogger(SettingsModelColumnFilter2.class).coding(msg);
            throw new NotConfigurableException(msg);
        }
        DataColumnSpecFilterConfiguration before = m_filterConfiguration.clone();
        m_filterConfiguration.loadConfigurationInDialog(settings, (DataTableSpec)specs[m_inputPortIndex]);
        if (!before.equals(m_filterConfiguration)) {
            notifyChangeListeners();
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        m_filterConfiguration.saveConfiguration(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_filterConfiguration.clone().loadConfigurationInModel(settings);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        DataColumnSpecFilterConfiguration before = m_filterConfiguration.clone();
        m_filterConfiguration.loadConfigurationInModel(settings);
        if (!before.equals(m_filterConfiguration)) {
            notifyChangeListeners();
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        m_filterConfiguration.saveConfiguration(settings);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " - Port:" + m_inputPortIndex + "("
            + m_filterConfiguration.getConfigRootName() + ")";
    }
}
