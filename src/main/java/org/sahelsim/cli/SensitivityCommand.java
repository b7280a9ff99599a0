package org.sahelsim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.uncertainty.Outcome;
import org.sahelsim.uncertainty.StudyPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sensitivity}: which ranged parameters drive an outcome. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Global sensitivity of outcomes to a scenario's ranged parameters: Morris elementary effects to screen them all,"
                + " Sobol first- and total-order indices (Saltelli sampling) for the few that matter; with confidence intervals,"
                + " a CSV and a tornado chart per outcome.",
                "Examples: sensitivity default --method morris --output territory_state_end,fatalities",
                "          sensitivity default --method sobol --vary fuel.blockade_multiplier,control.insurgent_troops_per_km2 --samples 64"})
final class SensitivityCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "default", paramLabel = "NAME|PATH", description = "The scenario (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--method", defaultValue = "morris", paramLabel = "morris|sobol", description = "Morris screening or Sobol indices (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--output", split = ",", paramLabel = "METRIC", description = "Outcomes to analyse (default: territory_state_end). One of: "
            + "${COMPLETION-CANDIDATES}.", completionCandidates = Outcomes.class)
    List<String> outputs = new ArrayList<>(List.of(Outcome.TERRITORY_STATE_END.key()));

    @Option(names = "--trajectories", defaultValue = "10", paramLabel = "R", description = "Morris: trajectories, each of (parameters + 1) runs (default: ${DEFAULT-VALUE}).")
    int trajectories;

    @Option(names = "--samples", defaultValue = "32", paramLabel = "N", description = "Sobol: base samples, each of 2 x (parameters + 1) runs (default: ${DEFAULT-VALUE}).")
    int samples;

    @CommandLine.Mixin
    StudyOptions options;

    /** The outcome names, for --help. */
    static final class Outcomes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Outcome.values()).map(Outcome::key).iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (!method.equals("morris") && !method.equals("sobol")) {
            throw new IllegalArgumentException("--method: found '" + method + "', expected morris or sobol");
        }
        for (String key : outputs) Outcome.of(key);
        int size = method.equals("morris") ? trajectories : samples;
        if (size < 2) throw new IllegalArgumentException("--" + (method.equals("morris") ? "trajectories" : "samples") + " must be at least 2");
        ScenarioLibrary.Entry base = ScenarioLibrary.standard().load(scenario, options.overrides);
        StudyPlan plan = new StudyPlan(StudyPlan.Kind.SENSITIVITY, scenario, base.sha256(), options.overrides, options.paths(), method, size,
                options.seed, outputs, "", "", org.sahelsim.results.RunWriter.version());
        List<String> command = new ArrayList<>(List.of("sensitivity", scenario, "--method", method, "--output", String.join(",", outputs),
                method.equals("morris") ? "--trajectories" : "--samples", Integer.toString(size)));
        StudyRunner.execute(plan, options, command, o);
        return 0;
    }
}
