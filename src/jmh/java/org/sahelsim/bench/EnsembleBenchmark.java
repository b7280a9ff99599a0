package org.sahelsim.bench;

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
import org.openjdk.jmh.annotations.Warmup;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.Ensemble;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * An ensemble of eight seeds of the default scenario, as {@code compare} runs each of its two
 * scenarios, on one worker thread and on two: the speedup in a warm JVM is the ratio of the two.
 *
 * <p>Run: {@code ./mvnw -Pbench -DskipTests package && java -jar target/benchmarks.jar EnsembleBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class EnsembleBenchmark {
    @Param({"1", "2"})
    public int threads;

    private ScenarioLibrary.Entry entry;
    private Geography geography;

    @Setup(Level.Trial)
    public void setUp() {
        entry = ScenarioLibrary.standard().load("default", List.of());
        geography = ScenarioRun.geographyFor(entry);
    }

    /** Seeds 1 to 8, their weekly records kept (as compare keeps them). */
    @Benchmark
    public int eightSeeds() {
        return Ensemble.run(entry, geography, 8, threads).size();
    }
}
