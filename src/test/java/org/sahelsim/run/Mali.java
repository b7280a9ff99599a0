package org.sahelsim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The map and the default scenario shared by the tests of one JVM, each built once on first
 * use (the map takes a couple of seconds, a default run several). All are read-only: a
 * {@link Geography} is immutable, a scenario entry is a record of records, and tests only read a
 * finished run.
 */
public final class Mali {
    private Mali() {
    }

    /**
     * Runs {@code seeds} seeds (1..seeds) on two threads, as the seeded story tests do, and returns
     * what {@code run} makes of each, in the seeds' order.
     */
    public static <T> List<T> seeds(int seeds, SeedRun<T> run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (long seed = 1; seed <= seeds; seed++) {
                long s = seed;
                futures.add(pool.submit(() -> run.of(s)));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) out.add(f.get());
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** What one seed's run gives a test. */
    @FunctionalInterface
    public interface SeedRun<T> {
        T of(long seed) throws Exception;
    }

    /** The 0.25° map of the default scenario. */
    public static Geography map() {
        return MapHolder.MAP;
    }

    /** The default scenario as the command line loads it (from {@code scenarios/}). */
    public static ScenarioLibrary.Entry defaultScenario() {
        return ScenarioHolder.DEFAULT;
    }

    /** The default scenario run with seed 1, simulated once and shared; write it, do not change it. */
    public static ScenarioRun defaultRun() {
        return RunHolder.RUN;
    }

    /** The default scenario on the coarse 0.4° grid (at 0.5° Bamako district has no cell), for tests that run it many times. */
    public static ScenarioLibrary.Entry coarseScenario() {
        return CoarseHolder.SCENARIO;
    }

    /** The 0.4° map. */
    public static Geography coarseMap() {
        return CoarseHolder.MAP;
    }

    /** The overrides that make the default scenario coarse, as {@code --set} takes them. */
    public static final List<String> COARSE = List.of("grid.cell_degrees=0.4");

    private static final class CoarseHolder {
        static final ScenarioLibrary.Entry SCENARIO = ScenarioLibrary.standard().load("default", COARSE);
        static final Geography MAP = Rasteriser.build(MaliAtlas.load(), 0.4);
    }

    private static final class MapHolder {
        static final Geography MAP = Rasteriser.build(MaliAtlas.load(), 0.25);
    }

    private static final class ScenarioHolder {
        static final ScenarioLibrary.Entry DEFAULT = ScenarioLibrary.standard().load("default", List.of());
    }

    private static final class RunHolder {
        static final ScenarioRun RUN = new ScenarioRun(defaultScenario(), 1, map()).simulate();
    }
}
