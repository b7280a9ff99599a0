package org.sahelsim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.uncertainty.Sample;
import org.sahelsim.uncertainty.StudyPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ensemble}: many runs of one scenario over its parameters' ranges. */
@Command(name = "ensemble", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Run a scenario many times, drawing its ranged parameters from their ranges, one seed per run; write the"
                + " draws, each run's outcomes and national series, weekly quantiles, outcome probabilities, fan charts and a report.",
                "Example: ensemble default --runs 1000 --sample lhs"})
final class EnsembleCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "default", paramLabel = "NAME|PATH", description = "The scenario (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--runs", defaultValue = "100", paramLabel = "N", description = "Runs, one draw each (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--sample", defaultValue = "lhs", paramLabel = "lhs|sobol|seeds", description = "How parameters are drawn: Latin hypercube,"
            + " Sobol sequence, or not at all (seeds only) (default: ${DEFAULT-VALUE}).")
    String sample;

    @CommandLine.Mixin
    StudyOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (runs < 2) throw new IllegalArgumentException("--runs must be at least 2, found " + runs);
        Sample s = Sample.of(sample);
        ScenarioLibrary.Entry base = ScenarioLibrary.standard().load(scenario, options.overrides);
        StudyPlan plan = new StudyPlan(StudyPlan.Kind.ENSEMBLE, scenario, base.sha256(), options.overrides, options.paths(), s.key(), runs,
                options.seed, List.of(), "", "", org.sahelsim.results.RunWriter.version());
        List<String> command = new ArrayList<>(List.of("ensemble", scenario, "--runs", Integer.toString(runs), "--sample", s.key()));
        StudyRunner.execute(plan, options, command, o);
        return 0;
    }
}
