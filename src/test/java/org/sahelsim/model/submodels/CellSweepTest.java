package org.sahelsim.model.submodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * A sweep visits every cell exactly once, in blocks whose boundaries do not depend on the number
 * of threads, and hands blocks to other threads when it has more than one.
 */
class CellSweepTest {
    /** Several rows' totals side by side are each the same bits as the row added up alone, in the cells' order. */
    @Test
    void totalsSideBySideAreEachRowsOwnSumToTheBit() {
        java.util.Random rnd = new java.util.Random(7);
        for (int rows = 1; rows <= 9; rows++) {
            double[][] x = new double[rows][1001];
            for (double[] row : x) for (int c = 0; c < row.length; c++) row[c] = rnd.nextDouble() * Math.pow(10, rnd.nextInt(12) - 6);
            double[] out = new double[rows];
            CellSweep.totals(x, 1001, out);
            for (int r = 0; r < rows; r++) {
                double alone = 0;
                for (double v : x[r]) alone += v;
                assertEquals(Double.doubleToRawLongBits(alone), Double.doubleToRawLongBits(out[r]), rows + " rows, row " + r);
            }
        }
    }

    @Test
    void everyCellOnceInTheSameBlocksOnOneThreadOrMany() {
        int cells = 5 * CellSweep.BLOCK + 17;
        List<String> blocksOnOne = blocks(CellSweep.on(1), cells);
        for (int threads : new int[] {2, 3, 8}) {
            AtomicIntegerArray visits = new AtomicIntegerArray(cells);
            CellSweep.on(threads).sweep(cells, (from, to) -> {
                for (int c = from; c < to; c++) visits.incrementAndGet(c);
            });
            for (int c = 0; c < cells; c++) assertEquals(1, visits.get(c), "cell " + c + " on " + threads + " threads");
            assertEquals(blocksOnOne, blocks(CellSweep.on(threads), cells), threads + " threads");
        }
        assertEquals(6, blocksOnOne.size(), "blocks of " + CellSweep.BLOCK + " cells: " + blocksOnOne);
    }

    @Test
    void oneThreadSweepsOnTheCallerAndSeveralShareTheBlocks() {
        assertEquals(1, CellSweep.on(1).threads());
        assertEquals(1, CellSweep.on(0).threads());
        Thread caller = Thread.currentThread();
        List<Thread> one = Collections.synchronizedList(new ArrayList<>());
        CellSweep.on(1).sweep(10 * CellSweep.BLOCK, (from, to) -> one.add(Thread.currentThread()));
        assertEquals(List.of(caller), one, "one thread: one call, on the caller");
        // Each block waits until another thread has taken one, so two threads must both sweep.
        ConcurrentHashMap<Thread, Integer> seen = new ConcurrentHashMap<>();
        CellSweep.on(2).sweep(64 * CellSweep.BLOCK, (from, to) -> {
            seen.merge(Thread.currentThread(), 1, Integer::sum);
            long until = System.nanoTime() + 20_000_000_000L;
            while (seen.size() < 2 && System.nanoTime() < until) Thread.onSpinWait();
        });
        assertEquals(2, seen.size(), "blocks swept by: " + seen);
        assertEquals(64, seen.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(seen.containsKey(caller), "the calling thread sweeps too");
    }

    @Test
    void aFailureInABlockReachesTheCaller() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CellSweep.on(3).sweep(8 * CellSweep.BLOCK, (from, to) -> {
            if (from == 5 * CellSweep.BLOCK) throw new IllegalArgumentException("block 5");
        }));
        assertEquals("block 5", e.getMessage());
    }

    private static List<String> blocks(CellSweep sweep, int cells) {
        List<String> blocks = Collections.synchronizedList(new ArrayList<>());
        sweep.sweep(cells, (from, to) -> {
            for (int start = from; start < to; start += CellSweep.BLOCK) blocks.add(start + ".." + Math.min(to, start + CellSweep.BLOCK));
        });
        List<String> sorted = new ArrayList<>(blocks);
        sorted.sort(java.util.Comparator.comparingInt(b -> Integer.parseInt(b.substring(0, b.indexOf('.')))));
        return sorted;
    }
}
