package org.custseg.knime.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.knime.core.node.KNIMEConstants;

/** The segmenter nodes size the engine's parallelism with KNIME's thread limit, capped at the processors. */
class EngineThreadsTest {

    @Test
    void followsKnimesThreadLimit() {
        final int before = KNIMEConstants.GLOBAL_THREAD_POOL.getMaxThreads();
        final int cores = Runtime.getRuntime().availableProcessors();
        try {
            KNIMEConstants.GLOBAL_THREAD_POOL.setMaxThreads(1);
            assertEquals(1, AbstractSegmenterNodeModel.engineThreads());
            KNIMEConstants.GLOBAL_THREAD_POOL.setMaxThreads(cores + 7);
            assertEquals(cores, AbstractSegmenterNodeModel.engineThreads());
        } finally {
            KNIMEConstants.GLOBAL_THREAD_POOL.setMaxThreads(before);
        }
    }
}
