package org.knime.core.node.config;

import java.util.Iterator;

import javax.swing.tree.TreeNode;

import org.knime.core.data.DataCell;
import org.knime.core.data.RowKey;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBaseRO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.ConfigRO} (knime-core):
 * read access to a {@link Config} tree. Simplified: the {@code DataType} getters are
 * left out.
 */
public interface ConfigRO extends ConfigBaseRO, TreeNode, Iterable<String> {

    /**
     * @param key child key
     * @return the child config
     * @throws InvalidSettingsException if no child config exists under the key
     */
    Config getConfig(String key) throws InvalidSettingsException;

    /**
     * @param key key of a cell config
     * @return the cell (may be null)
     * @throws InvalidSettingsException if missing
     */
    DataCell getDataCell(String key) throws InvalidSettingsException;

    /**
     * @param key key of a cell config
     * @param def default if missing
     * @return the cell or the default
     */
    DataCell getDataCell(String key, DataCell def);

    /**
     * @param key key of a cell array config
     * @return the cells (array and elements may be null)
     * @throws InvalidSettingsException if missing
     */
    DataCell[] getDataCellArray(String key) throws InvalidSettingsException;

    /**
     * @param key key of a cell array config
     * @param def default if missing
     * @return the cells or the default
     */
    DataCell[] getDataCellArray(String key, DataCell... def);

    /**
     * @param key key of a string entry
     * @return the row key (null for a null string)
     * @throws InvalidSettingsException if missing
     */
    RowKey getRowKey(String key) throws InvalidSettingsException;

    /**
     * @param key key of a string entry
     * @param def default if missing
     * @return the row key or the default
     */
    RowKey getRowKey(String key, RowKey def);

    /**
     * @param key key of a string array
     * @return the row keys (null for a null array)
     * @throws InvalidSettingsException if missing
     */
    RowKey[] getRowKeyArray(String key) throws InvalidSettingsException;

    /**
     * @param key key of a string array
     * @param def default if missing
     * @return the row keys or the default
     */
    RowKey[] getRowKeyArray(String key, RowKey... def);

    @Override
    Iterator<String> iterator();
}
