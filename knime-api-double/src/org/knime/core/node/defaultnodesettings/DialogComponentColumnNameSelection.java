package org.knime.core.node.defaultnodesettings;

import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.ColumnFilter;

/**
 * Stand-in for KNIME's {@code DialogComponentColumnNameSelection}: picks one column
 * (or the RowID for a {@link SettingsModelColumnName}) of an input table. Headless but
 * with KNIME's rules: the dialog refuses to open without a spec, or (if required) when
 * no column passes the filter; on load, a model value that is not an eligible column is
 * replaced by the first eligible column, as KNIME's combo box does. Simplified: no
 * "none" entry handling beyond accepting the flag.
 */
public class DialogComponentColumnNameSelection extends DialogComponent {

    private final int m_specIndex;

    private final boolean m_isRequired;

    private final boolean m_addNoneCol;

    private final ColumnFilter m_columnFilter;

    /**
     * @param model model (a {@link SettingsModelColumnName} adds the RowID option)
     * @param label label text
     * @param specIndex input port listing the columns
     * @param columnFilter eligible columns
     */
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final ColumnFilter columnFilter) {
        this(model, label, specIndex, true, columnFilter);
    }

    /**
     * @param model model
     * @param label label text
     * @param specIndex input port listing the columns
     * @param classFilter eligible value classes
     */
    @SuppressWarnings({"unchecked", "varargs"}) // no @SafeVarargs: KNIME has none, so callers see the same warnings
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, true, classFilter);
    }

    /**
     * @param model model
     * @param label label text
     * @param specIndex input port listing the columns
     * @param isRequired whether at least one eligible column must exist
     * @param classFilter eligible value classes
     */
    @SuppressWarnings({"unchecked", "varargs"}) // no @SafeVarargs: KNIME has none, so callers see the same warnings
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, isRequired, false, classFilter);
    }

    /**
     * @param model model
     * @param label label text
     * @param specIndex input port listing the columns
     * @param isRequired whether at least one eligible column must exist
     * @param addNoneCol whether a "none" entry is offered
     * @param classFilter eligible value classes
     */
    @SuppressWarnings({"unchecked", "varargs"}) // no @SafeVarargs: KNIME has none, so callers see the same warnings
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final boolean addNoneCol,
        final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, isRequired, addNoneCol, valueClassFilter(classFilter));
    }

    /**
     * @param model model
     * @param label label text
     * @param specIndex input port listing the columns
     * @param isRequired whether at least one eligible column must exist
     * @param columnFilter eligible columns
     */
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final ColumnFilter columnFilter) {
        this(model, label, specIndex, isRequired, false, columnFilter);
    }

    /**
     * @param model model
     * @param label label text
     * @param specIndex input port listing the columns
     * @param isRequired whether at least one eligible column must exist
     * @param addNoneCol whether a "none" entry is offered
     * @param columnFilter eligible columns
     */
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final boolean addNoneCol, final ColumnFilter columnFilter) {
        super(model);
        m_specIndex = specIndex;
        m_isRequired = isRequired;
        m_addNoneCol = addNoneCol;
        m_columnFilter = columnFilter;
    }

    private static ColumnFilter valueClassFilter(final Class<? extends DataValue>[] classes) {
        final List<Class<? extends DataValue>> list = Arrays.asList(classes.clone());
        return new ColumnFilter() {
            @Override
            public boolean includeColumn(final DataColumnSpec colSpec) {
                return list.stream().anyMatch(c -> colSpec.getType().isCompatible(c));
            }

            @Override
            public String allFilteredMsg() {
                return "No column in spec compatible to " + list;
            }
        };
    }

    private DataTableSpec lastSpec() {
        PortObjectSpec s = getLastTableSpec(m_specIndex);
        return s instanceof DataTableSpec ? (DataTableSpec)s : null;
    }

    private boolean isEligible(final DataTableSpec spec, final String name) {
        DataColumnSpec col = name == null ? null : spec.getColumnSpec(name);
        return col != null && m_columnFilter.includeColumn(col);
    }

    /**
     * @return the spec of the selected column, or null (none selected or RowID)
     */
    public final DataColumnSpec getSelectedAsSpec() {
        String name = getSelected();
        DataTableSpec spec = lastSpec();
        return name == null || spec == null ? null : spec.getColumnSpec(name);
    }

    /**
     * @return the selected column name, or null (none selected or RowID)
     */
    public final String getSelected() {
        if (getModel() instanceof SettingsModelColumnName && ((SettingsModelColumnName)getModel()).useRowID()) {
            return null;
        }
        DataTableSpec spec = lastSpec();
        String value = ((SettingsModelString)getModel()).getStringValue();
        return spec != null && isEligible(spec, value) ? value : null;
    }

    @Override
    protected void updateComponent() {
        DataTableSpec spec = lastSpec();
        SettingsModelString model = (SettingsModelString)getModel();
        boolean rowId = model instanceof SettingsModelColumnName && ((SettingsModelColumnName)model).useRowID();
        if (spec == null || rowId || isEligible(spec, model.getStringValue())
            || (m_addNoneCol && model.getStringValue() == null)) {
            return;
        }
        for (DataColumnSpec col : spec) {
            if (m_columnFilter.includeColumn(col)) {
                if (model instanceof SettingsModelColumnName) {
                    ((SettingsModelColumnName)model).setSelection(col.getName(), false);
                } else {
                    model.setStringValue(col.getName());
                }
                return;
            }
        }
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        if (specs == null || specs.length <= m_specIndex) {
            throw new NotConfigurableException(
                "Need input table spec to configure dialog. Configure or execute predecessor nodes.");
        }
        if (specs[m_specIndex] != null && !(specs[m_specIndex] instanceof DataTableSpec)) {
            throw new NotConfigurableException(
                "Wrong type of PortObject for ColumnNameSelection, expecting DataTableSpec!");
        }
        if (!m_isRequired) {
            return;
        }
        DataTableSpec spec = (DataTableSpec)specs[m_specIndex];
        if (spec == null) {
            throw new NotConfigurableException(
                "Need input table spec to configure dialog. Configure or execute predecessor nodes.");
        }
        for (DataColumnSpec col : spec) {
            if (m_columnFilter.includeColumn(col)) {
                return;
            }
        }
        throw new NotConfigurableException(m_columnFilter.allFilteredMsg());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        // the model holds the selection
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        // no widget
    }

    @Override
    public void setToolTipText(final String text) {
        // no widget
    }
}
