package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataRow}: a row key plus a fixed number of cells; iterable
 * over its cells.
 */
public interface DataRow extends Iterable<DataCell> {

    /** @return the number of cells */
    int getNumCells();

    /** @return the row key */
    RowKey getKey();

    /**
     * @param index cell index
     * @return the cell
     * @throws IndexOutOfBoundsException for a bad index
     */
    DataCell getCell(int index);
}
