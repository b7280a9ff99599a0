package org.sahelsim.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongToDoubleFunction;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The CPU time of one run in a warm JVM, as {@link RunBenchmark} runs it, for a machine whose
 * other work makes wall-clock times loose: the processor time the running thread was given is
 * what the run cost, whatever else the machine did meanwhile. Runs the reference kernel, the
 * model and the model with its recorder in turn, so that all three meet the same conditions,
 * and prints the median and quartiles of each in milliseconds.
 *
 * <p>Run: {@code java -cp target/benchmarks.jar org.sahelsim.bench.RunCpuTime 0.25 10 20}
 * (cell size in degrees, warm-up rounds, measured rounds). A fourth argument sweeps the model's
 * cells on that many threads ({@link SahelSim#cellThreads}); the calling thread's processor
 * time then leaves out the other threads' share, so the workers' processor time and the
 * wall-clock time of each run are printed as well.
 *
 * <p>"With recording" is what a run's command does without pictures: the model with its recorder,
 * then the run's folder written ({@link ScenarioRun#write}, into a temporary folder removed
 * after each run, outside the timing). The recorder puts the tables in words and compresses them
 * on a thread of its own as the run goes; the calling thread's processor time leaves that out,
 * so the whole process's processor time a run is printed too (it holds the compiler's and the
 * collector's share as well). The recorder's own thread's processor time a run is printed too:
 * the thread ends with its run, so it is the process's processor time that no thread still
 * alive at the run's end took (Linux's count a thread, {@link ThreadTimes}: the compilers' and the
 * collector's apart); "a run's CPU ms" is the calling thread's, the workers' and the recorder's
 * together, what a run costs whatever thread does the work. Before, the run ended with the grid's text put together on the
 * calling thread ({@code RunWriter.cellsCsv}, 9 MB at 0.25°), which no run's command does;
 * {@code -Drecording=cells-text} measures that again, for comparison with older figures.
 */
public final class RunCpuTime {
    private RunCpuTime() {
    }

    /** The processor time of the threads that help sweep the cells (a cached pool: they outlive a run). */
    private static long workersCpu(ThreadMXBean threads) {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!t.getName().equals("cell-sweep")) continue;
            long cpu = threads.getThreadCpuTime(t.getId());
            if (cpu > 0) sum += cpu;
        }
        return sum;
    }

    /** Removes the run folders written (and their files), and forgets them. */
    private static void removeAll(List<Path> dirs) {
        for (Path dir : dirs) {
            try (var files = Files.walk(dir)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (dirs instanceof ArrayList<Path> list) list.clear();
    }

    public static void main(String[] args) {
        double degrees = args.length > 0 ? Double.parseDouble(args[0]) : 0.25;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int cellThreads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=" + degrees));
        Geography geography = ScenarioRun.geographyFor(entry);
        ReferenceKernel kernel = new ReferenceKernel(geography);
        int weeks = new ScenarioRun(entry, 0, geography).simulate().weeks().size();
        String[] names = {"referenceKernel", "simulate", "simulateAndRecord"};
        boolean cellsText = "cells-text".equals(System.getProperty("recording"));
        Path folders;
        try {
            folders = Files.createTempDirectory("sahelsim-runcputime");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> written = new ArrayList<>();
        List<LongToDoubleFunction> jobs = List.of(
                seed -> kernel.run(seed, weeks),
                seed -> {
                    SahelSim sim = new SahelSim(entry.scenario(), geography, seed).cellThreads(cellThreads);
                    sim.runToEnd();
                    return sim.world().strength[0];
                },
                seed -> {
                    ScenarioRun run = new ScenarioRun(entry, seed, geography).cellThreads(cellThreads).simulate();
                    if (cellsText) return run.writer().cellsCsv().length();
                    try {
                        Path dir = run.write(folders, null);
                        written.add(dir);
                        return dir.getNameCount();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[][] processMs = new double[names.length][rounds];
        double[][] ms = new double[names.length][rounds];
        double[][] wall = new double[names.length][rounds];
        double[][] helped = new double[names.length][rounds];
        double[][] recorder = new double[names.length][rounds];
        double[][] compiler = new double[names.length][rounds];
        double[][] collector = new double[names.length][rounds];
        double[][] whole = new double[names.length][rounds];
        Map<String, String> own = Map.of("sahelsim-cells", "recorder", "cell-sweep", "workers");
        double sink = 0;
        long seed = 0;
        for (int round = -warmup; round < rounds; round++) {
            for (int j = 0; j < names.length; j++) {
                ThreadTimes before = ThreadTimes.now();
                long startProcess = process.getProcessCpuTime();
                long startWorkers = workersCpu(threads);
                long start = threads.getCurrentThreadCpuTime();
                long startWall = System.nanoTime();
                sink += jobs.get(j).applyAsDouble(++seed);
                long cpu = threads.getCurrentThreadCpuTime() - start;
                long elapsed = System.nanoTime() - startWall;
                long workers = workersCpu(threads) - startWorkers;
                long all = process.getProcessCpuTime() - startProcess;
                Map<String, Long> live = ThreadTimes.now().since(before, own);
                removeAll(written);
                // The recorder's thread ends with its run: its time is the process's that no
                // thread still alive took (with its own if it has not ended yet).
                long liveSum = live.values().stream().mapToLong(Long::longValue).sum();
                long recorded = all - liveSum + live.getOrDefault("recorder", 0L);
                if (round >= 0) {
                    ms[j][round] = cpu / 1e6;
                    wall[j][round] = elapsed / 1e6;
                    helped[j][round] = workers / 1e6;
                    processMs[j][round] = all / 1e6;
                    recorder[j][round] = Math.max(0, recorded) / 1e6;
                    compiler[j][round] = live.getOrDefault("compiler", 0L) / 1e6;
                    collector[j][round] = live.getOrDefault("collector", 0L) / 1e6;
                    whole[j][round] = (cpu + workers + Math.max(0, recorded)) / 1e6;
                }
            }
        }
        removeAll(List.of(folders));
        System.out.printf(Locale.ROOT, "%s cells, %d weeks, %d rounds after %d, model's cells on %d thread(s), recording ending with %s (checksum %.3g)%n",
                geography.cellCount(), weeks, rounds, warmup, cellThreads, cellsText ? "the grid's text" : "the run's folder", sink);
        for (int j = 0; j < names.length; j++) {
            double[] v = ms[j].clone();
            double[] t = wall[j].clone();
            double[] h = helped[j].clone();
            double[] a = processMs[j].clone();
            Arrays.sort(a);
            Arrays.sort(v);
            Arrays.sort(t);
            Arrays.sort(h);
            System.out.printf(Locale.ROOT, "%-18s CPU ms per run: median %8.1f  quartiles %8.1f %8.1f   wall ms: median %8.1f  quartiles %8.1f %8.1f"
                            + "   workers' CPU ms: median %7.1f   process CPU ms: median %8.1f%n",
                    names[j], v[v.length / 2], v[v.length / 4], v[(3 * v.length) / 4], t[t.length / 2], t[t.length / 4], t[(3 * t.length) / 4],
                    h[h.length / 2], a[a.length / 2]);
        }
        System.out.println("the run's own threads (calling, workers, the recorder's), the compilers' and the collector's, CPU ms per run:");
        for (int j = 0; j < names.length; j++) {
            double[] r = recorder[j].clone();
            double[] w = whole[j].clone();
            double[] c = compiler[j].clone();
            double[] g = collector[j].clone();
            Arrays.sort(r);
            Arrays.sort(w);
            Arrays.sort(c);
            Arrays.sort(g);
            System.out.printf(Locale.ROOT, "%-18s recorder's CPU ms: median %7.1f  quartiles %7.1f %7.1f   a run's CPU ms (calling + workers + recorder): median %8.1f"
                            + "  quartiles %8.1f %8.1f   compilers' %7.1f   collector's %7.1f%n",
                    names[j], r[r.length / 2], r[r.length / 4], r[(3 * r.length) / 4], w[w.length / 2], w[w.length / 4], w[(3 * w.length) / 4],
                    c[c.length / 2], g[g.length / 2]);
        }
    }
}
