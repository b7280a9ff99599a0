package org.sahelsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelsim.classic.EpsteinLibrary;
import org.sahelsim.classic.EpsteinRun;
import org.sahelsim.classic.epstein.EpsteinScenario;
import org.sahelsim.gui.EpsteinWithUI;
import org.sahelsim.scenario.ScenarioFolder;
import org.sahelsim.viz.EpsteinChart;
import org.sahelsim.viz.Picture;
import org.sahelsim.viz.PictureFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands of Epstein's civil-violence model: {@code epstein} (a run) and {@code gui epstein} (the window). */
final class EpsteinCommands {
    private EpsteinCommands() {
    }

    /** The classic scenario to play and the seed, as both commands take them. */
    static final class ScenarioAndSeed {
        @Parameters(index = "0", arity = "0..1", defaultValue = EpsteinLibrary.BASELINE, paramLabel = "NAME|PATH",
                description = "A scenario of scenarios/classic/ (see --list) or a YAML file. Default: ${DEFAULT-VALUE}.")
        String scenario;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a parameter, e.g. --set legitimacy=0.8 or --set cops.density=0.03.")
        List<String> overrides = new ArrayList<>();

        @Option(names = "--list", description = "List the scenarios and the paper's finding each reproduces, then stop.")
        boolean list;

        ScenarioFolder.Entry<EpsteinScenario> load() {
            return EpsteinLibrary.standard().load(scenario, overrides);
        }

        /** Prints the scenarios; returns true if that was all that was asked. */
        boolean listed(PrintWriter o) {
            if (!list) return false;
            EpsteinLibrary lib = EpsteinLibrary.standard();
            for (String id : lib.ids()) {
                EpsteinScenario s = lib.load(id, List.of()).scenario();
                o.printf("%-22s %s%n%-22s %s%n%n", id, s.title(), "", s.finding());
            }
            return true;
        }
    }

    @Command(name = "epstein", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Run Epstein's civil-violence model, the classic beside Mali, and write its results to a new folder under output/.",
                    "The model is Model I of \"Modeling civil violence: An agent-based computational approach\" (Epstein, PNAS 2002);"
                    + " the folder holds census.csv (quiescent, active and jailed citizens per tick), census.png and .svg,"
                    + " manifest.json and summary.json (docs/CLASSICS.md).",
                    "Examples:",
                    "  epstein",
                    "  epstein legitimacy-jump --seed 3",
                    "  epstein --set cops.density=0.03 --seeds 20 --no-pictures",
                    "  epstein --list"})
    static final class Run implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ScenarioAndSeed pick;

        @Option(names = "--out", defaultValue = "output", paramLabel = "DIR", description = "Where run folders go (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--no-pictures", description = "Write the data files only.")
        boolean noPictures;

        @Option(names = "--seeds", defaultValue = "1", paramLabel = "N",
                description = "Run N seeds from --seed on, a folder each, and print their outbursts pooled (default: ${DEFAULT-VALUE}).")
        int seeds;

        @Override
        public Integer call() throws Exception {
            PrintWriter o = spec.commandLine().getOut();
            if (pick.listed(o)) return 0;
            if (seeds < 1) throw new IllegalArgumentException("--seeds must be at least 1, found " + seeds);
            ScenarioFolder.Entry<EpsteinScenario> entry = pick.load();
            EpsteinScenario s = entry.scenario();
            List<EpsteinRun> runs = new ArrayList<>();
            for (long seed = pick.seed; seed < pick.seed + seeds; seed++) {
                o.printf("Running Epstein's civil violence: %s (%s), seed %d ...%n", s.id(), s.title(), seed);
                EpsteinRun run = new EpsteinRun(entry, seed).simulate();
                Path dir = run.write(out, noPictures ? null : EpsteinCommands::draw);
                o.printf("%d ticks: %s.%n", s.ticks(), run.headline());
                o.println("Results: " + dir.toAbsolutePath().normalize());
                runs.add(run);
            }
            if (runs.size() > 1) {
                o.println();
                o.print(EpsteinRun.pooled(runs));
                o.flush();
            }
            return 0;
        }
    }

    /** The chart of a run, as PNG and SVG. */
    static void draw(Path dir, EpsteinRun run) {
        Picture chart = EpsteinChart.of(run.scenario().title(), "Epstein's civil violence, " + run.headline(), run.history(),
                run.scenario().outburstThreshold());
        PictureFiles.writePng(chart, EpsteinChart.WIDTH, EpsteinChart.HEIGHT, dir.resolve("census.png"));
        PictureFiles.writeSvg(chart, EpsteinChart.WIDTH, EpsteinChart.HEIGHT, dir.resolve("census.svg"));
    }

    @Command(name = "epstein", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Open the live window on Epstein's civil-violence model: MASON's console with legitimacy and cop"
                    + " density as levers, the torus (quiescent, active, jailed, cops) and a chart of the citizens.")
    static final class Window implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ScenarioAndSeed pick;

        @Override
        public Integer call() throws Exception {
            PrintWriter o = spec.commandLine().getOut();
            if (pick.listed(o)) return 0;
            if (java.awt.GraphicsEnvironment.isHeadless()) {
                throw new IllegalArgumentException("the GUI needs a graphical display and none is available"
                        + " (DISPLAY is not set, or Java runs headless); `sahelsim epstein` runs without windows");
            }
            ScenarioFolder.Entry<EpsteinScenario> entry = pick.load();
            o.printf("Opening Epstein's civil violence: %s (%s), seed %d ...%n", entry.scenario().id(), entry.scenario().title(), pick.seed);
            EpsteinWithUI.open(entry, pick.seed).awaitClosed();
            return 0;
        }
    }
}
