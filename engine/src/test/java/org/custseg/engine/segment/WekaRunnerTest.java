package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.junit.jupiter.api.Test;

class WekaRunnerTest {

    @Test
    void returnsTheResultAndPassesExceptionsThrough() throws Exception {
        assertEquals(42, WekaRunner.run(() -> 42, ProgressListener.NONE));
        final IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> WekaRunner.run(() -> {
                throw new IllegalStateException("weka says no");
            }, ProgressListener.NONE));
        assertEquals("weka says no", e.getMessage());
    }

    @Test
    void cancellationReturnsWhileALongBuildIsStillRunning() {
        final long start = System.nanoTime();
        final ProgressListener cancelSoon = new ProgressListener() {
            @Override
            public void progress(final double f, final String m) {
                // ignored
            }

            @Override
            public void checkCanceled() throws CanceledException {
                if (System.nanoTime() - start > 150_000_000L) {
                    throw new CanceledException("user");
                }
            }
        };
        assertThrows(CanceledException.class, () -> WekaRunner.run(() -> {
            Thread.sleep(20_000); // stands for a long uninterruptible Weka build
            return null;
        }, cancelSoon));
        final double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 10, "returned after " + seconds + " s, long before the 20 s job would finish");
    }
}
