package org.sahelsim.uncertainty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.Batch;
import org.sahelsim.run.Progress;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * A study opened from its {@link StudyPlan}: the scenario loaded with its overrides, the
 * parameters varied, the map, and the points to run. It runs all its points or one shard of them
 * (on one machine, in parallel, results by index) and hands the results to the report of its kind.
 * Every run applies its draw through the same {@code --set} path as the command line, so a drawn
 * value that the scenario's rules refuse stops the study before any run, naming the run and the
 * problem.
 */
public final class Study {
    private final StudyPlan plan;
    private final ScenarioLibrary library;
    private final ScenarioLibrary.Entry base;
    private final ParameterSpace space;
    private final Geography geography;
    private final StudyPlan.Points points;
    private final List<Targets.Target> calibrationTargets;

    private Study(StudyPlan plan, ScenarioLibrary library, ScenarioLibrary.Entry base, ParameterSpace space, Geography geography,
            List<Targets.Target> calibrationTargets) {
        this.plan = plan;
        this.library = library;
        this.base = base;
        this.space = space;
        this.geography = geography;
        this.calibrationTargets = calibrationTargets;
        this.points = plan.points(space.size());
    }

    /**
     * Opens a plan. The scenario must be the one the plan was made with (same file bytes): a
     * shard or a merge on another machine with another scenario file is refused.
     */
    public static Study open(StudyPlan plan, ScenarioLibrary library) {
        ScenarioLibrary.Entry base = library.load(plan.scenario(), plan.overrides());
        if (!plan.sha256().isEmpty() && !plan.sha256().equals(base.sha256())) {
            throw new IllegalArgumentException("the scenario " + plan.scenario() + " is not the one this study was made with"
                    + " (its file's SHA-256 is " + base.sha256() + ", the study's " + plan.sha256() + ")");
        }
        boolean seedsOnly = plan.kind() != StudyPlan.Kind.SENSITIVITY && plan.design().equals(Sample.SEEDS.key());
        ParameterSpace space = seedsOnly ? ParameterSpace.none() : ParameterSpace.of(base, plan.vary());
        if (!seedsOnly && space.size() == 0) {
            throw new IllegalArgumentException(base.scenario().id() + " has no ranged parameter to vary"
                    + (plan.vary().isEmpty() ? "" : " among " + String.join(", ", plan.vary())));
        }
        List<Targets.Target> targets = List.of();
        if (plan.kind() == StudyPlan.Kind.CALIBRATION) {
            Targets all = Targets.parse(plan.targetsName(), plan.targets(), library);
            targets = all.targets().stream().filter(t -> t.use() == Targets.Use.CALIBRATION
                    && (t.scenario().equals(plan.scenario()) || t.scenario().equals(base.scenario().id()))).toList();
            if (targets.isEmpty()) {
                throw new IllegalArgumentException(plan.targetsName() + " has no calibration target for " + base.scenario().id()
                        + " (targets with scenario: " + base.scenario().id() + " and use: calibration)");
            }
        }
        return new Study(plan, library, base, space, ScenarioRun.geographyFor(base), targets);
    }

    public StudyPlan plan() {
        return plan;
    }

    /** The scenario as loaded with the plan's overrides, before any draw. */
    public ScenarioLibrary.Entry base() {
        return base;
    }

    public ParameterSpace space() {
        return space;
    }

    public StudyPlan.Points points() {
        return points;
    }

    public int size() {
        return points.size();
    }

    public Geography geography() {
        return geography;
    }

    /** The calibration targets of the study's scenario (calibration studies), in file order. */
    public List<Targets.Target> calibrationTargets() {
        return calibrationTargets;
    }

    /** The first run index of shard {@code shard} of {@code shards}. */
    public int shardStart(int shard, int shards) {
        return (int) ((long) shard * size() / shards);
    }

    /** The {@code --set} overrides of run {@code index}: the plan's, then the draw's. */
    public List<String> overrides(int index) {
        List<String> all = new ArrayList<>(plan.overrides());
        all.addAll(space.overrides(points.u()[index]));
        return all;
    }

    /** The parameter values of run {@code index}, in the order of {@link ParameterSpace#paths()}. */
    public double[] values(int index) {
        return space.values(points.u()[index]);
    }

    /**
     * Runs shard {@code shard} of {@code shards} (all runs: 0 of 1) on {@code threads} threads.
     * Every draw of the shard is first loaded and checked; then the runs.
     */
    public List<RunResult> run(int shard, int shards, int threads, Progress.Factory progress) {
        return run(shard, shards, threads, progress, false, null);
    }

    /**
     * As {@link #run(int, int, int, Progress.Factory)}; with {@code regions}, keeps the events and
     * people killed per region; with {@code runFolders}, also writes each run's folder (its files,
     * no pictures) under that folder, as {@code run} does.
     */
    public List<RunResult> run(int shard, int shards, int threads, Progress.Factory progress, boolean regions, Path runFolders) {
        if (shards < 1 || shard < 0 || shard >= shards) {
            throw new IllegalArgumentException("shard " + shard + " of " + shards + ": expected 0 <= shard < shards");
        }
        int from = shardStart(shard, shards);
        int to = shardStart(shard + 1, shards);
        try (Progress p = progress.start("Checking draws", to - from)) {
            Batch.run(to - from, threads, p, i -> entry(from + i).sha256());
        }
        try (Progress p = progress.start("Running " + base.scenario().id(), to - from)) {
            return Batch.run(to - from, threads, p, i -> runOne(from + i, regions, runFolders));
        }
    }

    /** The scenario of run {@code index}, with its draw applied (and checked). */
    ScenarioLibrary.Entry entry(int index) {
        try {
            return library.load(plan.scenario(), overrides(index));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("run " + index + " of the study draws values its scenario refuses:\n"
                    + e.getMessage(), e);
        }
    }

    /** Runs one point of the study and keeps what the study needs of it (and writes its run folder under {@code runFolders}, if given). */
    public RunResult runOne(int index, boolean regions, Path runFolders) {
        ScenarioLibrary.Entry entry = entry(index);
        long seed = points.seeds()[index];
        int[] regionOf = new int[geography.cellCount()];
        for (int c = 0; c < regionOf.length; c++) regionOf[c] = geography.region(c);
        RunSeries.Recorder recorder = new RunSeries.Recorder(geography.regionIndex("bamako"), regionOf,
                geography.regions().size(), regions);
        if (runFolders == null) {
            SahelSim sim = new SahelSim(entry.scenario(), geography, seed);
            sim.addObserver(recorder);
            sim.runToEnd();
        } else {
            try {
                new ScenarioRun(entry, seed, geography).simulate(recorder).write(runFolders, null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the folder of run " + index, e);
            }
        }
        RunSeries series = recorder.series();
        double[] targetValues = new double[calibrationTargets.size()];
        for (int t = 0; t < targetValues.length; t++) targetValues[t] = calibrationTargets.get(t).measure(series);
        boolean keep = plan.kind() == StudyPlan.Kind.ENSEMBLE || regions;
        return new RunResult(index, seed, Outcome.all(series), targetValues, keep ? series : null);
    }

    /** Writes the study's results (all its runs, by index) into {@code dir}: the files and pictures of its kind. */
    public void report(List<RunResult> results, Path dir) throws IOException {
        if (results.size() != size()) throw new IllegalArgumentException("a study of " + size() + " runs has " + results.size() + " results");
        switch (plan.kind()) {
            case ENSEMBLE -> EnsembleReport.write(this, results, dir);
            case SENSITIVITY -> SensitivityReport.write(this, results, dir);
            case CALIBRATION -> AbcCalibration.write(this, results, dir);
            default -> throw new IllegalStateException(plan.kind().toString());
        }
    }
}
