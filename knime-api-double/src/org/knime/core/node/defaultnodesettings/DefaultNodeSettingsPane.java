package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.List;

import javax.swing.JPanel;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code DefaultNodeSettingsPane}: a dialog assembled from
 * {@link DialogComponent}s whose models are loaded and saved automatically, in the
 * order they were added. Same public API as the original. Simplified: groups, tabs and
 * placement are recorded (tabs via {@link NodeDialogPane}) but nothing is laid out.
 */
public class DefaultNodeSettingsPane extends NodeDialogPane {

    private static final String TAB_TITLE = "Options";

    private final List<DialogComponent> m_dialogComponents = new ArrayList<>();

    private String m_defaultTabTitle = TAB_TITLE;

    private String m_currentGroup;

    private boolean m_horizontal;

    /** Creates the pane with one tab named "Options". */
    public DefaultNodeSettingsPane() {
        super();
        addTab(m_defaultTabTitle, new JPanel());
    }

    /**
     * @param tabTitle new non-empty, unused title of the first tab
     */
    public void setDefaultTabTitle(final String tabTitle) {
        if (tabTitle == null || tabTitle.isEmpty()) {
            throw new IllegalArgumentException("The title of a tab can't be null or empty.");
        }
        if (tabTitle.equals(m_defaultTabTitle)) {
            return;
        }
        if (getTab(tabTitle) != null) {
            throw new IllegalArgumentException("A tab with the specified new name (" + tabTitle + ") already exists.");
        }
        renameTab(m_defaultTabTitle, tabTitle);
        m_defaultTabTitle = tabTitle;
    }

    /**
     * @param tabTitle non-empty, unused title; following components go there
     * @param index position of the new tab
     */
    public void createNewTabAt(final String tabTitle, final int index) {
        if (tabTitle == null || tabTitle.isEmpty()) {
            throw new IllegalArgumentException("The title of a tab can't be null nor empty.");
        }
        if (getTab(tabTitle) != null) {
            throw new IllegalArgumentException("A tab with the specified new name (" + tabTitle + ") already exists.");
        }
        m_currentGroup = null;
        addTabAt(index, tabTitle, new JPanel());
    }

    /**
     * @param tabTitle non-empty, unused title; following components go there
     */
    public void createNewTab(final String tabTitle) {
        createNewTabAt(tabTitle, Integer.MAX_VALUE);
    }

    /**
     * @param tabTitle tab to bring to front (ignored if absent)
     */
    public void selectTab(final String tabTitle) {
        setSelected(tabTitle);
    }

    /**
     * @param title title of the new bordered group for following components
     */
    public void createNewGroup(final String title) {
        m_currentGroup = title;
    }

    /** Ends the current group. */
    public void closeCurrentGroup() {
        m_currentGroup = null;
    }

    /**
     * @param diaC component to show; its model is loaded and saved with the dialog
     */
    public void addDialogComponent(final DialogComponent diaC) {
        m_dialogComponents.add(diaC);
    }

    /**
     * @param horizontal whether following components are placed side by side
     */
    public void setHorizontalPlacement(final boolean horizontal) {
        m_horizontal = horizontal;
    }

    @Override
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        for (DialogComponent c : m_dialogComponents) {
            c.loadSettingsFrom(settings, specs);
        }
        loadAdditionalSettingsFrom(settings, specs);
    }

    @Override
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        for (DialogComponent c : m_dialogComponents) {
            c.saveSettingsTo(settings);
        }
        saveAdditionalSettingsTo(settings);
    }

    /**
     * Hook for extra settings; by default forwards to the table-spec variant when all
     * ports hold table specs (null specs become empty specs).
     *
     * @param settings node settings
     * @param specs input specs
     * @throws NotConfigurableException if not configurable
     */
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        DataTableSpec[] tables = new DataTableSpec[specs.length];
        for (int i = 0; i < specs.length; i++) {
            if (specs[i] == null) {
                tables[i] = new DataTableSpec();
            } else if (specs[i] instanceof DataTableSpec) {
                tables[i] = (DataTableSpec)specs[i];
            } else {
                return;
            }
        }
        loadAdditionalSettingsFrom(settings, tables);
    }

    /**
     * Hook for extra settings when all inputs are tables; does nothing by default.
     *
     * @param settings node settings
     * @param specs non-null input table specs
     * @throws NotConfigurableException if not configurable
     */
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
        // nothing by default
    }

    /**
     * Hook for extra settings; does nothing by default.
     *
     * @param settings node settings
     * @throws InvalidSettingsException if a value is invalid
     */
    public void saveAdditionalSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        // nothing by default
    }
}
