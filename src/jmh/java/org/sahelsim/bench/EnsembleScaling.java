package org.sahelsim.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.Ensemble;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The runs phase of an ensemble alone, in a warm JVM, on one worker thread and on two in turn:
 * wall-clock time, the process's processor time, and the collector's and the compilers' share of
 * it, so that a speedup short of two can be told apart from a machine with no free core (the
 * process's processor time per wall second says how many cores it was given).
 *
 * <p>A worker that neither ran nor waited for a processor was held by the program (a lock, the
 * collector) or idle (its runs done before the other's): the least of that time over the workers
 * bounds what the program held them, as a lock would hold both.
 *
 * <p>What the machine itself gives from a second processor is measured beside it: the same number
 * of runs of the {@link ReferenceKernel} (a flat-array sweep that shares nothing between runs and
 * allocates nothing as it goes) on one thread and on two, in turn with the ensembles. Two
 * processors that are one core's two hardware threads, or that share a memory bus or a host's
 * other guests, give such a kernel less than 2; the model's speedup is read against it.
 *
 * <p>Run: {@code java -cp target/benchmarks.jar org.sahelsim.bench.EnsembleScaling 8 2 5}
 * (seeds per ensemble, warm-up rounds, measured rounds; optional fourth argument a scenario).
 */
public final class EnsembleScaling {
    private EnsembleScaling() {
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String scenario = args.length > 3 ? args[3] : "default";
        ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load(scenario, List.of());
        Geography geography = ScenarioRun.geographyFor(entry);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        int[] threadCounts = {1, 2};
        int weeks = new ScenarioRun(entry, 0, geography).simulate().weeks().size();
        double[][] kernelWall = new double[2][rounds];
        double kernelSink = 0;
        double[][] wall = new double[2][rounds];
        double[][] cpu = new double[2][rounds];
        double[][] gc = new double[2][rounds];
        double[][] jitMs = new double[2][rounds];
        double[][] busiest = new double[2][rounds];
        double[][] idle = new double[2][rounds];
        int sink = 0;
        for (int round = -warmup; round < rounds; round++) {
            for (int t = 0; t < threadCounts.length; t++) {
                WorkerClock clock = WorkerClock.start();
                long gc0 = gcs.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
                long jit0 = jit.getTotalCompilationTime();
                long cpu0 = os.getProcessCpuTime();
                long w0 = System.nanoTime();
                sink += Ensemble.run(entry, geography, seeds, threadCounts[t]).size();
                long w = System.nanoTime() - w0;
                List<long[]> workers = clock.stop();
                long c = os.getProcessCpuTime() - cpu0;
                long g = gcs.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() - gc0;
                long j = jit.getTotalCompilationTime() - jit0;
                double longest = 0;
                double blocked = Double.POSITIVE_INFINITY;
                StringBuilder each = new StringBuilder();
                for (long[] v : workers) {
                    longest = Math.max(longest, v[0] / 1e6);
                    blocked = Math.min(blocked, (w - v[0] - v[1]) / 1e6);
                    each.append(String.format(Locale.ROOT, " %.0f/%.0f", v[0] / 1e6, v[1] / 1e6));
                }
                if (round >= 0) {
                    busiest[t][round] = longest;
                    idle[t][round] = blocked;
                    wall[t][round] = w / 1e6;
                    cpu[t][round] = c / 1e6;
                    gc[t][round] = g;
                    jitMs[t][round] = j;
                }
                System.out.printf(Locale.ROOT, "%s round %d, %d thread(s): wall %.0f ms, process CPU %.0f ms, GC %d ms, JIT %d ms;"
                        + " workers on a processor / waiting for one, ms:%s; the least a worker neither ran nor waited: %.0f ms%n",
                        round < 0 ? "warm-up" : "measured", round, threadCounts[t], w / 1e6, c / 1e6, g, j, each, blocked);
                long k0 = System.nanoTime();
                kernelSink += kernels(geography, seeds, weeks, threadCounts[t]);
                double kw = (System.nanoTime() - k0) / 1e6;
                if (round >= 0) kernelWall[t][round] = kw;
                System.out.printf(Locale.ROOT, "%s round %d, %d thread(s): %d runs of the reference kernel, wall %.0f ms%n",
                        round < 0 ? "warm-up" : "measured", round, threadCounts[t], seeds, kw);
            }
        }
        System.out.printf(Locale.ROOT, "%d seeds of %s, %d rounds after %d (checksum %d)%n", seeds, scenario, rounds, warmup, sink);
        for (int t = 0; t < threadCounts.length; t++) {
            System.out.printf(Locale.ROOT, "%d thread(s): median wall %.0f ms, process CPU %.0f ms, GC %.0f ms, JIT %.0f ms%n",
                    threadCounts[t], median(wall[t]), median(cpu[t]), median(gc[t]), median(jitMs[t]));
        }
        double[] ratio = new double[rounds];
        double[] free = new double[rounds];
        double[] kernelRatio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ratio[r] = wall[0][r] / wall[1][r];
            free[r] = busiest[0][r] / busiest[1][r];
            kernelRatio[r] = kernelWall[0][r] / kernelWall[1][r];
        }
        System.out.printf(Locale.ROOT, "reference kernel, %d runs of %d weeks (checksum %.6g): median wall %.0f ms on 1 thread, %.0f ms on 2;"
                + " the machine's speedup 1 -> 2 threads (median of the rounds' ratios): %.2f%n",
                seeds, weeks, kernelSink, median(kernelWall[0]), median(kernelWall[1]), median(kernelRatio));
        System.out.printf(Locale.ROOT, "speedup 1 -> 2 threads, wall (median of the rounds' ratios): %.2f%n", median(ratio));
        System.out.printf(Locale.ROOT, "speedup 1 -> 2 threads on free processors (the one worker's processor time over the busier"
                + " of the two workers'; median): %.2f; the least a worker neither ran nor waited for a processor: %.0f ms (1 thread), %.0f ms (2)%n",
                median(free), median(idle[0]), median(idle[1]));
    }

    /**
     * {@code runs} runs of the reference kernel (seeds 1, 2, ...) on {@code threads} threads, each
     * run its own kernel; returns the sum of their checksums (so that none is optimised away).
     */
    private static double kernels(Geography geography, int runs, int weeks, int threads) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kernel");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<Double>> done = new java.util.ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                long seed = i;
                done.add(pool.submit(() -> new ReferenceKernel(geography).run(seed, weeks)));
            }
            double sum = 0;
            for (java.util.concurrent.Future<Double> f : done) sum += f.get();
            return sum;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The worker threads' time as Linux's scheduler counts it ({@code /proc/self/task/TID/schedstat}:
     * time on a processor, time runnable but waiting for one), sampled every few milliseconds while
     * a batch runs, so that a worker held back by the machine's other work (waiting for a
     * processor) can be told apart from one held back by the program (neither running nor
     * waiting to run: blocked on a lock, stopped for the collector, or idle).
     */
    private static final class WorkerClock {
        private final java.util.Map<String, long[]> last = new java.util.TreeMap<>();
        private final java.util.Set<String> before = new java.util.HashSet<>();
        private final Thread sampler;
        private volatile boolean running = true;

        private WorkerClock() {
            before.addAll(workerTasks());
            sampler = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "worker-clock");
            sampler.setDaemon(true);
        }

        static WorkerClock start() {
            WorkerClock c = new WorkerClock();
            c.sampler.start();
            return c;
        }

        private static List<String> workerTasks() {
            List<String> out = new java.util.ArrayList<>();
            java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
            if (tasks == null) return out;
            for (java.io.File t : tasks) {
                try {
                    String comm = java.nio.file.Files.readString(t.toPath().resolve("comm")).strip();
                    if (comm.startsWith("pool-")) out.add(t.getName());
                } catch (java.io.IOException e) {
                    // the thread ended meanwhile
                }
            }
            return out;
        }

        private void sample() {
            for (String tid : workerTasks()) {
                if (before.contains(tid)) continue;
                try {
                    String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/task", tid, "schedstat")).strip().split(" ");
                    last.put(tid, new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])});
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended meanwhile: its last sample stands
                }
            }
        }

        /** Stops sampling; per worker, nanoseconds on a processor and waiting for one (empty without /proc). */
        List<long[]> stop() {
            running = false;
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.copyOf(last.values());
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
