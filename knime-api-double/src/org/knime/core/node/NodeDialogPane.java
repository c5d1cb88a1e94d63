package org.knime.core.node;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.swing.JPanel;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.defaultnodesettings.SettingsModelFlowVariableCompatible;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.workflow.FlowVariable;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeDialogPane}: base class of node
 * dialogs. The overridable contract is the original one
 * ({@link #saveSettingsTo(NodeSettingsWO)} abstract, the two {@code loadSettingsFrom}
 * variants, {@code onOpen/onClose/onCancel}) and the tab methods keep their
 * signatures. Simplified: tabs are only recorded in order (no tabbed pane is shown),
 * there is no flow-variables, memory-policy or job-manager tab, no node context and no
 * credentials; flow variable models are created and kept but never filled from a
 * workflow; framework-internal, {@code VariableType} based and Eclipse/SWT members are
 * left out.
 */
public abstract class NodeDialogPane {

    private final NodeLogger m_logger = NodeLogger.getLogger(getClass());

    private final JPanel m_panel = new JPanel(new BorderLayout());

    /** Tab title to component, in display order. */
    private final Map<String, Component> m_tabs = new LinkedHashMap<>();

    private final Map<String, Boolean> m_tabEnabled = new LinkedHashMap<>();

    private String m_selectedTab;

    private final List<FlowVariableModel> m_flowVariableModels = new ArrayList<>();

    /** Creates an empty dialog pane. */
    protected NodeDialogPane() {
    }

    /**
     * @return a logger named after the concrete dialog class
     * @since 2.6
     */
    protected final NodeLogger getLogger() {
        return m_logger;
    }

    /**
     * @return the panel holding the dialog (empty in this double)
     */
    public final JPanel getPanel() {
        return m_panel;
    }

    /**
     * @return whether the node is write protected (always false in this double)
     */
    public final boolean isWriteProtected() {
        return false;
    }

    /**
     * Loads settings into the dialog. The default implementation requires all specs to
     * be table specs and calls {@link #loadSettingsFrom(NodeSettingsRO, DataTableSpec[])}.
     *
     * @param settings settings to load (may be empty or invalid)
     * @param specs input specs
     * @throws NotConfigurableException if the dialog cannot be opened
     */
    protected void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        DataTableSpec[] tableSpecs = new DataTableSpec[specs.length];
        for (int i = 0; i < specs.length; i++) {
            if (specs[i] != null && !(specs[i] instanceof DataTableSpec)) {
                throw new NotConfigurableException("Input port " + i + " does not hold a data table spec; "
                    + "override loadSettingsFrom(NodeSettingsRO, PortObjectSpec[]) for non-table ports.");
            }
            tableSpecs[i] = (DataTableSpec)specs[i];
        }
        loadSettingsFrom(settings, tableSpecs);
    }

    /**
     * Loads settings into the dialog when all inputs are tables. The default
     * implementation fails: dialogs must override one of the two variants.
     *
     * @param settings settings to load (may be empty or invalid)
     * @param specs input table specs
     * @throws NotConfigurableException always, unless overridden
     */
    protected void loadSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
        throw new NotConfigurableException("NodeDialogPane.loadSettingsFrom() implementation missing!");
    }

    /**
     * Writes the current dialog values into the settings.
     *
     * @param settings target
     * @throws InvalidSettingsException if a value cannot be stored
     */
    protected abstract void saveSettingsTo(NodeSettingsWO settings) throws InvalidSettingsException;

    /** Called when the dialog is cancelled; does nothing by default. */
    public void onCancel() {
        // nothing by default
    }

    /** Called when the dialog is closed; does nothing by default. */
    public void onClose() {
        // nothing by default
    }

    /** Called before the dialog is opened; does nothing by default. */
    public void onOpen() {
        // nothing by default
    }

    /**
     * @param title unique tab title
     * @param comp tab content
     */
    protected final void addTab(final String title, final Component comp) {
        addTab(title, comp, true);
    }

    /**
     * @param title unique tab title (a suffix " (#n)" is added if it is taken)
     * @param comp tab content
     * @param wrapInScrollPane ignored in this double
     * @since 2.10
     */
    protected final void addTab(final String title, final Component comp, final boolean wrapInScrollPane) {
        if (title == null || comp == null) {
            throw new NullPointerException("Tab title and component must not be null");
        }
        if (m_tabs.get(title) == comp) {
            return;
        }
        String unique = title;
        for (int i = 2; m_tabs.containsKey(unique); i++) {
            unique = title + " (#" + i + ")";
        }
        m_tabs.put(unique, comp);
        m_tabEnabled.put(unique, Boolean.TRUE);
    }

    /**
     * @param index position (clamped to the number of tabs)
     * @param title unique tab title
     * @param comp tab content
     * @return the actual index
     */
    protected final int addTabAt(final int index, final String title, final Component comp) {
        return addTabAt(index, title, comp, true);
    }

    /**
     * @param index position (clamped to the number of tabs)
     * @param title unique tab title
     * @param comp tab content
     * @param wrapInScrollPane ignored in this double
     * @return the actual index
     * @since 2.10
     */
    protected final int addTabAt(final int index, final String title, final Component comp,
        final boolean wrapInScrollPane) {
        if (title == null || comp == null) {
            throw new NullPointerException("Tab title and component must not be null");
        }
        if (m_tabs.containsKey(title)) {
            throw new IllegalArgumentException("Can't use a tab title twice in the same dialog.");
        }
        if (m_tabs.containsValue(comp)) {
            throw new IllegalArgumentException("Can't register the same component twice in the same dialog");
        }
        if (index < 0) {
            throw new IndexOutOfBoundsException("Index must be greater than or equal to zero");
        }
        List<Map.Entry<String, Component>> entries = new ArrayList<>(m_tabs.entrySet());
        int actual = Math.min(index, entries.size());
        entries.add(actual, Map.entry(title, comp));
        m_tabs.clear();
        for (Map.Entry<String, Component> e : entries) {
            m_tabs.put(e.getKey(), e.getValue());
        }
        m_tabEnabled.put(title, Boolean.TRUE);
        return actual;
    }

    /**
     * @param oldName existing title
     * @param newName new unique title
     */
    protected final void renameTab(final String oldName, final String newName) {
        if (oldName == null || newName == null) {
            throw new NullPointerException("The title of a tab in the dialog can't be null");
        }
        if (!m_tabs.containsKey(oldName)) {
            throw new IllegalArgumentException("Tab with specified name doesn't exist.");
        }
        if (m_tabs.containsKey(newName)) {
            throw new IllegalArgumentException("Another tab with the specified new name already exists");
        }
        Map<String, Component> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Component> e : m_tabs.entrySet()) {
            copy.put(e.getKey().equals(oldName) ? newName : e.getKey(), e.getValue());
        }
        m_tabs.clear();
        m_tabs.putAll(copy);
        m_tabEnabled.put(newName, m_tabEnabled.remove(oldName));
        if (oldName.equals(m_selectedTab)) {
            m_selectedTab = newName;
        }
    }

    /**
     * @param enabled whether the tab can be selected
     * @param tabTitle tab title
     */
    protected final void setEnabled(final boolean enabled, final String tabTitle) {
        if (!m_tabs.containsKey(tabTitle)) {
            throw new IllegalArgumentException("Tab with the specified title '" + tabTitle + "' doesn't exist.");
        }
        m_tabEnabled.put(tabTitle, enabled);
    }

    /**
     * @param tabTitle tab to bring to front
     * @return whether the tab exists
     */
    protected final boolean setSelected(final String tabTitle) {
        if (m_tabs.containsKey(tabTitle)) {
            m_selectedTab = tabTitle;
            return true;
        }
        return false;
    }

    /**
     * @param title tab title
     * @return the tab component or null
     */
    protected final Component getTab(final String title) {
        return m_tabs.get(title);
    }

    /**
     * @param name title of the tab to remove (no-op if absent)
     */
    protected final void removeTab(final String name) {
        m_tabs.remove(name);
        m_tabEnabled.remove(name);
    }

    /**
     * @param title tab title
     * @return its index or -1
     */
    protected final int getTabIndex(final String title) {
        return new ArrayList<>(m_tabs.keySet()).indexOf(title);
    }

    /**
     * @return whether ESC cancels the dialog (true by default)
     */
    public boolean closeOnESC() {
        return true;
    }

    /**
     * @param key settings key
     * @param type variable type (DOUBLE, INTEGER or STRING)
     * @return a new model registered with this dialog
     * @deprecated deprecated in KNIME since 4.2 (VariableType overload, not part of this double)
     */
    @Deprecated
    public FlowVariableModel createFlowVariableModel(final String key, final FlowVariable.Type type) {
        return createFlowVariableModel(new String[]{key}, type);
    }

    /**
     * @param keys key path in the settings tree
     * @param type variable type (DOUBLE, INTEGER or STRING)
     * @return a new model registered with this dialog
     * @deprecated deprecated in KNIME since 4.2 (VariableType overload, not part of this double)
     */
    @Deprecated
    public FlowVariableModel createFlowVariableModel(final String[] keys, final FlowVariable.Type type) {
        FlowVariableModel m = new FlowVariableModel(this, keys, type);
        m_flowVariableModels.add(m);
        return m;
    }

    /**
     * @param dc settings model whose key and type are used
     * @return a new model registered with this dialog
     */
    protected FlowVariableModel createFlowVariableModel(final SettingsModelFlowVariableCompatible dc) {
        return createFlowVariableModel(dc.getKey(), dc.getFlowVariableType());
    }
}
