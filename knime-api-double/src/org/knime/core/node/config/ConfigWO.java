package org.knime.core.node.config;

import org.knime.core.data.DataCell;
import org.knime.core.data.RowKey;
import org.knime.core.node.config.base.ConfigBaseWO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.ConfigWO} (knime-core):
 * write access to a {@link Config} tree. Simplified: the {@code DataType} adders are
 * left out.
 */
public interface ConfigWO extends ConfigBaseWO {

    /**
     * @param key child key
     * @return a new, empty child config (replacing any entry under the key)
     */
    Config addConfig(String key);

    /**
     * Stores the row key as a string entry.
     *
     * @param key key
     * @param rowKey row key, may be null
     */
    void addRowKey(String key, RowKey rowKey);

    /**
     * Stores the row keys as a string array.
     *
     * @param key key
     * @param rowKey row keys, may be null
     */
    void addRowKeyArray(String key, RowKey... rowKey);

    /**
     * @param key key
     * @param cell cell, may be null
     */
    void addDataCell(String key, DataCell cell);

    /**
     * @param key key
     * @param values cells (array and elements may be null)
     */
    void addDataCellArray(String key, DataCell... values);
}
