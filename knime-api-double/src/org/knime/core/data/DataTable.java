package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataTable}: a spec plus rows that can be iterated.
 */
public interface DataTable extends Iterable<DataRow> {

    /** @return the spec */
    DataTableSpec getDataTableSpec();

    /** @return a new iterator over the rows */
    @Override
    RowIterator iterator();
}
