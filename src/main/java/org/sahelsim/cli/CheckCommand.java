package org.sahelsim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.InvariantCheck;
import org.sahelsim.run.Progress;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check}: the invariants of the model checked every week of many seeded runs. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Run a scenario with seeds 1..N and check every week that troops, fuel and people are conserved, every share"
                + " is in [0, 1] and shares sum to one, and no number is NaN; print the tally by kind with the first example of each,"
                + " and exit with 1 if anything was violated. On the coarse 0.4-degree grid unless --set grid.cell_degrees=... says"
                + " otherwise.",
                "Example: check default --runs 1000"})
final class CheckCommand implements Callable<Integer> {
    /** The grid the runs use unless {@code --set} gives one. */
    static final String COARSE = "grid.cell_degrees=0.4";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "default", paramLabel = "NAME|PATH", description = "The scenario (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--runs", defaultValue = "100", paramLabel = "N", description = "Runs, one seed each (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The first seed: runs S..S+N-1 (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a parameter, e.g. --set decisions=free.")
    List<String> overrides = new ArrayList<>();

    @CommandLine.Mixin
    Workers workers;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        if (runs < 1) throw new IllegalArgumentException("--runs must be at least 1, found " + runs);
        List<String> sets = new ArrayList<>();
        if (overrides.stream().noneMatch(s -> s.strip().startsWith("grid.cell_degrees"))) sets.add(COARSE);
        sets.addAll(overrides);
        ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load(scenario, sets);
        Geography geo = ScenarioRun.geographyFor(entry);
        o.printf("Checking %d runs of %s on a %s-degree grid, %d threads ...%n", runs, entry.scenario().id(),
                entry.scenario().grid().cellDegrees(), workers.count());
        long start = System.nanoTime();
        InvariantCheck tally;
        try (Progress p = ProgressBars.forThisTerminal().start("Checking " + entry.scenario().id(), runs)) {
            tally = InvariantCheck.run(entry, geo, runs, seed, workers.count(), p);
        }
        o.print(tally.summary());
        o.printf("(%.0f s)%n", (System.nanoTime() - start) / 1e9);
        return tally.violations() == 0 ? 0 : 1;
    }
}
