package org.sahelsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.gui.SahelSimWithUI;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ParameterCatalog;
import org.sahelsim.scenario.ScenarioException;
import org.sahelsim.scenario.ScenarioLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code sahelsim} command line. */
@Command(name = "sahelsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based scenario simulation of the war in Mali.")
public final class Main implements Callable<Integer> {
    /** The subcommands, in the order the usage lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(Main.Run.class, Main.Resume.class, Main.Scenarios.class, Main.Describe.class,
            Main.Validate.class, Main.Report.class, Main.Compare.class, DecisionsCommand.class, EnsembleCommand.class,
            SensitivityCommand.class, ScoreCommand.class, CalibrateCommand.class, MergeCommand.class, CheckCommand.class, Main.Gui.class,
            ClassroomCommand.class, EpsteinCommands.Run.class);

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ScenarioException se) {
                err.println("The scenario has problems; nothing was written:");
                err.println(se.getMessage());
                return 2;
            }
            if (ex instanceof IllegalArgumentException iae) {
                err.println("error: " + iae.getMessage());
                return 2;
            }
            if (ex instanceof org.sahelsim.data.DataFormatException bad) {
                err.println("A data file has a problem; nothing was written:");
                err.println(bad.getMessage());
                return 2;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    /**
     * The command line for these arguments. When the first names a subcommand, only that one is
     * built (building all seventeen costs the start of every command some 40 ms of processor
     * time); otherwise, for the usage, the version or an unknown name, all of them.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        List<Class<?>> named = args.length == 0 ? List.of() : SUBCOMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(args[0])).toList();
        for (Class<?> c : named.isEmpty() ? SUBCOMMANDS : named) cl.addSubcommand(c);
        return cl;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // To the stream the caller gave, not System.out.
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"SahelSim " + org.sahelsim.results.RunWriter.version()};
        }
    }

    /** The scenario to play and the seed to play it with, as `run` and `gui` take them. */
    static final class ScenarioAndSeed {
        @Parameters(index = "0", arity = "0..1", defaultValue = "default", paramLabel = "NAME|PATH",
                description = "A scenario in the library (see `scenarios`) or a YAML file. Default: ${DEFAULT-VALUE}.")
        String scenario;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;
    }

    @Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "Run a scenario and write its results to a new folder under output/.")
    static final class Run implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ScenarioAndSeed pick;

        @Option(names = "--out", defaultValue = "output", paramLabel = "DIR", description = "Where run folders go (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a parameter, e.g. --set forces.france.air_power=2.")
        List<String> overrides = new ArrayList<>();

        @Option(names = "--map-dates", split = ",", paramLabel = "DATE", description = "Dates (YYYY-MM-DD) to draw control maps for, besides the final week.")
        List<java.time.LocalDate> mapDates = new ArrayList<>();

        @Option(names = "--no-pictures", description = "Write the data files only.")
        boolean noPictures;

        @Option(names = "--checkpoint-every", paramLabel = "WEEKS", description = "Save the run every WEEKS weeks into a folder"
                + " NAME.checkpoints beside its results, to go on with `resume` if it is stopped (docs/OUTPUT.md).")
        Integer checkpointEvery;

        @Option(names = "--cell-threads", defaultValue = "1", paramLabel = "N", description = "Sweep the map's cells on N threads where"
                + " the model can share them out: the same results, sooner on a fine grid with a processor free (default: ${DEFAULT-VALUE}).")
        int cellThreads;

        @Override
        public Integer call() throws Exception {
            PrintWriter o = spec.commandLine().getOut();
            long seed = pick.seed;
            if (checkpointEvery != null && checkpointEvery < 1) {
                throw new IllegalArgumentException("--checkpoint-every must be at least 1 week, found " + checkpointEvery);
            }
            if (cellThreads < 1) {
                throw new IllegalArgumentException("--cell-threads must be at least 1, found " + cellThreads);
            }
            // The atlas is read once, while the scenario is: its names check the scenario, it makes the map and the maps' overlay.
            CompletableFuture<MaliAtlas> atlas = CompletableFuture.supplyAsync(MaliAtlas::load);
            ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load(pick.scenario, overrides,
                    () -> org.sahelsim.scenario.Gazetteer.of(atlas.join()));
            o.printf("Running %s (%s), seed %d ...%n", entry.scenario().id(), entry.scenario().title(), seed);
            Geography geo = ScenarioRun.geographyFor(entry, atlas.join());
            org.sahelsim.results.RunWriter.PictureMaker pictures = noPictures ? null : Pictures.maker(mapDates, atlas::join); // gets ready meanwhile
            ScenarioRun run = new ScenarioRun(entry, seed, geo).cellThreads(cellThreads);
            if (checkpointEvery == null) {
                run.simulate();
            } else {
                org.sahelsim.run.RunCheckpoints checkpoints = org.sahelsim.run.RunCheckpoints.create(out, run.folderName(), checkpointEvery);
                o.printf("Saving it every %d weeks into %s%n", checkpointEvery, checkpoints.folder().toAbsolutePath().normalize());
                try {
                    run.simulate(checkpoints);
                } catch (java.io.IOException e) {
                    spec.commandLine().getErr().println("error: the run stopped, a checkpoint could not be saved: " + e.getMessage());
                    return 2;
                }
                checkpoints.removeIfEmpty(); // a run shorter than the interval saved none
            }
            return published(o, run, run.write(out, pictures), noPictures);
        }
    }

    /** What a finished run prints: its weeks and where its results are. */
    static int published(PrintWriter o, ScenarioRun run, Path dir, boolean noPictures) {
        o.printf("%d weeks simulated, %s to %s.%n", run.weeks().size(), run.weeks().get(0).date(),
                run.weeks().get(run.weeks().size() - 1).date());
        o.println("Results: " + dir.toAbsolutePath().normalize());
        if (!noPictures) o.println("Open " + dir.resolve("report.html").toAbsolutePath().normalize() + " in a browser.");
        return 0;
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {
            "Go on with a run from one of its checkpoints (`run --checkpoint-every`) to its end, and write the"
                    + " results the run would have written had it never stopped.",
            "Example: resume output/default-seed1.checkpoints/week-0104.checkpoint"})
    static final class Resume implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CHECKPOINT", description = "A checkpoint file the run wrote.")
        Path checkpoint;

        @Option(names = "--out", paramLabel = "DIR", description = "Where the run folder goes (default: where the run was writing,"
                + " the folder that holds its checkpoints' folder; output/ for a checkpoint found elsewhere).")
        Path out;

        @Option(names = "--map-dates", split = ",", paramLabel = "DATE", description = "Dates (YYYY-MM-DD) to draw control maps for, besides the final week.")
        List<java.time.LocalDate> mapDates = new ArrayList<>();

        @Option(names = "--no-pictures", description = "Write the data files only.")
        boolean noPictures;

        @Override
        public Integer call() throws Exception {
            PrintWriter o = spec.commandLine().getOut();
            Path root = out != null ? out : org.sahelsim.run.RunCheckpoints.outputRootOf(checkpoint);
            org.sahelsim.results.RunWriter.PictureMaker pictures = noPictures ? null : Pictures.maker(mapDates, MaliAtlas::load);
            ScenarioRun run;
            try {
                run = ScenarioRun.restore(checkpoint);
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return 2;
            }
            o.printf("Resuming %s (%s), seed %d, after week %d (%s) ...%n", run.entry().scenario().id(), run.entry().scenario().title(),
                    run.seed(), run.sim().tick() + 1, run.weeks().get(run.weeks().size() - 1).date());
            try {
                run.resume();
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("error: the run stopped, a checkpoint could not be saved: " + e.getMessage());
                return 2;
            }
            return published(o, run, run.write(root, pictures), noPictures);
        }
    }

    @Command(name = "scenarios", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "List the scenario library.")
    static final class Scenarios implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            ScenarioLibrary lib = ScenarioLibrary.standard();
            for (String id : lib.ids()) {
                var s = lib.load(id, List.of()).scenario();
                o.printf("%-22s %s to %s  %s%n", id, s.period().start(), s.period().end(), s.title());
            }
            return 0;
        }
    }

    @Command(name = "describe", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "Show a scenario's question, events and every parameter with its value, range and source.")
    static final class Describe implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME|PATH")
        String scenario;

        @Option(names = "--set", paramLabel = "PATH=VALUE")
        List<String> overrides = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            ScenarioLibrary.Entry e = ScenarioLibrary.standard().load(scenario, overrides);
            var s = e.scenario();
            o.println(s.title() + "  [" + s.id() + "]");
            o.println("Period: " + s.period().start() + " to " + s.period().end());
            if (!e.extendsChain().isEmpty()) o.println("From: " + String.join(" <- ", e.extendsChain()));
            o.println();
            o.println("Question: " + s.question());
            if (s.notes() != null) o.println("What to look at: " + s.notes());
            o.println();
            o.println("Events:");
            for (var ev : s.eventsOrEmpty()) {
                o.printf("  %s  %-22s %s%s%n        source: %s%n", ev.date(), ev.type().name().toLowerCase(java.util.Locale.ROOT),
                        ev.label(), what(ev.target(), ev.value()),
                        ev.source());
            }
            o.println();
            o.println("Places that can be held, by region (ids for offensive targets and the GUI's orders):");
            var atlas = org.sahelsim.geodata.MaliAtlas.load();
            java.util.Map<String, List<String>> byRegion = new java.util.LinkedHashMap<>();
            for (var r : atlas.regions()) byRegion.put(r.id(), new ArrayList<>());
            for (var p : atlas.places()) byRegion.get(p.region()).add(p.id() + " (" + p.kind().name().toLowerCase(java.util.Locale.ROOT) + ")");
            for (var m : atlas.mines()) byRegion.get(m.region()).add(m.id() + " (mine)");
            for (var g : atlas.garrisons()) byRegion.get(g.region()).add(g.id() + " (" + g.kind() + ")");
            byRegion.forEach((region, ids) -> o.printf("  %s: %s%n", region, String.join(", ", ids)));
            o.println();
            o.println("Parameters (value [range]  source):");
            for (ParameterCatalog.Parameter p : e.catalog().parameters()) {
                String range = p.range() == null ? "" : " [" + p.range().low() + ", " + p.range().high() + "]"
                        + (p.dist() == ParameterCatalog.Distribution.UNIFORM ? "" : " " + p.dist().key());
                o.printf("  %s = %s%s%n        %s%n", p.path(), fmt(p.value()), range, e.sources().get(p.path()));
            }
            return 0;
        }

        /** "(target = value)", or whichever of the two an event has, or nothing. */
        private static String what(String target, Double value) {
            boolean hasTarget = target != null && !target.isBlank();
            if (!hasTarget && value == null) return "";
            if (!hasTarget) return "  (" + fmt(value) + ")";
            return "  (" + target + (value == null ? "" : " = " + fmt(value)) + ")";
        }

        private static String fmt(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format("%,d", (long) v) : Double.toString(v);
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "Check scenario files without running them.")
    static final class Validate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<String> files;

        @Override
        public Integer call() {
            int bad = 0;
            for (String f : files) {
                try {
                    ScenarioLibrary.Entry e = ScenarioLibrary.standard().load(f, List.of());
                    ScenarioRun.geographyFor(e); // the grid must build too
                    long missing = e.sources().values().stream().filter(v -> v == null).count();
                    spec.commandLine().getOut().printf("%s: ok (%d parameters, %d events%s)%n", f, e.catalog().size(),
                            e.scenario().eventsOrEmpty().size(), missing == 0 ? "" : ", " + missing + " without a source");
                } catch (ScenarioException ex) {
                    bad++;
                    spec.commandLine().getErr().println(ex.getMessage());
                }
            }
            return bad == 0 ? 0 : 2;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "Rebuild the pictures and report.html of a run folder from its files.")
    static final class Report implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "RUN_DIR")
        Path runDir;

        @Option(names = "--map-dates", split = ",", paramLabel = "DATE")
        List<java.time.LocalDate> mapDates = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            Pictures.rebuild(runDir, mapDates);
            spec.commandLine().getOut().println("Rebuilt " + runDir.resolve("report.html"));
            return 0;
        }
    }

    /** A short name for a scenario with overrides: its id, marked when modified. */
    static String label(ScenarioLibrary.Entry e, List<String> overrides) {
        return overrides.isEmpty() ? e.scenario().id() : e.scenario().id() + "-modified";
    }

    @Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {"Run two scenarios over the same seeds and compare them, with their spread.",
            "Example: compare default france-stays --seeds 20 --window 2022-08-15..2023-02-15"})
    static final class Compare implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "A", description = "The reference scenario (name or path).")
        String a;

        @Parameters(index = "1", paramLabel = "B", description = "The scenario compared with it.")
        String b;

        @Option(names = "--seeds", defaultValue = "20", description = "Runs of each: seeds 1..N, or N draws with --sample (default: ${DEFAULT-VALUE}).")
        int seeds;

        @Option(names = "--window", paramLabel = "FROM..TO", description = "Dates to average over (default: the whole period).")
        String window;

        @Option(names = "--set-a", paramLabel = "PATH=VALUE", description = "Override a parameter of A.")
        List<String> setA = new ArrayList<>();

        @Option(names = "--set-b", paramLabel = "PATH=VALUE", description = "Override a parameter of B.")
        List<String> setB = new ArrayList<>();

        @CommandLine.Mixin
        Workers workers;

        @Option(names = "--out", defaultValue = "output", paramLabel = "DIR")
        Path out;

        @Option(names = "--sample", paramLabel = "lhs|sobol|seeds", description = "Draw the ranged parameters of both scenarios (the same draws"
                + " and seeds for both) instead of running seeds 1..N of the scenarios as written.")
        String sample;

        @Option(names = "--vary", split = ",", paramLabel = "PATH", description = "With --sample: vary only these ranged parameters.")
        List<String> vary = new ArrayList<>();

        @Option(names = "--seed", defaultValue = "1", description = "With --sample: the master seed of the draws and runs (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws Exception {
            PrintWriter o = spec.commandLine().getOut();
            if (seeds < 2) throw new IllegalArgumentException("--seeds must be at least 2, found " + seeds);
            if (sample == null && !vary.isEmpty()) throw new IllegalArgumentException("--vary needs --sample");
            ScenarioLibrary lib = ScenarioLibrary.standard();
            ScenarioLibrary.Entry ea = lib.load(a, setA);
            ScenarioLibrary.Entry eb = lib.load(b, setB);
            Geography ga = ScenarioRun.geographyFor(ea);
            Geography gb = ea.scenario().grid().cellDegrees() == eb.scenario().grid().cellDegrees() ? ga : ScenarioRun.geographyFor(eb);
            org.sahelsim.run.Ensemble ensA;
            org.sahelsim.run.Ensemble ensB;
            org.sahelsim.uncertainty.SharedDraws.Pair drawn = null;
            if (sample == null) {
                o.printf("Running %d seeds of %s and of %s ...%n", seeds, ea.scenario().id(), eb.scenario().id());
                try (org.sahelsim.run.Progress p = ProgressBars.forThisTerminal().start("Running " + a, seeds)) {
                    ensA = org.sahelsim.run.Ensemble.run(ea, ga, seeds, workers.count(), label(ea, setA), p);
                }
                try (org.sahelsim.run.Progress p = ProgressBars.forThisTerminal().start("Running " + b, seeds)) {
                    ensB = org.sahelsim.run.Ensemble.run(eb, gb, seeds, workers.count(), label(eb, setB), p);
                }
            } else {
                org.sahelsim.uncertainty.Sample design = org.sahelsim.uncertainty.Sample.of(sample);
                o.printf("Running %d draws (%s) of %s and of %s, the same draws and seeds for both ...%n", seeds, design.key(), ea.scenario().id(),
                        eb.scenario().id());
                drawn = org.sahelsim.uncertainty.SharedDraws.run(lib, new org.sahelsim.uncertainty.SharedDraws.Side(ea, a, setA, label(ea, setA), ga),
                        new org.sahelsim.uncertainty.SharedDraws.Side(eb, b, setB, label(eb, setB), gb), design, vary, seeds, seed, workers.count(),
                        ProgressBars.forThisTerminal());
                ensA = drawn.a();
                ensB = drawn.b();
            }
            java.time.LocalDate from = ensA.dates().get(0);
            java.time.LocalDate to = ensA.dates().get(ensA.dates().size() - 1).plusDays(1);
            if (window != null) {
                String[] parts = window.split("\\.\\.");
                if (parts.length != 2) throw new IllegalArgumentException("--window: expected FROM..TO like 2022-08-15..2023-02-15, found '" + window + "'");
                try {
                    from = java.time.LocalDate.parse(parts[0].strip());
                    to = java.time.LocalDate.parse(parts[1].strip());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException("--window: expected dates like 2022-08-15..2023-02-15, found '" + window + "'");
                }
                if (!to.isAfter(from)) throw new IllegalArgumentException("--window: the end " + to + " must come after the start " + from);
            }
            var metrics = List.of(org.sahelsim.run.Ensemble.Metric.values());
            var rows = org.sahelsim.run.Comparison.compare(ensA, ensB, from, to, metrics);
            String name = "compare-" + ensA.scenarioId() + "-vs-" + ensB.scenarioId() + (sample == null ? "-seeds" : "-" + sample + "-") + seeds;
            org.sahelsim.results.RunFolder folder = org.sahelsim.results.RunFolder.open(out, name);
            Path dir;
            try {
                java.nio.file.Files.writeString(folder.staging().resolve("comparison.csv"),
                        org.sahelsim.run.Comparison.csv(rows, ensA.scenarioId(), ensB.scenarioId(), from, to));
                Pictures.fanCharts(folder.staging(), ensA, ensB);
                if (drawn != null) {
                    java.nio.file.Files.writeString(folder.staging().resolve("draws-a.csv"),
                            org.sahelsim.uncertainty.SharedDraws.drawsCsv(drawn.spaceA(), drawn.paths(), drawn.u(), drawn.seeds()));
                    java.nio.file.Files.writeString(folder.staging().resolve("draws-b.csv"),
                            org.sahelsim.uncertainty.SharedDraws.drawsCsv(drawn.spaceB(), drawn.paths(), drawn.u(), drawn.seeds()));
                }
                dir = folder.publish();
            } catch (java.io.IOException | RuntimeException e) {
                folder.discard();
                throw e;
            }
            o.println();
            o.print(org.sahelsim.run.Comparison.table(rows, ensA.scenarioId(), ensB.scenarioId(), from, to, seeds,
                    sample == null ? "seeds" : "draws of the parameters (" + sample + ")"));
            if (!setA.isEmpty()) o.println(ensA.scenarioId() + " = " + ea.scenario().id() + " with --set " + String.join(" ", setA));
            if (!setB.isEmpty()) o.println(ensB.scenarioId() + " = " + eb.scenario().id() + " with --set " + String.join(" ", setB));
            o.println();
            o.println("Results: " + dir.toAbsolutePath().normalize());
            return 0;
        }
    }

    @Command(name = "gui", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "Open the live window on a scenario: MASON's console, the map of Mali and the charts, for teaching.",
            subcommands = EpsteinCommands.Window.class)
    static final class Gui implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        ScenarioAndSeed pick;

        @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a parameter, e.g. --set decisions=free.")
        List<String> overrides = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            if (java.awt.GraphicsEnvironment.isHeadless()) {
                throw new IllegalArgumentException("the GUI needs a graphical display and none is available"
                        + " (DISPLAY is not set, or Java runs headless); `sahelsim run` runs without windows");
            }
            ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load(pick.scenario, overrides);
            spec.commandLine().getOut().printf("Opening %s (%s), seed %d ...%n", entry.scenario().id(), entry.scenario().title(), pick.seed);
            SahelSimWithUI.open(entry, pick.seed).awaitClosed();
            return 0;
        }
    }
}
