package org.knime.core.node;

import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.DataContainer;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.BufferedDataContainer}: the data container of an execution
 * whose {@link #getTable()} returns a {@link BufferedDataTable}. Created through
 * {@link ExecutionContext#createDataContainer(DataTableSpec)}. Not {@link AutoCloseable}: call
 * {@link #close()} explicitly.
 */
public class BufferedDataContainer extends DataContainer {

    private BufferedDataTable m_resultTable;

    BufferedDataContainer(final DataTableSpec spec, final boolean initDomain) {
        super(spec, initDomain);
    }

    /**
     * @return the table, available after {@link #close()}
     * @throws IllegalStateException if not closed
     */
    @Override
    public BufferedDataTable getTable() {
        if (m_resultTable == null) {
            DataTable t = super.getTable();
            m_resultTable = new BufferedDataTable(t, t.getDataTableSpec());
        }
        return m_resultTable;
    }
}
