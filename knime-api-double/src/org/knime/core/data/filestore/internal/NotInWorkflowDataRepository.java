package org.knime.core.data.filestore.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.knime.core.data.IDataRepository;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.filestore.internal.NotInWorkflowDataRepository}: the data
 * repository of nodes that run outside a workflow (KNIME's own unit tests use it with a real {@code Node}).
 *
 * <p>Simplified: an ID counter only (see {@link IDataRepository}).
 */
public final class NotInWorkflowDataRepository implements IDataRepository {

    private final AtomicInteger m_lastId = new AtomicInteger();

    private NotInWorkflowDataRepository() {
    }

    /** @return a new, empty repository */
    public static NotInWorkflowDataRepository newInstance() {
        return new NotInWorkflowDataRepository();
    }

    @Override
    public int generateNewID() {
        return m_lastId.incrementAndGet();
    }

    @Override
    public int getLastId() {
        return m_lastId.get();
    }

    @Override
    public void updateLastId(final int id) {
        m_lastId.accumulateAndGet(id, Math::max);
    }

    @Override
    public void printValidFileStoreHandlersToLogDebug() {
        // no file stores in the double
    }
}
