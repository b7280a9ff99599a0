package org.sahelsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * One full run of the default scenario (mid-2021 to the end of 2026, 291 weeks), with and
 * without the recorder that builds the output files, at the default 0.25° grid and at 0.05°,
 * and the {@link ReferenceKernel} over the same grid and weeks, so that the model's cost can be
 * given as a multiple of it. The map is built once per trial: it is not part of a run's cost.
 *
 * <p>Run: {@code ./mvnw -Pbench -DskipTests package && java -jar target/benchmarks.jar RunBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class RunBenchmark {
    @Param({"0.25", "0.05"})
    public double cellDegrees;

    private ScenarioLibrary.Entry entry;
    private Geography geography;
    private ReferenceKernel kernel;
    private int weeks;
    private long seed;
    private Path folders;
    private Path written;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        entry = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=" + cellDegrees));
        geography = ScenarioRun.geographyFor(entry);
        kernel = new ReferenceKernel(geography);
        weeks = new ScenarioRun(entry, 0, geography).simulate().weeks().size();
        folders = Files.createTempDirectory("sahelsim-runbenchmark");
    }

    @TearDown(Level.Trial)
    public void removeFolders() throws IOException {
        Files.deleteIfExists(folders);
    }

    /** The reference kernel: the same grid, the same number of weeks. */
    @Benchmark
    public double referenceKernel() {
        return kernel.run(++seed, weeks);
    }

    /** The model alone. */
    @Benchmark
    public double simulate() {
        SahelSim sim = new SahelSim(entry.scenario(), geography, ++seed);
        sim.runToEnd();
        return sim.world().strength[0];
    }

    /**
     * The model and its recorder, then the run's folder written without pictures, as a run's
     * command does (the tables are put in words and compressed on the recorder's thread as the
     * run goes). The folder is removed after each run, outside the timing. Before, this ended
     * with the grid's 9 MB of text put together on the calling thread, which no run does.
     */
    @Benchmark
    public int simulateAndRecord() throws IOException {
        written = new ScenarioRun(entry, ++seed, geography).simulate().write(folders, null);
        return written.getNameCount();
    }

    @TearDown(Level.Invocation)
    public void removeFolder() throws IOException {
        if (written == null) return;
        try (var files = Files.walk(written)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
        written = null;
    }
}
