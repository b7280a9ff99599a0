package org.sahelsim.teaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.run.Batch;
import org.sahelsim.run.Mali;
import org.sahelsim.run.Progress;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The runs a lesson of docs/TEACHING.md looks at: library scenarios on the coarse 0.4° grid, seeds
 * {@code 1..n}, each played up to a date (a lesson about 2022 need not play 2026) and kept for the
 * other lessons of the same JVM that look at the same runs.
 */
final class LessonRuns {
    /** Seeds each lesson is checked over. */
    static final int SEEDS = 5;

    private static final Map<String, Run> CACHE = new ConcurrentHashMap<>();

    /** One seed's run: its weeks, each week's holder of every place (by {@link org.sahelsim.model.Side} ordinal), and its event log. */
    record Run(List<WeekRecord> weeks, List<int[]> holders, List<LoggedEvent> events) {
    }

    private LessonRuns() {
    }

    /** The weeks of a library scenario, coarse, seed by seed, up to (not including) {@code until} or its end. */
    static List<List<WeekRecord>> weeks(String scenario, LocalDate until) {
        return runs(scenario, until).stream().map(Run::weeks).toList();
    }

    /** The runs of a library scenario, coarse, seed by seed, up to (not including) {@code until} or its end. */
    static List<Run> runs(String scenario, LocalDate until) {
        return runs(scenario, until, SEEDS);
    }

    /** The runs of seeds {@code 1..seeds} of a library scenario, coarse, up to (not including) {@code until} or its end. */
    static List<Run> runs(String scenario, LocalDate until, int seeds) {
        ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load(scenario, Mali.COARSE);
        return Batch.run(seeds, 2, Progress.none(), i -> CACHE.computeIfAbsent(scenario + "/" + (i + 1) + "/" + until,
                k -> play(entry, i + 1, until)));
    }

    /** Every week of a library scenario, coarse, seed by seed. */
    static List<List<WeekRecord>> weeks(String scenario) {
        return weeks(scenario, LocalDate.MAX);
    }

    /**
     * Every week of a library scenario on the lessons' own 0.25° grid, seed by seed: for the claims
     * whose size or sign depends on the grid (ODD 9), checked where the lesson measures them.
     */
    static List<List<WeekRecord>> fineWeeks(String scenario) {
        ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load(scenario, List.of());
        return Batch.run(SEEDS, 2, Progress.none(), i -> CACHE.computeIfAbsent("fine/" + scenario + "/" + (i + 1),
                k -> play(entry, Mali.map(), i + 1, LocalDate.MAX))).stream().map(Run::weeks).toList();
    }

    private static Run play(ScenarioLibrary.Entry entry, long seed, LocalDate until) {
        return play(entry, Mali.coarseMap(), seed, until);
    }

    private static Run play(ScenarioLibrary.Entry entry, org.sahelsim.model.world.Geography map, long seed, LocalDate until) {
        List<WeekRecord> weeks = new ArrayList<>();
        List<int[]> holders = new ArrayList<>();
        SahelSim sim = new SahelSim(entry.scenario(), map, seed);
        sim.addObserver(new RunObserver() {
            @Override
            public void week(WeekRecord record, WorldState state) {
                weeks.add(record);
                holders.add(state.places.holder.clone());
            }
        });
        sim.start();
        while (!sim.isFinished() && sim.date().isBefore(until) && sim.schedule.step(sim)) {
            // a week a step
        }
        sim.finish();
        return new Run(weeks, holders, List.copyOf(sim.eventLog().events()));
    }

    /** Per seed, the mean of a weekly quantity over the weeks starting in [from, to) (a lesson's window always has weeks). */
    static double[] mean(List<List<WeekRecord>> runs, java.util.function.ToDoubleFunction<WeekRecord> f, LocalDate from, LocalDate to) {
        double[] out = org.sahelsim.run.Ensemble.windowMeans(runs, f, from, to);
        for (double x : out) if (Double.isNaN(x)) throw new AssertionError("no week between " + from + " and " + to);
        return out;
    }

    /** In how many seeds {@code a} is above {@code b}. */
    static int above(double[] a, double[] b) {
        int k = 0;
        for (int i = 0; i < a.length; i++) if (a[i] > b[i]) k++;
        return k;
    }

    static double average(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    static String show(double[] v) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) b.append(i == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.3g", v[i]));
        return b.append(']').toString();
    }
}
