package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.knime.core.node.FlowVariableModel;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code DialogComponentStringSelection}: a combo box choosing
 * one of a list of strings for a {@link SettingsModelString}. Headless: the model keeps
 * its value; saving without a selection (null value) fails as in KNIME; with a flow
 * variable model, the settings model is disabled while a variable replaces the value
 * (as in KNIME). Simplified: the {@code StringIconOption} constructors and overloads are
 * left out.
 */
public final class DialogComponentStringSelection extends DialogComponent {

    private final List<String> m_items = new ArrayList<>();

    private boolean m_editable;

    /**
     * @param stringModel model
     * @param label label text
     * @param list non-empty items
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final String... list) {
        this(stringModel, label, list == null ? null : Arrays.asList(list));
    }

    /**
     * @param stringModel model
     * @param label label text
     * @param list non-empty items, no nulls
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final Collection<String> list) {
        this(stringModel, label, list, false);
    }

    /**
     * @param stringModel model
     * @param label label text
     * @param list non-empty items, no nulls
     * @param editable whether the user may type a value
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final Collection<String> list, final boolean editable) {
        this(stringModel, label, list, editable, null);
    }

    /**
     * @param stringModel model
     * @param label label text
     * @param list non-empty items, no nulls
     * @param editable whether the user may type a value
     * @param fvm flow variable model, may be null
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final Collection<String> list, final boolean editable, final FlowVariableModel fvm) {
        super(stringModel);
        setItems(list);
        m_editable = editable;
        if (fvm != null) {
            fvm.addChangeListener(e -> getModel().setEnabled(!fvm.isVariableReplacementEnabled()));
        }
    }

    private void setItems(final Collection<String> list) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException("Selection list of options shouldn't be null or empty");
        }
        for (String item : list) { // not list.contains(null): immutable lists reject that query
            if (item == null) {
                throw new NullPointerException("Options in the selection list can't be null");
            }
        }
        m_items.clear();
        m_items.addAll(list);
    }

    @Override
    protected void updateComponent() {
        // no widget to update
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        if (((SettingsModelString)getModel()).getStringValue() == null) {
            throw new InvalidSettingsException("Please select an item from the list.");
        }
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        // always configurable
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        // no widget
    }

    /**
     * @param width preferred width
     * @param height preferred height
     */
    public void setSizeComponents(final int width, final int height) {
        // no widget
    }

    @Override
    public void setToolTipText(final String text) {
        // no widget
    }

    /**
     * Replaces the items; selects {@code select} if given, otherwise keeps the current
     * value if it is still an item (else the first item).
     *
     * @param newItems non-empty items
     * @param select item to select, may be null
     */
    public void replaceListItems(final Collection<String> newItems, final String select) {
        if (newItems == null || newItems.isEmpty()) {
            throw new NullPointerException("The container with the new items can't be null or empty.");
        }
        setItems(newItems);
        SettingsModelString model = (SettingsModelString)getModel();
        String target = select != null ? select : model.getStringValue();
        if (!m_editable && (target == null || !m_items.contains(target))) {
            target = m_items.get(0);
        }
        model.setStringValue(target);
    }
}
