package org.sahelsim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs jobs {@code 0..n-1} on a pool of threads and returns their results by index, so that what
 * comes out does not depend on the number of threads or on which job finishes first. Each job
 * must be a pure function of its index (a run of (scenario, seed) is).
 */
public final class Batch {
    private Batch() {
    }

    /**
     * The results of {@code job(0) .. job(n-1)}, in index order. If a job fails, the jobs not yet
     * started are cancelled and the failure of the lowest failing index is thrown.
     */
    public static <T> List<T> run(int n, int threads, Progress progress, IntFunction<T> job) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, Math.max(1, n))));
        try {
            List<Future<T>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                final int index = i;
                futures.add(pool.submit(() -> {
                    T out = job.apply(index);
                    progress.advance();
                    return out;
                }));
            }
            List<T> results = new ArrayList<>(n);
            for (Future<T> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    if (e.getCause() instanceof RuntimeException re) throw re;
                    if (e.getCause() instanceof Error err) throw err;
                    throw new IllegalStateException(e.getCause());
                }
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
