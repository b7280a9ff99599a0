package org.sahelsim.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Geography;
import org.sahelsim.results.RunWriter;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.scenario.ScenarioReferences;

/**
 * One run of a scenario with a seed, from the loaded scenario to a published output folder. A
 * run is a pure function of (scenario, seed): it shares nothing with other runs, so many can
 * execute in parallel in one JVM. What it writes is the {@link RunWriter}'s business.
 */
public final class ScenarioRun {
    private final ScenarioLibrary.Entry entry;
    private final long seed;
    private final Geography geography;
    private SahelSim sim;
    private RunWriter writer;
    /** Where a run restored from a checkpoint saves its next ones, until it is resumed. */
    private RunCheckpoints resumeInto;
    /** The threads that sweep the run's cells ({@link SahelSim#cellThreads}). */
    private int cellThreads = 1;

    public ScenarioRun(ScenarioLibrary.Entry entry, long seed, Geography geography) {
        this.entry = entry;
        this.seed = seed;
        this.geography = geography;
    }

    /**
     * Builds the map for a scenario's grid.
     *
     * @throws org.sahelsim.scenario.ScenarioException if the grid leaves a region without a cell
     */
    public static Geography geographyFor(ScenarioLibrary.Entry entry) {
        return geographyFor(entry, MaliAtlas.load());
    }

    /** The map of a scenario from an atlas already read, checked as {@link #geographyFor(ScenarioLibrary.Entry)} checks it. */
    public static Geography geographyFor(ScenarioLibrary.Entry entry, MaliAtlas atlas) {
        Geography map = Rasteriser.build(atlas, entry.scenario().grid().cellDegrees());
        ScenarioReferences.checkGrid(entry, map);
        return map;
    }

    /**
     * Sweeps the run's cells on {@code threads} threads where the model can share them out
     * ({@link SahelSim#cellThreads}): the same results, sooner for a single run on a fine map
     * when a processor is free.
     */
    public ScenarioRun cellThreads(int threads) {
        this.cellThreads = Math.max(1, threads);
        return this;
    }

    /** Runs the simulation to the end, in memory; {@code also} observe it beside the recorder. */
    public ScenarioRun simulate(RunObserver... also) {
        sim = new SahelSim(entry.scenario(), geography, seed).cellThreads(cellThreads);
        writer = new RunWriter(entry, seed, geography);
        sim.addObserver(writer);
        for (RunObserver o : also) sim.addObserver(o);
        sim.runToEnd();
        return this;
    }

    /**
     * The weekly records of a run of (scenario, seed), and nothing else: what an ensemble keeps of
     * each run. The same records as {@link #simulate} then {@link #weeks}, without the recorder's
     * tables, snapshots and text, which an ensemble throws away (they were about 7% of a run's
     * processor time, and a tenth of the optimising compiler's time during an ensemble).
     */
    public static List<WeekRecord> weeksOf(ScenarioLibrary.Entry entry, long seed, Geography geography) {
        SahelSim sim = new SahelSim(entry.scenario(), geography, seed);
        List<WeekRecord> weeks = new java.util.ArrayList<>();
        sim.addObserver((record, state) -> weeks.add(record));
        sim.runToEnd();
        return weeks;
    }

    /**
     * Runs the simulation to the end as {@link #simulate} does, saving it into {@code checkpoints}
     * as it goes.
     *
     * @throws IOException if a checkpoint could not be written (the run stops there)
     */
    public ScenarioRun simulate(RunCheckpoints checkpoints, RunObserver... also) throws IOException {
        sim = new SahelSim(entry.scenario(), geography, seed).cellThreads(cellThreads);
        writer = new RunWriter(entry, seed, geography);
        sim.addObserver(writer);
        for (RunObserver o : also) sim.addObserver(o);
        sim.start();
        return goOn(checkpoints);
    }

    /**
     * A run read back from one of its checkpoints ({@link RunCheckpoints}), ready to {@link #resume}:
     * its recorder holds every week before the checkpoint, so the resumed run's {@link #write}
     * writes what the straight run writes.
     *
     * @throws IOException saying what is wrong with the file (missing, not a checkpoint of a
     *                     run, saved by another version of SahelSim)
     */
    public static ScenarioRun restore(Path checkpoint) throws IOException {
        Checkpoint.Saved saved = Checkpoint.read(checkpoint);
        if (!(saved.beside() instanceof RunCheckpoints.Resumable state)) {
            throw new IOException(checkpoint + " is a saved run, but not one a run's checkpoints hold (it was saved from the"
                    + " window or the classroom: open it there); `resume` takes the files `run --checkpoint-every` writes");
        }
        if (!state.version().equals(RunWriter.version())) {
            throw new IOException(checkpoint + " was saved by SahelSim " + state.version() + " and this is SahelSim "
                    + RunWriter.version() + ": resume it with that version, or run the scenario again");
        }
        ScenarioRun run = new ScenarioRun(state.entry(), state.seed(), saved.sim().geography());
        run.sim = saved.sim();
        run.writer = state.writer();
        run.sim.addObserver(run.writer);
        run.resumeInto = RunCheckpoints.goOn(checkpoint, state.every());
        return run;
    }

    /**
     * Runs a {@link #restore restored} run on to its end, saving its next checkpoints beside the
     * one it was restored from; {@code also} observe the weeks still to come.
     *
     * @throws IOException if a checkpoint could not be written (the run stops there)
     */
    public ScenarioRun resume(RunObserver... also) throws IOException {
        if (resumeInto == null) throw new IllegalStateException("only a run restored from a checkpoint resumes");
        for (RunObserver o : also) sim.addObserver(o);
        RunCheckpoints into = resumeInto;
        resumeInto = null;
        return goOn(into);
    }

    /** The run's seed. */
    public long seed() {
        return seed;
    }

    /** The scenario as loaded. */
    public ScenarioLibrary.Entry entry() {
        return entry;
    }

    /** Steps the started or restored run to its end, saving it into {@code checkpoints} as it goes. */
    private ScenarioRun goOn(RunCheckpoints checkpoints) throws IOException {
        RunCheckpoints.Resumable state = new RunCheckpoints.Resumable(entry, seed, writer, checkpoints.every(), RunWriter.version());
        while (!sim.isFinished() && sim.schedule.step(sim)) {
            checkpoints.afterWeek(sim, state);
        }
        sim.finish();
        return this;
    }

    /** The name of the folder the run's results are published under (or the first free one after it). */
    public String folderName() {
        return RunWriter.folderName(entry, seed);
    }

    public SahelSim sim() {
        return sim;
    }

    /** The writer the run fed, holding the files' rows. */
    public RunWriter writer() {
        return writer;
    }

    public List<WeekRecord> weeks() {
        return writer.weeks();
    }

    public List<LoggedEvent> events() {
        return sim.eventLog().events();
    }

    /**
     * Writes the run's files into a new folder under {@code outputRoot} and returns it. The
     * folder appears only when complete.
     *
     * @param pictures renders the pictures into the folder before it is published (null: none)
     */
    public Path write(Path outputRoot, RunWriter.PictureMaker pictures) throws IOException {
        return writer.write(outputRoot, events(), pictures);
    }
}
