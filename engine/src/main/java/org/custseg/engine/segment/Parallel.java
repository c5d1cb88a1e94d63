package org.custseg.engine.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;

/**
 * Runs independent, deterministic tasks on up to {@code threads} threads and returns their results in task order, so
 * a caller that reduces the results in that order gets the same outcome for any thread count. With one thread (or
 * one task) everything runs on the calling thread. The threads are daemons named {@code custseg-worker-N} and end
 * with the call.
 */
final class Parallel {

    /** One task. */
    @FunctionalInterface
    interface Task<T> {
        T call() throws SegmentationException, CanceledException;
    }

    private Parallel() {
    }

    /** @return the number of processors the JVM may use (at least 1) */
    static int availableThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param tasks the tasks
     * @param threads threads to use, at least 1
     * @param progress receives (from the calling thread's perspective, synchronised) the fraction of tasks done
     * @param what message prefix
     * @return the results in task order
     * @throws SegmentationException the first failing task's (in task order)
     * @throws CanceledException if canceled
     */
    static <T> List<T> run(final List<Task<T>> tasks, final int threads, final ProgressListener progress,
        final String what) throws SegmentationException, CanceledException {
        final int m = tasks.size();
        final List<T> out = new ArrayList<>(m);
        final int t = Math.max(1, Math.min(threads, m));
        if (t == 1) {
            for (int i = 0; i < m; i++) {
                progress.checkCanceled();
                out.add(tasks.get(i).call());
                progress.progress((double) (i + 1) / m, what + (i + 1) + " of " + m);
            }
            return out;
        }
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger names = new AtomicInteger();
        final ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            final Thread th = new Thread(r, "custseg-worker-" + names.incrementAndGet());
            th.setDaemon(true);
            return th;
        });
        try {
            final List<Future<T>> futures = new ArrayList<>(m);
            for (final Task<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    final T r = task.call();
                    final int n = done.incrementAndGet();
                    synchronized (progress) {
                        progress.progress((double) n / m, what + n + " of " + m);
                    }
                    return r;
                }));
            }
            for (final Future<T> f : futures) {
                out.add(await(f, progress));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for one task, polling cancellation; rethrows the task's own exception. */
    private static <T> T await(final Future<T> f, final ProgressListener progress)
        throws SegmentationException, CanceledException {
        while (true) {
            progress.checkCanceled();
            try {
                return f.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (final java.util.concurrent.TimeoutException e) {
                // poll cancellation again
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CanceledException("Interrupted.");
            } catch (final ExecutionException e) {
                final Throwable c = e.getCause();
                if (c instanceof SegmentationException se) {
                    throw se;
                }
                if (c instanceof CanceledException ce) {
                    throw ce;
                }
                if (c instanceof RuntimeException re) {
                    throw re;
                }
                if (c instanceof Error er) {
                    throw er;
                }
                throw new IllegalStateException(c);
            }
        }
    }
}
