package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.IDataRepository}: where the tables and file stores of a workflow
 * are registered. In the double only the table ID counter (tables live in memory).
 *
 * <p>Simplified: the table and file-store handler members ({@code addTable}, {@code getTable}, {@code removeTable},
 * {@code addFileStoreHandler}, ...) are left out: their types are framework internals the double does not have.
 */
public interface IDataRepository {

    /** @return a new, unique table ID */
    int generateNewID();

    /** @return the last ID returned by {@link #generateNewID()} */
    int getLastId();

    /**
     * @param id an ID in use (the counter continues above it)
     */
    void updateLastId(int id);

    /** Logs the valid file store handlers (none in the double). */
    void printValidFileStoreHandlersToLogDebug();
}
