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
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.uncertainty.LatinHypercube;
import org.sahelsim.uncertainty.ParameterSpace;

/**
 * What applying a draw to the default scenario costs: loading it (parse, merge, bind, check) with
 * the draw's overrides, one {@code --set} per ranged parameter, against loading it plain. A study
 * pays this once per run to check its draws and once more to run them; compare with
 * {@link RunBenchmark} (a run) to see whether parsing the scenario once would be worth it.
 *
 * <p>Run: {@code ./mvnw -Pbench -DskipTests package && java -jar target/benchmarks.jar DrawBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class DrawBenchmark {
    private ScenarioLibrary library;
    private List<String> overrides;

    @Setup(Level.Trial)
    public void setUp() {
        library = ScenarioLibrary.standard();
        ParameterSpace space = ParameterSpace.of(library.load("default", List.of()), List.of());
        overrides = space.overrides(LatinHypercube.sample(1, space.size(), 1)[0]);
    }

    /** The default scenario with a draw of every ranged parameter applied as overrides. */
    @Benchmark
    public Object loadWithDraw() {
        return library.load("default", overrides);
    }

    /** The default scenario as written. */
    @Benchmark
    public Object loadPlain() {
        return library.load("default", List.of());
    }
}
