package org.sahelsim.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.random.MersenneTwister;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Geography;
import org.sahelsim.results.Actors;
import org.sahelsim.results.RunFiles;
import org.sahelsim.results.RunResults;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * Many runs of one scenario, seeds {@code 1..n} (or one run per draw of its parameters, see
 * {@link #of}), and their weekly distribution. Runs execute in parallel but results are kept by
 * seed, so the ensemble is the same whatever the thread count.
 * Comparing two ensembles seed by seed (common random numbers) removes much of the noise from the
 * difference.
 */
public final class Ensemble {
    /** A weekly series the ensemble summarises: a column of {@code national.csv}. */
    public enum Metric {
        STATE_TERRITORY("territory_state", "State's share of territory"),
        JNIM_TERRITORY("territory_jnim", "JNIM's share of territory"),
        IS_SAHEL_TERRITORY("territory_is_sahel", "IS Sahel's share of territory"),
        SEPARATIST_TERRITORY("territory_separatists", "Separatists' share of territory"),
        CONTESTED_TERRITORY("territory_contested", "Contested share of territory"),
        STATE_POPULATION("population_state", "Share of people under the state"),
        VIOLENT_EVENTS("violent_events", "Violent events a week"),
        FATALITIES("fatalities", "Fatalities a week"),
        CIVILIAN_FATALITIES("civilian_fatalities", "Civilian fatalities a week"),
        FUEL_PRICE("fuel_price_bamako", "Bamako fuel price (CFA/L)"),
        FUEL_STOCK("fuel_stock_bamako_days", "Bamako fuel stock (days)"),
        JNIM_TROOPS("troops_jnim", "JNIM fighters"),
        RUSSIA_TROOPS("troops_russia", "Russian forces");

        private final String label;
        private final RunFiles.Column column;

        Metric(String key, String label) {
            this.label = label;
            this.column = RunFiles.nationalColumn(key, Actors.standard())
                    .orElseThrow(() -> new IllegalStateException("no column " + key + " in " + RunFiles.NATIONAL));
        }

        /** The column's name in {@code national.csv}. */
        public String key() {
            return column.name();
        }

        public String label() {
            return label;
        }

        public double of(WeekRecord r) {
            return column.value().applyAsDouble(r);
        }
    }

    private final String scenarioId;
    private final List<List<WeekRecord>> runs;

    private Ensemble(String scenarioId, List<List<WeekRecord>> runs) {
        this.scenarioId = scenarioId;
        this.runs = runs;
    }

    /** Runs seeds {@code 1..seeds} of a scenario on {@code threads} threads. */
    public static Ensemble run(ScenarioLibrary.Entry entry, Geography geo, int seeds, int threads) {
        return run(entry, geo, seeds, threads, entry.scenario().id());
    }

    /** As {@link #run(ScenarioLibrary.Entry, Geography, int, int)}, naming the ensemble {@code label}. */
    public static Ensemble run(ScenarioLibrary.Entry entry, Geography geo, int seeds, int threads, String label) {
        return run(entry, geo, seeds, threads, label, Progress.none());
    }

    /** As {@link #run(ScenarioLibrary.Entry, Geography, int, int, String)}, reporting each run done. */
    public static Ensemble run(ScenarioLibrary.Entry entry, Geography geo, int seeds, int threads, String label,
            Progress progress) {
        return new Ensemble(label, Batch.run(seeds, threads, progress,
                i -> ScenarioRun.weeksOf(entry, i + 1, geo)));
    }

    /** An ensemble of runs made elsewhere (one per draw of the parameters, say), in their order. */
    public static Ensemble of(String label, List<List<WeekRecord>> runs) {
        if (runs.isEmpty()) throw new IllegalArgumentException("an ensemble needs at least one run");
        return new Ensemble(label, List.copyOf(runs));
    }

    /**
     * An ensemble of finished runs read from their folders (one per seed, in the order given),
     * with the same reader as the pictures: compare runs made earlier, or elsewhere.
     */
    public static Ensemble read(String label, List<java.nio.file.Path> runDirs) {
        List<List<WeekRecord>> runs = new ArrayList<>();
        for (java.nio.file.Path dir : runDirs) runs.add(RunResults.read(dir).national());
        return new Ensemble(label, runs);
    }

    public String scenarioId() {
        return scenarioId;
    }

    public int size() {
        return runs.size();
    }

    public List<LocalDate> dates() {
        return runs.get(0).stream().map(WeekRecord::date).toList();
    }

    /** The values of a metric in week {@code week}, one per run, in run order. */
    public double[] values(Metric m, int week) {
        double[] v = new double[runs.size()];
        for (int i = 0; i < v.length; i++) v[i] = m.of(runs.get(i).get(week));
        return v;
    }

    /** Per run, the mean of a metric over the weeks starting in [from, to). */
    public double[] windowMeans(Metric m, LocalDate from, LocalDate to) {
        return windowMeans(runs, m::of, from, to);
    }

    /** Per run of {@code runs}, the mean of {@code f} over the weeks starting in [from, to); NaN for a run with no such week. */
    public static double[] windowMeans(List<List<WeekRecord>> runs, java.util.function.ToDoubleFunction<WeekRecord> f,
                                       LocalDate from, LocalDate to) {
        double[] out = new double[runs.size()];
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            int n = 0;
            for (WeekRecord r : runs.get(i)) {
                if (!r.date().isBefore(from) && r.date().isBefore(to)) {
                    sum += f.applyAsDouble(r);
                    n++;
                }
            }
            out[i] = n == 0 ? Double.NaN : sum / n;
        }
        return out;
    }

    /** The {@code q}-quantile (0–1) of values, by linear interpolation between order statistics. */
    public static double quantile(double[] values, double q) {
        double[] v = values.clone();
        Arrays.sort(v);
        if (v.length == 0) return Double.NaN;
        double pos = q * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return v[lo] + (v[hi] - v[lo]) * (pos - lo);
    }

    public static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    /**
     * A percentile bootstrap interval for the mean of {@code v} (the paired differences of two
     * ensembles), with a fixed seed so the interval is reproducible.
     */
    public static double[] bootstrapMeanInterval(double[] v, double level, int resamples, long seed) {
        MersenneTwister rng = new MersenneTwister(seed);
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double s = 0;
            for (int i = 0; i < v.length; i++) s += v[rng.nextInt(v.length)];
            means[b] = s / v.length;
        }
        double tail = (1 - level) / 2;
        return new double[] {quantile(means, tail), quantile(means, 1 - tail)};
    }
}
