package org.knime.node.parameters.persistence.legacy;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.node.parameters.persistence.NodeParametersPersistor;
import org.knime.node.parameters.widget.choices.filter.ColumnFilter;

/** Signature of KNIME's {@code LegacyColumnFilterPersistor} (5.8.0/5.11.0): the members a subclass uses. */
public abstract class LegacyColumnFilterPersistor implements NodeParametersPersistor<ColumnFilter> {

    /** @param configKey the key of the SettingsModelColumnFilter2 layout */
    protected LegacyColumnFilterPersistor(final String configKey) {
        throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
    }

    @Override
    public ColumnFilter load(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
    }

    @Override
    public void save(final ColumnFilter obj, final NodeSettingsWO settings) {
        throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
    }

    @Override
    public String[][] getConfigPaths() {
        throw new UnsupportedOperationException("knime-api-double-ui: compile-time stand-in only");
    }
}
