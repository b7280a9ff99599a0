package org.sahelsim.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelsim.results.RunFolder;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.uncertainty.DecisionTimeline;
import org.sahelsim.viz.DecisionChart;
import org.sahelsim.viz.Picture;
import org.sahelsim.viz.PictureFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code decisions}: when the actors of free runs take the decisions history records, against the record. */
@Command(name = "decisions", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Play a scenario's seeds in free mode, where the actors take their strategic decisions themselves and the"
                + " dated decisions do not fire, and set each decision of the record (validation/decisions.csv) against them: in"
                + " how many runs it is taken, and when, beside the date it was taken in history.",
                "Writes decisions-<scenario>-<seeds>/ with decisions.csv (a row per decision), seeds.csv (the date each seed took each decision), timeline.png and timeline.svg.",
                "Example: decisions default --seeds 20"})
final class DecisionsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "default", paramLabel = "NAME|PATH",
            description = "The scenario (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--seeds", defaultValue = "20", paramLabel = "N", description = "Seeds 1..N (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--record", defaultValue = "validation/decisions.csv", paramLabel = "CSV",
            description = "The decisions to look for (default: ${DEFAULT-VALUE}).")
    Path record;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a parameter (decisions=free is always added).")
    List<String> overrides = new ArrayList<>();

    @CommandLine.Mixin
    Workers workers;

    @Option(names = "--out", defaultValue = "output", paramLabel = "DIR", description = "Where the results go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (seeds < 1) throw new IllegalArgumentException("--seeds must be at least 1, found " + seeds);
        List<DecisionTimeline.Mark> marks = DecisionTimeline.marks(record); // a bad file is refused before anything runs
        List<String> free = new ArrayList<>(overrides);
        free.add("decisions=free");
        ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load(scenario, free);
        var s = entry.scenario();
        o.printf("Playing %d free runs of %s (%s to %s)...%n", seeds, s.id(), s.period().start(), s.period().end());
        o.flush();
        List<DecisionTimeline.Row> rows = DecisionTimeline.measure(entry, ScenarioRun.geographyFor(entry), marks, seeds, workers.count());
        o.println();
        o.print(DecisionTimeline.markdown(rows));
        List<DecisionChart.Row> chartRows = rows.stream()
                .map(r -> new DecisionChart.Row(r.mark().label(), r.real(), r.dates(), r.seeds())).toList();
        Picture chart = DecisionChart.of("Decisions: free runs against the record",
                s.title() + ", seeds 1-" + seeds + "; dots: runs, diamonds: history", chartRows, s.period().start(), s.period().end());
        int height = 260 + 62 * rows.size();
        Path dir;
        try (RunFolder folder = RunFolder.open(out, "decisions-" + s.id() + "-" + seeds)) {
            Files.writeString(folder.staging().resolve("decisions.csv"), DecisionTimeline.csv(rows), StandardCharsets.UTF_8);
            Files.writeString(folder.staging().resolve("seeds.csv"), DecisionTimeline.bySeedCsv(rows), StandardCharsets.UTF_8);
            PictureFiles.writePng(chart, 1800, height, folder.staging().resolve("timeline.png"));
            PictureFiles.writeSvg(chart, 1800, height, folder.staging().resolve("timeline.svg"));
            dir = folder.publish();
        }
        o.println();
        o.println("Written: " + dir);
        return 0;
    }
}
