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

    /** Runs the simulation to the end, in memory; {@code also} observe it beside the recorder. */
    public ScenarioRun simulate(RunObserver... also) {
        sim = new SahelSim(entry.scenario(), geography, seed);
        writer = new RunWriter(entry, seed, geography);
        sim.addObserver(writer);
        for (RunObserver o : also) sim.addObserver(o);
        sim.runToEnd();
        return this;
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
