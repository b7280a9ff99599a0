package org.sahelsim.model.submodels;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A sweep over the cells of one run, on one thread or several: the cells are cut into blocks of
 * {@link #BLOCK} consecutive cells (boundaries that do not depend on the number of threads), and
 * each block is swept whole by one thread. A sweep handed to it must write only its own cells'
 * values from values no other cell's sweep writes, and keep no sum across cells: sums over cells
 * are made afterwards, in the cells' order, by the caller. Then which thread sweeps which block
 * changes nothing, and a run gives the same bits on one thread or many.
 *
 * <p>For a single run on a fine map with a processor to spare; an ensemble whose workers already
 * use every processor keeps its runs on one thread each. A sweep on several threads keeps its own
 * worker threads (daemons, which end after a minute idle): runs share nothing. A run saved and
 * restored keeps its number of threads (the threads themselves are started again when needed).
 */
public final class CellSweep implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Cells in a block: large enough that handing a block to a thread costs little beside sweeping it. */
    static final int BLOCK = 2048;

    private final int threads;
    /** Threads that help the calling one (none for one thread; started with the first sweep that shares its blocks). */
    private transient ExecutorService workers;

    private CellSweep(int threads) {
        this.threads = threads;
    }

    private ExecutorService workers() {
        if (workers == null) {
            workers = Executors.newCachedThreadPool(task -> {
                Thread t = new Thread(task, "cell-sweep");
                t.setDaemon(true);
                return t;
            });
        }
        return workers;
    }

    /** A sweep on {@code threads} threads, the calling one included (at least one). */
    public static CellSweep on(int threads) {
        return new CellSweep(Math.max(1, threads));
    }

    public int threads() {
        return threads;
    }

    /** What is done to the cells {@code from} (included) to {@code to} (excluded). */
    @FunctionalInterface
    public interface Cells {
        void sweep(int from, int to);
    }

    /**
     * Sweeps cells 0 to {@code cells − 1}, block by block, and returns once every block is done.
     * The calling thread sweeps blocks too, and waits only for blocks a worker has taken and not
     * finished: a worker that starts after the last block was taken finds none and leaves.
     */
    public void sweep(int cells, Cells body) {
        int blocks = (cells + BLOCK - 1) / BLOCK;
        if (Math.min(threads, blocks) <= 1) {
            body.sweep(0, cells);
            return;
        }
        share(blocks, b -> body.sweep(b * BLOCK, Math.min(cells, (b + 1) * BLOCK)));
    }

    /** One of several parts of a piece of work, each done whole by one thread. */
    @FunctionalInterface
    private interface Part {
        void run(int part);
    }

    /**
     * Parts 0 to {@code parts − 1}, shared out between the threads, and returns once every part is
     * done. The calling thread does parts too, and waits only for parts a worker has taken and not
     * finished: a worker that starts after the last part was taken finds none and leaves.
     */
    private void share(int parts, Part part) {
        int workers = Math.min(threads, parts) - 1;
        Blocks work = new Blocks(parts, part, Thread.currentThread());
        ExecutorService pool = workers();
        for (int h = 0; h < workers; h++) pool.execute(work::sweep);
        work.sweep();
        while (work.finished.get() < parts) LockSupport.park(this);
        Throwable t = work.failure.get();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t);
    }

    /**
     * {@link #totals} with the rows shared out between the threads: each row is added up whole, in
     * the cells' order, by one of them, so each total has the same bits whichever thread adds it
     * and however the rows are grouped. On one thread, or a map of fewer than two blocks, the rows
     * are added up on the calling thread.
     */
    public void rowTotals(double[][] rows, int cells, double[] out) {
        int parts = Math.min(threads, rows.length);
        if (parts <= 1 || cells < 2 * BLOCK) {
            totals(rows, 0, rows.length, cells, out);
            return;
        }
        int per = (rows.length + parts - 1) / parts;
        int groups = (rows.length + per - 1) / per;
        share(groups, g -> totals(rows, g * per, Math.min(rows.length, (g + 1) * per), cells, out));
    }

    /**
     * Each row's total over cells 0 to {@code cells − 1} into {@code out}, every total added in the
     * cells' order (the same bits as adding each row alone), four rows a pass so that the four
     * sums do not wait for one another.
     */
    public static void totals(double[][] rows, int cells, double[] out) {
        totals(rows, 0, rows.length, cells, out);
    }

    /** {@link #totals(double[][], int, double[])} of rows {@code from} (included) to {@code to} (excluded) alone. */
    private static void totals(double[][] rows, int from, int to, int cells, double[] out) {
        int r = from;
        for (; r + 4 <= to; r += 4) {
            double[] x0 = rows[r];
            double[] x1 = rows[r + 1];
            double[] x2 = rows[r + 2];
            double[] x3 = rows[r + 3];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int c = 0; c < cells; c++) {
                s0 += x0[c];
                s1 += x1[c];
                s2 += x2[c];
                s3 += x3[c];
            }
            out[r] = s0;
            out[r + 1] = s1;
            out[r + 2] = s2;
            out[r + 3] = s3;
        }
        for (; r + 2 <= to; r += 2) {
            double[] x0 = rows[r];
            double[] x1 = rows[r + 1];
            double s0 = 0;
            double s1 = 0;
            for (int c = 0; c < cells; c++) {
                s0 += x0[c];
                s1 += x1[c];
            }
            out[r] = s0;
            out[r + 1] = s1;
        }
        for (; r < to; r++) {
            double[] x = rows[r];
            double s = 0;
            for (int c = 0; c < cells; c++) s += x[c];
            out[r] = s;
        }
    }

    /** One piece of work's parts: the next to take, how many are finished, the first failure. */
    private static final class Blocks {
        final int parts;
        final Part part;
        final Thread caller;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Blocks(int parts, Part part, Thread caller) {
            this.parts = parts;
            this.part = part;
            this.caller = caller;
        }

        void sweep() {
            for (int b = next.getAndIncrement(); b < parts; b = next.getAndIncrement()) {
                try {
                    if (failure.get() == null) part.run(b);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    if (finished.incrementAndGet() == parts) LockSupport.unpark(caller);
                }
            }
        }
    }
}
