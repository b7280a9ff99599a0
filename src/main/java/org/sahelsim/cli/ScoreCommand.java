package org.sahelsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.uncertainty.AcledBacktest;
import org.sahelsim.uncertainty.RunResult;
import org.sahelsim.uncertainty.RunSeries;
import org.sahelsim.uncertainty.Sample;
import org.sahelsim.uncertainty.Score;
import org.sahelsim.uncertainty.Study;
import org.sahelsim.uncertainty.StudyPlan;
import org.sahelsim.uncertainty.Targets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code score}: how well the model meets dated facts, and a back-test against recorded events. */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Score the model against a targets file: for each target, the share of an ensemble's runs of its scenario in which"
                + " it holds, and overall scores for the calibration and the validation targets apart. With --acled, also a back-test of"
                + " weekly events and fatalities per region against an event export in ACLED's CSV layout (bring your own).",
                "Example: score validation/targets.yaml --runs 100"})
final class ScoreCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGETS", description = "The targets file (YAML), e.g. validation/targets.yaml.")
    Path targetsFile;

    @Option(names = "--runs", defaultValue = "100", paramLabel = "N", description = "Runs of each scenario (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--sample", defaultValue = "lhs", paramLabel = "lhs|sobol|seeds", description = "How the scenarios' ranged parameters are"
            + " drawn (default: ${DEFAULT-VALUE}; seeds: the scenarios as written).")
    String sample;

    @Option(names = "--acled", paramLabel = "CSV", description = "An event export in ACLED's CSV layout to back-test against.")
    Path acled;

    @Option(names = "--acled-scenario", defaultValue = "default", paramLabel = "NAME", description = "The scenario the back-test runs (default: ${DEFAULT-VALUE}).")
    String acledScenario;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a parameter of every scenario scored.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "1", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Mixin
    Workers workers;

    @Option(names = "--out", defaultValue = "output", paramLabel = "DIR", description = "Where the results go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (runs < 2) throw new IllegalArgumentException("--runs must be at least 2, found " + runs);
        if (!Files.isRegularFile(targetsFile)) throw new IllegalArgumentException("no targets file " + targetsFile);
        if (acled != null && !Files.isRegularFile(acled)) throw new IllegalArgumentException("no event export " + acled);
        Sample s = Sample.of(sample);
        ScenarioLibrary library = ScenarioLibrary.standard();
        Targets targets = Targets.read(targetsFile, library);
        List<String> scenarios = new ArrayList<>(targets.scenarios());
        if (acled != null && !scenarios.contains(acledScenario)) scenarios.add(acledScenario);
        Map<String, Study> studies = new LinkedHashMap<>();
        for (String name : scenarios) {
            ScenarioLibrary.Entry base = library.load(name, overrides);
            studies.put(name, Study.open(new StudyPlan(StudyPlan.Kind.ENSEMBLE, name, base.sha256(), overrides, List.of(), s.key(), runs, seed,
                    List.of(), "", "", org.sahelsim.results.RunWriter.version()), library));
        }
        AcledBacktest.Observed observed = null;
        if (acled != null) {
            Study b = studies.get(acledScenario);
            observed = AcledBacktest.read(acled, RunSeries.weekDates(b.base().scenario().period().start(), b.base().scenario().period().end()),
                    b.geography());
        }
        Map<String, List<RunSeries>> series = new LinkedHashMap<>();
        for (var e : studies.entrySet()) {
            o.printf("Running %d runs of %s ...%n", runs, e.getKey());
            boolean regions = acled != null && e.getKey().equals(acledScenario);
            List<RunSeries> r = new ArrayList<>();
            for (RunResult x : e.getValue().run(0, 1, workers.count(), ProgressBars.forThisTerminal(), regions, null)) r.add(x.series());
            series.put(e.getKey(), r);
        }
        List<Score.TargetScore> scores = Score.evaluate(targets, series);
        List<AcledBacktest.Line> backtest = null;
        String note = null;
        if (observed != null) {
            Study b = studies.get(acledScenario);
            List<String> regionIds = b.geography().regions().stream().map(g -> g.id()).toList();
            backtest = AcledBacktest.compare(observed, series.get(acledScenario), regionIds);
            note = String.format(Locale.ROOT, "%s against %s: %d violent events in Mali counted between %s and %s (weeks of the scenario);"
                    + " %d rows of other countries or event types, %d outside the map, %d outside the period.", acled.getFileName(), acledScenario,
                    observed.counted(), observed.dates().get(observed.firstWeek()), observed.dates().get(observed.lastWeek()), observed.otherTypes(),
                    observed.outsideMap(), observed.outsidePeriod());
        }
        String stem = targetsFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String design = s == Sample.SEEDS ? "the scenarios as written, one seed per run" : "ranged parameters by " + s.key() + ", one seed per run";
        List<AcledBacktest.Line> bt = backtest;
        String btNote = note;
        Path dir = StudyRunner.publish(out, "score-" + stem + "-" + s.key() + "-" + runs,
                staging -> Score.write(staging, targetsFile.toString(), design, seed, org.sahelsim.results.RunWriter.version(), scores, bt, btNote));
        o.println();
        o.printf("%-36s %-12s %-10s %8s  %s%n", "target", "scenario", "use", "holding", "median [5-95%]");
        for (Score.TargetScore t : scores) {
            o.printf(Locale.ROOT, "%-36s %-12s %-10s %7.1f%%  %.4g [%.4g, %.4g]%n", t.target().id(), t.target().scenario(),
                    t.target().use().name().toLowerCase(Locale.ROOT), 100 * t.share(), t.p50(), t.p05(), t.p95());
        }
        o.printf(Locale.ROOT, "Overall: calibration %.1f%%, validation %.1f%% of runs meeting a target, on average.%n",
                100 * Score.overall(scores, Targets.Use.CALIBRATION), 100 * Score.overall(scores, Targets.Use.VALIDATION));
        if (backtest != null) {
            for (AcledBacktest.Line l : backtest) {
                if (l.region().equals("mali") || l.region().equals("all regions")) {
                    o.printf(Locale.ROOT, "Back-test, %s, %s: observed %.0f, model %.0f, skill %.2f%n", l.region(), l.measure(), l.observed(),
                            l.model(), l.skill());
                }
            }
        }
        o.println("Results: " + dir.toAbsolutePath().normalize());
        return 0;
    }
}
