package org.sahelsim.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.uncertainty.StudyPlan;
import org.sahelsim.uncertainty.Targets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code calibrate}: approximate Bayesian computation of a scenario's ranged parameters against targets. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Calibrate a scenario's ranged parameters against the calibration targets of a targets file by approximate Bayesian"
                + " computation (rejection): draw the parameters from their ranges, run each draw, keep the draws whose run meets every"
                + " target within its tolerance. Writes the accepted draws, their posterior ranges and a new scenario that says how it"
                + " was calibrated. Validation targets are left for `score`.",
                "Example: calibrate default validation/targets.yaml --runs 1000"})
final class CalibrateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|PATH", description = "The scenario.")
    String scenario;

    @Parameters(index = "1", paramLabel = "TARGETS", description = "The targets file (YAML), e.g. validation/targets.yaml.")
    Path targets;

    @Option(names = "--runs", defaultValue = "500", paramLabel = "N", description = "Draws from the prior, one run each (default: ${DEFAULT-VALUE}).")
    int runs;

    @CommandLine.Mixin
    StudyOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (runs < 2) throw new IllegalArgumentException("--runs must be at least 2, found " + runs);
        if (!Files.isRegularFile(targets)) throw new IllegalArgumentException("no targets file " + targets);
        ScenarioLibrary library = ScenarioLibrary.standard();
        String text = Files.readString(targets, StandardCharsets.UTF_8);
        Targets.parse(targets.toString(), text, library); // refused here, with its line and column, before anything runs
        ScenarioLibrary.Entry base = library.load(scenario, options.overrides);
        StudyPlan plan = new StudyPlan(StudyPlan.Kind.CALIBRATION, scenario, base.sha256(), options.overrides, options.paths(), "lhs", runs,
                options.seed, List.of(), text, targets.toString(), org.sahelsim.results.RunWriter.version());
        List<String> command = new ArrayList<>(List.of("calibrate", scenario, targets.toString(), "--runs", Integer.toString(runs)));
        StudyRunner.execute(plan, options, command, o);
        return 0;
    }
}
