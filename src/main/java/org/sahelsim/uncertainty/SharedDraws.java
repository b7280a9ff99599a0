package org.sahelsim.uncertainty;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.Batch;
import org.sahelsim.run.Ensemble;
import org.sahelsim.run.Progress;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * Two scenarios run over the same draws, for {@code compare --sample}: one point of the unit cube
 * and one seed per run, shared by both, over the union of the parameters either ranges. Each
 * scenario turns a point into values through its own ranges and distributions, so a parameter
 * both range takes the same quantile in each (the same relative place in its range); a parameter
 * only one ranges varies in that one only. Differences between the two are then differences of
 * scenario, not of draw or of luck (common random numbers).
 */
public final class SharedDraws {
    private SharedDraws() {
    }

    /** One side of the comparison: the scenario as named, its overrides, and the label of its ensemble. */
    public record Side(ScenarioLibrary.Entry entry, String name, List<String> overrides, String label, Geography geography) {
    }

    /** The two ensembles, and the draws they share. */
    public record Pair(Ensemble a, Ensemble b, List<String> paths, double[][] u, long[] seeds, ParameterSpace spaceA, ParameterSpace spaceB) {
    }

    /** Runs {@code n} draws of both sides. */
    public static Pair run(ScenarioLibrary library, Side a, Side b, Sample sample, List<String> vary, int n, long seed, int threads,
            Progress.Factory progress) {
        boolean seedsOnly = sample == Sample.SEEDS;
        ParameterSpace spaceA = seedsOnly ? ParameterSpace.none() : ParameterSpace.of(a.entry(), vary, false);
        ParameterSpace spaceB = seedsOnly ? ParameterSpace.none() : ParameterSpace.of(b.entry(), vary, false);
        Set<String> union = new LinkedHashSet<>(spaceA.paths());
        union.addAll(spaceB.paths());
        for (String path : vary) {
            if (!union.contains(path)) {
                throw new IllegalArgumentException("--vary " + path + ": neither " + a.entry().scenario().id() + " nor " + b.entry().scenario().id()
                        + " gives that parameter a range (`describe` lists the ranged parameters)");
            }
        }
        List<String> paths = List.copyOf(union);
        if (!seedsOnly && paths.isEmpty()) throw new IllegalArgumentException("neither scenario has a ranged parameter to vary");
        double[][] u = sample.points(n, paths.size(), seed);
        long[] seeds = new long[n];
        for (int i = 0; i < n; i++) seeds[i] = Seeds.of(seed, i);
        List<ScenarioLibrary.Entry> checked = new ArrayList<>();
        for (Side side : List.of(a, b)) {
            ParameterSpace space = side == a ? spaceA : spaceB;
            try (Progress p = progress.start("Checking draws of " + side.label(), n)) {
                Batch.run(n, threads, p, i -> load(library, side, space, paths, u[i], i));
            }
            checked.add(side.entry());
        }
        Ensemble ea = ensemble(library, a, spaceA, paths, u, seeds, threads, progress);
        Ensemble eb = ensemble(library, b, spaceB, paths, u, seeds, threads, progress);
        return new Pair(ea, eb, paths, u, seeds, spaceA, spaceB);
    }

    private static Ensemble ensemble(ScenarioLibrary library, Side side, ParameterSpace space, List<String> paths, double[][] u, long[] seeds,
            int threads, Progress.Factory progress) {
        try (Progress p = progress.start("Running " + side.label(), seeds.length)) {
            List<List<WeekRecord>> runs = Batch.run(seeds.length, threads, p,
                    i -> ScenarioRun.weeksOf(load(library, side, space, paths, u[i], i), seeds[i], side.geography()));
            return Ensemble.of(side.label(), runs);
        }
    }

    private static ScenarioLibrary.Entry load(ScenarioLibrary library, Side side, ParameterSpace space, List<String> paths, double[] u, int i) {
        List<String> overrides = new ArrayList<>(side.overrides());
        overrides.addAll(space.overrides(paths, u));
        try {
            return library.load(side.name(), overrides);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("draw " + i + " gives " + side.label() + " values its scenario refuses:\n" + e.getMessage(), e);
        }
    }

    /** The draws as one scenario applies them: {@code run,seed} and each of its varied parameters. */
    public static String drawsCsv(ParameterSpace space, List<String> paths, double[][] u, long[] seeds) {
        StringBuilder b = new StringBuilder("run,seed");
        for (String p : space.paths()) b.append(',').append(p);
        b.append('\n');
        for (int i = 0; i < seeds.length; i++) {
            b.append(i).append(',').append(seeds[i]);
            for (String o : space.overrides(paths, u[i])) b.append(',').append(o.substring(o.indexOf('=') + 1));
            b.append('\n');
        }
        return b.toString();
    }
}
