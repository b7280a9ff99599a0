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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sahelsim.classic.EpsteinLibrary;
import org.sahelsim.classic.epstein.CivilViolence;
import org.sahelsim.classic.epstein.EpsteinScenario;

/**
 * One run of Epstein's civil-violence baseline (the paper's Run 2: 1,000 ticks on a 40 × 40 torus,
 * 1,120 citizens and 64 cops with vision 7), a new seed each time. Reading the scenario is not
 * part of a run's cost.
 *
 * <p>Run: {@code ./mvnw -Pbench -DskipTests package && java -jar target/benchmarks.jar Epstein}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class EpsteinBenchmark {
    private EpsteinScenario baseline;
    private long seed;

    @Setup(Level.Trial)
    public void setUp() {
        baseline = EpsteinLibrary.standard().load(EpsteinLibrary.BASELINE, List.of()).scenario();
    }

    /** The baseline's 1,000 ticks; returns the last tick's jailed, so the run cannot be optimised away. */
    @Benchmark
    public int baseline() {
        var history = new CivilViolence(baseline, ++seed).runToEnd();
        return history.get(history.size() - 1).jailed();
    }
}
