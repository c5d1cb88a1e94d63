package org.custseg.engine.segment;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;

/**
 * Runs one Weka build on a daemon worker thread and polls for cancellation every 100 ms, because Weka's
 * {@code buildClusterer} has no cancellation hook. On cancellation the caller gets a {@link CanceledException} at
 * once; the abandoned build cannot be stopped and finishes (and is discarded) in the background.
 */
final class WekaRunner {

    private WekaRunner() {
    }

    /**
     * @param <T> result type
     * @param job the Weka work
     * @param progress polled for cancellation
     * @return the job's result
     * @throws Exception what the job threw
     * @throws CanceledException if canceled while waiting
     */
    static <T> T run(final Callable<T> job, final ProgressListener progress) throws Exception {
        progress.checkCanceled();
        final ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
            final Thread t = new Thread(r, "custseg-weka");
            t.setDaemon(true);
            return t;
        });
        try {
            final Future<T> f = ex.submit(job);
            while (true) {
                try {
                    return f.get(100, TimeUnit.MILLISECONDS);
                } catch (final TimeoutException e) {
                    try {
                        progress.checkCanceled();
                    } catch (final CanceledException c) {
                        f.cancel(true);
                        throw c;
                    }
                } catch (final InterruptedException e) {
                    Thread.currentThread().interrupt();
                    f.cancel(true);
                    throw new CanceledException("Interrupted while Weka was running.");
                } catch (final ExecutionException e) {
                    final Throwable c = e.getCause();
                    if (c instanceof Exception ce) {
                        throw ce;
                    }
                    throw e;
                }
            }
        } finally {
            ex.shutdown();
        }
    }
}
